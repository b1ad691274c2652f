#!/usr/bin/env bash
# Regenerates samples/: for every design in designs/ and every sample inventory
# (samples/aws_configs-*/ and samples/lza/*.yaml), the overview and segments diagrams (PNG and SVG)
# and the HTML report.
# Run after changing the renderer, the planner or a design, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests package >&2
run() { java -jar target/vpcplan.jar "$@" 2> >(grep -v -e 'stack guard' -e execstack >&2); }
mkdir -p samples/designs
sources=(designs/*.yaml)
for inv in samples/aws_configs-*/; do [ -d "$inv" ] && sources+=("${inv%/}"); done
for lza in samples/lza/*network-config.yaml; do [ -f "$lza" ] && sources+=("$lza"); done
for src in "${sources[@]}"; do
  name="$(basename "$src" .yaml)"
  case "$src" in
    samples/lza/*) out="samples/inventories/lza-$name" ;;
    samples/*) out="samples/inventories/$name" ;;
    *) out="samples/designs/$name" ;;
  esac
  mkdir -p "$(dirname "$out")"
  echo "== $src" >&2
  run diagram "$src" --view overview --scale 1 -o "$out.overview.png"
  run diagram "$src" --view overview -o "$out.overview.svg"
  run diagram "$src" --view segments --scale 1 -o "$out.segments.png"
  run diagram "$src" --view segments -o "$out.segments.svg"
  run report "$src" -o "$out.report.html"
done
