package io.vpcplan.cost;

import java.util.List;

/**
 * Monthly cost of one design in USD, by line item, with notes on traffic it could not price.
 * {@code vpnHours}: Site-to-Site VPN connection hours; {@code dxPorts} and {@code dxTransfer}:
 * Direct Connect port hours and data out of AWS over Direct Connect (the hairpin's bill).
 */
public record Cost(double attachmentHours, double tgwProcessing, double peeringTransfer, double interRegion,
    double vpnHours, double dxPorts, double dxTransfer, List<String> notes) {
  public Cost(double attachmentHours, double tgwProcessing, double peeringTransfer, double interRegion,
      List<String> notes) {
    this(attachmentHours, tgwProcessing, peeringTransfer, interRegion, 0, 0, 0, notes);
  }

  public Cost {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public double total() {
    return round(attachmentHours + tgwProcessing + peeringTransfer + interRegion + vpnHours + dxPorts + dxTransfer);
  }

  static double round(double usd) {
    return Math.round(usd * 100) / 100.0;
  }
}
