#!/usr/bin/env bash
# Times the whole `plan` command (JVM start, load, plan, write lock) on a generated design,
# and reports peak memory. Usage: scripts/bench-plan-command.sh [VPCS=10000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
vpcs=${1:-10000}; runs=${2:-5}
./vpcplan --version >/dev/null   # builds the jar if needed
mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
work=$(mktemp -d)
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" io.vpcplan.bench.DesignGenerator "$vpcs" "$work/bench.yaml"
echo "design: $work/bench.yaml ($(du -h "$work/bench.yaml" | cut -f1), $vpcs VPCs)"
for i in $(seq "$runs"); do
  rm -f "$work/bench.lock.json"
  /usr/bin/time -f "run $i: %e s wall, %M KB max RSS" java -Xmx1g -XX:+UseParallelGC -jar target/vpcplan.jar \
    plan "$work/bench.yaml" --format json -o "$work/plan.json" 2>&1 | grep -v "written\|updated" || true
done
echo "with the lock file in place (nothing new to allocate):"
/usr/bin/time -f "%e s wall, %M KB max RSS" java -Xmx1g -XX:+UseParallelGC -jar target/vpcplan.jar \
  plan "$work/bench.yaml" --format json -o "$work/plan.json" 2>&1 | grep -v "written\|updated" || true
ls -la "$work"
rm -rf "$work"
