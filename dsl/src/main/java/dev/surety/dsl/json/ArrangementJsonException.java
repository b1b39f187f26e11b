package dev.surety.dsl.json;

/**
 * A compiled arrangement could not be read: the text is not JSON, its {@code schemaVersion} is not
 * one this reader knows, or a field is missing, unknown or of the wrong kind. Unchecked, as a
 * compiled draft that an application ships on its classpath is part of its build; the message is
 * one line and names the place, as a JSON pointer ({@code /commitments/0/kind/term}).
 */
public class ArrangementJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArrangementJsonException(String message) {
    super(message);
  }

  public ArrangementJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
