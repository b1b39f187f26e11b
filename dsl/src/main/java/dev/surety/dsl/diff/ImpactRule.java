package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Impact.NEUTRAL;
import static dev.surety.dsl.diff.Impact.STRENGTHENS;
import static dev.surety.dsl.diff.Impact.WEAKENS;

import java.util.Locale;

/**
 * The impact table: every kind of change the semantic diff reports, with its impact for the
 * beneficiary and the reason. This enum is the table's one home: {@link SemanticDiff} judges every
 * change by one of these entries, and docs/diff.md is generated from it ({@link ImpactTable}).
 *
 * <p>The order of obligation used for modes: {@code automatic} &gt; {@code as deemed necessary} (or
 * no mode, which means the same) &gt; {@code after consultation} = {@code at discretion}.
 */
public enum ImpactRule {
  // the arrangement as a whole
  ARRANGEMENT_ADDED(Element.ARRANGEMENT, NEUTRAL, "a new arrangement; its own verdict and score tell what it is worth"),
  ARRANGEMENT_REMOVED(Element.ARRANGEMENT, WEAKENS, "the arrangement and every commitment in it are gone"),

  // headers
  TITLE_CHANGED(Element.HEADER, NEUTRAL, "the title names the text; it promises nothing"),
  KIND_CHANGED(Element.HEADER, NEUTRAL, "`kind` is what the drafters claim; the verdict says what the text is"),
  STATUS_CHANGED(Element.HEADER, NEUTRAL, "where the text stands in its life; it changes no promise"),
  DATED_CHANGED(Element.HEADER, NEUTRAL, "the date of the version changes no promise"),
  INSTRUMENT_BINDING_GAINED(Element.HEADER, STRENGTHENS, "the instrument now binds in law (treaty, agreement, executive agreement)"),
  INSTRUMENT_BINDING_LOST(Element.HEADER, WEAKENS, "the instrument no longer binds in law: a political text cannot be enforced"),
  INSTRUMENT_CHANGED(Element.HEADER, NEUTRAL, "another instrument of the same legal force"),
  BENEFICIARY_NAMED(Element.HEADER, STRENGTHENS, "the arrangement now names whom it protects"),
  BENEFICIARY_CHANGED(Element.HEADER, WEAKENS, "the arrangement no longer protects the party it protected"),
  THREAT_ADDED(Element.HEADER, NEUTRAL, "naming a threat (`against`) promises nothing by itself"),
  THREAT_REMOVED(Element.HEADER, NEUTRAL, "naming a threat (`against`) promises nothing by itself"),
  DOMAIN_ADDED(Element.HEADER, STRENGTHENS, "the arrangement promises to cover one more domain (`covers`)"),
  DOMAIN_REMOVED(Element.HEADER, WEAKENS, "the arrangement promises to cover one domain less (`covers`)"),
  THREAT_GUARANTOR_NAMED(Element.HEADER, WEAKENS, "a party that guarantees, or holds a veto over an organisation a commitment acts through, is now a threat (`against`, a trigger's `by`): its guarantee cannot be relied on, and its veto can block"),
  THREAT_GUARANTOR_CLEARED(Element.HEADER, STRENGTHENS, "a party that guarantees, or holds a veto over an organisation a commitment acts through, is no longer a threat: its guarantee counts, and its veto is no threat's"),
  MODEL_CHANGED(Element.HEADER, NEUTRAL, "the reference the drafters follow (`modeled on`) promises nothing by itself"),

  // declarations
  DECLARATION_ADDED(Element.PARTY, NEUTRAL, "a declared party, organisation, coalition or trigger promises nothing; the commitments that use it do"),
  DECLARATION_REMOVED(Element.PARTY, NEUTRAL, "a declared party, organisation, coalition or trigger promises nothing; the commitments that used it do"),
  NAME_CHANGED(Element.PARTY, NEUTRAL, "another full name for the same party, organisation or coalition id"),
  LEGISLATURE_CHANGED(Element.PARTY, NEUTRAL, "which body ratifies is a fact about the party; the ratification requirements tell whether it must"),
  LEGISLATURE_BINDING_LOST(Element.PARTY, WEAKENS, "a commitment of the party no longer binds it: no ratification or approval by the legislature it now declares is required"),
  LEGISLATURE_BINDING_GAINED(Element.PARTY, STRENGTHENS, "a commitment of the party now binds it: every legislature it now declares ratifies or approves it"),
  VETO_ADDED(Element.ORGANISATION, WEAKENS, "one more member can block the organisation's action"),
  VETO_REMOVED(Element.ORGANISATION, STRENGTHENS, "one member fewer can block the organisation's action"),
  MEMBERS_CHANGED(Element.ORGANISATION, NEUTRAL, "an organisation's members without a veto do not decide whether it acts"),
  COALITION_MEMBER_ADDED(Element.COALITION, STRENGTHENS, "one more party acts with the coalition"),
  COALITION_MEMBER_REMOVED(Element.COALITION, WEAKENS, "one party fewer acts with the coalition"),
  COALITION_LEADERS_CHANGED(Element.COALITION, NEUTRAL, "who leads changes no promise"),
  COALITION_SIZE_LARGER(Element.COALITION, STRENGTHENS, "the coalition's intended size grew"),
  COALITION_SIZE_SMALLER(Element.COALITION, WEAKENS, "the coalition's intended size shrank"),
  TRIGGER_EVENT_CHANGED(Element.TRIGGER, NEUTRAL, "events are not ordered; the commitments activated by the trigger tell what follows"),
  TRIGGER_ATTACK_LOST(Element.TRIGGER, WEAKENS, "the trigger's event is no longer an attack (armed attack, aggression): the commitments it activates no longer oblige a guarantor to act on an attack"),
  TRIGGER_ATTACK_GAINED(Element.TRIGGER, STRENGTHENS, "the trigger's event is now an attack (armed attack, aggression): the commitments it activates oblige a guarantor to act on an attack"),
  TRIGGER_RENAMED(Element.TRIGGER, NEUTRAL, "a new id for the same trigger (the same event, by and against); the commitments' `on` are compared under the new id"),
  TRIGGER_THREAT_CHANGED(Element.TRIGGER, NEUTRAL, "who would commit the event (`by`, `against`) names threats; it promises nothing"),
  LAYER_ADDED(Element.LAYER, NEUTRAL, "a layer groups commitments; its commitments are judged one by one"),
  LAYER_REMOVED(Element.LAYER, NEUTRAL, "a layer groups commitments; its commitments are judged one by one"),

  // commitments
  COMMITMENT_ADDED(Element.COMMITMENT, STRENGTHENS, "a new commitment that is neither a restraint nor weak (military, economic)"),
  WEAK_COMMITMENT_ADDED(Element.COMMITMENT, NEUTRAL, "a new restraint, political or vague commitment adds no protection that can be relied on"),
  THREAT_COMMITMENT_ADDED(Element.COMMITMENT, WEAKENS, "a new political or vague commitment by a threat makes it a guarantor: a threat's guarantee cannot be relied on"),
  COMMITMENT_REMOVED(Element.COMMITMENT, WEAKENS, "a commitment is gone"),
  COMMITMENT_LAYER_CHANGED(Element.COMMITMENT, NEUTRAL, "the commitment moved to another layer; its content is compared on its own"),
  GUARANTOR_ADDED(Element.COMMITMENT, STRENGTHENS, "one more party makes the commitment"),
  GUARANTOR_REMOVED(Element.COMMITMENT, WEAKENS, "one party fewer makes the commitment"),
  MODE_STRONGER(Element.COMMITMENT, STRENGTHENS, "the mode obliges more (automatic > as deemed necessary > after consultation, at discretion)"),
  MODE_WEAKER(Element.COMMITMENT, WEAKENS, "the mode obliges less (automatic > as deemed necessary > after consultation, at discretion)"),
  MODE_EQUIVALENT(Element.COMMITMENT, NEUTRAL, "another spelling of the same obligation (no mode means as deemed necessary; after consultation and at discretion oblige to nothing)"),
  TRIGGER_ADDED(Element.COMMITMENT, STRENGTHENS, "the commitment is activated by one more trigger"),
  TRIGGER_REMOVED(Element.COMMITMENT, WEAKENS, "the commitment is activated by one trigger fewer"),
  RESPONSE_FASTER(Element.COMMITMENT, STRENGTHENS, "the response must begin sooner"),
  RESPONSE_SLOWER(Element.COMMITMENT, WEAKENS, "the response may begin later"),
  RESPONSE_TIME_EQUIVALENT(Element.COMMITMENT, NEUTRAL, "other response times with the same slowest, which governs"),
  RESPONSE_TIME_ADDED(Element.COMMITMENT, STRENGTHENS, "the response now has a time limit"),
  RESPONSE_TIME_REMOVED(Element.COMMITMENT, WEAKENS, "the response no longer has a time limit"),
  RATIFICATION_ADDED(Element.COMMITMENT, STRENGTHENS, "a legislature must ratify or approve: the promise binds future governments"),
  RATIFICATION_REMOVED(Element.COMMITMENT, WEAKENS, "no legislature has to ratify or approve: the next government can walk away"),
  RATIFICATION_UNCHANGED_COVER(Element.TERM, NEUTRAL, "a requirement for the whole arrangement that changes the cover of no commitment: no party that declares that legislature makes a commitment without its own requirement"),
  RATIFICATION_ACT_CHANGED(Element.COMMITMENT, NEUTRAL, "ratification and approval by the same body bind alike"),
  ITEM_ADDED(Element.COMMITMENT, STRENGTHENS, "the commitment promises one more capability or object"),
  ITEM_REMOVED(Element.COMMITMENT, WEAKENS, "the commitment promises one capability or object fewer"),
  MONEY_UP(Element.COMMITMENT, STRENGTHENS, "more money"),
  MONEY_DOWN(Element.COMMITMENT, WEAKENS, "less money"),
  MONEY_ADDED(Element.COMMITMENT, STRENGTHENS, "the commitment now names an amount of money"),
  MONEY_REMOVED(Element.COMMITMENT, WEAKENS, "the commitment no longer names an amount of money"),
  MONEY_CHANGED(Element.COMMITMENT, NEUTRAL, "amounts in different currencies are not compared"),
  VETO_CHANNEL_ADDED(Element.COMMITMENT, WEAKENS, "the commitment now acts `through` an organisation where a member holds a veto: it can be blocked"),
  VETO_CHANNEL_REMOVED(Element.COMMITMENT, STRENGTHENS, "the commitment no longer acts `through` an organisation where a member holds a veto"),
  CHANNEL_CHANGED(Element.COMMITMENT, NEUTRAL, "acting `through` an organisation where no one holds a veto"),
  RECIPIENT_CHANGED(Element.COMMITMENT, NEUTRAL, "who receives the commitment (`to`) changes no obligation"),
  TERM_LONGER(Element.COMMITMENT, STRENGTHENS, "the commitment's own term (`for`, `until`) runs longer, or no longer ends"),
  TERM_SHORTER(Element.COMMITMENT, WEAKENS, "the commitment's own term (`for`, `until`) runs shorter, or now ends"),
  TERM_CHANGED(Element.COMMITMENT, NEUTRAL, "a term until an event and a term of fixed length are not compared"),
  DEADLINE_EARLIER(Element.COMMITMENT, STRENGTHENS, "the commitment must be delivered sooner (`by`), or now has a deadline"),
  DEADLINE_LATER(Element.COMMITMENT, WEAKENS, "the commitment may be delivered later (`by`), or no longer has a deadline"),
  LIMIT_ADDED(Element.COMMITMENT, WEAKENS, "a geographic limit (`only in`, `excluding`) narrows where the commitment applies"),
  LIMIT_REMOVED(Element.COMMITMENT, STRENGTHENS, "a geographic limit (`only in`, `excluding`) no longer narrows the commitment"),

  // force levels
  SUSTAIN_ADDED(Element.FORCE_LEVEL, STRENGTHENS, "a force the guarantors promise to sustain"),
  SUSTAIN_REMOVED(Element.FORCE_LEVEL, WEAKENS, "no longer a promise to sustain that force"),
  SUSTAIN_UP(Element.FORCE_LEVEL, STRENGTHENS, "a larger force is sustained"),
  SUSTAIN_DOWN(Element.FORCE_LEVEL, WEAKENS, "a smaller force is sustained"),
  LIMIT_LEVEL_ADDED(Element.FORCE_LEVEL, WEAKENS, "a cap on the force"),
  LIMIT_LEVEL_REMOVED(Element.FORCE_LEVEL, STRENGTHENS, "the cap on the force is gone"),
  LIMIT_LEVEL_UP(Element.FORCE_LEVEL, STRENGTHENS, "the cap allows a larger force"),
  LIMIT_LEVEL_DOWN(Element.FORCE_LEVEL, WEAKENS, "the cap allows a smaller force"),

  // terms
  DURATION_LONGER(Element.TERM, STRENGTHENS, "the arrangement lasts longer (indefinite is longest)"),
  DURATION_SHORTER(Element.TERM, WEAKENS, "the arrangement lasts shorter (indefinite is longest)"),
  DURATION_CHANGED(Element.TERM, NEUTRAL, "a duration until an event is not compared with a fixed one"),
  DURATION_ADDED(Element.TERM, STRENGTHENS, "the arrangement now says how long it lasts"),
  DURATION_REMOVED(Element.TERM, WEAKENS, "the arrangement no longer says how long it lasts"),
  RENEWABLE_ADDED(Element.TERM, STRENGTHENS, "the duration can now be renewed"),
  RENEWABLE_REMOVED(Element.TERM, WEAKENS, "the duration can no longer be renewed"),
  NOTICE_LONGER(Element.TERM, STRENGTHENS, "a guarantor must give longer notice to withdraw (at will is no notice)"),
  NOTICE_SHORTER(Element.TERM, WEAKENS, "a guarantor may withdraw on shorter notice (at will is no notice)"),
  WITHDRAWAL_AT_WILL_ADDED(Element.TERM, WEAKENS, "any party may now leave at will"),
  WITHDRAWAL_TERMS_ADDED(Element.TERM, NEUTRAL, "a notice period stated where none was: the exit is now regulated rather than unstated"),
  WITHDRAWAL_TERMS_REMOVED(Element.TERM, NEUTRAL, "the withdrawal term is no longer stated"),
  CONDITION_ADDED(Element.TERM, WEAKENS, "a caveat: one more condition the guarantors can point to"),
  CONDITION_REMOVED(Element.TERM, STRENGTHENS, "a caveat is gone");

  private final Element element;
  private final Impact impact;
  private final String description;

  ImpactRule(Element element, Impact impact, String description) {
    this.element = element;
    this.impact = impact;
    this.description = description;
  }

  /** A stable id, such as {@code mode-weaker}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The element the entry is listed under in the table (also used for related elements). */
  public Element element() {
    return element;
  }

  public Impact impact() {
    return impact;
  }

  /** Why the change has that impact: the reason shown with each change. */
  public String description() {
    return description;
  }
}
