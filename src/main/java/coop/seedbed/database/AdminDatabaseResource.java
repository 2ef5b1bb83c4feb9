package coop.seedbed.database;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * How many rows each table of the application's schema holds, for staff: a quick look at how the
 * data grows (or whether a clean-up ran) without a database client. Counts are exact, one query a
 * table, so the answer costs what the tables' sizes cost.
 */
@Path("admin/database/rows")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDatabaseResource {

  @Resource(lookup = SeedbedDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject CurrentCaller caller;

  @GET
  public Map<String, Long> rows() throws SQLException {
    caller.get().requireStaff();
    Map<String, Long> rows = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        // The names come from the database's own catalogue, quoted as it spells them.
        try (Statement statement = connection.createStatement();
            ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          count.next();
          rows.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
        }
      }
    }
    return rows;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet found =
        metaData.getTables(
            connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (found.next()) {
        tables.add(found.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
