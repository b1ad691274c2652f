#!/usr/bin/env bash
# Times diagram rendering (DOT + SVG, embedded engine) in a fresh JVM: the enterprise design with the
# hub designer's TGWs, and a generated estate of N VPCs (default 1000) with its hub, aggregated.
# Usage: scripts/bench-render.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" io.vpcplan.bench.RenderBench "$@" 2> >(grep -v -e 'stack guard' -e execstack >&2)
