package dev.surety.validation;

import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Layer;
import dev.surety.validation.rules.AssuranceOnlyGuarantor;
import dev.surety.validation.rules.BeneficiaryAsThreat;
import dev.surety.validation.rules.ConflictingModes;
import dev.surety.validation.rules.DateOrder;
import dev.surety.validation.rules.DiscretionaryResponse;
import dev.surety.validation.rules.EmptyLayer;
import dev.surety.validation.rules.ExitAtWill;
import dev.surety.validation.rules.ForceLevelConflict;
import dev.surety.validation.rules.GuarantorIsThreat;
import dev.surety.validation.rules.IncompleteCoalition;
import dev.surety.validation.rules.MissingBeneficiary;
import dev.surety.validation.rules.MissingDuration;
import dev.surety.validation.rules.MissingInstrument;
import dev.surety.validation.rules.MissingKind;
import dev.surety.validation.rules.MissingLegislativeApproval;
import dev.surety.validation.rules.MissingResponseTime;
import dev.surety.validation.rules.MissingTrigger;
import dev.surety.validation.rules.MissingWithdrawalTerms;
import dev.surety.validation.rules.NoCommitments;
import dev.surety.validation.rules.NonBindingInstrument;
import dev.surety.validation.rules.NotAGuarantee;
import dev.surety.validation.rules.UncoveredDomain;
import dev.surety.validation.rules.UnknownTerm;
import dev.surety.validation.rules.UnusedDeclaration;
import dev.surety.validation.rules.UnusedSuppression;
import dev.surety.validation.rules.VagueCommitment;
import dev.surety.validation.rules.VetoExposed;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.ContainerElementConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * The explicit, sorted registry of every rule this module owns, with where each constraint is
 * attached to the model (in the manner of Error Prone's {@code BuiltInCheckerSuppliers}). The
 * rules' identity and documentation are read from their homes ({@link Rule} and the constraint's
 * {@code severity()} default); nothing about a rule is written here but its place.
 */
public final class ValidationRules {

  /** Where a rule's constraint sits on the model. */
  public enum Target {
    /** Not a constraint: applied outside Hibernate Validator (SUR004, by {@link Suppressions}). */
    NONE,
    /** Class-level on {@link Arrangement}: the rule looks across elements. */
    ARRANGEMENT,
    /** On each element of {@code Arrangement.commitments()} and {@code Layer.commitments()}. */
    COMMITMENTS,
    /** On each element of {@code Arrangement.layers()}. */
    LAYERS,
    /** On each element of {@code Arrangement.coalitions()}. */
    COALITIONS,
    /** On each element of {@code Arrangement.withdrawals()}. */
    WITHDRAWALS
  }

  /** One registered rule: its home (the annotation type) and its place. */
  public record Entry(Class<? extends Annotation> home, Target target) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(UnusedSuppression.class, Target.NONE),
          new Entry(MissingKind.class, Target.ARRANGEMENT),
          new Entry(MissingBeneficiary.class, Target.ARRANGEMENT),
          new Entry(NoCommitments.class, Target.ARRANGEMENT),
          new Entry(MissingTrigger.class, Target.COMMITMENTS),
          new Entry(MissingDuration.class, Target.ARRANGEMENT),
          new Entry(VagueCommitment.class, Target.COMMITMENTS),
          new Entry(IncompleteCoalition.class, Target.COALITIONS),
          new Entry(EmptyLayer.class, Target.LAYERS),
          new Entry(UnknownTerm.class, Target.ARRANGEMENT),
          new Entry(UncoveredDomain.class, Target.ARRANGEMENT),
          new Entry(MissingResponseTime.class, Target.COMMITMENTS),
          new Entry(UnusedDeclaration.class, Target.ARRANGEMENT),
          new Entry(MissingWithdrawalTerms.class, Target.ARRANGEMENT),
          new Entry(MissingInstrument.class, Target.ARRANGEMENT),
          new Entry(MissingLegislativeApproval.class, Target.ARRANGEMENT),
          new Entry(NonBindingInstrument.class, Target.ARRANGEMENT),
          new Entry(GuarantorIsThreat.class, Target.ARRANGEMENT),
          new Entry(AssuranceOnlyGuarantor.class, Target.ARRANGEMENT),
          new Entry(NotAGuarantee.class, Target.ARRANGEMENT),
          new Entry(VetoExposed.class, Target.ARRANGEMENT),
          new Entry(DiscretionaryResponse.class, Target.COMMITMENTS),
          new Entry(ExitAtWill.class, Target.WITHDRAWALS),
          new Entry(ForceLevelConflict.class, Target.ARRANGEMENT),
          new Entry(ConflictingModes.class, Target.COMMITMENTS),
          new Entry(DateOrder.class, Target.ARRANGEMENT),
          new Entry(BeneficiaryAsThreat.class, Target.ARRANGEMENT));

  private static final List<RuleDescriptor> DESCRIPTORS =
      ENTRIES.stream().map(e -> descriptor(e.home())).sorted().collect(Collectors.toUnmodifiableList());

  private static final Map<String, RuleDescriptor> BY_CODE =
      DESCRIPTORS.stream().collect(Collectors.toUnmodifiableMap(RuleDescriptor::code, Function.identity()));

  private ValidationRules() {}

  /** Every rule of this module, sorted by code. */
  public static List<RuleDescriptor> all() {
    return DESCRIPTORS;
  }

  /** The registry itself: each home and where it is attached. */
  public static List<Entry> entries() {
    return ENTRIES;
  }

  /** Every code this module owns. */
  public static Set<String> codes() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(BY_CODE.keySet()));
  }

  public static java.util.Optional<RuleDescriptor> byCode(String code) {
    return java.util.Optional.ofNullable(BY_CODE.get(code));
  }

  /** Reads a rule's descriptor from its home. */
  public static RuleDescriptor descriptor(Class<? extends Annotation> home) {
    Rule rule = home.getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalStateException(home.getName() + " is registered as a rule but has no @Rule");
    }
    return RuleDescriptor.builder()
        .code(rule.code())
        .name(rule.name())
        .defaultSeverity(defaultSeverity(home))
        .summary(rule.summary())
        .explanation(rule.explanation())
        .failingExample(rule.failingExample())
        .passingExample(rule.passingExample())
        .build();
  }

  /** The default of the home's {@code severity()} attribute: the rule's default severity. */
  public static Severity defaultSeverity(Class<? extends Annotation> home) {
    try {
      return (Severity) home.getMethod("severity").getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(home.getName() + " has no severity() attribute", e);
    }
  }

  /** The constraint mapping that attaches every constraint to the model, in its group. */
  static ConstraintMapping mapping(BaseHibernateValidatorConfiguration<?> configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    TypeConstraintMappingContext<Arrangement> arrangement = mapping.type(Arrangement.class);
    ContainerElementConstraintMappingContext commitments =
        arrangement.getter("commitments").containerElementType();
    ContainerElementConstraintMappingContext layerElements =
        arrangement.getter("layers").containerElementType().valid();
    ContainerElementConstraintMappingContext coalitions =
        arrangement.getter("coalitions").containerElementType();
    ContainerElementConstraintMappingContext withdrawals =
        arrangement.getter("withdrawals").containerElementType();
    ContainerElementConstraintMappingContext layerCommitments =
        mapping.type(Layer.class).getter("commitments").containerElementType();
    for (Entry e : ENTRIES) {
      switch (e.target()) {
        case ARRANGEMENT:
          arrangement.constraint(definition(e.home()));
          break;
        case COMMITMENTS:
          commitments.constraint(definition(e.home()));
          layerCommitments.constraint(definition(e.home()));
          break;
        case LAYERS:
          layerElements.constraint(definition(e.home()));
          break;
        case COALITIONS:
          coalitions.constraint(definition(e.home()));
          break;
        case WITHDRAWALS:
          withdrawals.constraint(definition(e.home()));
          break;
        case NONE:
        default:
          break;
      }
    }
    return mapping;
  }

  private static <A extends Annotation> GenericConstraintDef<A> definition(Class<A> home) {
    String code = home.getAnnotation(Rule.class).code();
    GenericConstraintDef<A> definition = new GenericConstraintDef<>(home);
    definition.groups(Groups.ofCode(code));
    return definition;
  }
}
