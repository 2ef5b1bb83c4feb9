package coop.seedbed.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

  @Test
  void aPostgresqlUrl_choosesThePostgresqlDataSource_anythingElseH2() {
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db:5432/seedbed"))
        .isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:data/h2/seedbed"))
        .isEqualTo("org.h2.jdbcx.JdbcDataSource");
    assertThat(DatabaseConfigSource.dataSourceClassFor(null))
        .isEqualTo("org.h2.jdbcx.JdbcDataSource");
  }
}
