package campaigngraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community Edition in this JVM with Bolt on loopback and auth on.
 *
 * <p>Contract: arguments are {@code --data-dir DIR --port N [--plugin-dir DIR] [--pagecache-mb N] [--tx-timeout-s N]};
 * the neo4j user's password is read from the environment variable NEO4J_PASSWORD (never from
 * argv, so it does not show in `ps`). Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:N}
 * to stdout once Bolt accepts connections. Shuts down cleanly on SIGTERM/SIGINT, and also when
 * stdin reaches end-of-file, which is how it notices that its parent process died.
 * Transaction memory limits come from system properties (see {@link TransactionMemory}).
 * Exit codes: 0 clean shutdown, 2 bad arguments, 3 startup failure.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv("NEO4J_PASSWORD"));
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j-launcher: " + e.getMessage());
      System.exit(2);
      return;
    }
    DatabaseManagementService dbms;
    try {
      dbms = start(options);
      InitialPassword.apply(dbms, options.password());
    } catch (RuntimeException e) {
      System.err.println("neo4j-launcher: Neo4j failed to start: " + rootMessage(e));
      System.exit(3);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopping.compareAndSet(false, true)) {
        dbms.shutdown();
        stopped.countDown();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));
    watchParent(System.in, () -> System.exit(0));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + options.port());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService start(LauncherOptions o) {
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(Path.of(o.dataDir()));
    return TransactionMemory.apply(builder)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", o.port()))
        .setConfig(HttpConnector.enabled, false)
        // Data is checkpointed before Bolt stops; waiting 5 s twice for idle sockets only delays exit.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(o.pagecacheMb()))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(o.txTimeoutSeconds()))
        .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(o.pluginDir()).toAbsolutePath())
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
        .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*", "db.*", "dbms.*", "gds.*"))
        .build();
  }

  /** Exits the JVM (through the shutdown hook) when the parent closes our stdin. */
  private static void watchParent(InputStream in, Runnable onParentGone) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[256];
      try {
        while (in.read(buf) >= 0) {
          // Input is ignored; only end-of-file matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end-of-file.
      }
      onParentGone.run();
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
