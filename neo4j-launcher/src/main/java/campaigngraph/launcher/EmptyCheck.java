package campaigngraph.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/** Tells whether the launcher's database holds no node, opening it without any connector. */
final class EmptyCheck {
  private EmptyCheck() {}

  /** True when HOME has no store for the database yet, or its store holds no node. */
  static boolean isEmpty(Path home) {
    if (!Files.isDirectory(home.resolve("data/databases").resolve(BulkImport.DATABASE))) {
      return true;
    }
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .build();
    try {
      GraphDatabaseService db = dbms.database(BulkImport.DATABASE);
      try (Transaction tx = db.beginTx()) {
        // Any node at all counts: an empty store is the only one a bulk load may replace.
        return !tx.getAllNodes().iterator().hasNext();
      }
    } finally {
      dbms.shutdown();
    }
  }
}
