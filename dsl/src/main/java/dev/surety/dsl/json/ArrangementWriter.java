package dev.surety.dsl.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.surety.core.vocabulary.Term;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model as a tree of JSON nodes, one method per model type, keys in the order of {@code
 * docs/compile-schema.md}. Lists are always written ({@code []} when empty), booleans always, an
 * empty optional is left out, and so is a range equal to {@link SourceRange#NONE}.
 */
final class ArrangementWriter {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  ObjectNode arrangement(Arrangement a) {
    ObjectNode o = nodes.objectNode();
    o.put("schemaVersion", ArrangementJson.SCHEMA_VERSION);
    o.put("title", a.title());
    a.kind().ifPresent(k -> o.set("kind", located(k, v -> nodes.textNode(v.canonical()))));
    a.status().ifPresent(s -> o.set("status", located(s, v -> nodes.textNode(v.canonical()))));
    a.dated().ifPresent(d -> o.set("dated", located(d, v -> nodes.textNode(v.toString()))));
    a.instrument()
        .ifPresent(i -> o.set("instrument", located(i, v -> nodes.textNode(v.canonical()))));
    o.set("beneficiaries", list(a.beneficiaries(), this::reference));
    o.set("against", list(a.against(), this::reference));
    o.set("covers", list(a.covers(), this::phrase));
    a.modeledOn().ifPresent(m -> o.set("modeledOn", located(m, nodes::textNode)));
    o.set("parties", list(a.parties(), this::party));
    o.set("organisations", list(a.organisations(), this::organisation));
    o.set("coalitions", list(a.coalitions(), this::coalition));
    o.set("triggers", list(a.triggers(), this::trigger));
    o.set("commitments", list(a.commitments(), this::commitment));
    o.set("forceLevels", list(a.forceLevels(), this::forceLevel));
    o.set("layers", list(a.layers(), this::layer));
    o.set("durations", list(a.durations(), this::durationTerm));
    o.set("withdrawals", list(a.withdrawals(), this::withdrawal));
    o.set("conditions", list(a.conditions(), this::condition));
    o.set("requirements", list(a.requirements(), this::requirement));
    range(o, a.range());
    return o;
  }

  private ObjectNode party(Party p) {
    ObjectNode o = nodes.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.set("legislatures", list(p.legislatures(), l -> located(l, nodes::textNode)));
    o.put("shared", p.shared());
    range(o, p.range());
    return o;
  }

  private ObjectNode organisation(Organisation org) {
    ObjectNode o = nodes.objectNode();
    o.put("id", org.id());
    o.put("name", org.name());
    o.set("veto", list(org.veto(), this::reference));
    o.set("members", list(org.members(), this::reference));
    o.put("shared", org.shared());
    range(o, org.range());
    return o;
  }

  private ObjectNode coalition(Coalition c) {
    ObjectNode o = nodes.objectNode();
    o.put("id", c.id());
    o.put("name", c.name());
    o.set("members", list(c.members(), this::reference));
    o.set("leaders", list(c.leaders(), this::reference));
    c.size().ifPresent(s -> o.set("size", located(s, nodes::numberNode)));
    o.put("shared", c.shared());
    range(o, c.range());
    return o;
  }

  private ObjectNode trigger(Trigger t) {
    ObjectNode o = nodes.objectNode();
    o.put("id", t.id());
    o.set("event", phrase(t.event()));
    o.set("by", list(t.by(), this::reference));
    t.against().ifPresent(r -> o.set("against", reference(r)));
    o.put("shared", t.shared());
    range(o, t.range());
    return o;
  }

  private ObjectNode commitment(Commitment c) {
    ObjectNode o = nodes.objectNode();
    o.set("parties", list(c.parties(), this::reference));
    o.set("kind", phrase(c.kind()));
    o.set("items", list(c.items(), this::phrase));
    o.set("triggers", list(c.triggers(), this::reference));
    o.set("responseTimes", list(c.responseTimes(), this::responseTime));
    o.set("modes", list(c.modes(), m -> located(m, v -> nodes.textNode(v.canonical()))));
    o.set("requirements", list(c.requirements(), this::requirement));
    o.set("channels", list(c.channels(), this::reference));
    o.set("recipients", list(c.recipients(), this::reference));
    o.set("periods", list(c.periods(), this::period));
    o.set("funding", list(c.funding(), this::funding));
    o.set("geographicLimits", list(c.geographicLimits(), this::geographicLimit));
    range(o, c.range());
    return o;
  }

  private ObjectNode responseTime(ResponseTime r) {
    ObjectNode o = nodes.objectNode();
    r.within().ifPresent(d -> o.set("within", duration(d)));
    range(o, r.range());
    return o;
  }

  private ObjectNode requirement(RatificationRequirement r) {
    ObjectNode o = nodes.objectNode();
    o.put("body", r.body());
    o.put("act", r.act().canonical());
    range(o, r.range());
    return o;
  }

  private ObjectNode period(CommitmentPeriod p) {
    ObjectNode o = nodes.objectNode();
    o.put("type", p.type().keyword());
    p.length().ifPresent(d -> o.set("length", duration(d)));
    p.date().ifPresent(d -> o.put("date", d.toString()));
    p.event().ifPresent(e -> o.put("event", e));
    range(o, p.range());
    return o;
  }

  private ObjectNode funding(Funding f) {
    ObjectNode o = nodes.objectNode();
    o.put("type", f.type().keyword());
    o.set("money", money(f.money()));
    range(o, f.range());
    return o;
  }

  private ObjectNode money(Money m) {
    ObjectNode o = nodes.objectNode();
    o.put("currency", m.currency());
    o.set("amount", nodes.numberNode(m.amount()));
    m.scale().ifPresent(s -> o.put("scale", s.canonical()));
    range(o, m.range());
    return o;
  }

  private ObjectNode geographicLimit(GeographicLimit g) {
    ObjectNode o = nodes.objectNode();
    o.put("type", g.type().keyword());
    o.put("area", g.area());
    range(o, g.range());
    return o;
  }

  private ObjectNode forceLevel(ForceLevel f) {
    ObjectNode o = nodes.objectNode();
    o.put("type", f.type().canonical());
    o.set("party", reference(f.party()));
    o.put("force", f.force());
    o.set("amount", nodes.numberNode(f.amount()));
    o.put("unit", f.unit());
    range(o, f.range());
    return o;
  }

  private ObjectNode layer(Layer l) {
    ObjectNode o = nodes.objectNode();
    o.put("title", l.title());
    o.set("commitments", list(l.commitments(), this::commitment));
    o.set("forceLevels", list(l.forceLevels(), this::forceLevel));
    range(o, l.range());
    return o;
  }

  private ObjectNode durationTerm(DurationTerm d) {
    ObjectNode o = nodes.objectNode();
    o.put("type", ArrangementReader.spelling(d.type()));
    d.length().ifPresent(l -> o.set("length", duration(l)));
    o.put("renewable", d.renewable());
    d.untilDate().ifPresent(u -> o.put("untilDate", u.toString()));
    d.untilEvent().ifPresent(u -> o.put("untilEvent", u));
    range(o, d.range());
    return o;
  }

  private ObjectNode withdrawal(WithdrawalTerm w) {
    ObjectNode o = nodes.objectNode();
    w.notice().ifPresent(n -> o.set("notice", duration(n)));
    range(o, w.range());
    return o;
  }

  private ObjectNode condition(Condition c) {
    ObjectNode o = nodes.objectNode();
    o.put("text", c.text());
    range(o, c.range());
    return o;
  }

  private ObjectNode duration(Duration d) {
    ObjectNode o = nodes.objectNode();
    o.set("amount", nodes.numberNode(d.amount()));
    o.put("unit", d.unit().canonical());
    range(o, d.range());
    return o;
  }

  private ObjectNode reference(Reference r) {
    ObjectNode o = nodes.objectNode();
    o.put("id", r.id());
    range(o, r.range());
    return o;
  }

  private <T> ObjectNode phrase(Phrase<T> p) {
    ObjectNode o = nodes.objectNode();
    o.put("text", p.text());
    p.term().ifPresent(t -> o.put("term", ((Term) t).canonical()));
    o.put("quoted", p.quoted());
    range(o, p.range());
    return o;
  }

  private <T> ObjectNode located(
      Located<T> located, Function<T, com.fasterxml.jackson.databind.JsonNode> value) {
    ObjectNode o = nodes.objectNode();
    o.set("value", value.apply(located.value()));
    range(o, located.range());
    return o;
  }

  private <T> ArrayNode list(List<T> items, Function<T, ObjectNode> item) {
    ArrayNode array = nodes.arrayNode();
    items.forEach(i -> array.add(item.apply(i)));
    return array;
  }

  private void range(ObjectNode o, SourceRange range) {
    Optional.of(range).filter(r -> !r.equals(SourceRange.NONE)).ifPresent(r -> o.set("range", range(r)));
  }

  private ObjectNode range(SourceRange r) {
    ObjectNode o = nodes.objectNode();
    o.put("file", r.file());
    o.set("start", position(r.start()));
    o.set("end", position(r.end()));
    return o;
  }

  private ObjectNode position(SourcePosition p) {
    ObjectNode o = nodes.objectNode();
    o.put("line", p.line());
    o.put("column", p.column());
    return o;
  }
}
