package dev.surety.bench;

/** The floor of cold start: a Java hello-world process on the same JVM as {@code surety lint}. */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
