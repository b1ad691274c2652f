#!/usr/bin/env bash
# Runs every test. Installs the test-only tools it needs (Chromium for the report test) when absent.
set -euo pipefail
cd "$(dirname "$0")"
if [ -x .ci/setup-test-tools ]; then .ci/setup-test-tools; fi
mvn -B -ntp -Dstyle.color=never verify "$@"
