#!/usr/bin/env bash
# Runs the JMH benchmarks (all, or those matching $1) on the test classpath.
# Usage: scripts/bench.sh [regex] [extra JMH args…]   e.g. scripts/bench.sh PlannerBench -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.openjdk.jmh.Main "${1:-.}" "${@:2}"
