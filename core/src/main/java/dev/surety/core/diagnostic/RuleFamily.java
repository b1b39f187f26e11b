package dev.surety.core.diagnostic;

/** The families of RULES.md, told apart by the hundreds digit of the code. */
public enum RuleFamily {
  READING("reading the files"),
  COMPLETENESS("completeness"),
  BINDINGNESS("legal bindingness"),
  CONSISTENCY("consistency");

  private final String title;

  RuleFamily(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static RuleFamily ofCode(String code) {
    int hundreds = code.charAt(3) - '0';
    if (hundreds < 0 || hundreds >= values().length) {
      throw new IllegalArgumentException("no rule family for " + code);
    }
    return values()[hundreds];
  }
}
