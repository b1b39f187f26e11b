package dev.surety.dsl.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Condition;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Funding;
import dev.surety.core.model.GeographicLimit;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableCoalition;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.ImmutableCommitmentPeriod;
import dev.surety.core.model.ImmutableDuration;
import dev.surety.core.model.ImmutableDurationTerm;
import dev.surety.core.model.ImmutableMoney;
import dev.surety.core.model.ImmutableTrigger;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Money;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.model.Trigger;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ApprovalAct;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.MoneyScale;
import dev.surety.core.vocabulary.Status;
import dev.surety.core.vocabulary.Term;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.core.vocabulary.TriggerEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The model from a tree of JSON nodes, one method per model type, mirroring {@link
 * ArrangementWriter}. Strict: every object is checked for unknown fields once read.
 */
final class ArrangementReader {

  private ArrangementReader() {}

  static Arrangement read(JsonNode root) {
    try {
      Fields f = Fields.of(root, "");
      JsonNode version = f.required("schemaVersion");
      if (!version.isIntegralNumber() || !version.canConvertToInt()) {
        throw error("", "schemaVersion must be a whole number, not " + version);
      }
      if (version.intValue() != ArrangementJson.SCHEMA_VERSION) {
        throw error(
            "",
            "unsupported schemaVersion "
                + version.intValue()
                + " (this reader knows "
                + ArrangementJson.SCHEMA_VERSION
                + ")");
      }
      return arrangement(f);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // a model invariant (negative amount, range ending before it starts, ...)
      throw new ArrangementJsonException("invalid compiled arrangement: " + oneLine(e.getMessage()), e);
    }
  }

  private static Arrangement arrangement(Fields f) {
    ImmutableArrangement.Builder b = Arrangement.builder().title(f.string("title"));
    f.optional("kind").ifPresent(n -> b.kind(located(n, f.at("kind"), termOf(ArrangementKind.class))));
    f.optional("status").ifPresent(n -> b.status(located(n, f.at("status"), termOf(Status.class))));
    f.optional("dated").ifPresent(n -> b.dated(located(n, f.at("dated"), ArrangementReader::date)));
    f.optional("instrument")
        .ifPresent(n -> b.instrument(located(n, f.at("instrument"), termOf(InstrumentType.class))));
    b.beneficiaries(f.list("beneficiaries", ArrangementReader::reference));
    b.against(f.list("against", ArrangementReader::reference));
    b.covers(f.list("covers", (n, p) -> phrase(n, p, Domain.class)));
    f.optional("modeledOn")
        .ifPresent(n -> b.modeledOn(located(n, f.at("modeledOn"), ArrangementReader::text)));
    b.parties(f.list("parties", ArrangementReader::party));
    b.organisations(f.list("organisations", ArrangementReader::organisation));
    b.coalitions(f.list("coalitions", ArrangementReader::coalition));
    b.triggers(f.list("triggers", ArrangementReader::trigger));
    b.commitments(f.list("commitments", ArrangementReader::commitment));
    b.forceLevels(f.list("forceLevels", ArrangementReader::forceLevel));
    b.layers(f.list("layers", ArrangementReader::layer));
    b.durations(f.list("durations", ArrangementReader::durationTerm));
    b.withdrawals(f.list("withdrawals", ArrangementReader::withdrawal));
    b.conditions(f.list("conditions", ArrangementReader::condition));
    b.requirements(f.list("requirements", ArrangementReader::requirement));
    b.range(f.range());
    f.done();
    return b.build();
  }

  private static Party party(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Party p =
        Party.builder()
            .id(f.string("id"))
            .name(f.string("name"))
            .legislatures(
                f.list("legislatures", (n, at) -> located(n, at, ArrangementReader::text)))
            .shared(f.bool("shared"))
            .range(f.range())
            .build();
    f.done();
    return p;
  }

  private static Organisation organisation(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Organisation o =
        Organisation.builder()
            .id(f.string("id"))
            .name(f.string("name"))
            .veto(f.list("veto", ArrangementReader::reference))
            .members(f.list("members", ArrangementReader::reference))
            .shared(f.bool("shared"))
            .range(f.range())
            .build();
    f.done();
    return o;
  }

  private static Coalition coalition(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableCoalition.Builder b =
        Coalition.builder()
            .id(f.string("id"))
            .name(f.string("name"))
            .members(f.list("members", ArrangementReader::reference))
            .leaders(f.list("leaders", ArrangementReader::reference));
    f.optional("size").ifPresent(n -> b.size(located(n, f.at("size"), ArrangementReader::wholeNumber)));
    Coalition c = b.shared(f.bool("shared")).range(f.range()).build();
    f.done();
    return c;
  }

  private static Trigger trigger(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableTrigger.Builder b =
        Trigger.builder()
            .id(f.string("id"))
            .event(phrase(f.required("event"), f.at("event"), TriggerEvent.class))
            .by(f.list("by", ArrangementReader::reference));
    f.optional("against").ifPresent(n -> b.against(reference(n, f.at("against"))));
    Trigger t = b.shared(f.bool("shared")).range(f.range()).build();
    f.done();
    return t;
  }

  private static Commitment commitment(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableCommitment.Builder b =
        Commitment.builder()
            .parties(f.list("parties", ArrangementReader::reference))
            .kind(phrase(f.required("kind"), f.at("kind"), CommitmentKind.class))
            .items(f.list("items", (n, p) -> phrase(n, p, ItemTerm.class)))
            .triggers(f.list("triggers", ArrangementReader::reference))
            .responseTimes(f.list("responseTimes", ArrangementReader::responseTime))
            .modes(f.list("modes", (n, p) -> located(n, p, termOf(Mode.class))))
            .requirements(f.list("requirements", ArrangementReader::requirement))
            .channels(f.list("channels", ArrangementReader::reference))
            .recipients(f.list("recipients", ArrangementReader::reference))
            .periods(f.list("periods", ArrangementReader::period))
            .funding(f.list("funding", ArrangementReader::funding))
            .geographicLimits(f.list("geographicLimits", ArrangementReader::geographicLimit));
    Commitment c = b.range(f.range()).build();
    f.done();
    return c;
  }

  private static ResponseTime responseTime(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    var b = dev.surety.core.model.ImmutableResponseTime.builder();
    f.optional("within").ifPresent(n -> b.within(duration(n, f.at("within"))));
    ResponseTime r = b.range(f.range()).build();
    f.done();
    return r;
  }

  private static RatificationRequirement requirement(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    RatificationRequirement r =
        RatificationRequirement.builder()
            .body(f.string("body"))
            .act(term(f.required("act"), f.at("act"), ApprovalAct.class))
            .range(f.range())
            .build();
    f.done();
    return r;
  }

  private static CommitmentPeriod period(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableCommitmentPeriod.Builder b =
        CommitmentPeriod.builder()
            .type(
                spelled(
                    f.required("type"),
                    f.at("type"),
                    CommitmentPeriod.Type.class,
                    CommitmentPeriod.Type::keyword));
    f.optional("length").ifPresent(n -> b.length(duration(n, f.at("length"))));
    f.optional("date").ifPresent(n -> b.date(date(n, f.at("date"))));
    f.optional("event").ifPresent(n -> b.event(text(n, f.at("event"))));
    CommitmentPeriod p = b.range(f.range()).build();
    f.done();
    return p;
  }

  private static Funding funding(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Funding r =
        Funding.builder()
            .type(spelled(f.required("type"), f.at("type"), Funding.Type.class, Funding.Type::keyword))
            .money(money(f.required("money"), f.at("money")))
            .range(f.range())
            .build();
    f.done();
    return r;
  }

  private static Money money(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableMoney.Builder b =
        Money.builder()
            .currency(f.string("currency"))
            .amount(decimal(f.required("amount"), f.at("amount")));
    f.optional("scale").ifPresent(n -> b.scale(term(n, f.at("scale"), MoneyScale.class)));
    Money m = b.range(f.range()).build();
    f.done();
    return m;
  }

  private static GeographicLimit geographicLimit(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    GeographicLimit g =
        GeographicLimit.builder()
            .type(
                spelled(
                    f.required("type"),
                    f.at("type"),
                    GeographicLimit.Type.class,
                    GeographicLimit.Type::keyword))
            .area(f.string("area"))
            .range(f.range())
            .build();
    f.done();
    return g;
  }

  private static ForceLevel forceLevel(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ForceLevel l =
        ForceLevel.builder()
            .type(term(f.required("type"), f.at("type"), ForceLevelType.class))
            .party(reference(f.required("party"), f.at("party")))
            .force(f.string("force"))
            .amount(decimal(f.required("amount"), f.at("amount")))
            .unit(f.string("unit"))
            .range(f.range())
            .build();
    f.done();
    return l;
  }

  private static Layer layer(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Layer l =
        Layer.builder()
            .title(f.string("title"))
            .commitments(f.list("commitments", ArrangementReader::commitment))
            .forceLevels(f.list("forceLevels", ArrangementReader::forceLevel))
            .range(f.range())
            .build();
    f.done();
    return l;
  }

  private static DurationTerm durationTerm(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    ImmutableDurationTerm.Builder b =
        DurationTerm.builder()
            .type(
                spelled(
                    f.required("type"), f.at("type"), DurationTerm.Type.class, ArrangementReader::spelling));
    f.optional("length").ifPresent(n -> b.length(duration(n, f.at("length"))));
    b.renewable(f.bool("renewable"));
    f.optional("untilDate").ifPresent(n -> b.untilDate(date(n, f.at("untilDate"))));
    f.optional("untilEvent").ifPresent(n -> b.untilEvent(text(n, f.at("untilEvent"))));
    DurationTerm d = b.range(f.range()).build();
    f.done();
    return d;
  }

  private static WithdrawalTerm withdrawal(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    var b = dev.surety.core.model.ImmutableWithdrawalTerm.builder();
    f.optional("notice").ifPresent(n -> b.notice(duration(n, f.at("notice"))));
    WithdrawalTerm w = b.range(f.range()).build();
    f.done();
    return w;
  }

  private static Condition condition(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Condition c = Condition.builder().text(f.string("text")).range(f.range()).build();
    f.done();
    return c;
  }

  private static Duration duration(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Duration d =
        ImmutableDuration.builder()
            .amount(decimal(f.required("amount"), f.at("amount")))
            .unit(term(f.required("unit"), f.at("unit"), TimeUnit.class))
            .range(f.range())
            .build();
    f.done();
    return d;
  }

  private static Reference reference(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    Reference r = Reference.of(f.string("id"), f.range());
    f.done();
    return r;
  }

  private static <E extends Enum<E> & Term> Phrase<E> phrase(
      JsonNode node, String path, Class<E> vocabulary) {
    Fields f = Fields.of(node, path);
    var b = Phrase.<E>builder().text(f.string("text"));
    f.optional("term").ifPresent(n -> b.term(term(n, f.at("term"), vocabulary)));
    Phrase<E> p = b.quoted(f.bool("quoted")).range(f.range()).build();
    f.done();
    return p;
  }

  private static <T> Located<T> located(
      JsonNode node, String path, BiFunction<JsonNode, String, T> value) {
    Fields f = Fields.of(node, path);
    Located<T> l = Located.of(value.apply(f.required("value"), f.at("value")), f.range());
    f.done();
    return l;
  }

  // ---- scalars

  static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw error(path, "expected a string, not " + kind(node));
    }
    return node.textValue();
  }

  private static LocalDate date(JsonNode node, String path) {
    try {
      return LocalDate.parse(text(node, path));
    } catch (DateTimeParseException e) {
      throw error(path, "expected a date as YYYY-MM-DD, not " + node);
    }
  }

  private static BigDecimal decimal(JsonNode node, String path) {
    if (!node.isNumber()) {
      throw error(path, "expected a number, not " + kind(node));
    }
    return node.decimalValue();
  }

  private static BigInteger wholeNumber(JsonNode node, String path) {
    if (!node.isIntegralNumber()) {
      throw error(path, "expected a whole number, not " + node);
    }
    return node.bigIntegerValue();
  }

  static int integer(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(path, "expected a whole number, not " + node);
    }
    return node.intValue();
  }

  private static <E extends Enum<E> & Term> BiFunction<JsonNode, String, E> termOf(Class<E> vocabulary) {
    return (node, path) -> term(node, path, vocabulary);
  }

  /** A vocabulary term by its canonical spelling (aliases are not accepted: the writer never uses them). */
  static <E extends Enum<E> & Term> E term(JsonNode node, String path, Class<E> vocabulary) {
    return spelled(node, path, vocabulary, Term::canonical);
  }

  static <E extends Enum<E>> E spelled(
      JsonNode node, String path, Class<E> type, Function<E, String> spelling) {
    String text = text(node, path);
    for (E constant : type.getEnumConstants()) {
      if (spelling.apply(constant).equals(text)) {
        return constant;
      }
    }
    List<String> known = new ArrayList<>();
    Arrays.stream(type.getEnumConstants()).forEach(c -> known.add(spelling.apply(c)));
    throw error(path, "unknown value \"" + text + "\"; expected one of " + String.join(", ", known));
  }

  /** The spelling of a constant that has no keyword: its name in lower case, words spaced. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static SourceRange range(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    SourceRange r =
        SourceRange.of(f.string("file"), position(f.required("start"), f.at("start")), position(f.required("end"), f.at("end")));
    f.done();
    return r;
  }

  private static SourcePosition position(JsonNode node, String path) {
    Fields f = Fields.of(node, path);
    SourcePosition p =
        SourcePosition.of(integer(f.required("line"), f.at("line")), integer(f.required("column"), f.at("column")));
    f.done();
    return p;
  }

  static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  static ArrangementJsonException error(String path, String message) {
    return new ArrangementJsonException((path.isEmpty() ? "/" : path) + ": " + message);
  }

  private static String oneLine(String text) {
    return String.valueOf(text).split("\\R", 2)[0];
  }

  /** The fields of one JSON object, with its JSON pointer, remembering which were read. */
  static final class Fields {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private Fields(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    static Fields of(JsonNode node, String path) {
      if (!node.isObject()) {
        throw error(path, "expected an object, not " + kind(node));
      }
      return new Fields(node, path);
    }

    String at(String key) {
      return path + "/" + key;
    }

    Optional<JsonNode> optional(String key) {
      read.add(key);
      JsonNode value = node.get(key);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode required(String key) {
      return optional(key).orElseThrow(() -> error(at(key), "missing"));
    }

    String string(String key) {
      return text(required(key), at(key));
    }

    /** A boolean; absent means {@code false}. */
    boolean bool(String key) {
      Optional<JsonNode> value = optional(key);
      if (value.isPresent() && !value.get().isBoolean()) {
        throw error(at(key), "expected true or false, not " + value.get());
      }
      return value.map(JsonNode::booleanValue).orElse(false);
    }

    /** A list; absent means empty. */
    <T> List<T> list(String key, BiFunction<JsonNode, String, T> item) {
      Optional<JsonNode> value = optional(key);
      if (value.isEmpty()) {
        return List.of();
      }
      if (!value.get().isArray()) {
        throw error(at(key), "expected an array, not " + kind(value.get()));
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < value.get().size(); i++) {
        items.add(item.apply(value.get().get(i), at(key) + "/" + i));
      }
      return items;
    }

    /** The {@code range} field; absent means {@link SourceRange#NONE}. */
    SourceRange range() {
      return optional("range").map(n -> ArrangementReader.range(n, at("range"))).orElse(SourceRange.NONE);
    }

    /** Fails on a field that was never read: an unknown field. */
    void done() {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!read.contains(name)) {
          throw error(at(name), "unknown field");
        }
      }
    }
  }
}
