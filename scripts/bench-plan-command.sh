#!/usr/bin/env bash
# Times the whole `plan` command (JVM start, load, plan, write lock) on a generated design, with
# the launcher's JVM flags for plan and a 1 GB heap cap, and reports peak memory.
# Usage: scripts/bench-plan-command.sh [VPCS=10000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
vpcs=${1:-10000}; runs=${2:-3}
./vpcplan --version >/dev/null   # builds the jar if needed
mvn -q -B -ntp -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
work=$(mktemp -d)
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" io.vpcplan.bench.DesignGenerator "$vpcs" "$work/bench.yaml"
echo "design: $work/bench.yaml ($(du -h "$work/bench.yaml" | cut -f1), $vpcs VPCs)"
# the launcher's flags for plan (C1, serial GC, the class-data-sharing archive) with a 1 GB heap cap
export VPCPLAN_JAVA_OPTS="-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
t() { /usr/bin/time -f "  %e s wall, %U s user, %S s sys, %M KB max RSS" ./vpcplan "$@" 2>&1 | grep -v "written to\|updated" || true; }
for i in $(seq "$runs"); do
  rm -f "$work/bench.lock.json"
  echo "run $i: plan -q (no lock yet)"; t plan "$work/bench.yaml" -q | tail -1
  rm -f "$work/bench.lock.json"
  echo "run $i: plan --format json -o plan.json (no lock yet)"; t plan "$work/bench.yaml" --format json -o "$work/plan.json" | tail -1
  echo "run $i: plan -q with the full lock in place"; t plan "$work/bench.yaml" -q | tail -1
done
rm -rf "$work"
