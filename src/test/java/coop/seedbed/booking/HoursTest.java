package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.seedbed.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursTest {

  @Test
  void weekly_readsDaysAsPeopleWriteThem_andKeepsThemAsRecurrenceRules() {
    List<WeeklyHours> hours =
        Hours.weekly("Mon, Wed 10:00-12:00\nweekdays 18:00-19:30", "weeklyHours");
    assertThat(hours).hasSize(2);
    assertThat(hours.get(0).days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
    assertThat(hours.get(0).start()).isEqualTo(LocalTime.of(10, 0));
    assertThat(hours.get(1).days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);

    String stored = Hours.formatWeekly(hours);
    assertThat(stored).startsWith("FREQ=WEEKLY;BYDAY=MO,WE 10:00-12:00");
    assertThat(Hours.weekly(stored, "weeklyHours")).isEqualTo(hours);
    assertThat(Hours.describeWeekly(hours))
        .isEqualTo("Mon, Wed 10:00-12:00\nMon, Tue, Wed, Thu, Fri 18:00-19:30");
  }

  @Test
  void weekly_namesTheLineItCannotRead() {
    assertThatThrownBy(() -> Hours.weekly("Mon 10:00-12:00\nFunday 10:00-11:00", "weeklyHours"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"Funday 10:00-11:00\"")
        .hasMessageContaining("not a day of the week");
    assertThatThrownBy(() -> Hours.weekly("Tue 14:00-12:00", "weeklyHours"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Hours.weekly("Tue 9am-5pm", "weeklyHours"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("24-hour clock");
  }

  @Test
  void overrides_areHolidaysOrOtherHours() {
    List<DateOverride> overrides =
        Hours.overrides("2026-12-25 closed\n2026-12-24 09:00-11:00, 14:00-15:00", "overrides");
    assertThat(overrides.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(overrides.get(0).hours()).isEmpty();
    assertThat(overrides.get(1).hours()).hasSize(2);
    assertThat(Hours.formatOverrides(overrides))
        .isEqualTo("2026-12-25 closed\n2026-12-24 09:00-11:00,14:00-15:00");
    assertThatThrownBy(() -> Hours.overrides("25/12/2026 closed", "overrides"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2026-12-24");
  }
}
