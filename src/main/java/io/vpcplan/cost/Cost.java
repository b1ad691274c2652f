package io.vpcplan.cost;

import java.util.List;

/** Monthly cost of one design in USD, by line item, with notes on traffic it could not price. */
public record Cost(double attachmentHours, double tgwProcessing, double peeringTransfer, double interRegion,
    List<String> notes) {
  public Cost {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public double total() {
    return round(attachmentHours + tgwProcessing + peeringTransfer + interRegion);
  }

  static double round(double usd) {
    return Math.round(usd * 100) / 100.0;
  }
}
