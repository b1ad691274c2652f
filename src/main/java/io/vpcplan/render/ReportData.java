package io.vpcplan.render;

import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Network;
import java.util.List;
import java.util.Optional;

/**
 * Everything the HTML report shows, as plain data. The diagrams arrive already rendered (the
 * writer stays pure); the comparison and the findings are optional rows any analysis can fill.
 */
public record ReportData(String title, String source, Network network, List<Diagram> diagrams,
    List<PoolUsage> pools, Optional<Comparison> comparison, List<Finding> findings, String generator) {
  public ReportData {
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    if (network == null) throw new IllegalArgumentException("report without a network");
    diagrams = List.copyOf(diagrams);
    pools = List.copyOf(pools);
    comparison = comparison == null ? Optional.empty() : comparison;
    findings = List.copyOf(findings);
    generator = generator == null ? "vpcplan" : generator;
  }

  /** A rendered view: its SVG, or when no engine ran, a note and the DOT text to render elsewhere. */
  public record Diagram(String title, String svg, String dot, String note) {
    public Diagram {
      svg = svg == null ? "" : svg;
      dot = dot == null ? "" : dot;
      note = note == null ? "" : note;
    }
  }

  /**
   * Connectivity options side by side (e.g. full mesh, TGW hub, hybrid): one row per metric with a
   * value per option; {@code curves} optionally give a metric as the network grows.
   */
  public record Comparison(String title, List<String> options, List<Row> rows, List<Curve> curves,
      String recommendation) {
    public Comparison {
      options = List.copyOf(options);
      rows = List.copyOf(rows);
      curves = List.copyOf(curves);
      recommendation = recommendation == null ? "" : recommendation;
      for (Row r : rows) {
        if (r.values().size() != options.size()) {
          throw new IllegalArgumentException("row '" + r.metric() + "' has " + r.values().size()
              + " values for " + options.size() + " options");
        }
      }
    }
  }

  /** {@code lowerIsBetter} marks the best value of the row. */
  public record Row(String metric, String unit, List<Double> values, boolean lowerIsBetter) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** One option's metric against network size, e.g. monthly cost by VPC count. */
  public record Curve(String option, String xLabel, String yLabel, List<double[]> points) {
    public Curve {
      points = List.copyOf(points);
    }
  }

  public record Finding(String severity, String code, String subject, String message, String location) {
    public Finding {
      severity = severity == null ? "info" : severity;
      code = code == null ? "" : code;
      subject = subject == null ? "" : subject;
      message = message == null ? "" : message;
      location = location == null ? "" : location;
    }
  }
}
