package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;
import dev.surety.core.model.Layer;

/** SUR110: a layer holds nothing. */
@Rule(
    code = "SUR110",
    name = "empty-layer",
    summary = "A layer holds nothing.",
    explanation = """
        A layer names a part of a framework ("Strong Ukrainian armed forces"). A layer with no \
        commitment and no force level announces protection that nobody has promised. Fill it \
        or remove it.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          layer "Air defence" {
            UK military aid: air defence.
          }
          layer "Training" {
          }
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          layer "Air defence" {
            UK military aid: air defence.
          }
          layer "Training" {
            UK training: air defence, aviation.
          }
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = EmptyLayer.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmptyLayer {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one layer. */
  final class Validator extends Check<EmptyLayer, Layer> {
    @Override
    protected void check(Layer layer, Consumer<Finding> out) {
      // a commitment or force level written in it with a syntax error is reported where it stands
      if (layer.isEmpty() && layer.unread().isEmpty()) {
        out.accept(Finding.at(layer.range(),
                "layer \"" + layer.title() + "\" holds no commitment and no force level")
            .help("add the commitments of this layer, or remove it"));
      }
    }
  }
}
