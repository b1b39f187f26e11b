package dev.surety.dsl.internal;

import static dev.surety.dsl.internal.SuretyParser.*;

import dev.surety.core.diagnostic.RelatedLocation;
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
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.ImmutableResponseTime;
import dev.surety.core.model.ImmutableWithdrawalTerm;
import dev.surety.core.model.Include;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Money;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;
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
import dev.surety.core.vocabulary.Vocabulary;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Limits;
import dev.surety.validation.rules.UnknownTerm;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns one file's parse tree into model values, in the manner of graphql-java's
 * GraphqlAntlrToLanguage: one {@code createX} per grammar rule, every range from {@link Positions}.
 * Statements that failed to parse (already reported as SUR001) are left out. Reports SUR005 for
 * invalid values, SUR102 for headers and terms written twice and SUR003 for lists over the limit;
 * ids are resolved later, once includes are known.
 */
public final class ModelBuilder {

  private static final BigInteger MAX_SIZE = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final Set<String> CURRENCIES = currencies();

  private final Positions positions;
  private final Reporter reporter;
  private final Limits limits;
  /**
   * One copy of each id, phrase and name of the file: a large draft names the same parties and
   * terms thousands of times, and its model would otherwise hold a string for each time.
   */
  private final Map<String, String> strings = new HashMap<>();
  /** {@link FileModel#kindWords}. */
  private final Map<SourceRange, List<Reference>> kindWords = new HashMap<>();

  public ModelBuilder(Positions positions, Reporter reporter, Limits limits) {
    this.positions = positions;
    this.reporter = reporter;
    this.limits = limits;
  }

  private static Set<String> currencies() {
    Set<String> codes = new TreeSet<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      codes.add(c.getCurrencyCode());
    }
    return Collections.unmodifiableSet(codes); // shared by every thread: read only
  }

  /**
   * Lets go of a statement's subtree once its model is built: the tree of a large file is then
   * never held whole beside its model (an 8 MB draft's tree is some 40 bytes a character). The
   * tree is the builder's to consume: nothing reads it afterwards.
   */
  private static void release(List<ParseTree> children, int index) {
    children.set(index, null);
  }

  /** {@code text}, or the equal string this file already has. */
  private String shared(String text) {
    String known = strings.putIfAbsent(text, text);
    return known == null ? text : known;
  }

  private static boolean ok(ParserRuleContext ctx) {
    return ctx != null && ctx.exception == null;
  }

  // ---- file -----------------------------------------------------------------------------------

  public FileModel createFile(FileContext ctx) {
    FileModel model = new FileModel();
    FileBodyContext body = ctx.fileBody();
    if (body == null) {
      return model;
    }
    model.kindWords = kindWords;
    List<ParseTree> children =
        body.children == null ? List.of() : body.children;
    for (int i = 0; i < children.size(); i++) {
      // `Party UA "Ukraine".`, skipped by the parser: its tokens are the body's own terminals
      // (a body's statements are rule contexts); `UA` was meant to be declared, so a reference
      // to it is not reported undeclared as well
      if (i + 1 < children.size() && children.get(i) instanceof TerminalNode
          && children.get(i + 1) instanceof TerminalNode
          && SyntaxMessages.isMiscasedDeclaration(children.get(i).getText())) {
        model.unreadIds.add(children.get(i + 1).getText());
      }
      // `Include "parties.surety".`, skipped the same way: an include that was not followed
      if (children.get(i) instanceof TerminalNode
          && SyntaxMessages.isMiscasedInclude(children.get(i).getText())) {
        model.unreadInclude = true;
      }
      addFileChild(children.get(i), model);
      release(children, i);
    }
    return model;
  }

  /** One statement at file level (an include, a shared declaration, an arrangement), into {@code model}. */
  void addFileChild(ParseTree child, FileModel model) {
    if (child instanceof IncludeContext && ok((IncludeContext) child)) {
      model.includes.add(createInclude((IncludeContext) child));
    } else if (child instanceof IncludeContext) {
      model.unreadInclude = true; // a syntax error, reported: the file it names is not read
    } else if (child instanceof DeclarationContext && ok((DeclarationContext) child)) {
      addDeclaration((DeclarationContext) child, true, model.parties, model.organisations,
          model.coalitions, model.triggers);
    } else if (child instanceof DeclarationContext) {
      unreadIds((DeclarationContext) child, model.unreadIds);
    } else if (child instanceof ArrangementContext) {
      createArrangement((ArrangementContext) child, model.unreadIds)
          .ifPresent(model.arrangements::add);
    }
  }

  /** The words of the unknown commitment kinds built so far: {@link FileModel#kindWords}. */
  Map<SourceRange, List<Reference>> kindWords() {
    return kindWords;
  }

  /** At most this many tokens after a declaration's keyword are read for {@link #unreadIds}. */
  private static final int UNREAD_ID_TOKENS = 8;

  /**
   * The ids a declaration that a syntax error kept from being read meant to declare, for its uses
   * not to be reported undeclared too (docs/decisions.md, "No follow-on errors"): its id when the
   * parser read one, and what stands between the keyword and the name (or a trigger's {@code :}):
   * each word there, and all of it with what an id cannot hold left out, so that {@code party _RU},
   * {@code $RU}, {@code 1RU}, {@code R@U} and {@code R U} each mean {@code RU}. Once the
   * declaration is corrected, any of them that is not declared is reported.
   */
  private static void unreadIds(DeclarationContext ctx, Set<String> out) {
    IdentContext ident = ctx.getRuleContext(IdentContext.class, 0);
    if (ident != null && ident.exception == null && !ident.getText().isEmpty()) {
      out.add(ident.getText());
    }
    List<TerminalNode> leaves = new ArrayList<>();
    leaves(ctx, leaves, UNREAD_ID_TOKENS + 1);
    StringBuilder run = new StringBuilder();
    for (int i = 1; i < leaves.size(); i++) { // the first is the keyword
      Token token = leaves.get(i).getSymbol();
      int type = token.getType();
      if (type == SuretyLexer.STRING || type == SuretyLexer.COLON || type == SuretyLexer.SEMI
          || type == SuretyLexer.DOT || type == SuretyLexer.LBRACE || type == SuretyLexer.RBRACE
          || type == Token.EOF) {
        break;
      }
      String text = token.getText();
      if (type == SuretyLexer.IDENT) {
        out.add(text);
      }
      run.append(text);
    }
    int start = 0;
    while (start < run.length() && !Character.isLetter(run.charAt(start))) {
      start++;
    }
    StringBuilder id = new StringBuilder();
    for (int i = start; i < run.length(); i++) {
      char c = run.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        id.append(c);
      }
    }
    if (id.length() > 0) {
      out.add(id.toString());
    }
  }

  /** The first {@code max} tokens under {@code tree}, in order. */
  private static void leaves(ParseTree tree, List<TerminalNode> out, int max) {
    for (int i = 0; i < tree.getChildCount() && out.size() < max; i++) {
      ParseTree child = tree.getChild(i);
      if (child instanceof TerminalNode) {
        out.add((TerminalNode) child);
      } else if (child != null) {
        leaves(child, out, max);
      }
    }
  }

  private Include createInclude(IncludeContext ctx) {
    return Include.builder().path(string(ctx.STRING())).range(positions.range(ctx)).build();
  }

  private void addDeclaration(DeclarationContext ctx, boolean shared, List<Party> parties,
      List<Organisation> organisations, List<Coalition> coalitions, List<Trigger> triggers) {
    if (ctx instanceof PartyDeclContext) {
      parties.add(createParty((PartyDeclContext) ctx, shared));
    } else if (ctx instanceof OrganisationDeclContext) {
      organisations.add(createOrganisation((OrganisationDeclContext) ctx, shared));
    } else if (ctx instanceof CoalitionDeclContext) {
      coalitions.add(createCoalition((CoalitionDeclContext) ctx, shared));
    } else if (ctx instanceof TriggerDeclContext) {
      triggers.add(createTrigger((TriggerDeclContext) ctx, shared));
    }
  }

  private Party createParty(PartyDeclContext ctx, boolean shared) {
    var party = Party.builder().id(shared(ctx.ident().getText())).name(shared(string(ctx.STRING())))
        .shared(shared).range(positions.range(ctx));
    for (PartyClauseContext clause : ctx.partyClause()) {
      party.addLegislatures(Located.of(name(clause.name()), positions.range(clause.name())));
    }
    return party.build();
  }

  private Organisation createOrganisation(OrganisationDeclContext ctx, boolean shared) {
    var org = Organisation.builder().id(shared(ctx.ident().getText())).name(shared(string(ctx.STRING())))
        .shared(shared).range(positions.range(ctx));
    for (OrganisationClauseContext clause : ctx.organisationClause()) {
      if (clause instanceof VetoClauseContext) {
        org.addAllVeto(idList(((VetoClauseContext) clause).idList()));
      } else if (clause instanceof MembersClauseContext) {
        org.addAllMembers(idList(((MembersClauseContext) clause).idList()));
      }
    }
    return org.build();
  }

  private Coalition createCoalition(CoalitionDeclContext ctx, boolean shared) {
    var coalition = Coalition.builder().id(shared(ctx.ident().getText())).name(shared(string(ctx.STRING())))
        .shared(shared).range(positions.range(ctx));
    if (ctx.idList() != null) {
      coalition.addAllMembers(idList(ctx.idList()));
    }
    // `led by` adds up, as `against` does; a coalition has one size (a second was kept silently)
    Map<String, SourceRange> once = new HashMap<>(2);
    for (CoalitionClauseContext clause : ctx.coalitionClause()) {
      if (clause instanceof LedByClauseContext) {
        coalition.addAllLeaders(idList(((LedByClauseContext) clause).idList()));
      } else if (clause instanceof SizeClauseContext
          && once("size", "coalition " + ctx.ident().getText(), clause, once)) {
        createSize(((SizeClauseContext) clause).NUMBER()).ifPresent(coalition::size);
      }
    }
    return coalition.build();
  }

  private Optional<Located<BigInteger>> createSize(TerminalNode number) {
    if (!wellFormed(number)) {
      return Optional.empty();
    }
    SourceRange range = positions.range(number);
    BigDecimal value = number(number);
    String text = number.getText();
    if (value.stripTrailingZeros().scale() > 0) {
      reporter.report(CompilerRules.INVALID_VALUE, range,
          "size `" + text + "` is not a whole number of members");
      return Optional.empty();
    }
    BigInteger size = value.toBigInteger();
    if (size.signum() <= 0) {
      reporter.report(CompilerRules.INVALID_VALUE, range,
          "size must be a positive number of members, not " + text,
          unsigned(number, "number of members",
              "write the number of members the coalition is meant to have, as in `size 30`"));
      return Optional.empty();
    }
    if (size.compareTo(MAX_SIZE) > 0) {
      reporter.report(CompilerRules.INVALID_VALUE, range,
          "size " + abbreviate(text) + " is not a plausible number of members (more than "
              + MAX_SIZE + ")");
      return Optional.empty();
    }
    return Optional.of(Located.of(size, range));
  }

  private Trigger createTrigger(TriggerDeclContext ctx, boolean shared) {
    var trigger = Trigger.builder().id(shared(ctx.ident().getText()))
        .event(phrase(ctx.phrase(), TriggerEvent.class))
        .shared(shared).range(positions.range(ctx));
    // `by` adds up; a trigger is against one party
    Map<String, SourceRange> once = new HashMap<>(2);
    for (TriggerClauseContext clause : ctx.triggerClause()) {
      if (clause instanceof TriggerByClauseContext) {
        trigger.addAllBy(idList(((TriggerByClauseContext) clause).idList()));
      } else if (clause instanceof TriggerAgainstClauseContext
          && once("against", "trigger " + ctx.ident().getText(), clause, once)) {
        trigger.against(reference(((TriggerAgainstClauseContext) clause).ident()));
      }
    }
    return trigger.build();
  }

  // ---- arrangement ----------------------------------------------------------------------------

  private Optional<Arrangement> createArrangement(ArrangementContext ctx, Set<String> unreadIds) {
    if (ctx.STRING() == null || ctx.LBRACE() == null
        || !isTitle(ctx, ctx.STRING())) {
      return Optional.empty();
    }
    ArrangementInProgress arrangement = new ArrangementInProgress();
    ArrangementBodyContext body = ctx.arrangementBody();
    List<ParseTree> children =
        body == null || body.children == null ? List.of() : body.children;
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof TerminalNode) {
        // a statement that could not begin here, skipped (reported): it may be what a rule that
        // judges the commitments looks for
        arrangement.unread.add("commitment");
      }
      if (children.get(i) instanceof MemberContext) {
        MemberContext member = (MemberContext) children.get(i);
        // the parse that recovers from syntax errors builds the model after them: a statement's
        // own are in its subtree (the streamed parse reads only files without any)
        if (hasSyntaxError(member)) {
          recordUnread(arrangement, member, unreadIds);
        }
        addMember(arrangement, member);
      }
      release(children, i);
    }
    return finish(arrangement, ctx);
  }

  /**
   * What a statement with a syntax error leaves unread: the statement ({@link
   * Arrangement#unread()}), and the id it meant to declare ({@link FileModel#unreadIds}), also when
   * its keyword is in another case ({@code Party PL "Poland".} reads as a commitment by {@code
   * Party}).
   */
  private static void recordUnread(ArrangementInProgress arrangement, MemberContext member,
      Set<String> unreadIds) {
    arrangement.unread.add(statementName(member));
    if (member.declaration() != null && !ok(member.declaration())) {
      unreadIds(member.declaration(), unreadIds);
    }
    CommitmentContext c = member.commitment();
    if (c != null && c.idList() != null && c.idList().ident().size() == 1
        && SyntaxMessages.isMiscasedDeclaration(c.idList().ident(0).getText()) && c.phrase() != null
        && c.phrase().getStart() != null) {
      unreadIds.add(c.phrase().getStart().getText());
    }
  }

  /**
   * An arrangement whose members are being added, one statement at a time: the whole tree of the
   * arrangement is never needed at once (the compiler's streaming parse adds each member as soon as
   * it is parsed).
   */
  static final class ArrangementInProgress {
    private final ImmutableArrangement.Builder builder = Arrangement.builder();
    private final Map<String, SourceRange> onceHeaders = new HashMap<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Coalition> coalitions = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    /** {@link Arrangement#unread()}. */
    private final SortedSet<String> unread = new TreeSet<>();
  }

  /**
   * One statement of an arrangement's body. A statement that reports an error while its model is
   * built (a value outside its list, SUR005) is one the arrangement could not read whole ({@link
   * Arrangement#unread()}).
   */
  void addMember(ArrangementInProgress arrangement, MemberContext member) {
    int errors = reporter.errorCount();
    addMemberModel(arrangement, member);
    if (reporter.errorCount() > errors) {
      arrangement.unread.add(statementName(member));
    }
  }

  private void addMemberModel(ArrangementInProgress arrangement, MemberContext member) {
    ImmutableArrangement.Builder builder = arrangement.builder;
    if (member.header() != null && ok(member.header())) {
      addHeader(member.header(), builder, arrangement.onceHeaders);
    } else if (member.declaration() != null && ok(member.declaration())) {
      addDeclaration(member.declaration(), false, arrangement.parties, arrangement.organisations,
          arrangement.coalitions, arrangement.triggers);
    } else if (member.commitment() != null && miscasedKeyword(member.commitment()) != null) {
      // `Kind guarantee.` reads as a commitment by a party `Kind`: it is a kind statement (one
      // that did not even parse as a commitment has had this error from the parser)
      if (ok(member.commitment())) {
        IdentContext id = member.commitment().idList().ident(0);
        reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(id),
            SyntaxMessages.miscased(id.getText()), SyntaxMessages.miscasedHelp(id.getText()));
      }
    } else if (member.commitment() != null && ok(member.commitment())) {
      builder.addCommitments(createCommitment(member.commitment()));
    } else if (member.forceLevel() != null && ok(member.forceLevel())) {
      createForceLevel(member.forceLevel()).ifPresent(builder::addForceLevels);
    } else if (member.term() != null && ok(member.term())) {
      addTerm(member.term(), builder, arrangement.onceHeaders);
    } else if (member.layer() != null) {
      createLayer(member.layer(), arrangement.unread).ifPresent(builder::addLayers);
    }
  }

  /**
   * A statement as {@link Arrangement#unread()} names it: its keyword (a header's, a term's, a
   * declaration's), or what it is when it starts with an id.
   */
  private static String statementName(MemberContext member) {
    if (member.commitment() != null) {
      String keyword = miscasedKeyword(member.commitment());
      return keyword != null ? keyword : "commitment";
    }
    if (member.forceLevel() != null) {
      return "force level";
    }
    if (member.layer() != null) {
      return "layer";
    }
    return member.getStart() == null ? "statement" : member.getStart().getText();
  }

  /**
   * The keyword a commitment's one party is, written in another case ({@code Kind guarantee.},
   * {@code Duration 10 years.}); null for a commitment.
   */
  private static String miscasedKeyword(CommitmentContext ctx) {
    if (ctx.idList() == null || ctx.idList().ident().size() != 1) {
      return null;
    }
    return SyntaxMessages.miscasedKeyword(ctx.idList().ident(0).getText());
  }

  /**
   * Whether {@code title} is the block's title: the string right after its keyword, or one the
   * recovery made up for a title written without quotes. Not a string met further on while the
   * recovery skipped the block, which once made the body's first string the title.
   */
  private static boolean isTitle(ParserRuleContext block, TerminalNode title) {
    return title.getSymbol().getTokenIndex() < 0 || block.getChild(1) == title;
  }

  /** Whether the parse met a syntax error inside {@code tree} (and recovered from it). */
  private static boolean hasSyntaxError(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      // but the `.` the recovery supplied for a statement complete without it, before a line that
      // begins a new statement (reported): the statement is read as written
      Token symbol = ((ErrorNode) tree).getSymbol();
      return symbol.getTokenIndex() >= 0 || symbol.getType() != DOT;
    }
    if (!(tree instanceof ParserRuleContext)) {
      return false;
    }
    ParserRuleContext ctx = (ParserRuleContext) tree;
    if (ctx.exception != null) {
      return true;
    }
    if (ctx.children != null) {
      for (ParseTree child : ctx.children) {
        if (child != null && hasSyntaxError(child)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The arrangement {@code ctx}, its members added; empty when its title or brace is missing. */
  Optional<Arrangement> finish(ArrangementInProgress arrangement, ArrangementContext ctx) {
    if (ctx.STRING() == null || ctx.LBRACE() == null) {
      return Optional.empty();
    }
    Token keyword = ctx.getStart();
    if (ctx.ARRANGEMENT() == null) {
      // `arangement "T" {`: read as the arrangement meant (the grammar's misspeltArrangement),
      // reported as the statement that cannot begin with that word
      reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(keyword),
          SyntaxMessages.unexpectedAtStatementStart(ctx.getParent(), keyword),
          SyntaxMessages.startHelp(ctx.getParent(), keyword));
    }
    return Optional.of(arrangement.builder.title(string(ctx.STRING())).range(positions.range(ctx))
        .headerRange(positions.range(keyword, ctx.STRING().getSymbol()))
        .unread(arrangement.unread)
        .parties(arrangement.parties).organisations(arrangement.organisations)
        .coalitions(arrangement.coalitions).triggers(arrangement.triggers).build());
  }

  private boolean once(String header, ParserRuleContext ctx, Map<String, SourceRange> seen) {
    return once(header, "the arrangement", ctx, seen);
  }

  /**
   * Whether {@code ctx}, a statement or a clause that {@code where} holds once ({@code the
   * arrangement}, {@code coalition CW}), is the first of its kind there; else SUR102, the first
   * kept. The one home of "written twice".
   */
  private boolean once(String what, String where, ParserRuleContext ctx,
      Map<String, SourceRange> seen) {
    SourceRange range = positions.range(ctx);
    SourceRange first = seen.putIfAbsent(what, range);
    if (first == null) {
      return true;
    }
    reporter.report(CompilerRules.DUPLICATE_DECLARATION, range,
        "`" + what + "` is written twice in " + where + "; the first, at " + first.start()
            + ", is kept",
        "delete one of them",
        RelatedLocation.of(first, "first written here"));
    return false;
  }

  private void addHeader(HeaderContext ctx, ImmutableArrangement.Builder arrangement,
      Map<String, SourceRange> once) {
    if (ctx instanceof KindHeaderContext) {
      if (once("kind", ctx, once)) {
        closedTerm(((KindHeaderContext) ctx).phrase(), ArrangementKind.class, "kind")
            .ifPresent(arrangement::kind);
      }
    } else if (ctx instanceof StatusHeaderContext) {
      if (once("status", ctx, once)) {
        closedTerm(((StatusHeaderContext) ctx).phrase(), Status.class, "status")
            .ifPresent(arrangement::status);
      }
    } else if (ctx instanceof InstrumentHeaderContext) {
      if (once("instrument", ctx, once)) {
        closedTerm(((InstrumentHeaderContext) ctx).phrase(), InstrumentType.class, "instrument")
            .ifPresent(arrangement::instrument);
      }
    } else if (ctx instanceof DatedHeaderContext) {
      if (once("dated", ctx, once)) {
        TerminalNode date = ((DatedHeaderContext) ctx).DATE();
        date(date).ifPresent(d -> arrangement.dated(Located.of(d, positions.range(date))));
      }
    } else if (ctx instanceof BeneficiaryHeaderContext) {
      arrangement.addBeneficiaries(reference(((BeneficiaryHeaderContext) ctx).ident()));
    } else if (ctx instanceof AgainstHeaderContext) {
      arrangement.addAllAgainst(idList(((AgainstHeaderContext) ctx).idList()));
    } else if (ctx instanceof CoversHeaderContext) {
      for (PhraseContext phrase : limit(((CoversHeaderContext) ctx).phraseList().phrase(),
          ((CoversHeaderContext) ctx).phraseList())) {
        Phrase<Domain> domain = phrase(phrase, Domain.class);
        if (domain.isKnown() || UnknownTerm.Validator.misspelt(domain, Domain.class)) {
          arrangement.addCovers(domain); // a near miss is kept, for SUR111 to offer the domain
        } else {
          unknownDomain(domain);
        }
      }
    } else if (ctx instanceof ModeledOnHeaderContext) {
      if (once("modeled on", ctx, once)) {
        TerminalNode text = ((ModeledOnHeaderContext) ctx).STRING();
        arrangement.modeledOn(Located.of(string(text), positions.range(text)));
      }
    }
  }

  /**
   * SUR005 for a {@code covers} value that is no domain and near none (LANGUAGE.md section 4 lists
   * them, as it lists the values of {@code kind}, {@code status} and {@code instrument}); it is left
   * out of the model. Domains joined with {@code and} ({@code land and air}) get the list written
   * with {@code ,}.
   */
  private void unknownDomain(Phrase<Domain> domain) {
    String text = domain.text();
    List<String> joined = joinedWithAnd(text);
    if (joined != null) {
      reporter.report(CompilerRules.INVALID_VALUE, domain.range(),
          "`" + abbreviate(text) + "` in `covers` is not a domain: domains are separated by `,`",
          "write `" + String.join(", ", joined) + "`");
      return;
    }
    List<String> values = new ArrayList<>();
    for (Domain constant : Domain.values()) {
      values.add(constant.canonical());
    }
    reporter.report(CompilerRules.INVALID_VALUE, domain.range(),
        "`" + abbreviate(text) + "` in `covers` is not a domain"
            + Suggestions.didYouMean(Vocabulary.normalize(text), Vocabulary.spellings(Domain.class)),
        "a domain is one of: " + String.join(", ", values));
  }

  private static final Pattern AND = Pattern.compile(" and ", Pattern.CASE_INSENSITIVE);

  /** The domains of {@code land and air}, each as written; null unless every part is one. */
  private static List<String> joinedWithAnd(String text) {
    String[] parts = AND.split(text, -1);
    if (parts.length < 2) {
      return null;
    }
    List<String> domains = new ArrayList<>(parts.length);
    for (String part : parts) {
      if (Vocabulary.lookup(Domain.class, part).isEmpty()) {
        return null;
      }
      domains.add(part);
    }
    return domains;
  }

  /** The headers whose values are closed lists, in the order LANGUAGE.md gives them. */
  private static final List<Map.Entry<String, Class<? extends Term>>> HEADER_VALUES = List.of(
      Map.entry("kind", ArrangementKind.class),
      Map.entry("status", Status.class),
      Map.entry("instrument", InstrumentType.class));

  /**
   * The header other than {@code header} whose list holds {@code text} ({@code instrument} for
   * {@code treaty}), or null: the drafter wrote a value under the wrong keyword.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String otherHeader(String text, String header) {
    for (Map.Entry<String, Class<? extends Term>> entry : HEADER_VALUES) {
      if (!entry.getKey().equals(header)
          && Vocabulary.lookup((Class) entry.getValue(), text).isPresent()) {
        return entry.getKey();
      }
    }
    return null;
  }

  private <E extends Enum<E> & Term> Optional<Located<E>> closedTerm(
      PhraseContext ctx, Class<E> vocabulary, String header) {
    String text = words(ctx);
    SourceRange range = positions.range(ctx);
    Optional<E> term = Vocabulary.lookup(vocabulary, text);
    if (term.isEmpty()) {
      List<String> values = new ArrayList<>();
      for (E constant : vocabulary.getEnumConstants()) {
        values.add(constant.canonical());
      }
      String other = otherHeader(text, header);
      if (other != null) {
        // `kind treaty.`: a value of another header's list
        reporter.report(CompilerRules.INVALID_VALUE, range,
            "`" + abbreviate(text) + "` is not " + article(header) + " " + header + " but "
                + article(other) + " " + other,
            "write `" + other + " " + text + ".` if that is meant; " + article(header) + " "
                + header + " is one of: " + String.join(", ", values));
        return Optional.empty();
      }
      reporter.report(CompilerRules.INVALID_VALUE, range,
          "`" + abbreviate(text) + "` is not " + article(header) + " " + header
              + Suggestions.didYouMean(Vocabulary.normalize(text), Vocabulary.spellings(vocabulary)),
          article(header) + " " + header + " is one of: " + String.join(", ", values));
      return Optional.empty();
    }
    String canonical = term.get().canonical();
    return Optional.of(Located.of(term.get(), range,
        text.equalsIgnoreCase(canonical) ? "" : text)); // `declaration`: quoted as written
  }

  /**
   * The layer {@code ctx}; empty when its title or brace is missing. What it holds that could not
   * be read is named in {@code unread} (the arrangement's) and in the layer's own {@link
   * Layer#unread()}; a layer that cannot be read at all (the parse skips it whole) leaves its
   * commitments unread.
   */
  private Optional<Layer> createLayer(LayerContext ctx, Set<String> unread) {
    if (ctx.STRING() == null || ctx.LBRACE() == null
        || !isTitle(ctx, ctx.STRING())) {
      unread.add("commitment");
      return Optional.empty();
    }
    var layer = Layer.builder().title(string(ctx.STRING())).range(positions.range(ctx));
    SortedSet<String> layerUnread = new TreeSet<>();
    LayerBodyContext body = ctx.layerBody();
    if (body != null && body.children != null) {
      for (var child : body.children) {
        if (child instanceof CommitmentContext && ok((CommitmentContext) child)) {
          layer.addCommitments(createCommitment((CommitmentContext) child));
        } else if (child instanceof CommitmentContext) {
          layerUnread.add("commitment");
        } else if (child instanceof ForceLevelContext && ok((ForceLevelContext) child)) {
          createForceLevel((ForceLevelContext) child).ifPresent(layer::addForceLevels);
        } else if (child instanceof ForceLevelContext) {
          layerUnread.add("force level");
        } else if (child instanceof TerminalNode) {
          layerUnread.add("commitment"); // a statement that cannot stand in a layer, skipped
        }
      }
    }
    if (!layerUnread.isEmpty()) {
      unread.addAll(layerUnread);
      layer.unread(Collections.unmodifiableSortedSet(layerUnread));
    }
    return Optional.of(layer.build());
  }

  // ---- commitments ----------------------------------------------------------------------------

  private Commitment createCommitment(CommitmentContext ctx) {
    Phrase<CommitmentKind> kind = phrase(ctx.phrase(), CommitmentKind.class);
    ImmutableCommitment.Builder commitment = Commitment.builder()
        .addAllParties(idList(ctx.idList()))
        .kind(kind)
        .range(positions.range(ctx));
    List<WordContext> words = ctx.phrase().word();
    if (kind.term().isEmpty() && words.size() > 1 && words.get(0).IDENT() != null) {
      // `FR DE military aid`: perhaps parties without the `,` between them (Session decides)
      List<Reference> each = new ArrayList<>(words.size());
      for (WordContext word : words) {
        each.add(Reference.of(shared(word.getText()), positions.range(word)));
      }
      kindWords.put(kind.range(), List.copyOf(each));
    }
    if (ctx.itemList() != null) {
      for (ItemContext item : limit(ctx.itemList().item(), ctx.itemList())) {
        if (item.STRING() != null) {
          commitment.addItems(quoted(item.STRING(), ItemTerm.class));
        } else {
          commitment.addItems(phrase(item.phrase(), ItemTerm.class));
        }
      }
    }
    SortedSet<String> unread = null;
    for (QualifierContext qualifier : ctx.qualifier()) {
      int errors = reporter.errorCount();
      addQualifier(qualifier, commitment);
      if (reporter.errorCount() > errors) {
        if (unread == null) {
          unread = new TreeSet<>();
        }
        unread.add(qualifier.getStart().getText()); // its keyword: `within`, `on`, ...
      }
    }
    if (unread != null) {
      commitment.unread(unread);
    }
    return commitment.build();
  }

  private void addQualifier(QualifierContext ctx, ImmutableCommitment.Builder commitment) {
    SourceRange range = positions.range(ctx);
    if (ctx instanceof OnQualifierContext) {
      commitment.addAllTriggers(idList(((OnQualifierContext) ctx).idList()));
    } else if (ctx instanceof WithinQualifierContext) {
      duration(((WithinQualifierContext) ctx).duration(), "a response time (`within`)",
          "for a response at once, write `immediate`").ifPresent(d ->
          commitment.addResponseTimes(ImmutableResponseTime.builder().within(d).range(range).build()));
    } else if (ctx instanceof ImmediateQualifierContext) {
      commitment.addResponseTimes(ImmutableResponseTime.builder().range(range).build());
    } else if (ctx instanceof AutomaticQualifierContext) {
      commitment.addModes(Located.of(Mode.AUTOMATIC, range));
    } else if (ctx instanceof DeemedNecessaryQualifierContext) {
      commitment.addModes(Located.of(Mode.AS_DEEMED_NECESSARY, range));
    } else if (ctx instanceof AfterConsultationQualifierContext) {
      commitment.addModes(Located.of(Mode.AFTER_CONSULTATION, range));
    } else if (ctx instanceof AtDiscretionQualifierContext) {
      commitment.addModes(Located.of(Mode.AT_DISCRETION, range));
    } else if (ctx instanceof RequiresQualifierContext) {
      var q = (RequiresQualifierContext) ctx;
      commitment.addRequirements(requirement(q.name(), q.act(), range));
    } else if (ctx instanceof RequiresByQualifierContext) {
      var q = (RequiresByQualifierContext) ctx;
      commitment.addRequirements(requirement(q.name(), q.act(), range));
    } else if (ctx instanceof ThroughQualifierContext) {
      commitment.addChannels(reference(((ThroughQualifierContext) ctx).ident()));
    } else if (ctx instanceof ToQualifierContext) {
      commitment.addRecipients(reference(((ToQualifierContext) ctx).ident()));
    } else if (ctx instanceof ForQualifierContext) {
      duration(((ForQualifierContext) ctx).duration(), "a commitment's term (`for`)",
          "write how long the commitment runs, as in `for 10 years`").ifPresent(d -> commitment.addPeriods(
          CommitmentPeriod.builder().type(CommitmentPeriod.Type.FOR).length(d).range(range).build()));
    } else if (ctx instanceof UntilQualifierContext) {
      var q = (UntilQualifierContext) ctx;
      var period = CommitmentPeriod.builder().type(CommitmentPeriod.Type.UNTIL).range(range);
      if (q.STRING() != null) {
        commitment.addPeriods(period.event(string(q.STRING())).build());
      } else {
        date(q.DATE()).ifPresent(d -> commitment.addPeriods(period.date(d).build()));
      }
    } else if (ctx instanceof ByQualifierContext) {
      date(((ByQualifierContext) ctx).DATE()).ifPresent(d -> commitment.addPeriods(
          CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY).date(d).range(range).build()));
    } else if (ctx instanceof AnnuallyQualifierContext) {
      money(((AnnuallyQualifierContext) ctx).money(), "annually").ifPresent(m -> commitment.addFunding(
          Funding.builder().type(Funding.Type.ANNUALLY).money(m).range(range).build()));
    } else if (ctx instanceof TotalQualifierContext) {
      money(((TotalQualifierContext) ctx).money(), "total").ifPresent(m -> commitment.addFunding(
          Funding.builder().type(Funding.Type.TOTAL).money(m).range(range).build()));
    } else if (ctx instanceof OnlyInQualifierContext) {
      commitment.addGeographicLimits(GeographicLimit.builder().type(GeographicLimit.Type.ONLY_IN)
          .area(string(((OnlyInQualifierContext) ctx).STRING())).range(range).build());
    } else if (ctx instanceof ExcludingQualifierContext) {
      commitment.addGeographicLimits(GeographicLimit.builder().type(GeographicLimit.Type.EXCLUDING)
          .area(string(((ExcludingQualifierContext) ctx).STRING())).range(range).build());
    }
  }

  private RatificationRequirement requirement(NameContext name, ActContext act, SourceRange range) {
    ApprovalAct kind = act.RATIFICATION() != null ? ApprovalAct.RATIFICATION : ApprovalAct.APPROVAL;
    return RatificationRequirement.builder().body(name(name)).act(kind).range(range).build();
  }

  private Optional<ForceLevel> createForceLevel(ForceLevelContext ctx) {
    ForceLevelType type = ctx.SUSTAIN() != null ? ForceLevelType.SUSTAIN : ForceLevelType.LIMIT;
    // a limit of 0 is a ban (`limit UA nuclear weapons: 0 warheads.`); a force of 0 is none
    if (!wellFormed(ctx.NUMBER())) {
      return Optional.empty();
    }
    if (type == ForceLevelType.LIMIT && number(ctx.NUMBER()).signum() < 0) {
      // a cap below none can never be met, whatever the force: SUR005, as a negative sustain
      reporter.report(CompilerRules.INVALID_VALUE, positions.range(ctx.NUMBER()),
          "a force level to limit must be a number of " + abbreviate(words(ctx.phrase(1)))
              + " of 0 or more, not " + ctx.NUMBER().getText(),
          unsigned(ctx.NUMBER(), "number of " + abbreviate(words(ctx.phrase(1))), ""));
      return Optional.empty();
    }
    if (type == ForceLevelType.SUSTAIN && !positive(ctx.NUMBER(), "a force level to sustain",
        "number of " + abbreviate(words(ctx.phrase(1))), ctx.NUMBER().getText(),
        "write the size of the force to sustain, as in `sustain " + ctx.ident().getText() + " "
            + words(ctx.phrase(0)) + ": 800000 personnel.`")) {
      return Optional.empty();
    }
    return Optional.of(ForceLevel.builder()
        .type(type)
        .party(reference(ctx.ident()))
        .force(words(ctx.phrase(0)))
        .amount(number(ctx.NUMBER()))
        .unit(words(ctx.phrase(1)))
        .range(positions.range(ctx))
        .build());
  }

  // ---- terms ----------------------------------------------------------------------------------

  private void addTerm(TermContext ctx, ImmutableArrangement.Builder arrangement,
      Map<String, SourceRange> once) {
    SourceRange range = positions.range(ctx);
    // an arrangement has one duration and one withdrawal term (LANGUAGE.md section 4): a second,
    // even one that says the same, is SUR102 and the first is kept, as for `kind`
    if ((ctx instanceof DurationTermContext || ctx instanceof IndefiniteTermContext
        || ctx instanceof DurationUntilTermContext) && !once("duration", ctx, once)) {
      return;
    }
    if ((ctx instanceof NoticeTermContext || ctx instanceof AtWillTermContext)
        && !once("withdrawal", ctx, once)) {
      return;
    }
    if (ctx instanceof DurationTermContext) {
      var t = (DurationTermContext) ctx;
      duration(t.duration(), "the arrangement's duration",
          "write how long the arrangement runs, as in `duration 10 years.`, or"
              + " `duration indefinite.`").ifPresent(d -> arrangement.addDurations(DurationTerm.builder()
          .type(DurationTerm.Type.FIXED).length(d).renewable(t.RENEWABLE() != null)
          .range(range).build()));
    } else if (ctx instanceof IndefiniteTermContext) {
      arrangement.addDurations(DurationTerm.builder().type(DurationTerm.Type.INDEFINITE)
          .range(range).build());
    } else if (ctx instanceof DurationUntilTermContext) {
      var t = (DurationUntilTermContext) ctx;
      var term = DurationTerm.builder().type(DurationTerm.Type.UNTIL).range(range);
      if (t.STRING() != null) {
        arrangement.addDurations(term.untilEvent(string(t.STRING())).build());
      } else {
        date(t.DATE()).ifPresent(d -> arrangement.addDurations(term.untilDate(d).build()));
      }
    } else if (ctx instanceof NoticeTermContext) {
      duration(((NoticeTermContext) ctx).duration(), "a withdrawal notice",
          "write the notice a party must give, as in `withdrawal notice 12 months.`; a party that"
              + " may leave without notice is `withdrawal at will.`").ifPresent(d ->
          arrangement.addWithdrawals(ImmutableWithdrawalTerm.builder().notice(d).range(range).build()));
    } else if (ctx instanceof AtWillTermContext) {
      arrangement.addWithdrawals(ImmutableWithdrawalTerm.builder().range(range).build());
    } else if (ctx instanceof ConditionTermContext) {
      arrangement.addConditions(Condition.builder()
          .text(string(((ConditionTermContext) ctx).STRING())).range(range).build());
    } else if (ctx instanceof RequiresTermContext) {
      var t = (RequiresTermContext) ctx;
      arrangement.addRequirements(requirement(t.name(), t.act(), range));
    }
  }

  // ---- small values ---------------------------------------------------------------------------

  /**
   * A duration, or empty after SUR005 for a unit that is none or a length of 0 ({@code what}
   * names the value, {@code help} says what to write instead).
   */
  private Optional<Duration> duration(DurationContext ctx, String what, String help) {
    if (!wellFormed(ctx.NUMBER())) {
      return Optional.empty();
    }
    String unitText = ctx.word().getText();
    Optional<TimeUnit> unit = Vocabulary.lookup(TimeUnit.class, unitText);
    if (unit.isEmpty()) {
      reporter.report(CompilerRules.INVALID_VALUE, positions.range(ctx.word()),
          "`" + abbreviate(unitText) + "` is not a unit of time"
              + Suggestions.closestOrExpanded(unitText.toLowerCase(java.util.Locale.ROOT),
                  Vocabulary.spellings(TimeUnit.class)).map(u -> "; did you mean `" + u + "`?")
                  .orElse(""),
          "a duration is a number and one of: hours, days, weeks, months, years");
      return Optional.empty();
    }
    if (!positive(ctx.NUMBER(), what, "length of time",
        ctx.NUMBER().getText() + " " + abbreviate(unitText), help)) {
      return Optional.empty();
    }
    return Optional.of(Duration.of(number(ctx.NUMBER()), unit.get(), positions.range(ctx)));
  }

  /** An amount of money, or empty after SUR005 ({@code keyword}: {@code annually}, {@code total}). */
  private Optional<Money> money(MoneyContext ctx, String keyword) {
    if (!wellFormed(ctx.NUMBER())) {
      return Optional.empty();
    }
    String code = ctx.word(0).getText();
    if (!CURRENCIES.contains(code)) {
      reporter.report(CompilerRules.INVALID_VALUE, positions.range(ctx.word(0)),
          "`" + abbreviate(code) + "` is not an ISO 4217 currency code"
              + Suggestions.didYouMean(code, CURRENCIES), // `eur`: `EUR`, not `MUR`
          "write the code in capitals, e.g. EUR, USD, GBP");
      return Optional.empty();
    }
    var money = Money.builder().currency(code).amount(number(ctx.NUMBER())).range(positions.range(ctx));
    if (ctx.word().size() > 1) {
      String scaleText = ctx.word(1).getText();
      Optional<MoneyScale> scale = Vocabulary.lookup(MoneyScale.class, scaleText);
      if (scale.isEmpty()) {
        reporter.report(CompilerRules.INVALID_VALUE, positions.range(ctx.word(1)),
            "`" + abbreviate(scaleText) + "` is not a scale of money"
                + Suggestions.closestOrExpanded(scaleText, Vocabulary.spellings(MoneyScale.class))
                    .map(s -> "; did you mean `" + s + "`?").orElse(""),
            "a scale is one of: thousand, million, billion");
        return Optional.empty();
      }
      money.scale(scale.get());
    }
    if (!positive(ctx.NUMBER(), "an amount of money (`" + keyword + "`)", "sum",
        code + " " + ctx.NUMBER().getText()
            + (ctx.word().size() > 1 ? " " + ctx.word(1).getText() : ""), "write the sum promised, as in `" + keyword + " " + code + " 3 billion`, or leave out `"
            + keyword + "`")) {
      return Optional.empty();
    }
    return Optional.of(money.build());
  }

  private Optional<LocalDate> date(TerminalNode node) {
    String text = node.getText();
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10))));
    } catch (DateTimeException | NumberFormatException e) {
      reporter.report(CompilerRules.INVALID_VALUE, positions.range(node),
          "`" + text + "` is not a calendar date", "write a real date as YYYY-MM-DD");
      return Optional.empty();
    }
  }

  /**
   * For a number that is not one ({@code 1..5}, {@code 5.}), in the statement that holds it: what
   * takes it ({@code a `within`}), what it measures ({@code length of time}), and the clause
   * written with {@code meant} in its place ({@code within 5 days}), for the message and its help.
   */
  private String[] clause(TerminalNode number, String meant) {
    ParseTree parent = number.getParent();
    Token from = number.getSymbol();
    Token to = number.getSymbol();
    String taker = "a number";
    String noun = "number";
    if (parent instanceof DurationContext || parent instanceof MoneyContext) {
      ParserRuleContext value = (ParserRuleContext) parent;
      ParserRuleContext holder = value.getParent();
      if (holder != null && holder.getStart() != null && holder.getStart() != value.getStart()) {
        from = holder.getStart();
        taker = "`" + from.getText() + "`";
      }
      to = value.getStop() != null ? value.getStop() : to;
      noun = parent instanceof DurationContext ? "length of time" : "sum";
    } else if (parent instanceof SizeClauseContext) {
      from = ((SizeClauseContext) parent).getStart();
      taker = "`size`";
      noun = "number of members";
    } else if (parent instanceof ForceLevelContext) {
      ForceLevelContext level = (ForceLevelContext) parent;
      taker = "a force level";
      noun = "number";
      if (level.phrase().size() > 1 && level.phrase(1).getStop() != null) {
        to = level.phrase(1).getStop();
      }
    }
    String written = meant;
    Token symbol = number.getSymbol();
    if (positions.readable(from.getStartIndex(), to.getStopIndex())
        && to.getStopIndex() - from.getStartIndex() < 200) {
      String text = positions.text();
      written = (text.substring(from.getStartIndex(), symbol.getStartIndex()) + meant
          + text.substring(symbol.getStopIndex() + 1, to.getStopIndex() + 1))
          .replaceAll("(?U)\\s+", " ");
    }
    return new String[] {taker, noun, written};
  }

  /**
   * Whether {@code number} is more than 0; else SUR005 (RULES.md: "a negative or zero number where
   * a size is meant"; the lexer reads a `-` before the digits into the number), as in {@code <what> must be a positive <noun>,
   * not <written>}, the coalition's size's words.
   */
  private boolean positive(TerminalNode number, String what, String noun, String written,
      String help) {
    if (number(number).signum() > 0) {
      return true;
    }
    reporter.report(CompilerRules.INVALID_VALUE, positions.range(number),
        what + " must be a positive " + noun + ", not " + written, unsigned(number, noun, help));
    return false;
  }

  /**
   * The help for a number that must be positive: for a negative one ({@code within -3 days}), the
   * clause written without its sign; for a zero, {@code help}, what to write instead of none.
   */
  private String unsigned(TerminalNode number, String noun, String help) {
    String text = number.getText();
    if (!text.startsWith("-") || number(number).signum() == 0) {
      return help;
    }
    String written = clause(number, text.substring(1))[2];
    if (number.getParent() instanceof ForceLevelContext) {
      // the whole statement, which is short: `sustain UA armed forces: 5 personnel.`
      ForceLevelContext level = (ForceLevelContext) number.getParent();
      int from = level.getStart().getStartIndex();
      int sign = number.getSymbol().getStartIndex();
      if (positions.readable(from, sign) && sign - from < 200) {
        written = (positions.text().substring(from, sign) + written).replaceAll("(?U)\\s+", " ");
      }
    }
    return article(noun) + " " + noun + " has no sign: write `" + written + "`";
  }

  /**
   * Whether {@code number} is digits with {@code _} only between two of them (LANGUAGE.md: "digits
   * with optional `_` separators"); else SUR001, with the number as it may be written. The lexer
   * reads any run of digits and {@code _} as one number, so that {@code 800_} is named as a whole.
   */
  private boolean wellFormed(TerminalNode number) {
    String text = number.getText();
    if (wellFormedNumber(text)) {
      return true;
    }
    int range = text.indexOf("..");
    if (range > 0 || text.endsWith(".")) {
      // `within 1..5 days`, `USD 5. billion`: lexed as one number (the grammar's NUMBER), so that
      // the rest of the statement is read and the mistake reported here, once, at the number
      String meant = range > 0 ? text.substring(range + 2) : text.substring(0, text.length() - 1);
      String[] clause = clause(number, meant);
      if (range > 0) {
        reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(number),
            "`" + abbreviate(text) + "` is not a number: " + clause[0] + " takes one " + clause[1]
                + ", not a range",
            "write `" + clause[2] + "`, with the one " + clause[1] + " meant");
      } else {
        String fraction = meant.contains(".") ? meant : meant + ".5";
        reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(number),
            "`" + abbreviate(text) + "` is not a number: a number cannot end in `.`",
            "write `" + clause[2] + "`, or a fraction with its digits after the `.`, as in `"
                + fraction + "`");
      }
      return false;
    }
    String digits = text.replace("_", "");
    // one `_` where several were written, and none beside the point or at the end
    String grouped = text.replaceAll("_+", "_").replace("_.", ".").replaceAll("_$", "");
    reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(number),
        "`" + abbreviate(text) + "` is not a number: `_` may stand only between two digits, as in"
            + " `800_000`",
        grouped.equals(digits) || grouped.length() > 40
            ? "write `" + abbreviate(digits) + "`"
            : "write `" + grouped + "` or `" + abbreviate(digits) + "`");
    return false;
  }

  /**
   * Whether {@code text} is a number as LANGUAGE.md writes it ({@code 800000}, {@code 800_000},
   * {@code 3.5}): {@code -?[0-9]+(?:_[0-9]+)*(?:\.[0-9]+(?:_[0-9]+)*)?}, read by hand. The regular
   * expression recursed once per group of digits: {@code 1_1_1...} of a few thousand characters
   * overflowed the stack, and the whole file went unread as "nested too deep".
   */
  static boolean wellFormedNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    i = digitGroups(text, i);
    if (i < 0 || i == text.length()) {
      return i >= 0;
    }
    return text.charAt(i) == '.' && digitGroups(text, i + 1) == text.length();
  }

  /** The end of the digits, {@code _} only between two of them, from {@code i}; -1 when none. */
  private static int digitGroups(String text, int i) {
    while (true) {
      int start = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        return -1;
      }
      if (i == text.length() || text.charAt(i) != '_') {
        return i;
      }
      i++;
    }
  }

  private static BigDecimal number(TerminalNode node) {
    return new BigDecimal(node.getText().replace("_", ""));
  }

  private <T extends Enum<T> & Term> Phrase<T> phrase(PhraseContext ctx, Class<T> vocabulary) {
    return Phrase.of(vocabulary, shared(words(ctx)), positions.range(ctx));
  }

  private <T extends Enum<T> & Term> Phrase<T> quoted(TerminalNode node, Class<T> vocabulary) {
    String text = shared(string(node));
    return Phrase.<T>builder().text(text).term(Vocabulary.lookup(vocabulary, text)).quoted(true)
        .range(positions.range(node)).build();
  }

  /** The words of a phrase as written, single-spaced. */
  private static String words(PhraseContext ctx) {
    List<WordContext> words = ctx.word();
    if (words.size() == 1) {
      return words.get(0).getText();
    }
    StringBuilder out = new StringBuilder();
    for (WordContext word : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.getText());
    }
    return out.toString();
  }

  private String name(NameContext ctx) {
    return shared(ctx.STRING() != null ? string(ctx.STRING()) : ctx.getText());
  }

  private Reference reference(IdentContext ctx) {
    return Reference.of(shared(ctx.getText()), positions.range(ctx));
  }

  private List<Reference> idList(IdListContext ctx) {
    List<Reference> out = new ArrayList<>();
    for (IdentContext ident : limit(ctx.ident(), ctx)) {
      out.add(reference(ident));
    }
    return out;
  }

  /**
   * The first {@code maxListItems} of {@code items}; for a list longer than that, SUR003 at the
   * first item over the limit, the first one left out.
   */
  private <T extends ParserRuleContext> List<T> limit(List<T> items, ParserRuleContext list) {
    int max = limits.maxListItems();
    if (items.size() <= max) {
      return items;
    }
    reporter.report(CompilerRules.LIMIT_EXCEEDED, positions.range(items.get(max)),
        "the list has " + items.size() + " items, over the limit of " + max
            + " (maxListItems); this item and those after it are ignored",
        "split the list over two statements, or raise the limit: `maxListItems` under `limits`"
            + " in surety.toml or .surety.json");
    return items.subList(0, max);
  }

  /** The content of a string literal, with its escapes resolved. */
  private String string(TerminalNode node) {
    Token token = node.getSymbol();
    String text = token.getText();
    String body = text.substring(1, text.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(i + 1);
        if (next == '"' || next == '\\') {
          out.append(next);
        } else {
          reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(token),
              "unknown escape `\\" + new String(Character.toChars(body.codePointAt(i + 1)))
                  + "` in a string: the only escapes are `\\\"` and `\\\\`");
          out.append(c).append(next);
        }
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
