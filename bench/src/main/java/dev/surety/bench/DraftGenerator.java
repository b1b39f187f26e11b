package dev.surety.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic drafts: the same seed and size give the same text, on any
 * machine. A draft is a file of arrangements, each with its headers, parties with legislatures, an
 * organisation with a veto, a coalition, triggers, layers, commitments with every kind of
 * qualifier, force levels, terms and comments, in the canonical layout. Every draft follows the
 * grammar (no syntax error): its findings are those of realistic drafts, mostly completeness and
 * bindingness warnings.
 *
 * <p>Besides the ordinary shape there are the worst shapes for the rules: one arrangement with
 * thousands of parties, of commitments or of triggers, and a file that includes thousands of
 * files.
 */
public final class DraftGenerator {

  private static final String[][] STATES = {
    {"UA", "Ukraine", "\"Verkhovna Rada\""}, {"US", "United States", "Congress"},
    {"UK", "United Kingdom", "Parliament"}, {"FR", "France", "Parliament"},
    {"DE", "Germany", "Bundestag"}, {"IT", "Italy", "Parliament"}, {"PL", "Poland", "Sejm"},
    {"NL", "Netherlands", "\"States General\""}, {"CA", "Canada", "Parliament"},
    {"JP", "Japan", "Diet"}, {"SE", "Sweden", "Riksdag"}, {"FI", "Finland", "Eduskunta"},
    {"NO", "Norway", "Storting"}, {"DK", "Denmark", "Folketing"}, {"ES", "Spain", "Cortes"},
    {"TR", "Türkiye", "\"Grand National Assembly\""}, {"RU", "Russian Federation", null},
  };
  private static final String[] RESPONSE = {"mutual defence", "backstop", "presence"};
  private static final String[] SUPPORT = {
    "military aid", "intelligence sharing", "training", "defence production", "monitoring",
  };
  private static final String[] OTHER = {
    "financial support", "sanctions", "reconstruction", "economic support", "diplomatic support",
    "consultation", "support",
  };
  private static final String[] ITEMS = {
    "air defence", "aviation", "intelligence", "long-range fires", "training", "land", "air",
    "sea", "cyber", "artillery", "armour", "mine clearance",
  };
  private static final String[] DOMAINS = {"land", "air", "sea", "cyber", "space", "energy"};
  private static final String[] EVENTS = {
    "armed attack", "aggression", "resumption of hostilities", "ceasefire violation",
    "nuclear threat", "hybrid attack", "blockade",
  };
  private static final String[] MODES = {
    "automatic", "as deemed necessary", "after consultation", "at discretion",
  };
  private static final String[] UNITS = {"hours", "days", "weeks", "months", "years"};
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
  private static final String[] SCALES = {"million", "billion", ""};
  private static final String[] INSTRUMENTS = {
    "treaty", "agreement", "executive agreement", "memorandum", "political declaration",
  };
  private static final String[] KINDS = {"guarantee", "assurance", "partnership"};
  private static final String[] STATUSES = {"draft", "initialled", "signed", "ratified"};
  private static final String[] PLACES = {
    "Black Sea", "eastern Ukraine", "Crimea", "occupied territories", "Baltic region",
  };

  private DraftGenerator() {}

  /** A draft of about {@code bytes} bytes of UTF-8 (at least one arrangement). */
  public static String draft(long seed, int bytes) {
    return draft(seed, bytes, null);
  }

  /**
   * A draft of about {@code bytes} bytes; with {@code include} (a path relative to the draft), it
   * begins by including that file, as drafts share their file-level declarations.
   */
  public static String draft(long seed, int bytes, String include) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(bytes + 4096);
    out.append("// Generated draft ").append(seed).append(": security guarantees (benchmark corpus).\n");
    if (include != null) {
      out.append("include \"").append(include).append("\".\n");
    }
    int n = 0;
    int length = utf8Length(out, 0);
    do {
      int start = out.length();
      out.append('\n');
      arrangement(out, random, seed, n++);
      length += utf8Length(out, start);
    } while (length < bytes);
    return out.toString();
  }

  /** The file-level declarations a corpus shares ({@code include}d by its drafts). */
  public static String commonParties() {
    StringBuilder out = new StringBuilder();
    out.append("// Parties shared by the drafts of the benchmark corpus.\n");
    out.append("organisation UNSC \"UN Security Council\"; veto US, UK, FR, RU, CN.\n");
    out.append("organisation NATO \"North Atlantic Treaty Organization\".\n");
    out.append("party CN \"China\".\n");
    return out.toString();
  }

  /** One arrangement with {@code parties} parties, each committing once. */
  public static String manyParties(int parties) {
    StringBuilder out = new StringBuilder();
    header(out, "Many parties");
    out.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    out.append("  party RU \"Russian Federation\".\n");
    out.append("  trigger attack: armed attack; by RU.\n");
    for (int i = 0; i < parties; i++) {
      out.append("  party P").append(i).append(" \"Party ").append(i).append("\"; legislature L")
          .append(i).append(".\n");
    }
    for (int i = 0; i < parties; i++) {
      out.append("  P").append(i).append(" military aid: air defence, training; on attack; within ")
          .append(1 + i % 90).append(" days; requires L").append(i).append(" ratification.\n");
    }
    terms(out);
    out.append("}\n");
    return out.toString();
  }

  /** One arrangement with {@code commitments} commitments by a few parties. */
  public static String manyCommitments(int commitments) {
    StringBuilder out = new StringBuilder();
    SplittableRandom random = new SplittableRandom(commitments);
    header(out, "Many commitments");
    String[] guarantors = {"US", "UK", "FR", "DE", "PL"};
    out.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    out.append("  party RU \"Russian Federation\".\n");
    for (int g = 0; g < guarantors.length; g++) {
      String[] state = state(guarantors[g]);
      out.append("  party ").append(state[0]).append(" \"").append(state[1])
          .append("\"; legislature ").append(state[2]).append(".\n");
    }
    out.append("  trigger attack: armed attack; by RU.\n");
    for (int i = 0; i < commitments; i++) {
      String party = guarantors[i % guarantors.length];
      out.append("  ").append(party).append(' ').append(pick(random, SUPPORT)).append(": ")
          .append(pick(random, ITEMS)).append(", ").append(pick(random, ITEMS))
          .append("; on attack; within ").append(1 + random.nextInt(90)).append(" days; requires ")
          .append(state(party)[2]).append(" ratification; until 2040-01-01.\n");
    }
    terms(out);
    out.append("}\n");
    return out.toString();
  }

  /** One arrangement with {@code triggers} triggers, each activating a commitment. */
  public static String manyTriggers(int triggers) {
    StringBuilder out = new StringBuilder();
    SplittableRandom random = new SplittableRandom(triggers);
    header(out, "Many triggers");
    out.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    out.append("  party RU \"Russian Federation\".\n");
    out.append("  party US \"United States\"; legislature Congress.\n");
    for (int i = 0; i < triggers; i++) {
      out.append("  trigger t").append(i).append(": ").append(pick(random, EVENTS))
          .append("; by RU.\n");
    }
    for (int i = 0; i < triggers; i++) {
      out.append("  US backstop: air defence; on t").append(i)
          .append("; immediate; requires Congress ratification.\n");
    }
    terms(out);
    out.append("}\n");
    return out.toString();
  }

  /**
   * One arrangement in which each of {@code threats} guarantors is also named a threat by a trigger
   * of its own (the Budapest Memorandum's flaw, many times over): SUR203 and the assessment look up
   * each threat's reference (they searched every trigger for it, quadratic until 2026-12-02).
   */
  public static String manyThreats(int threats) {
    StringBuilder out = new StringBuilder();
    header(out, "Many threats");
    out.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    out.append("  party RU \"Russian Federation\".\n");
    for (int i = 0; i < threats; i++) {
      out.append("  party G").append(i).append(" \"Guarantor ").append(i)
          .append("\"; legislature L").append(i).append(".\n");
      out.append("  trigger t").append(i).append(": armed attack; by G").append(i).append(".\n");
    }
    for (int i = 0; i < threats; i++) {
      out.append("  G").append(i).append(" backstop: air defence; on t").append(i)
          .append("; immediate; requires L").append(i).append(" ratification.\n");
    }
    terms(out);
    out.append("}\n");
    return out.toString();
  }

  /**
   * Writes a draft that includes {@code includes} files (each declaring parties at file level) to
   * {@code directory}; returns the including file.
   */
  public static Path manyIncludes(Path directory, int includes) throws IOException {
    Path parts = Files.createDirectories(directory.resolve("parts"));
    StringBuilder main = new StringBuilder();
    main.append("// A draft that includes ").append(includes).append(" files.\n");
    for (int i = 0; i < includes; i++) {
      String name = "part-" + i + ".surety";
      write(parts.resolve(name), "// Shared declarations " + i + ".\nparty I" + i + " \"Included "
          + i + "\"; legislature M" + i + ".\n");
      main.append("include \"parts/").append(name).append("\".\n");
    }
    main.append('\n');
    StringBuilder body = new StringBuilder();
    header(body, "Many includes");
    body.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    body.append("  party RU \"Russian Federation\".\n");
    body.append("  trigger attack: armed attack; by RU.\n");
    for (int i = 0; i < includes; i++) {
      body.append("  I").append(i).append(" military aid: artillery; on attack; within 30 days;")
          .append(" requires M").append(i).append(" ratification.\n");
    }
    terms(body);
    body.append("}\n");
    main.append(body);
    Path file = directory.resolve("many-includes.surety");
    write(file, main.toString());
    return file;
  }

  /**
   * Writes a corpus of {@code count} drafts to {@code directory} (sizes from 1 KB to about 16 KB,
   * most of them small, as real drafts are), each including {@code parties/common.surety}.
   */
  public static List<Path> corpus(Path directory, int count, long seed) throws IOException {
    Files.createDirectories(directory.resolve("parties"));
    write(directory.resolve("parties/common.surety"), commonParties());
    SplittableRandom random = new SplittableRandom(seed);
    List<Path> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int size = corpusSize(random);
      Path dir = Files.createDirectories(directory.resolve(String.format("d%03d", i / 100)));
      Path file = dir.resolve(String.format("draft-%05d.surety", i));
      write(file, draft(seed * 1_000_003L + i, size, "../parties/common.surety"));
      files.add(file);
    }
    return files;
  }

  /** Sizes of corpus drafts: 1 KB to 16 KB, skewed to the small end. */
  static int corpusSize(SplittableRandom random) {
    double u = random.nextDouble();
    return (int) (1024 * Math.pow(16, u * u));
  }

  private static void header(StringBuilder out, String title) {
    out.append("arrangement \"").append(title).append("\" {\n");
    out.append("  kind guarantee.\n  status draft.\n  dated 2026-01-15.\n  instrument treaty.\n");
    out.append("  beneficiary UA.\n  against RU.\n  covers land, air.\n");
  }

  private static void terms(StringBuilder out) {
    out.append("  duration 25 years; renewable.\n  withdrawal notice 12 months.\n");
  }

  private static void arrangement(StringBuilder out, SplittableRandom random, long seed, int n) {
    // guarantors: 2 to 6 states other than UA and RU, in a random order
    List<String[]> pool = new ArrayList<>();
    for (String[] state : STATES) {
      if (!state[0].equals("UA") && !state[0].equals("RU")) {
        pool.add(state);
      }
    }
    int count = 2 + random.nextInt(5);
    List<String[]> guarantors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      guarantors.add(pool.remove(random.nextInt(pool.size())));
    }
    String kind = pick(random, KINDS);
    out.append("// Draft ").append(seed).append('.').append(n)
        .append(kind.startsWith("a") ? ": an " : ": a ").append(kind).append(" for Ukraine by ").append(guarantors.size())
        .append(" states.\n");
    out.append("arrangement \"Security arrangement ").append(seed).append('-').append(n)
        .append("\" {\n");
    out.append("  kind ").append(kind).append(".\n");
    out.append("  status ").append(pick(random, STATUSES)).append(".\n");
    out.append("  dated 20").append(20 + random.nextInt(6)).append("-0").append(1 + random.nextInt(9))
        .append('-').append(10 + random.nextInt(18)).append(".\n");
    out.append("  instrument ").append(pick(random, INSTRUMENTS)).append(".\n");
    out.append("  beneficiary UA.\n  against RU.\n");
    out.append("  covers ").append(pick(random, DOMAINS)).append(", ").append(pick(random, DOMAINS))
        .append(".\n");
    if (random.nextInt(3) == 0) {
      out.append("  modeled on \"NATO Article 5\".\n");
    }
    out.append('\n');
    out.append("  party UA \"Ukraine\"; legislature \"Verkhovna Rada\".\n");
    out.append("  party RU \"Russian Federation\".\n");
    for (String[] g : guarantors) {
      out.append("  party ").append(g[0]).append(" \"").append(g[1]).append('"');
      if (g[2] != null) {
        out.append("; legislature ").append(g[2]);
      }
      out.append(".\n");
    }
    out.append("  organisation EU \"European Union\"; members ")
        .append(guarantors.get(0)[0]).append(", ").append(guarantors.get(1)[0])
        .append("; veto ").append(guarantors.get(0)[0]).append(".\n");
    out.append("  coalition CoW \"Coalition of the Willing\": ");
    for (int i = 0; i < guarantors.size(); i++) {
      out.append(i > 0 ? ", " : "").append(guarantors.get(i)[0]);
    }
    out.append("; led by ").append(guarantors.get(0)[0]).append("; size ")
        .append(guarantors.size() + random.nextInt(25)).append(".\n");
    int triggers = 1 + random.nextInt(3);
    for (int t = 0; t < triggers; t++) {
      out.append("  trigger t").append(t).append(": ").append(pick(random, EVENTS))
          .append("; by RU");
      if (random.nextBoolean()) {
        out.append("; against UA");
      }
      out.append(".\n");
    }
    out.append('\n');
    int layers = random.nextInt(3);
    for (int l = 0; l < layers; l++) {
      out.append("  // Layer ").append(l + 1).append(" of the framework.\n");
      out.append("  layer \"Layer ").append(l + 1).append("\" {\n");
      int inLayer = 1 + random.nextInt(3);
      for (int c = 0; c < inLayer; c++) {
        commitment(out, "    ", random, guarantors, triggers);
      }
      if (random.nextBoolean()) {
        out.append("    sustain UA armed forces: ").append(600_000 + random.nextInt(300_000))
            .append(" personnel.\n");
      }
      out.append("  }\n");
    }
    int commitments = 2 + random.nextInt(8);
    for (int c = 0; c < commitments; c++) {
      commitment(out, "  ", random, guarantors, triggers);
    }
    if (random.nextInt(4) == 0) {
      out.append("  limit UA armed forces: ").append(800_000 + random.nextInt(200_000))
          .append(" personnel.\n");
    }
    out.append('\n');
    switch (random.nextInt(3)) {
      case 0 -> out.append("  duration ").append(5 + random.nextInt(50)).append(" years")
          .append(random.nextBoolean() ? "; renewable" : "").append(".\n");
      case 1 -> out.append("  duration indefinite.\n");
      default -> out.append("  duration until \"a peace settlement is in force\".\n");
    }
    out.append(random.nextInt(5) == 0 ? "  withdrawal at will.\n"
        : "  withdrawal notice " + (3 + random.nextInt(22)) + " months.\n");
    if (random.nextBoolean()) {
      out.append("  /* Caveats agreed at the last round. */\n");
      out.append("  condition \"Supplied long-range weapons are not used against the territory of")
          .append(" RU\".\n");
    }
    String[] first = guarantors.get(0);
    if (first[2] != null && random.nextBoolean()) {
      out.append("  requires ").append(first[2]).append(" ratification.\n");
    }
    out.append("}\n");
  }

  private static void commitment(StringBuilder out, String indent, SplittableRandom random,
      List<String[]> guarantors, int triggers) {
    int shape = random.nextInt(10);
    if (random.nextInt(4) == 0) {
      out.append(indent).append("// ").append(shape < 4 ? "A response" : "Ongoing support")
          .append(" by the guarantors named.\n");
    }
    StringBuilder line = new StringBuilder(indent);
    String[] g = guarantors.get(random.nextInt(guarantors.size()));
    if (shape < 4) {
      // a response: trigger, timing, mode, ratification, channel
      line.append(random.nextInt(3) == 0 ? "CoW" : g[0]).append(' ').append(pick(random, RESPONSE))
          .append(": ").append(pick(random, ITEMS)).append(", ").append(pick(random, ITEMS))
          .append("; on t").append(random.nextInt(triggers));
      line.append(random.nextBoolean() ? "; within " + (1 + random.nextInt(72)) + " hours"
          : "; immediate");
      line.append("; ").append(pick(random, MODES));
      if (g[2] != null && random.nextInt(3) > 0) {
        line.append(random.nextBoolean() ? "; requires " + g[2] + " ratification"
            : "; requires approval by " + g[2]);
      }
      if (random.nextInt(4) == 0) {
        line.append("; through EU");
      }
      if (random.nextInt(4) == 0) {
        line.append("; only in \"").append(pick(random, PLACES)).append('"');
      }
    } else if (shape < 8) {
      // support: money, term, recipient, geographic limit
      line.append(g[0]);
      String[] other = guarantors.get(random.nextInt(guarantors.size()));
      if (other != g && random.nextBoolean()) {
        line.append(", ").append(other[0]);
      }
      line.append(' ').append(pick(random, SUPPORT)).append(": ").append(pick(random, ITEMS))
          .append(", \"").append(pick(random, PLACES)).append(" programme\"");
      String scale = pick(random, SCALES);
      line.append(random.nextBoolean() ? "; annually " : "; total ").append(pick(random, CURRENCIES))
          .append(' ').append(1 + random.nextInt(40)).append(scale.isEmpty() ? "_000_000" : " " + scale);
      switch (random.nextInt(3)) {
        case 0 -> line.append("; for ").append(1 + random.nextInt(20)).append(' ')
            .append(pick(random, UNITS));
        case 1 -> line.append("; until 20").append(30 + random.nextInt(20)).append("-01-01");
        default -> line.append("; by 2030-06-30");
      }
      if (random.nextInt(3) == 0) {
        line.append("; to CoW");
      }
      if (random.nextInt(4) == 0) {
        line.append("; excluding \"").append(pick(random, PLACES)).append('"');
      }
    } else {
      line.append(g[0]).append(' ').append(pick(random, OTHER));
      if (random.nextBoolean()) {
        line.append(": \"").append(pick(random, PLACES)).append("\", independence");
      }
      if (random.nextBoolean()) {
        line.append("; after consultation");
      }
    }
    line.append(".\n");
    wrap(out, line.toString(), indent);
  }

  /** Breaks a statement longer than 100 columns after a {@code ;}, as the formatter does. */
  private static void wrap(StringBuilder out, String statement, String indent) {
    if (statement.length() <= 101) {
      out.append(statement);
      return;
    }
    int column = 0;
    for (String part : statement.split("; ", -1)) {
      if (column > 0) {
        if (column + part.length() + 2 > 100) {
          out.append(";\n").append(indent).append("    ");
          column = indent.length() + 4;
        } else {
          out.append("; ");
          column += 2;
        }
      }
      out.append(part);
      column += part.length();
    }
  }

  private static String[] state(String id) {
    for (String[] state : STATES) {
      if (state[0].equals(id)) {
        return state;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  static int utf8Length(CharSequence text, int from) {
    int bytes = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /** Writes {@code text} as UTF-8, atomically (a temporary file moved over the target). */
  public static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".gen-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
