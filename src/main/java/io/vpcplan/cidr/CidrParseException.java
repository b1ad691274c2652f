package io.vpcplan.cidr;

/** Thrown by {@link Cidr#parse}; the message says what is wrong and, where it can, how to fix it. */
public class CidrParseException extends IllegalArgumentException {
  private final String input;

  public CidrParseException(String input, String message) {
    super(message);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
