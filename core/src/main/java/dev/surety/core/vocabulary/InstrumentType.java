package dev.surety.core.vocabulary;

import java.util.List;

/** The legal form of an arrangement ({@code instrument}), with how far it binds. */
public enum InstrumentType implements Term {
  TREATY("treaty", BindingLevel.LEGAL),
  AGREEMENT("agreement", BindingLevel.LEGAL),
  EXECUTIVE_AGREEMENT("executive agreement", BindingLevel.LEGAL),
  MEMORANDUM("memorandum", BindingLevel.POLITICAL),
  MEMORANDUM_OF_UNDERSTANDING("memorandum of understanding", BindingLevel.POLITICAL, "mou"),
  POLITICAL_DECLARATION("political declaration", BindingLevel.POLITICAL, "declaration"),
  JOINT_STATEMENT("joint statement", BindingLevel.POLITICAL),
  COMMUNIQUE("communique", BindingLevel.POLITICAL, "communiqué");

  private final String canonical;
  private final BindingLevel bindingLevel;
  private final List<String> aliases;

  InstrumentType(String canonical, BindingLevel bindingLevel, String... aliases) {
    this.canonical = canonical;
    this.bindingLevel = bindingLevel;
    this.aliases = List.of(aliases);
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  public BindingLevel bindingLevel() {
    return bindingLevel;
  }

  /** Treaty, agreement and executive agreement bind in law; the others only politically. */
  public boolean isBindingInLaw() {
    return bindingLevel == BindingLevel.LEGAL;
  }

  @Override
  public String toString() {
    return canonical;
  }
}
