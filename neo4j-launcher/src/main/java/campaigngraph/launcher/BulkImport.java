package campaigngraph.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * First load of an EMPTY database with Neo4j's bulk importer (the engine behind
 * `neo4j-admin database import full`), while no Neo4j runs on the data directory.
 *
 * <p>Contract: arguments are {@code --data-dir HOME --csv-dir DIR}. HOME is the launcher's Neo4j
 * home ({@link Launcher}'s --data-dir); DIR holds {@code nodes-*.csv} and {@code rels-*.csv}, each
 * with its header on the first line, arrays separated by U+001F. The import is written to a
 * staging home inside HOME and moved into place only when it succeeded, so a killed run leaves the
 * database as it was (a re-run removes the stale staging first). Refuses, changing nothing, when
 * HOME's database holds any node. Progress lines of the importer go to stdout.
 * Exit codes: 0 imported, 2 bad arguments, 3 import failed, 4 database not empty.
 */
public final class BulkImport {
  private BulkImport() {}

  static final String DATABASE = "neo4j";
  /** Not a character of any Neo4j store directory, so nothing else ever lives there. */
  static final String STAGING = "bulk-staging";

  public static void main(String[] args) {
    Path home = null;
    Path csvDir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data-dir" -> home = Path.of(args[i + 1]).toAbsolutePath();
        case "--csv-dir" -> csvDir = Path.of(args[i + 1]).toAbsolutePath();
        default -> fail(2, "unknown option " + args[i]);
      }
    }
    if (home == null || csvDir == null || args.length % 2 != 0) {
      fail(2, "usage: --data-dir HOME --csv-dir DIR");
    }
    try {
      if (!EmptyCheck.isEmpty(home)) {
        fail(4, "the database in " + home + " is not empty; the bulk importer only loads an empty database (use npm run import, which merges, or delete the data first with npm run db:reset -- --yes)");
      }
      Path staging = home.resolve(STAGING);
      StoreSwap.deleteTree(staging);
      int code = runImporter(staging, csvDir);
      if (code != 0) {
        fail(3, "Neo4j's importer failed (exit " + code + "); the database was left as it was");
      }
      StoreSwap.moveInto(staging, home, DATABASE);
      StoreSwap.deleteTree(staging);
      System.out.println("BULK_IMPORT_DONE");
    } catch (IOException | RuntimeException e) {
      fail(3, "bulk import failed: " + Launcher.rootMessage(e));
    }
  }

  private static int runImporter(Path staging, Path csvDir) throws IOException {
    Files.createDirectories(staging.resolve("conf"));
    List<String> argv = new ArrayList<>();
    argv.add("--array-delimiter=U+001F");
    argv.add("--multiline-fields=true");
    argv.add("--id-type=string");
    argv.add("--threads=" + Math.max(1, Runtime.getRuntime().availableProcessors()));
    for (Path p : csv(csvDir, "nodes-")) {
      argv.add("--nodes=" + p);
    }
    for (Path p : csv(csvDir, "rels-")) {
      argv.add("--relationships=" + p);
    }
    // The database is the command's default, neo4j (a trailing name would be read as one more file).
    ExecutionContext ctx = new ExecutionContext(staging, staging.resolve("conf"));
    return new CommandLine(new ImportCommand.Full(ctx)).execute(argv.toArray(String[]::new));
  }

  private static List<Path> csv(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  private static void fail(int code, String message) {
    System.err.println("neo4j-bulk-import: " + message);
    System.exit(code);
  }
}
