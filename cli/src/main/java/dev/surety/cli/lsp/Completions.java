package dev.surety.cli.lsp;

import dev.surety.core.model.Actor;
import dev.surety.core.model.Declaration;
import dev.surety.core.model.Party;
import dev.surety.core.model.Trigger;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Status;
import dev.surety.core.vocabulary.Term;
import dev.surety.core.vocabulary.TriggerEvent;
import dev.surety.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion: declared ids where an id may stand, the vocabulary that fits the position (kinds
 * after the committing parties, items after {@code :}, events in a trigger, domains after {@code
 * covers}, ...), the qualifiers after {@code ;} (with {@code requires L ratification} for each
 * legislature that the committing parties declare), and statement keywords where a statement
 * begins.
 *
 * <p>The position is read from the text before the cursor, which is usually not yet a statement
 * the compiler accepts: {@link StatementContext} splits the current statement into words and
 * punctuation (strings and comments skipped). The ids come from the latest compilation.
 */
final class Completions {

  private static final List<String> FILE_KEYWORDS =
      List.of("include", "party", "organisation", "coalition", "trigger", "arrangement");
  private static final List<String> ARRANGEMENT_KEYWORDS = List.of("kind", "status", "dated",
      "instrument", "beneficiary", "against", "covers", "modeled on", "party", "organisation",
      "coalition", "trigger", "layer", "sustain", "limit", "duration", "withdrawal", "condition",
      "requires");
  private static final List<String> LAYER_KEYWORDS = List.of("sustain", "limit");
  private static final List<String> COMMITMENT_QUALIFIERS = List.of("on", "within", "immediate",
      "automatic", "as deemed necessary", "after consultation", "at discretion", "requires",
      "through", "to", "for", "until", "by", "annually", "total", "only in", "excluding");
  private static final Set<String> STATEMENT_KEYWORDS = Set.of("include", "arrangement", "layer",
      "kind", "status", "dated", "instrument", "beneficiary", "against", "covers", "modeled",
      "party", "organisation", "coalition", "trigger", "sustain", "limit", "duration",
      "withdrawal", "condition", "requires");

  private Completions() {}

  static List<CompletionItem> complete(Analysis analysis, String text, Position position) {
    PositionMapper mapper = new PositionMapper(text);
    int offset = mapper.offset(position);
    StatementContext context = StatementContext.at(text, offset);
    if (context == null) {
      return List.of(); // in a string or a comment
    }
    Slot slot = new Slot(context, mapper, offset);
    // what an arrangement declares is seen in it alone
    List<Declaration> visible = analysis.declarations(position, context.depth() > 0);
    List<CompletionItem> out = new ArrayList<>();
    List<String> words = context.words();
    String first = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
    boolean statementKeyword = STATEMENT_KEYWORDS.contains(first);
    if (words.isEmpty()) {
      List<String> keywords = context.depth() == 0 ? FILE_KEYWORDS
          : context.inLayer() ? LAYER_KEYWORDS : ARRANGEMENT_KEYWORDS;
      keywords.forEach(k -> out.add(keyword(k)));
      if (context.depth() > 0) {
        actors(visible, out);
      }
      return out;
    }
    String last = words.get(words.size() - 1);
    if (context.afterSemicolon()) {
      List<String> clause = context.clause();
      if (clause.isEmpty()) {
        qualifiers(visible, first, statementKeyword, context, out);
        return out;
      }
      String head = clause.get(0).toLowerCase(Locale.ROOT);
      if (head.equals("on")) {
        if (clause.size() == 1 || last.equals(",")) { // `on attack, ` names a second trigger
          triggers(visible, out);
        }
      } else if (List.of("through", "to", "veto", "members", "against").contains(head)
          || (head.equals("led") && clause.size() > 1)
          || (head.equals("by") && first.equals("trigger"))) {
        if (last.equals(",") || clause.size() == (head.equals("led") ? 2 : 1)) {
          actors(visible, out);
        }
      } else {
        // the rest of a qualifier of several words (`as` gives `as deemed necessary`)
        List<CompletionItem> all = new ArrayList<>();
        qualifiers(visible, first, statementKeyword, context, all);
        return slot.continuing(context.clauseStart(), all);
      }
      return out;
    }
    switch (first) {
      case "kind":
        return slot.continuing(1, vocabulary(ArrangementKind.class, "arrangement kind"));
      case "status":
        return slot.continuing(1, vocabulary(Status.class, "status"));
      case "instrument":
        return slot.continuing(1, vocabulary(InstrumentType.class, "instrument"));
      case "covers":
        return slot.continuing(context.afterLast(1, ","), vocabulary(Domain.class, "domain"));
      case "beneficiary":
      case "against":
        if (words.size() == 1 || last.equals(",")) {
          actors(visible, out);
        }
        break;
      case "trigger":
        if (context.hasColon()) {
          return slot.continuing(context.afterLast(1, ":"),
              vocabulary(TriggerEvent.class, "trigger event"));
        }
        break;
      case "coalition":
        if (context.hasColon() && (last.equals(":") || last.equals(","))) {
          actors(visible, out);
        }
        break;
      case "sustain":
      case "limit":
        if (words.size() == 1) {
          actors(visible, out);
        }
        break;
      case "withdrawal":
        return slot.continuing(1, List.of(keyword("notice"), keyword("at will")));
      case "duration":
        return slot.continuing(1, List.of(keyword("indefinite"), keyword("until")));
      case "modeled":
        return slot.continuing(0, List.of(keyword("modeled on")));
      default:
        if (statementKeyword) {
          break;
        }
        // a commitment: parties, then the kind, then `:` and the items
        if (context.hasColon()) {
          return slot.continuing(context.afterLast(0, ":", ","),
              vocabulary(ItemTerm.class, "item"));
        } else if (last.equals(",")) {
          actors(visible, out);
        } else {
          // the kind begins after the committing parties (`UK, FR troops`: at the third token)
          List<CompletionItem> kinds = new ArrayList<>();
          for (CommitmentKind kind : CommitmentKind.values()) {
            kinds.add(term(kind, "commitment kind, " + kind.category().label()));
          }
          return slot.continuing(2 * context.leadingIds().size() - 1, kinds);
        }
    }
    return out;
  }

  /**
   * Where a value of several words is being written: the words of the statement from one of its
   * tokens to the cursor. With none written, every candidate fits as it is; with some, only the
   * candidates they begin (in the vocabulary's comparison: any case, British spelling), each
   * given an edit that replaces those words with the whole candidate, so that accepting {@code in
   * force} after {@code status in} gives {@code status in force}, not {@code status in in force};
   * a complete value that begins no longer one gets nothing (what follows it is not a value).
   */
  private static final class Slot {
    private final StatementContext context;
    private final PositionMapper mapper;
    private final int cursor;

    Slot(StatementContext context, PositionMapper mapper, int cursor) {
      this.context = context;
      this.mapper = mapper;
      this.cursor = cursor;
    }

    List<CompletionItem> continuing(int from, List<CompletionItem> candidates) {
      List<String> words = context.words();
      if (from >= words.size()) {
        return candidates;
      }
      if (from < 0) {
        return List.of();
      }
      List<String> typed = words.subList(from, words.size());
      if (typed.stream().anyMatch(w -> w.equals(",") || w.equals(":") || w.equals(";"))) {
        return List.of();
      }
      Position start = mapper.positionAt(context.start(from));
      Position end = mapper.positionAt(cursor);
      if (start.getLine() != end.getLine()) {
        return List.of(); // an edit of a completion stays on the cursor's line
      }
      String prefix = Vocabulary.normalize(String.join(" ", typed)) + " ";
      List<CompletionItem> out = new ArrayList<>();
      for (CompletionItem item : candidates) {
        if (Vocabulary.normalize(item.getLabel()).startsWith(prefix)) {
          item.setTextEdit(Either.forLeft(new TextEdit(new Range(start, end), item.getLabel())));
          item.setFilterText(item.getLabel());
          out.add(item);
        }
      }
      return out;
    }
  }

  private static void qualifiers(List<Declaration> visible, String first, boolean statementKeyword,
      StatementContext context, List<CompletionItem> out) {
    switch (first) {
      case "party":
        out.add(keyword("legislature"));
        return;
      case "organisation":
        out.add(keyword("veto"));
        out.add(keyword("members"));
        return;
      case "coalition":
        out.add(keyword("led by"));
        out.add(keyword("size"));
        return;
      case "trigger":
        out.add(keyword("by"));
        out.add(keyword("against"));
        return;
      case "duration":
        out.add(keyword("renewable"));
        return;
      default:
        if (statementKeyword) {
          return;
        }
    }
    COMMITMENT_QUALIFIERS.forEach(q -> out.add(keyword(q)));
    Set<String> bodies = new LinkedHashSet<>();
    for (String id : context.leadingIds()) {
      for (Declaration d : visible) {
        if (d instanceof Party && d.id().equals(id)) {
          ((Party) d).legislatures().forEach(l -> bodies.add(l.value()));
        }
      }
    }
    for (String body : bodies) {
      String written = body.matches("[\\p{L}][\\p{L}\\p{M}\\p{Nd}_-]*") ? body
          : "\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      CompletionItem item = keyword("requires " + written + " ratification");
      item.setDetail("the approval that makes the commitment binding on " + body + "'s state");
      item.setSortText("0");
      out.add(item);
    }
  }

  private static void actors(List<Declaration> visible, List<CompletionItem> out) {
    for (Declaration d : visible) {
      if (d instanceof Actor) {
        CompletionItem item = new CompletionItem(d.id());
        item.setKind(CompletionItemKind.Variable);
        item.setDetail(d.keyword() + " " + ((Actor) d).name());
        out.add(item);
      }
    }
  }

  private static void triggers(List<Declaration> visible, List<CompletionItem> out) {
    for (Declaration d : visible) {
      if (d instanceof Trigger) {
        CompletionItem item = new CompletionItem(d.id());
        item.setKind(CompletionItemKind.Event);
        item.setDetail("trigger: " + ((Trigger) d).event().text());
        out.add(item);
      }
    }
  }

  private static <E extends Enum<E> & Term> List<CompletionItem> vocabulary(Class<E> type,
      String what) {
    List<CompletionItem> out = new ArrayList<>();
    for (E term : type.getEnumConstants()) {
      out.add(term(term, what));
    }
    return out;
  }

  private static CompletionItem term(Term term, String detail) {
    CompletionItem item = new CompletionItem(term.canonical());
    item.setKind(CompletionItemKind.EnumMember);
    item.setDetail(detail);
    return item;
  }

  private static CompletionItem keyword(String keyword) {
    CompletionItem item = new CompletionItem(keyword);
    item.setKind(CompletionItemKind.Keyword);
    return item;
  }
}
