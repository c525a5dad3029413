#!/usr/bin/env bash
# Runs every JMH benchmark once, short, and writes:
#   benchmarks/results/results.json  (JMH, with -prof gc and the CPU-time-per-op profiler)
#   benchmarks/results/results.md    (the tables of BENCHMARKS.md: adapter/raw ratios, in-memory costs)
# Build first (from the repository root): mvn -B -pl benchmarks -am verify
# Usage: benchmarks/run.sh [jmh benchmark regex...]   e.g. benchmarks/run.sh OneLocationBenchmark
# Run length is set per benchmark class by annotations: 1 fork (-Xms1g -Xmx1g), 5 x 1 s measurement, and
# 3 x 1 s warmup (5 for the single-caller HTTP runs, 8 for the 16-thread ones); about 12 minutes in all.
# JMH_OPTS adds or overrides JMH options, e.g. JMH_OPTS="-wi 1 -i 2" for a smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
[ -f "$JAR" ] || { echo "build first: mvn -B -pl benchmarks -am verify" >&2; exit 1; }
mkdir -p "$OUT"
read -r -a opts <<< "${JMH_OPTS:-}"
{ echo "# $(date -u +%FT%TZ) $(uptime)"; nproc; free -h; java -version 2>&1; } > "$OUT/machine.txt"
java -jar "$JAR" ${opts[@]+"${opts[@]}"} -prof gc -prof dev.chatwidget.benchmarks.profile.CpuTimeProfiler -rf json -rff "$OUT/results.json" "$@" | tee "$OUT/jmh.log"
java -cp "$JAR" dev.chatwidget.benchmarks.report.Summary "$OUT/results.json" > "$OUT/results.md"
echo "load after the run: $(uptime)" >> "$OUT/machine.txt"
cat "$OUT/results.md"
