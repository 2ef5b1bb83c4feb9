package coop.seedbed.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps PostgreSQL's query plans fit for tables that grow fast. PostgreSQL plans a prepared
 * statement once for all parameter values after its fifth run, with the table sizes and statistics
 * of that moment, and keeps the plan until the table is analysed again; autovacuum analyses a table
 * as it grows, but it may be off (it is off on the machines Seedbed is measured on). A table grown
 * from a few rows since (the directory during a bulk import) then keeps a plan made for a few rows,
 * a scan of every row: measured on an import of 100,000 lines with autovacuum off, the rate fell
 * from 260 to 50 lines a second as the directory grew. Fresh plans are no cure without statistics,
 * though, so a bulk import also analyses what it grew.
 */
@ApplicationScoped
public class QueryPlans {

  /** The tables a bulk import grows. */
  private static final Set<String> ANALYSABLE = Set.of("organisation", "organisation_tag");

  @Inject
  @ConfigProperty(name = "seedbed.db.datasource-class")
  String dataSourceClass;

  private boolean postgres() {
    return dataSourceClass.startsWith("org.postgresql");
  }

  /**
   * Plans this transaction's queries afresh for their own values, on PostgreSQL (H2 always does);
   * planning costs a fraction of a millisecond.
   */
  public void planAfresh(EntityManager em) {
    if (postgres()) {
      em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
  }

  /**
   * Refreshes PostgreSQL's statistics of a table after many rows went in, as autovacuum would:
   * without them it guesses, and guesses a scan of every row for a lookup of fifty keys. It samples
   * a fixed number of rows, a fraction of a second at a million.
   */
  public void analyse(EntityManager em, String table) {
    if (!ANALYSABLE.contains(table)) {
      throw new IllegalArgumentException("Not a table to analyse: " + table);
    }
    if (postgres()) {
      em.createNativeQuery("analyze " + table).executeUpdate();
    }
  }
}
