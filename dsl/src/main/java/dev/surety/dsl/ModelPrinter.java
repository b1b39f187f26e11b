package dev.surety.dsl;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable rendering of a compiled model, every element with its range ({@code @3:1-3:20}); used
 * by the golden tests and handy for debugging.
 */
public final class ModelPrinter {

  private final StringBuilder out = new StringBuilder();
  private int indent;

  private ModelPrinter() {}

  public static String print(List<SourceFile> files) {
    ModelPrinter p = new ModelPrinter();
    files.forEach(p::file);
    return p.out.toString();
  }

  private static String at(SourceRange r) {
    return "@" + r.start() + "-" + r.end();
  }

  private void line(String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }

  private static String refs(List<Reference> refs) {
    return refs.stream().map(r -> r.id() + at(r.range())).collect(Collectors.joining(", "));
  }

  private static String phrase(Phrase<?> p) {
    return (p.quoted() ? "\"" + p.text() + "\"" : p.text())
        + p.term().map(t -> " =" + ((Enum<?>) t).name()).orElse(" =?") + at(p.range());
  }

  private static String located(Located<?> l) {
    return l.value() + at(l.range());
  }

  private void file(SourceFile f) {
    line("file " + f.path() + " " + at(f.range()));
    indent++;
    f.includes().forEach(i -> line("include \"" + i.path() + "\" -> "
        + i.resolved().orElse("(not found)") + " " + at(i.range())));
    f.parties().forEach(this::party);
    f.organisations().forEach(this::organisation);
    f.coalitions().forEach(this::coalition);
    f.triggers().forEach(this::trigger);
    f.suppressions().forEach(s -> line("suppression " + (s.inBlockComment() ? "(in /* */) " : "")
        + s.directive() + " " + s.codes()
        + " line " + s.line() + s.reason().map(r -> " -- " + r).orElse("") + " " + at(s.range())));
    f.arrangements().forEach(this::arrangement);
    indent--;
  }

  private static String shared(boolean shared) {
    return shared ? " (shared)" : "";
  }

  private void party(Party p) {
    line("party " + p.id() + " \"" + p.name() + "\"" + shared(p.shared()) + " " + at(p.range())
        + (p.legislatures().isEmpty() ? ""
            : " legislature " + p.legislatures().stream().map(ModelPrinter::located)
                .collect(Collectors.joining(", "))));
  }

  private void organisation(Organisation o) {
    line("organisation " + o.id() + " \"" + o.name() + "\"" + shared(o.shared()) + " "
        + at(o.range()) + " veto [" + refs(o.veto()) + "] members [" + refs(o.members()) + "]");
  }

  private void coalition(Coalition c) {
    line("coalition " + c.id() + " \"" + c.name() + "\"" + shared(c.shared()) + " " + at(c.range())
        + " members [" + refs(c.members()) + "] led by [" + refs(c.leaders()) + "]"
        + c.size().map(s -> " size " + located(s)).orElse(""));
  }

  private void trigger(Trigger t) {
    line("trigger " + t.id() + shared(t.shared()) + " " + at(t.range()) + " event "
        + phrase(t.event()) + " by [" + refs(t.by()) + "]"
        + t.against().map(r -> " against " + r.id() + at(r.range())).orElse(""));
  }

  private void arrangement(Arrangement a) {
    line("arrangement \"" + a.title() + "\" " + at(a.range()));
    indent++;
    a.kind().ifPresent(k -> line("kind " + located(k)));
    a.status().ifPresent(k -> line("status " + located(k)));
    a.dated().ifPresent(k -> line("dated " + located(k)));
    a.instrument().ifPresent(k -> line("instrument " + located(k)));
    if (!a.beneficiaries().isEmpty()) {
      line("beneficiary " + refs(a.beneficiaries()));
    }
    if (!a.against().isEmpty()) {
      line("against " + refs(a.against()));
    }
    if (!a.covers().isEmpty()) {
      line("covers " + a.covers().stream().map(ModelPrinter::phrase).collect(Collectors.joining(", ")));
    }
    a.modeledOn().ifPresent(m -> line("modeled on " + located(m)));
    a.parties().forEach(this::party);
    a.organisations().forEach(this::organisation);
    a.coalitions().forEach(this::coalition);
    a.triggers().forEach(this::trigger);
    a.commitments().forEach(this::commitment);
    a.forceLevels().forEach(this::forceLevel);
    a.layers().forEach(this::layer);
    a.durations().forEach(d -> line("duration " + d.type()
        + d.length().map(l -> " " + l + at(l.range())).orElse("")
        + (d.renewable() ? " renewable" : "") + d.untilDate().map(x -> " until " + x).orElse("")
        + d.untilEvent().map(x -> " until \"" + x + "\"").orElse("") + " " + at(d.range())));
    a.withdrawals().forEach(w -> line("withdrawal "
        + w.notice().map(n -> "notice " + n).orElse("at will") + " " + at(w.range())));
    a.conditions().forEach(c -> line("condition \"" + c.text() + "\" " + at(c.range())));
    a.requirements().forEach(r -> line("requires " + r.body() + " " + r.act() + " " + at(r.range())));
    if (!a.unread().isEmpty()) {
      line("unread " + String.join(", ", a.unread()));
    }
    indent--;
  }

  private void layer(Layer l) {
    line("layer \"" + l.title() + "\" " + at(l.range()));
    indent++;
    l.commitments().forEach(this::commitment);
    l.forceLevels().forEach(this::forceLevel);
    if (!l.unread().isEmpty()) {
      line("unread " + String.join(", ", l.unread()));
    }
    indent--;
  }

  private void forceLevel(ForceLevel f) {
    line(f.type() + " " + f.party().id() + at(f.party().range()) + " " + f.force() + ": "
        + f.amount().toPlainString() + " " + f.unit() + " " + at(f.range()));
  }

  private void commitment(Commitment c) {
    line("commitment [" + refs(c.parties()) + "] " + phrase(c.kind()) + " " + at(c.range()));
    indent++;
    if (!c.items().isEmpty()) {
      line("items " + c.items().stream().map(ModelPrinter::phrase).collect(Collectors.joining(", ")));
    }
    if (!c.triggers().isEmpty()) {
      line("on " + refs(c.triggers()));
    }
    c.responseTimes().forEach(r -> line(r.within().map(d -> "within " + d).orElse("immediate")
        + " " + at(r.range())));
    c.modes().forEach(m -> line("mode " + located(m)));
    c.requirements().forEach(r -> line("requires " + r.body() + " " + r.act() + " " + at(r.range())));
    if (!c.channels().isEmpty()) {
      line("through " + refs(c.channels()));
    }
    if (!c.recipients().isEmpty()) {
      line("to " + refs(c.recipients()));
    }
    c.periods().forEach(p -> line(p.type().keyword() + " " + p.length().map(Object::toString)
        .or(() -> p.date().map(Object::toString)).or(() -> p.event().map(e -> "\"" + e + "\""))
        .orElse("") + " " + at(p.range())));
    c.funding().forEach(f -> line(f.type().keyword() + " " + f.money() + " " + at(f.range())));
    c.geographicLimits().forEach(g -> line(g.type().keyword() + " \"" + g.area() + "\" "
        + at(g.range())));
    if (!c.unread().isEmpty()) {
      line("unread " + String.join(", ", c.unread()));
    }
    indent--;
  }
}
