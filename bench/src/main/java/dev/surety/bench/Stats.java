package dev.surety.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small statistics over samples. */
final class Stats {

  private Stats() {}

  static double median(List<Double> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Rounds to {@code digits} significant digits, for reports. */
  static double round(double value, int digits) {
    if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    double scale = Math.pow(10, digits - 1 - (int) Math.floor(Math.log10(Math.abs(value))));
    return Math.round(value * scale) / scale;
  }
}
