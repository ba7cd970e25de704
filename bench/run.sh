#!/usr/bin/env bash
# End-to-end benchmark (issue 6). For each size it generates a synthetic corpus with planted
# conflicts, drifts and agreements and its gold file (org.crosscheck.bench.corpus.CorpusGenerator,
# kept between runs), then, on the same files in the same run:
#   1. times a plain Lucene indexing of the same passages with the same analyzers and threads
#      (org.crosscheck.index.PlainLuceneIndexing): the floor;
#   2. times `crosscheck report --format json` on a fresh index, with its peak RSS;
#   3. scores the report against the gold (recall, precision);
#   4. times `crosscheck check` twice with nothing changed (the first fills check's cache, the
#      second answers from it), then changes one article and times `crosscheck check`
#      (incremental), then restores the article;
# and finally times `crosscheck check` on the default corpus with its index built.
#
# Usage: bench/run.sh [--sizes 10M,100M,1G] [--jobs N] [--seed N] [--work DIR]
# Every figure goes to standard output; build output and crosscheck's own messages go to standard error.
# The JVMs run with BENCH_JAVA_OPTS, by default -Xmx1g: the claims stay on disk, so a gigabyte of
# heap holds a gigabyte of text, and without a cap G1 takes free memory as headroom.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="10M,100M,1G"
jobs="$(nproc)"
seed=20261122
work="target/bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

mvn -q -B -DskipTests package >&2
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/crosscheck.jar:target/test-classes:$(cat target/test-classpath.txt)"
java_opts=(${BENCH_JAVA_OPTS:--Xmx1g})

now() { date +%s%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "n/a" }'; }
bytes_of() {
  case "$1" in
    *G) awk -v n="${1%G}" 'BEGIN { printf "%.0f", n * 1e9 }' ;;
    *M) awk -v n="${1%M}" 'BEGIN { printf "%.0f", n * 1e6 }' ;;
    *K) awk -v n="${1%K}" 'BEGIN { printf "%.0f", n * 1e3 }' ;;
    *) echo "$1" ;;
  esac
}
# Runs a main class in a fresh JVM under PeakRss; the peak RSS (kB) lands in $1.
measured() {
  local rss_file="$1"; shift
  java "${java_opts[@]}" -Dpeak.rss.file="$rss_file" -cp "$cp" org.crosscheck.bench.PeakRss "$@"
}
crosscheck() { java "${java_opts[@]}" -cp "$cp" org.crosscheck.cli.Main "$@"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), JVM options ${java_opts[*]:-none}, jobs $jobs, seed $seed"
for size in ${sizes//,/ }; do
  dir="$work/$size"
  target_bytes="$(bytes_of "$size")"
  if [ ! -f "$dir/gold.yaml" ]; then
    rm -rf "$dir"
    start=$(now)
    java -cp "$cp" org.crosscheck.bench.corpus.CorpusGenerator --seed "$seed" --size "$target_bytes" --out "$dir" >&2
    echo "[$size] generated in $(seconds "$start" "$(now)") s"
  fi
  corpus_bytes=$(find "$dir/corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  docs=$(find "$dir/corpus" -type f | wc -l)
  mb=$(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

  rm -rf "$dir/plain-index"
  start=$(now)
  measured "$dir/plain.rss" org.crosscheck.index.PlainLuceneIndexing "$dir/corpus" "$dir/plain-index" "$jobs" > "$dir/plain.out"
  plain_s=$(seconds "$start" "$(now)")
  rm -rf "$dir/plain-index"

  rm -rf "$dir/index" "$dir/report.json"
  start=$(now)
  measured "$dir/report.rss" org.crosscheck.cli.Main report "$dir/corpus" --rules "$dir/rules" --index-dir "$dir/index" \
    --jobs "$jobs" --format json -o "$dir/report.json" 2> "$dir/report.err"
  report_s=$(seconds "$start" "$(now)")
  java -cp "$cp" org.crosscheck.bench.corpus.GoldScorer --gold "$dir/gold.yaml" --report "$dir/report.json" > "$dir/score.out"
  claims=$(grep -c '^    "sentence" : ' "$dir/report.json" || true)  # one per claim in the pretty-printed report

  start=$(now)
  crosscheck check "$dir/corpus" --rules "$dir/rules" --index-dir "$dir/index" --jobs "$jobs" > /dev/null 2>&1 || true
  cold_s=$(seconds "$start" "$(now)")
  start=$(now)
  crosscheck check "$dir/corpus" --rules "$dir/rules" --index-dir "$dir/index" --jobs "$jobs" > /dev/null 2>&1 || true
  unchanged_s=$(seconds "$start" "$(now)")
  article="$(find "$dir/corpus" -type f -name '*.md' | sort | sed -n 1p)"
  cp -p "$article" "$dir/article.orig"
  printf '\nUpdate: the figures above were checked again on %s.\n' "2026-11-22" >> "$article"
  start=$(now)
  measured "$dir/check.rss" org.crosscheck.cli.Main check "$dir/corpus" --rules "$dir/rules" --index-dir "$dir/index" \
    --jobs "$jobs" > /dev/null 2>&1 || true
  changed_s=$(seconds "$start" "$(now)")
  mv "$dir/article.orig" "$article"

  echo "[$size] corpus                 $mb MB, $docs documents, $claims claims"
  echo "[$size] plain Lucene indexing  $plain_s s (peak RSS $(($(cat "$dir/plain.rss") / 1024)) MiB)"
  echo "[$size] crosscheck report      $report_s s = $(ratio "$report_s" "$plain_s") x plain Lucene"
  echo "[$size]   throughput           $(awk -v m="$mb" -v s="$report_s" 'BEGIN { printf "%.2f", m / s }') MB/s, $(per_second "$docs" "$report_s") documents/s, $(per_second "$claims" "$report_s") claims/s"
  echo "[$size]   peak RSS             $(($(cat "$dir/report.rss") / 1024)) MiB"
  echo "[$size] gold                   $(head -1 "$dir/score.out")"
  echo "[$size] check, nothing changed $cold_s s = $(ratio "$cold_s" "$report_s") x the full run (fills check's cache)"
  echo "[$size] check, nothing changed $unchanged_s s = $(ratio "$unchanged_s" "$report_s") x the full run (from check's cache)"
  echo "[$size] check, one article changed $changed_s s = $(ratio "$changed_s" "$report_s") x the full run (peak RSS $(($(cat "$dir/check.rss") / 1024)) MiB)"
done

./crosscheck check corpus > /dev/null 2>&1 || true
start=$(now)
./crosscheck check corpus > /dev/null 2>&1 || true
echo "[default corpus] check with the index built: $(seconds "$start" "$(now)") s, JVM start included (./crosscheck launcher)"
