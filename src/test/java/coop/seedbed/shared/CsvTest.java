package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void cells_areQuotedAsRfc4180Says() {
    assertThat(Csv.cell("plain")).isEqualTo("plain");
    assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void formulas_areNeutralised_butNegativeNumbersStayNumbers() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("-1.55")).isEqualTo("-1.55");
  }
}
