#!/usr/bin/env bash
# Extraction benchmark (issue 3): builds crosscheck and its test classes, then runs the JMH
# benchmark org.crosscheck.bench.ExtractionBenchmark (1 thread, 1 fork, warm-up 3 x 1 s,
# measurement 5 x 1 s) over the default corpus and prints MB/s per thread.
# Arguments are passed to ExtractionBenchmark: [--corpus DIR] [--rules DIR] [--prof PROFILER[:OPTIONS]]
set -euo pipefail
cd "$(dirname "$0")/.."

# -DskipTests skips running the tests but still compiles them (and JMH's generated classes and
# META-INF/BenchmarkList) into target/test-classes. Build output goes to stderr, so stdout holds
# only JMH's report and the figures.
mvn -q -B -DskipTests package >&2
test -f target/test-classes/META-INF/BenchmarkList || {
  echo "target/test-classes/META-INF/BenchmarkList is missing: the JMH annotation processor did not run" >&2
  exit 1
}
# The test classpath (JMH and its dependencies included), with the plugin version pinned.
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.crosscheck.bench.ExtractionBenchmark "$@"
