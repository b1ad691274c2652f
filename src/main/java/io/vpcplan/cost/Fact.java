package io.vpcplan.cost;

/**
 * One AWS quota or price: {@code key} as users override it ({@code quotas.peeringsPerVpc},
 * {@code prices.tgwAttachmentHour}), its value, unit, the hard maximum for adjustable quotas
 * (0 when not adjustable or not a quota), where it comes from and the date it was checked.
 */
public record Fact(String key, double value, String unit, double adjustableTo, String description, String source,
    String validAsOf) {
  public Fact {
    if (key == null || !(key.startsWith("quotas.") || key.startsWith("prices."))) {
      throw new IllegalArgumentException("fact key must start with quotas. or prices.: " + key);
    }
    if (value < 0 || Double.isNaN(value)) throw new IllegalArgumentException(key + " must be >= 0");
  }

  public Fact withValue(double v, String newSource) {
    return new Fact(key, v, unit, adjustableTo, description, newSource, validAsOf);
  }

  public boolean isQuota() {
    return key.startsWith("quotas.");
  }
}
