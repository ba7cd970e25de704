#!/usr/bin/env bash
# Indexing benchmark (issue 2): builds crosscheck, then indexes 1,000 copies of the seed corpus
# in a fresh JVM and prints throughput, peak heap and the machine.
# Arguments are passed to IndexBenchmark: [--copies N] [--corpus DIR] [--work DIR] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

# -DskipTests skips running the tests but still compiles them into target/test-classes.
mvn -q -B -DskipTests package >&2  # to stderr, so stdout holds only the figures
exec java -Xmx1g -cp target/crosscheck.jar:target/test-classes org.crosscheck.bench.IndexBenchmark "$@"
