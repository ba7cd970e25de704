#!/usr/bin/env bash
# Grouping and comparison benchmark (issue 4): claim ids plus grouping, then reconcile, on 10^4, 10^5 and 10^6 synthetic claims,
# time per claim at each size.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package >&2
exec java -Xmx2g -cp target/crosscheck.jar:target/test-classes org.crosscheck.bench.GroupingBenchmark "$@"
