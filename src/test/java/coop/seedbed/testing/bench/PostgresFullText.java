package coop.seedbed.testing.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alternative most teams would pick: PostgreSQL full-text search over the same documents, with
 * a weighted tsvector (title A, tags B, body C), a GIN index, {@code websearch_to_tsquery} and
 * {@code ts_rank}. Lives in a schema of its own in the PostgreSQL at {@code bench.pg.url}.
 */
public final class PostgresFullText implements AutoCloseable {

  private final Connection connection;

  public PostgresFullText() throws SQLException {
    connection =
        DriverManager.getConnection(
            System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
            System.getProperty("bench.pg.user", "postgres"),
            System.getProperty("bench.pg.password", ""));
    try (Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists seedbed_fts_bench");
      statement.execute("drop table if exists seedbed_fts_bench.docs");
      statement.execute(
          "create table seedbed_fts_bench.docs (id serial primary key, title text not null,"
              + " tags text, body text, tsv tsvector)");
    }
  }

  /** Loads open-data lines of the directory export (JSON objects with DESIGN field names). */
  public void load(List<JsonObject> listings) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into seedbed_fts_bench.docs (title, tags, body) values (?, ?, ?)")) {
      int n = 0;
      for (JsonObject listing : listings) {
        insert.setString(1, listing.getString("name"));
        insert.setString(2, tags(listing));
        insert.setString(3, listing.getString("description", ""));
        insert.addBatch();
        if (++n % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "update seedbed_fts_bench.docs set tsv ="
              + " setweight(to_tsvector('english', title), 'A')"
              + " || setweight(to_tsvector('english', coalesce(tags, '')), 'B')"
              + " || setweight(to_tsvector('english', coalesce(body, '')), 'C')");
      statement.execute("create index on seedbed_fts_bench.docs using gin (tsv)");
      statement.execute("analyze seedbed_fts_bench.docs");
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  /** The same words Seedbed indexes as tags: kind, place, sectors, services, technologies. */
  static String tags(JsonObject listing) {
    List<String> tags = new ArrayList<>();
    tags.add(listing.getString("kind", ""));
    for (String key : List.of("city", "region")) {
      if (listing.containsKey(key)) {
        tags.add(listing.getString(key));
      }
    }
    if (listing.containsKey("country")) {
      tags.add(new Locale("", listing.getString("country")).getDisplayCountry(Locale.ENGLISH));
    }
    for (String key : List.of("sectors", "services", "technologies")) {
      JsonArray values = listing.getJsonArray(key);
      if (values != null) {
        values.getValuesAs(JsonString.class).forEach(v -> tags.add(v.getString()));
      }
    }
    return String.join(" ", tags);
  }

  /** The top ten titles for a query, as PostgreSQL ranks them. */
  public List<String> top10(String query) throws SQLException {
    List<String> titles = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select title from seedbed_fts_bench.docs, websearch_to_tsquery('english', ?) q"
                + " where tsv @@ q order by ts_rank(tsv, q) desc, id limit 10")) {
      select.setString(1, query);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          titles.add(rows.getString(1));
        }
      }
    }
    return titles;
  }

  /** A connection of its own for one load-generating thread. */
  public Connection newConnection() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
        System.getProperty("bench.pg.user", "postgres"),
        System.getProperty("bench.pg.password", ""));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
