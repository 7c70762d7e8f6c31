package campaigngraph.launcher;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Caps the memory transactions may use, so one heavy query fails alone (Neo4j stops it with a
 * memory-limit error) instead of exhausting the heap and taking the JVM, and every other query,
 * down with it.
 *
 * <p>Contract: the limits come from the system properties {@code campaigngraph.txMemoryMaxMb}
 * (one transaction: {@code db.memory.transaction.max}) and {@code campaigngraph.txMemoryTotalMb}
 * (all transactions of the database together: {@code db.memory.transaction.total.max}, and the
 * same for {@code dbms.memory.transaction.total.max}). An absent property leaves Neo4j's default
 * (no per-transaction limit). System properties rather than flags: a launcher built before this
 * class ignores them, so a stale build still starts.
 */
final class TransactionMemory {
  static final String MAX_PROPERTY = "campaigngraph.txMemoryMaxMb";
  static final String TOTAL_PROPERTY = "campaigngraph.txMemoryTotalMb";

  private TransactionMemory() {}

  static DatabaseManagementServiceBuilder apply(DatabaseManagementServiceBuilder builder) {
    Long max = megabytes(MAX_PROPERTY);
    Long total = megabytes(TOTAL_PROPERTY);
    if (max != null) {
      builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(max));
    }
    if (total != null) {
      builder.setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, ByteUnit.mebiBytes(total));
      builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(total));
    }
    return builder;
  }

  /** The property's value in MiB, or null when unset; a value that is not a positive number is refused. */
  private static Long megabytes(String property) {
    String raw = System.getProperty(property);
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      long n = Long.parseLong(raw);
      if (n < 1) {
        throw new IllegalArgumentException(property + " must be at least 1, got " + raw);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a number of MiB, got " + raw);
    }
  }
}
