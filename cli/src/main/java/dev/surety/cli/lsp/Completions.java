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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;

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
    int offset = new PositionMapper(text).offset(position);
    StatementContext context = StatementContext.at(text, offset);
    if (context == null) {
      return List.of(); // in a string or a comment
    }
    List<CompletionItem> out = new ArrayList<>();
    List<String> words = context.words();
    String first = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
    boolean statementKeyword = STATEMENT_KEYWORDS.contains(first);
    if (words.isEmpty()) {
      List<String> keywords = context.depth() == 0 ? FILE_KEYWORDS
          : context.inLayer() ? LAYER_KEYWORDS : ARRANGEMENT_KEYWORDS;
      keywords.forEach(k -> out.add(keyword(k)));
      if (context.depth() > 0) {
        actors(analysis, out);
      }
      return out;
    }
    String last = words.get(words.size() - 1);
    if (context.afterSemicolon()) {
      List<String> clause = context.clause();
      if (clause.isEmpty()) {
        qualifiers(analysis, first, statementKeyword, context, out);
        return out;
      }
      String head = clause.get(0).toLowerCase(Locale.ROOT);
      if (head.equals("on")) {
        triggers(analysis, out);
      } else if (List.of("through", "to", "veto", "members", "led", "against").contains(head)
          || (head.equals("by") && first.equals("trigger"))) {
        actors(analysis, out);
      }
      return out;
    }
    switch (first) {
      case "kind":
        vocabulary(ArrangementKind.class, "arrangement kind", out);
        break;
      case "status":
        vocabulary(Status.class, "status", out);
        break;
      case "instrument":
        vocabulary(InstrumentType.class, "instrument", out);
        break;
      case "covers":
        vocabulary(Domain.class, "domain", out);
        break;
      case "beneficiary":
      case "against":
        actors(analysis, out);
        break;
      case "trigger":
        if (context.hasColon()) {
          vocabulary(TriggerEvent.class, "trigger event", out);
        }
        break;
      case "coalition":
        if (context.hasColon()) {
          actors(analysis, out);
        }
        break;
      case "sustain":
      case "limit":
        if (words.size() == 1) {
          actors(analysis, out);
        }
        break;
      case "withdrawal":
        out.add(keyword("notice"));
        out.add(keyword("at will"));
        break;
      case "duration":
        out.add(keyword("indefinite"));
        out.add(keyword("until"));
        break;
      default:
        if (statementKeyword) {
          break;
        }
        // a commitment: parties, then the kind, then `:` and the items
        if (context.hasColon()) {
          vocabulary(ItemTerm.class, "item", out);
        } else if (last.equals(",")) {
          actors(analysis, out);
        } else {
          for (CommitmentKind kind : CommitmentKind.values()) {
            out.add(term(kind, "commitment kind, " + kind.category().label()));
          }
        }
    }
    return out;
  }

  private static void qualifiers(Analysis analysis, String first, boolean statementKeyword,
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
      for (Declaration d : analysis.declarations()) {
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

  private static void actors(Analysis analysis, List<CompletionItem> out) {
    for (Declaration d : analysis.declarations()) {
      if (d instanceof Actor) {
        CompletionItem item = new CompletionItem(d.id());
        item.setKind(CompletionItemKind.Variable);
        item.setDetail(d.keyword() + " " + ((Actor) d).name());
        out.add(item);
      }
    }
  }

  private static void triggers(Analysis analysis, List<CompletionItem> out) {
    for (Declaration d : analysis.declarations()) {
      if (d instanceof Trigger) {
        CompletionItem item = new CompletionItem(d.id());
        item.setKind(CompletionItemKind.Event);
        item.setDetail("trigger: " + ((Trigger) d).event().text());
        out.add(item);
      }
    }
  }

  private static <E extends Enum<E> & Term> void vocabulary(Class<E> type, String what,
      List<CompletionItem> out) {
    for (E term : type.getEnumConstants()) {
      out.add(term(term, what));
    }
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
