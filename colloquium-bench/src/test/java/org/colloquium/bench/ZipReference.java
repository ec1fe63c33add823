package org.colloquium.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The reference for the ZIP export: the same files, read from disk one after the other, written by
 * Java's own ZipOutputStream with the defaults the server uses (deflate at the default level, UTF-8
 * names) into a file. No database, no HTTP, no application: what zipping these bytes costs on this
 * machine, so that the export's time is reported as a ratio to it.
 *
 * <pre>
 *   java ZipReference.java folder-of-files names.txt out.zip
 * </pre>
 *
 * {@code names.txt} has one line per file, "file name in the folder" TAB "name in the ZIP".
 */
public final class ZipReference {

  private ZipReference() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    long started = System.nanoTime();
    long bytes = 0;
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])));
        ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        String[] parts = line.split("\t", 2);
        byte[] content = Files.readAllBytes(folder.resolve(parts[0]));
        zip.putNextEntry(new ZipEntry(parts[1]));
        zip.write(content);
        zip.closeEntry();
        bytes += content.length;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("entries=%d%n", lines.size());
    System.out.printf("contentBytes=%d%n", bytes);
    System.out.printf("zipBytes=%d%n", Files.size(Path.of(args[2])));
    System.out.printf("seconds=%.1f%n", seconds);
  }
}
