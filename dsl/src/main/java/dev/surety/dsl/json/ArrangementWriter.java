package dev.surety.dsl.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The model written through a {@link JsonGenerator} as it is walked, one method per model type,
 * keys in the order of {@code docs/compile-schema.md}: no tree of nodes is built, so writing a
 * large arrangement holds no more than the generator's buffer besides the model. Lists are always
 * written ({@code []} when empty), booleans always, an empty optional is left out, and so is a
 * range equal to {@link SourceRange#NONE}.
 */
final class ArrangementWriter {

  /** Writes one value of a field or of a list. */
  @FunctionalInterface
  private interface Part<T> {
    void write(T value) throws IOException;
  }

  private final JsonGenerator g;

  ArrangementWriter(JsonGenerator generator) {
    this.g = generator;
  }

  void arrangement(Arrangement a) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", ArrangementJson.SCHEMA_VERSION);
    g.writeStringField("title", a.title());
    optionalLocated("kind", a.kind(), this::term);
    optionalLocated("status", a.status(), this::term);
    optionalLocated("dated", a.dated(), d -> g.writeString(d.toString()));
    optionalLocated("instrument", a.instrument(), this::term);
    list("beneficiaries", a.beneficiaries(), this::reference);
    list("against", a.against(), this::reference);
    list("covers", a.covers(), this::phrase);
    optionalLocated("modeledOn", a.modeledOn(), g::writeString);
    list("parties", a.parties(), this::party);
    list("organisations", a.organisations(), this::organisation);
    list("coalitions", a.coalitions(), this::coalition);
    list("triggers", a.triggers(), this::trigger);
    list("commitments", a.commitments(), this::commitment);
    list("forceLevels", a.forceLevels(), this::forceLevel);
    list("layers", a.layers(), this::layer);
    list("durations", a.durations(), this::durationTerm);
    list("withdrawals", a.withdrawals(), this::withdrawal);
    list("conditions", a.conditions(), this::condition);
    list("requirements", a.requirements(), this::requirement);
    range(a.range());
    g.writeEndObject();
  }

  private void party(Party p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    list("legislatures", p.legislatures(), this::locatedText);
    g.writeBooleanField("shared", p.shared());
    range(p.range());
    g.writeEndObject();
  }

  private void organisation(Organisation org) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", org.id());
    g.writeStringField("name", org.name());
    list("veto", org.veto(), this::reference);
    list("members", org.members(), this::reference);
    g.writeBooleanField("shared", org.shared());
    range(org.range());
    g.writeEndObject();
  }

  private void coalition(Coalition c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    list("members", c.members(), this::reference);
    list("leaders", c.leaders(), this::reference);
    optionalLocated("size", c.size(), g::writeNumber);
    g.writeBooleanField("shared", c.shared());
    range(c.range());
    g.writeEndObject();
  }

  private void trigger(Trigger t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeFieldName("event");
    phrase(t.event());
    list("by", t.by(), this::reference);
    if (t.against().isPresent()) {
      g.writeFieldName("against");
      reference(t.against().get());
    }
    g.writeBooleanField("shared", t.shared());
    range(t.range());
    g.writeEndObject();
  }

  private void commitment(Commitment c) throws IOException {
    g.writeStartObject();
    list("parties", c.parties(), this::reference);
    g.writeFieldName("kind");
    phrase(c.kind());
    list("items", c.items(), this::phrase);
    list("triggers", c.triggers(), this::reference);
    list("responseTimes", c.responseTimes(), this::responseTime);
    list("modes", c.modes(), this::locatedTerm);
    list("requirements", c.requirements(), this::requirement);
    list("channels", c.channels(), this::reference);
    list("recipients", c.recipients(), this::reference);
    list("periods", c.periods(), this::period);
    list("funding", c.funding(), this::funding);
    list("geographicLimits", c.geographicLimits(), this::geographicLimit);
    range(c.range());
    g.writeEndObject();
  }

  private void responseTime(ResponseTime r) throws IOException {
    g.writeStartObject();
    optionalDuration("within", r.within());
    range(r.range());
    g.writeEndObject();
  }

  private void requirement(RatificationRequirement r) throws IOException {
    g.writeStartObject();
    g.writeStringField("body", r.body());
    g.writeStringField("act", r.act().canonical());
    range(r.range());
    g.writeEndObject();
  }

  private void period(CommitmentPeriod p) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", p.type().keyword());
    optionalDuration("length", p.length());
    if (p.date().isPresent()) {
      g.writeStringField("date", p.date().get().toString());
    }
    optionalText("event", p.event());
    range(p.range());
    g.writeEndObject();
  }

  private void funding(Funding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", f.type().keyword());
    g.writeFieldName("money");
    money(f.money());
    range(f.range());
    g.writeEndObject();
  }

  private void money(Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("currency", m.currency());
    g.writeFieldName("amount");
    g.writeNumber(m.amount());
    if (m.scale().isPresent()) {
      g.writeStringField("scale", m.scale().get().canonical());
    }
    range(m.range());
    g.writeEndObject();
  }

  private void geographicLimit(GeographicLimit l) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", l.type().keyword());
    g.writeStringField("area", l.area());
    range(l.range());
    g.writeEndObject();
  }

  private void forceLevel(ForceLevel f) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", f.type().canonical());
    g.writeFieldName("party");
    reference(f.party());
    g.writeStringField("force", f.force());
    g.writeFieldName("amount");
    g.writeNumber(f.amount());
    g.writeStringField("unit", f.unit());
    range(f.range());
    g.writeEndObject();
  }

  private void layer(Layer l) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", l.title());
    list("commitments", l.commitments(), this::commitment);
    list("forceLevels", l.forceLevels(), this::forceLevel);
    range(l.range());
    g.writeEndObject();
  }

  private void durationTerm(DurationTerm d) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", ArrangementReader.spelling(d.type()));
    optionalDuration("length", d.length());
    g.writeBooleanField("renewable", d.renewable());
    if (d.untilDate().isPresent()) {
      g.writeStringField("untilDate", d.untilDate().get().toString());
    }
    optionalText("untilEvent", d.untilEvent());
    range(d.range());
    g.writeEndObject();
  }

  private void withdrawal(WithdrawalTerm w) throws IOException {
    g.writeStartObject();
    optionalDuration("notice", w.notice());
    range(w.range());
    g.writeEndObject();
  }

  private void condition(Condition c) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", c.text());
    range(c.range());
    g.writeEndObject();
  }

  private void duration(Duration d) throws IOException {
    g.writeStartObject();
    g.writeFieldName("amount");
    g.writeNumber(d.amount());
    g.writeStringField("unit", d.unit().canonical());
    range(d.range());
    g.writeEndObject();
  }

  private void reference(Reference r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    range(r.range());
    g.writeEndObject();
  }

  private <T> void phrase(Phrase<T> p) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", p.text());
    if (p.term().isPresent()) {
      g.writeStringField("term", ((Term) p.term().get()).canonical());
    }
    g.writeBooleanField("quoted", p.quoted());
    range(p.range());
    g.writeEndObject();
  }

  private void term(Term t) throws IOException {
    g.writeString(t.canonical());
  }

  /** A located vocabulary term: its canonical spelling and its range. */
  private void locatedTerm(Located<? extends Term> located) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", located.value().canonical());
    range(located.range());
    g.writeEndObject();
  }

  private void locatedText(Located<String> located) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", located.value());
    range(located.range());
    g.writeEndObject();
  }

  /** The field {@code name} with the located value, left out when there is none. */
  private <T> void optionalLocated(String name, Optional<? extends Located<T>> located,
      Part<? super T> value) throws IOException {
    if (located.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeFieldName("value");
    value.write(located.get().value());
    range(located.get().range());
    g.writeEndObject();
  }

  private void optionalDuration(String name, Optional<Duration> duration) throws IOException {
    if (duration.isPresent()) {
      g.writeFieldName(name);
      duration(duration.get());
    }
  }

  private void optionalText(String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  private <T> void list(String name, List<T> items, Part<? super T> item) throws IOException {
    g.writeArrayFieldStart(name);
    for (T i : items) {
      item.write(i);
    }
    g.writeEndArray();
  }

  private void range(SourceRange r) throws IOException {
    if (r.equals(SourceRange.NONE)) {
      return;
    }
    g.writeObjectFieldStart("range");
    g.writeStringField("file", r.file());
    position("start", r.start());
    position("end", r.end());
    g.writeEndObject();
  }

  private void position(String name, SourcePosition p) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("line", p.line());
    g.writeNumberField("column", p.column());
    g.writeEndObject();
  }
}
