package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationCsvTest {

  @Test
  void cells_areQuotedAsRfc4180Says() {
    assertThat(OrganisationCsv.cell("plain")).isEqualTo("plain");
    assertThat(OrganisationCsv.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(OrganisationCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(OrganisationCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void formulas_areNeutralised_butNegativeNumbersStayNumbers() {
    assertThat(OrganisationCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(OrganisationCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(OrganisationCsv.cell("-1.55")).isEqualTo("-1.55");
  }
}
