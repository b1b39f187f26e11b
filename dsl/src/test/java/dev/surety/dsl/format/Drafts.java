package dev.surety.dsl.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random drafts that follow the grammar, written with random layout: spaces, tabs, line breaks,
 * blank lines, no space at all next to punctuation, and comments of every kind in every place a
 * comment can stand (before and after statements, inside statements, inside blocks, at the ends of
 * the file), suppression directives among them. Every comment text is unique, so a lost or
 * duplicated comment shows.
 */
final class Drafts {

  private static final String[] IDS = {"US", "UK", "FR", "DE", "UA", "RU", "CoW", "EU", "attack",
      "t-2", "Україна", "NATO_2"};
  private static final String[] WORDS = {"air", "defence", "military", "aid", "training", "land",
      "sea", "armed", "forces", "personnel", "long-range", "fires", "support", "membership",
      "by", "on", "to", "within"};
  private static final String[] STRINGS = {"\"Ukraine\"", "\"United States\"", "\"\"",
      "\"a \\\"quoted\\\" word\"", "\"back\\\\slash\"", "\"ППО 🚀\"",
      "\"Supplied weapons are not used against RU\"", "\"Verkhovna Rada\""};
  private static final String[] NUMBERS = {"1", "30", "800000", "800_000", "3.5", "2_500_000_000"};
  private static final String[] SUPPRESSED = {"SUR111", "SUR101", "SUR107", "SUR111, SUR005"};
  private static final String[] UNITS = {"hour", "hours", "day", "days", "weeks", "month", "years"};

  private final Random random;
  private int comments;

  private Drafts(Random random) {
    this.random = random;
  }

  static String generate(Random random) {
    return new Drafts(random).file();
  }

  // ---- structure: a list of tokens; "{", "}" and "." end a line in the canonical layout

  private String file() {
    List<String> tokens = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      declaration(tokens);
    }
    int arrangements = random.nextInt(3);
    for (int i = 0; i < arrangements; i++) {
      arrangement(tokens);
    }
    if (random.nextInt(5) == 0) {
      declaration(tokens);
    }
    return render(tokens);
  }

  private void arrangement(List<String> t) {
    add(t, "arrangement", pick(STRINGS), "{");
    int members = random.nextInt(12);
    for (int i = 0; i < members; i++) {
      switch (random.nextInt(6)) {
        case 0 -> header(t);
        case 1 -> declaration(t);
        case 2, 3 -> commitment(t);
        case 4 -> term(t);
        default -> {
          if (random.nextBoolean()) {
            forceLevel(t);
          } else {
            add(t, "layer", pick(STRINGS), "{");
            int inner = random.nextInt(4);
            for (int j = 0; j < inner; j++) {
              if (random.nextInt(4) == 0) {
                forceLevel(t);
              } else {
                commitment(t);
              }
            }
            t.add("}");
          }
        }
      }
    }
    t.add("}");
  }

  private void header(List<String> t) {
    switch (random.nextInt(8)) {
      case 0 -> add(t, "kind", pick("guarantee", "assurance"), ".");
      case 1 -> add(t, "status", pick("draft", "in force"), ".");
      case 2 -> add(t, "dated", "2025-12-29", ".");
      case 3 -> add(t, "instrument", pick("treaty", "memorandum of understanding"), ".");
      case 4 -> add(t, "beneficiary", pick(IDS), ".");
      case 5 -> {
        t.add("against");
        list(t, IDS, 1 + random.nextInt(4));
        t.add(".");
      }
      case 6 -> {
        t.add("covers");
        list(t, new String[] {"land", "air", "sea", "cyber", "space"}, 1 + random.nextInt(5));
        t.add(".");
      }
      default -> add(t, "modeled", "on", pick(STRINGS), ".");
    }
  }

  private void declaration(List<String> t) {
    switch (random.nextInt(4)) {
      case 0 -> {
        add(t, "party", pick(IDS), pick(STRINGS));
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          add(t, ";", "legislature", random.nextBoolean() ? pick(IDS) : pick(STRINGS));
        }
      }
      case 1 -> {
        add(t, "organisation", pick(IDS), pick(STRINGS));
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          add(t, ";", pick("veto", "members"));
          list(t, IDS, 1 + random.nextInt(6));
        }
      }
      case 2 -> {
        add(t, "coalition", pick(IDS), pick(STRINGS));
        if (random.nextBoolean()) {
          t.add(":");
          list(t, IDS, 1 + random.nextInt(8));
        }
        if (random.nextBoolean()) {
          add(t, ";", "led", "by");
          list(t, IDS, 1 + random.nextInt(2));
        }
        if (random.nextBoolean()) {
          add(t, ";", "size", pick(NUMBERS));
        }
      }
      default -> {
        add(t, "trigger", pick(IDS), ":");
        phrase(t, 3);
        if (random.nextBoolean()) {
          add(t, ";", "by");
          list(t, IDS, 1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
          add(t, ";", "against", pick(IDS));
        }
      }
    }
    t.add(".");
  }

  private void commitment(List<String> t) {
    list(t, IDS, 1 + random.nextInt(3));
    phrase(t, 3);
    if (random.nextBoolean()) {
      t.add(":");
      int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 14 : 4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          t.add(",");
        }
        if (random.nextInt(4) == 0) {
          t.add(pick(STRINGS));
        } else {
          phrase(t, 3);
        }
      }
    }
    int qualifiers = random.nextInt(random.nextInt(3) == 0 ? 10 : 3);
    for (int i = 0; i < qualifiers; i++) {
      t.add(";");
      qualifier(t);
    }
    t.add(".");
  }

  private void qualifier(List<String> t) {
    switch (random.nextInt(14)) {
      case 0 -> {
        t.add("on");
        list(t, IDS, 1 + random.nextInt(3));
      }
      case 1 -> add(t, "within", pick(NUMBERS), pick(UNITS));
      case 2 -> t.add(pick("immediate", "automatic"));
      case 3 -> add(t, "as", "deemed", "necessary");
      case 4 -> add(t, "after", "consultation");
      case 5 -> add(t, "at", "discretion");
      case 6 -> add(t, "requires", pick(IDS), pick("ratification", "approval"));
      case 7 -> add(t, "requires", pick("ratification", "approval"), "by", pick(STRINGS));
      case 8 -> add(t, pick("through", "to"), pick(IDS));
      case 9 -> add(t, "for", pick(NUMBERS), pick(UNITS));
      case 10 -> add(t, "until", random.nextBoolean() ? "2030-01-01" : pick(STRINGS));
      case 11 -> add(t, "by", "2030-01-01");
      case 12 -> add(t, pick("annually", "total"), pick("EUR", "USD", "GBP"), pick(NUMBERS),
          pick("billion", "million"));
      default -> {
        if (random.nextBoolean()) {
          add(t, "only", "in");
        } else {
          t.add("excluding");
        }
        t.add(pick(STRINGS));
      }
    }
  }

  private void forceLevel(List<String> t) {
    add(t, pick("sustain", "limit"), pick(IDS));
    phrase(t, 2);
    add(t, ":", pick(NUMBERS));
    phrase(t, 1);
    t.add(".");
  }

  private void term(List<String> t) {
    switch (random.nextInt(6)) {
      case 0 -> {
        add(t, "duration", pick(NUMBERS), pick(UNITS));
        if (random.nextBoolean()) {
          add(t, ";", "renewable");
        }
      }
      case 1 -> add(t, "duration", "indefinite");
      case 2 -> add(t, "duration", "until", pick(STRINGS));
      case 3 -> add(t, "withdrawal", "notice", pick(NUMBERS), pick(UNITS));
      case 4 -> add(t, "condition", pick(STRINGS));
      default -> add(t, "requires", pick(IDS), pick("ratification", "approval"));
    }
    t.add(".");
  }

  /** A phrase whose first word is not a keyword (the grammar reads keywords as words after it). */
  private void phrase(List<String> t, int maxWords) {
    t.add(WORDS[random.nextInt(WORDS.length - 4)]);
    int more = random.nextInt(maxWords);
    for (int i = 0; i < more; i++) {
      t.add(pick(WORDS));
    }
  }

  private void list(List<String> t, String[] from, int n) {
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        t.add(",");
      }
      t.add(pick(from));
    }
  }

  private static void add(List<String> t, String... tokens) {
    for (String token : tokens) {
      t.add(token);
    }
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  // ---- layout

  private static boolean isPunctuation(String token) {
    return token.length() == 1 && ".;,:{}".contains(token);
  }

  private String render(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(4) == 0) {
      out.append(ownLineComment());
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      out.append(token);
      if (i + 1 < tokens.size()) {
        out.append(separator(token, tokens.get(i + 1)));
      }
    }
    switch (random.nextInt(5)) {
      case 0 -> out.append(" ").append(blockComment());
      case 1 -> out.append(" ").append(lineComment()).append("\n");
      case 2 -> out.append("\n\n").append(ownLineComment());
      default -> out.append("\n");
    }
    if (random.nextInt(10) == 0) {
      out.append("\n\n  \n");
    }
    String text = out.toString();
    return random.nextInt(10) == 0 ? text.replace("\n", "\r\n") : text;
  }

  private String separator(String before, String after) {
    boolean endsStatement = before.equals(".") || before.equals("{") || before.equals("}");
    int roll = random.nextInt(100);
    if (endsStatement) {
      if (roll < 50) {
        return "\n" + indent();
      } else if (roll < 60) {
        return "\n\n\n" + indent();
      } else if (roll < 70) {
        return " ";
      } else if (roll < 80) {
        return " " + lineComment() + "\n" + indent();
      } else if (roll < 88) {
        return "\n" + indent() + ownLineComment() + (random.nextBoolean() ? "\n" : "") + indent();
      } else if (roll < 94) {
        return " " + blockComment() + " ";
      } else {
        return isPunctuation(before) ? "" : " ";
      }
    }
    if (roll < 60) {
      return " ";
    } else if (roll < 70) {
      return isPunctuation(before) || isPunctuation(after) ? "" : "  ";
    } else if (roll < 78) {
      return "\n" + indent();
    } else if (roll < 82) {
      return "\t";
    } else if (roll < 88) {
      return " " + blockComment() + " ";
    } else if (roll < 93) {
      return " " + lineComment() + "\n" + indent();
    } else if (roll < 97) {
      return "\n" + ownLineComment() + indent();
    } else {
      return "\n\n";
    }
  }

  private String indent() {
    return " ".repeat(random.nextInt(7));
  }

  private String ownLineComment() {
    return (random.nextBoolean() ? lineComment() : blockComment()) + "\n";
  }

  private String lineComment() {
    if (random.nextInt(6) == 0) {
      // a suppression: it covers the line of the next statement token, which the layout must keep
      return "// surety:disable-next-line " + pick(SUPPRESSED) + " -- c" + (comments++);
    }
    return "// c" + (comments++) + " " + words(random.nextInt(6));
  }

  private String blockComment() {
    String sep = random.nextInt(5) == 0 ? "\n   " : " ";
    return "/* c" + (comments++) + sep + words(random.nextInt(5)) + " */";
  }

  private String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(pick(WORDS));
    }
    return out.toString();
  }
}
