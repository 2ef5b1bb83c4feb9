package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OpenDataTest {

  @Test
  void atomDates_keepTheirSeconds_evenOnAWholeMinute() {
    assertThat(OpenData.rfc3339(OffsetDateTime.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(OpenData.rfc3339(OffsetDateTime.parse("2026-12-06T13:05:07.25+01:00")))
        .isEqualTo("2026-12-06T13:05:07.25+01:00");
  }
}
