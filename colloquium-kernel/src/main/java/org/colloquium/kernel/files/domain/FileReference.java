package org.colloquium.kernel.files.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column that refers to stored files: a foreign key to {@code stored_file (sha256)}, named as the
 * database catalogue spells it (H2 upper-cases unquoted names, PostgreSQL lower-cases them).
 */
public record FileReference(String table, String column) {

  // The names come from the catalogue, never from users; checked anyway because they end up in SQL.
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public FileReference {
    requireIdentifier(table);
    requireIdentifier(column);
  }

  private static void requireIdentifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL identifier: " + name);
    }
  }

  /** {@code table.column} in lower case, the same on every database. */
  public String name() {
    return (table + "." + column).toLowerCase(Locale.ROOT);
  }

  /**
   * An SQL condition, true when no row of this column refers to the stored file aliased {@code f}.
   * Quoted as the catalogue spells the names, so that it names the same table on H2 and PostgreSQL.
   */
  String notReferencedHere() {
    return "not exists (select 1 from \"" + table + "\" r where r.\"" + column + "\" = f.sha256)";
  }
}
