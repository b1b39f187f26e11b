package dev.surety.core.vocabulary;

import java.util.List;

/** The units of a duration, with their length in hours (months and years by the calendar mean). */
public enum TimeUnit implements Term {
  HOUR("hour", 1, "hours"),
  DAY("day", 24, "days"),
  WEEK("week", 24 * 7, "weeks"),
  MONTH("month", 730.485, "months"),
  YEAR("year", 8765.82, "years");

  private final String canonical;
  private final double hours;
  private final List<String> aliases;

  TimeUnit(String canonical, double hours, String... aliases) {
    this.canonical = canonical;
    this.hours = hours;
    this.aliases = List.of(aliases);
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** The mean length of one unit in hours. */
  public double hours() {
    return hours;
  }

  @Override
  public String toString() {
    return canonical;
  }
}
