package dev.surety.core.diagnostic;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A rule's identity and documentation, in the manner of Error Prone's {@code @BugPattern}: the one
 * place its code, name, default severity, summary, explanation and examples are written. The rules
 * page, {@code surety explain} and the SARIF rule table are all generated from these.
 */
@Value.Immutable
public abstract class RuleDescriptor implements Comparable<RuleDescriptor> {

  private static final Pattern CODE = Pattern.compile("SUR[0-9]{3}");
  private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

  /** Stable code such as {@code SUR201}. */
  public abstract String code();

  /** Short kebab-case name such as {@code missing-legislative-approval}. */
  public abstract String name();

  public abstract Severity defaultSeverity();

  /**
   * Whether a drafter may change the rule's severity, turn it off or suppress its findings. False
   * for the errors after which the model no longer says what the text says (a statement that could
   * not be read, a file that was not included): silenced, they would let a build compile a
   * different arrangement from the one written, without a word.
   */
  @Value.Default
  public boolean configurable() {
    return true;
  }

  /** One sentence: when the rule reports. */
  public abstract String summary();

  /** Why it matters and how to fix it, in a paragraph or two of Markdown. */
  public abstract String explanation();

  /** A draft that the rule reports. */
  public abstract String failingExample();

  /** The same draft, fixed. */
  public abstract String passingExample();

  public static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }

  /** The family of the code: reading files, completeness, bindingness or consistency. */
  public RuleFamily family() {
    return RuleFamily.ofCode(code());
  }

  @Value.Check
  protected void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException("rule code must look like SUR123: " + code());
    }
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("rule name must be kebab-case: " + name());
    }
  }

  @Override
  public int compareTo(RuleDescriptor other) {
    return code().compareTo(other.code());
  }
}
