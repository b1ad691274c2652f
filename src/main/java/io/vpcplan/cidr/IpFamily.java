package io.vpcplan.cidr;

public enum IpFamily {
  V4(32),
  V6(128);

  private final int bits;

  IpFamily(int bits) {
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }
}
