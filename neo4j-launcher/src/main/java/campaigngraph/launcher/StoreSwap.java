package campaigngraph.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Moves a database imported under a staging home into the real home (both on one filesystem). */
final class StoreSwap {
  private StoreSwap() {}

  /**
   * Moves {@code data/databases/DB} and {@code data/transactions/DB} from staging into home. An
   * existing (empty: see EmptyCheck) store in home is first moved under staging, deleted with it.
   * Each move is a rename, so at any moment each directory is either the old or the new one.
   */
  static void moveInto(Path staging, Path home, String database) throws IOException {
    List<String> parts = List.of("data/databases/" + database, "data/transactions/" + database);
    Path replaced = staging.resolve("replaced");
    for (String part : parts) {
      Path target = home.resolve(part);
      if (Files.exists(target)) {
        Files.createDirectories(replaced.resolve(part).getParent());
        Files.move(target, replaced.resolve(part), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (String part : parts) {
      Path source = staging.resolve(part);
      Path target = home.resolve(part);
      Files.createDirectories(target.getParent());
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Deletes a directory tree if it exists (only ever the staging home). */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
