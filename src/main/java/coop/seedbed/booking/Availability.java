package coop.seedbed.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a volunteer is willing to take calls: weekly hours and date overrides in their own zone, how
 * long a call lasts and the rest between calls (both in whole steps of five minutes), how much
 * notice they need, how far ahead people may book, and how many calls they take in a week (Monday
 * to Sunday in their zone).
 */
public record Availability(
    ZoneId zone,
    List<WeeklyHours> weekly,
    List<DateOverride> overrides,
    Duration callLength,
    Duration buffer,
    Duration minimumNotice,
    Duration horizon,
    int maxPerWeek) {

  public static final Duration DEFAULT_CALL_LENGTH = Duration.ofMinutes(60);
  public static final Duration DEFAULT_BUFFER = Duration.ZERO;
  public static final Duration DEFAULT_MINIMUM_NOTICE = Duration.ofHours(24);
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(28);
  public static final int DEFAULT_MAX_PER_WEEK = 3;

  private static final Duration STEP = Duration.ofMinutes(5);

  public Availability {
    Objects.requireNonNull(zone, "zone");
    weekly = List.copyOf(weekly);
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(callLength, "callLength");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(minimumNotice, "minimumNotice");
    Objects.requireNonNull(horizon, "horizon");
    if (callLength.isZero() || callLength.isNegative() || !inFiveMinuteSteps(callLength)) {
      throw new IllegalArgumentException(
          "A call lasts a positive number of minutes in steps of five, not " + callLength);
    }
    if (buffer.isNegative() || !inFiveMinuteSteps(buffer)) {
      throw new IllegalArgumentException(
          "The rest between calls is zero or more minutes in steps of five, not " + buffer);
    }
    if (minimumNotice.isNegative()) {
      throw new IllegalArgumentException("The notice needed cannot be negative: " + minimumNotice);
    }
    if (horizon.isZero() || horizon.isNegative()) {
      throw new IllegalArgumentException("People must be able to book some time ahead: " + horizon);
    }
    if (maxPerWeek < 1) {
      throw new IllegalArgumentException("At least one call a week, not " + maxPerWeek);
    }
    Set<LocalDate> dates = new HashSet<>();
    for (DateOverride override : overrides) {
      if (!dates.add(override.date())) {
        throw new IllegalArgumentException("Two sets of hours for " + override.date());
      }
    }
  }

  /**
   * Weekly hours with one-hour calls back to back, 24 hours' notice, four weeks ahead and {@value
   * #DEFAULT_MAX_PER_WEEK} calls a week.
   */
  public static Availability defaults(ZoneId zone, List<WeeklyHours> weekly) {
    return new Availability(
        zone,
        weekly,
        List.of(),
        DEFAULT_CALL_LENGTH,
        DEFAULT_BUFFER,
        DEFAULT_MINIMUM_NOTICE,
        DEFAULT_HORIZON,
        DEFAULT_MAX_PER_WEEK);
  }

  public Availability withOverrides(List<DateOverride> overrides) {
    return new Availability(
        zone, weekly, overrides, callLength, buffer, minimumNotice, horizon, maxPerWeek);
  }

  public Availability withBuffer(Duration buffer) {
    return new Availability(
        zone, weekly, overrides, callLength, buffer, minimumNotice, horizon, maxPerWeek);
  }

  public Availability withMaxPerWeek(int maxPerWeek) {
    return new Availability(
        zone, weekly, overrides, callLength, buffer, minimumNotice, horizon, maxPerWeek);
  }

  private static boolean inFiveMinuteSteps(Duration duration) {
    return duration.getNano() == 0 && duration.getSeconds() % STEP.getSeconds() == 0;
  }
}
