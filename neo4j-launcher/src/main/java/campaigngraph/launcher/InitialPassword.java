package campaigngraph.launcher;

import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

/** Makes the neo4j user's password equal to the configured one, without a forced change. */
final class InitialPassword {
  private InitialPassword() {}

  static void apply(DatabaseManagementService dbms, String password) {
    // Embedded transactions run with full rights, so the system database accepts this directly.
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to its current value; that is the state we want.
      if (!Launcher.rootMessage(e).contains("cannot be the same")) {
        throw e;
      }
    }
  }
}
