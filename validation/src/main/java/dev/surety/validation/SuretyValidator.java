package dev.surety.validation;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.Assessor;
import dev.surety.validation.rules.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the rule catalogue over an arrangement and turns each constraint violation into a {@link
 * Diagnostic}; also computes the {@link Assessment}. Works on any {@link Arrangement}, compiled or
 * built in Java.
 *
 * <p>Hibernate Validator is configured so that nothing from a draft is ever evaluated: no XML
 * configuration, the {@link ParameterMessageInterpolator} (no Expression Language), both EL feature
 * levels {@code NONE}, and one constant message template; the message itself is built in Java and
 * travels as the violation's dynamic payload. Its bootstrap is the "predefined scope": the model's
 * metadata is built with the factory, and none of the built-in constraints is registered.
 */
public final class SuretyValidator {
  private static final class Holder {
    static final SuretyValidator SHARED = new SuretyValidator(buildFactory());
  }

  /** Each constraint's {@link Rule}, read once per annotation type rather than per finding. */
  private static final ClassValue<Rule> RULES =
      new ClassValue<>() {
        @Override
        protected Rule computeValue(Class<?> home) {
          return home.getAnnotation(Rule.class);
        }
      };

  private final ValidatorFactory factory;
  private final Validator validator;

  private SuretyValidator(ValidatorFactory factory) {
    this.factory = factory;
    this.validator = factory.getValidator();
  }

  /** The validator of this process: the factory is built once, lazily, and reused (thread-safe). */
  public static SuretyValidator shared() {
    return Holder.SHARED;
  }

  private static final AtomicBoolean PREPARING = new AtomicBoolean();

  /**
   * Starts building {@link #shared()} on a background thread, with Hibernate Validator's metadata
   * for the model (made at the first validation), so that a process that is about to read and
   * compile drafts has the validator ready when it needs it instead of building it afterwards:
   * about a third of a cold {@code surety lint} on one file, done while the file is compiled
   * (BENCHMARKS.md). Returns at once; only the first call starts anything; a failure is left for
   * the first real use to report. Nothing waits for the thread: it is a daemon. It validates and
   * does not assess: most such processes ({@code lint}, the language server) make no assessment.
   */
  public static void prepareInBackground() {
    if (!PREPARING.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        SuretyValidator validator = shared();
        Arrangement arrangement = warmUp();
        validator.validate(arrangement);
      } catch (RuntimeException | LinkageError e) { // NOPMD: shared() reports it when used
        // the caller's own use of shared() fails the same way and reports it
      }
    }, "surety-validator-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * A small arrangement with one element of every kind a rule is attached to (a commitment at the
   * top and in a layer, a coalition, a withdrawal), validated once to build the metadata and the
   * constraint validators of every model type.
   */
  private static Arrangement warmUp() {
    Commitment commitment = Commitment.builder()
        .addParties(Reference.of("US"))
        .kind(Phrase.of(CommitmentKind.BACKSTOP))
        .build();
    return Arrangement.builder()
        .title("warm-up")
        .addCommitments(commitment)
        .addLayers(Layer.builder().title("layer").addCommitments(commitment).build())
        .addCoalitions(Coalition.builder().id("C").name("C").build())
        .addWithdrawals(WithdrawalTerm.atWill())
        .build();
  }

  /** Builds a new factory as {@link #shared()} does (public for measuring its cost). */
  public static ValidatorFactory buildFactory() {
    PredefinedScopeHibernateValidatorConfiguration configuration =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            // no built-in constraint is used: none is registered
            .builtinConstraints(Set.of())
            // the metadata of the model is built now, once, rather than at the first validation
            .initializeBeanMetaData(Set.of(Arrangement.class, Layer.class))
            .beanMetaDataClassNormalizer(new ModelTypes())
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
            .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
            .getterPropertySelectionStrategy(new AccessorPropertySelection());
    configuration.addMapping(ValidationRules.mapping(configuration));
    return configuration.buildValidatorFactory();
  }

  /**
   * Validates any implementation of the model's interfaces (the Immutables classes, or an
   * application's own) with the metadata of the interface, where the constraints are mapped.
   */
  private static final class ModelTypes implements BeanMetaDataClassNormalizer {
    @Override
    @SuppressWarnings("unchecked")
    public <T> Class<? super T> normalize(Class<T> type) {
      if (Arrangement.class.isAssignableFrom(type)) {
        return (Class<? super T>) (Class<?>) Arrangement.class;
      }
      if (Layer.class.isAssignableFrom(type)) {
        return (Class<? super T>) (Class<?>) Layer.class;
      }
      return type;
    }
  }

  /** Every finding, at default severities, in {@link Diagnostic#ORDER}; an unmodifiable list. */
  public List<Diagnostic> validate(Arrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    Set<ConstraintViolation<Arrangement>> violations = validator.validate(arrangement, Groups.ALL);
    List<Diagnostic> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<Arrangement> v : violations) {
      out.add(toDiagnostic(v, arrangement));
    }
    out.sort(Diagnostic.ORDER);
    return Collections.unmodifiableList(out);
  }

  /** The verdict, the Article 5 scorecard and the per-guarantor detail. */
  public Assessment assess(Arrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    return Assessor.assess(arrangement);
  }

  private static Diagnostic toDiagnostic(ConstraintViolation<?> violation, Arrangement arrangement) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Rule rule = RULES.get(descriptor.getAnnotation().annotationType());
    Severity severity = (Severity) descriptor.getAttributes().get("severity");
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Finding finding = hibernate.getDynamicPayload(Finding.class);
    if (finding == null) {
      throw new IllegalStateException(rule.code() + " reported a violation without a finding");
    }
    return Diagnostic.builder()
        .code(rule.code())
        .name(rule.name())
        .severity(severity)
        .message(finding.message())
        .help(finding.help())
        .range(finding.range())
        .related(finding.related())
        .build();
  }

  ValidatorFactory factory() {
    return factory;
  }
}
