package dev.surety.dsl.diff;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Condition;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Funding;
import dev.surety.core.model.GeographicLimit;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.model.Trigger;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.vocabulary.Term;
import dev.surety.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Elements of the model written back as statements (phrases as written, ids in the order written,
 * no final full stop).
 */
final class Statements {
  private Statements() {}

  /** How a phrase compares: its term's canonical spelling, else its normalised words or string. */
  static String key(Phrase<?> phrase) {
    return phrase.term().map(t -> ((Term) t).canonical())
        .orElseGet(() -> phrase.quoted() ? "\"" + phrase.text() + "\"" : Vocabulary.normalize(phrase.text()));
  }

  /**
   * A phrase as shown: as the drafter wrote it ({@code arms supply}, an alias of {@code military
   * aid}), single-spaced, a string in quotes. Versions are compared by {@link #key}.
   */
  static String text(Phrase<?> phrase) {
    return phrase.quoted() ? quote(phrase.text()) : phrase.text();
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A name ({@code Congress}, {@code "Verkhovna Rada"}): quoted unless it is one word. */
  static String name(String s) {
    return s.matches("[\\p{L}][\\p{L}\\p{N}_-]*") ? s : quote(s);
  }

  static String ids(List<Reference> refs) {
    return refs.stream().map(Reference::id).collect(Collectors.joining(", "));
  }

  static String parties(Commitment c) {
    return ids(c.parties());
  }

  /** {@code US backstop}: the committing parties and the kind, as written. */
  static String head(Commitment c) {
    return parties(c) + " " + text(c.kind());
  }

  static String commitment(Commitment c) {
    StringBuilder out = new StringBuilder(head(c));
    if (!c.items().isEmpty()) {
      out.append(": ").append(c.items().stream().map(Statements::text).collect(Collectors.joining(", ")));
    }
    List<String> q = new ArrayList<>();
    if (!c.triggers().isEmpty()) {
      q.add("on " + ids(c.triggers()));
    }
    c.responseTimes().forEach(t -> q.add(responseTime(t)));
    c.modes().forEach(m -> q.add(m.value().canonical()));
    c.requirements().forEach(r -> q.add(requirement(r)));
    c.channels().forEach(r -> q.add("through " + r.id()));
    c.recipients().forEach(r -> q.add("to " + r.id()));
    c.periods().forEach(p -> q.add(period(p)));
    c.funding().forEach(f -> q.add(funding(f)));
    c.geographicLimits().forEach(g -> q.add(limit(g)));
    q.forEach(s -> out.append("; ").append(s));
    return out.toString();
  }

  static String responseTime(ResponseTime t) {
    return t.within().map(d -> "within " + d).orElse("immediate");
  }

  static String requirement(RatificationRequirement r) {
    return "requires " + name(r.body()) + " " + r.act().canonical();
  }

  static String period(CommitmentPeriod p) {
    String value =
        p.length().map(Object::toString)
            .or(() -> p.date().map(Object::toString))
            .or(() -> p.event().map(Statements::quote))
            .orElse("");
    return p.type().keyword() + " " + value;
  }

  static String funding(Funding f) {
    return f.type().keyword() + " " + f.money();
  }

  static String limit(GeographicLimit g) {
    return g.type().keyword() + " " + quote(g.area());
  }

  static String party(Party p) {
    StringBuilder out = new StringBuilder("party " + p.id() + " " + quote(p.name()));
    p.legislatures().forEach(l -> out.append("; legislature ").append(name(l.value())));
    return out.toString();
  }

  static String organisation(Organisation o) {
    StringBuilder out = new StringBuilder("organisation " + o.id() + " " + quote(o.name()));
    if (!o.veto().isEmpty()) {
      out.append("; veto ").append(ids(o.veto()));
    }
    if (!o.members().isEmpty()) {
      out.append("; members ").append(ids(o.members()));
    }
    return out.toString();
  }

  static String coalition(Coalition c) {
    StringBuilder out = new StringBuilder("coalition " + c.id() + " " + quote(c.name()));
    if (!c.members().isEmpty()) {
      out.append(": ").append(ids(c.members()));
    }
    if (!c.leaders().isEmpty()) {
      out.append("; led by ").append(ids(c.leaders()));
    }
    c.size().ifPresent(s -> out.append("; size ").append(s.value()));
    return out.toString();
  }

  static String trigger(Trigger t) {
    StringBuilder out = new StringBuilder("trigger " + t.id() + ": " + text(t.event()));
    if (!t.by().isEmpty()) {
      out.append("; by ").append(ids(t.by()));
    }
    t.against().ifPresent(a -> out.append("; against ").append(a.id()));
    return out.toString();
  }

  static String layer(Layer l) {
    return "layer " + quote(l.title());
  }

  static String forceLevel(ForceLevel f) {
    return f.type().canonical() + " " + f.party().id() + " " + f.force() + ": "
        + f.amount().toPlainString() + " " + f.unit();
  }

  static String duration(DurationTerm d) {
    switch (d.type()) {
      case INDEFINITE:
        return "indefinite";
      case UNTIL:
        return "until " + d.untilDate().map(Object::toString)
            .orElseGet(() -> quote(d.untilEvent().orElse("")));
      default:
        return d.length().map(Object::toString).orElse("") + (d.renewable() ? "; renewable" : "");
    }
  }

  static String withdrawal(WithdrawalTerm w) {
    return w.notice().map(n -> "notice " + n).orElse("at will");
  }

  static String condition(Condition c) {
    return "condition " + quote(c.text());
  }

  static String arrangement(Arrangement a) {
    return "arrangement " + quote(a.title());
  }

  static <T> Optional<T> value(Optional<Located<T>> located) {
    return located.map(Located::value);
  }
}
