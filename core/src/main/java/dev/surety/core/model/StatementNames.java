package dev.surety.core.model;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sets of statement names a model element could not read ({@code unread()}), read-only and
 * copied at most once: the empty set is the shared empty one, so that the tens of thousands of
 * commitments of a large draft, nearly all with nothing unread, hold no set of their own (a
 * natural-order collection attribute gave each its own empty tree), and a set given by the caller
 * is copied into a snapshot that no one else holds.
 */
final class StatementNames {

  private StatementNames() {}

  /** {@code names} as a snapshot: the shared empty set, or a read-only sorted copy made once. */
  static SortedSet<String> snapshot(SortedSet<String> names) {
    if (names.isEmpty()) {
      return Collections.emptySortedSet();
    }
    return names instanceof Snapshot ? names : new Snapshot(new TreeSet<>(names));
  }

  /** A sorted set that no caller can change, nor reach the set behind it. */
  private static final class Snapshot extends AbstractSet<String> implements SortedSet<String> {
    private final SortedSet<String> names;

    Snapshot(TreeSet<String> names) {
      this.names = Collections.unmodifiableSortedSet(names);
    }

    @Override
    public Iterator<String> iterator() {
      return names.iterator();
    }

    @Override
    public int size() {
      return names.size();
    }

    @Override
    public boolean contains(Object o) {
      return names.contains(o);
    }

    @Override
    public Comparator<? super String> comparator() {
      return names.comparator();
    }

    @Override
    public SortedSet<String> subSet(String from, String to) {
      return names.subSet(from, to);
    }

    @Override
    public SortedSet<String> headSet(String to) {
      return names.headSet(to);
    }

    @Override
    public SortedSet<String> tailSet(String from) {
      return names.tailSet(from);
    }

    @Override
    public String first() {
      return names.first();
    }

    @Override
    public String last() {
      return names.last();
    }
  }
}
