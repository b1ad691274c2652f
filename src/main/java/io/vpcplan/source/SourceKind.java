package io.vpcplan.source;

/** What a SOURCE argument is, decided from the path and, for YAML, its top-level keys. */
public enum SourceKind {
  /** A vpcplan design: planned (its lock read, never written) and connected. */
  DESIGN,
  /** A Landing Zone Accelerator network-config.yaml. */
  LZA,
  /** An aws_configs folder (any layout) or a single describe-* JSON file. */
  DESCRIBE
}
