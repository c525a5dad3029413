#!/usr/bin/env bash
# CLI start-up: wall time of one in-memory command (`--seed demo list --location demo`), a new JVM per run, measured
# with hyperfine (apt-get install hyperfine): the JVM floor (java -version), `java -jar` on the program's jar, and
# the launcher cli/target/chat-widget with its class-data archive. Reports mean, min and median, and user and system
# CPU time. Build first: mvn -B -DskipTests package -pl cli -am
# Usage: benchmarks/cli-startup.sh [runs]   (default 20, after 3 warm-up runs) -> results/cli-startup.{md,json}
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
OUT=benchmarks/results
JAR=cli/target/chat-widget.jar
LAUNCHER=cli/target/chat-widget
[ -x "$LAUNCHER" ] && [ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package -pl cli -am" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
mkdir -p "$OUT"
COMMAND="--seed demo list --location demo"
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/cli-startup.json" \
  -n "JVM floor (java -version)" "java -version" \
  -n "java -jar chat-widget.jar $COMMAND" "java -jar $JAR $COMMAND" \
  -n "cli/target/chat-widget $COMMAND" "$LAUNCHER $COMMAND"
# hyperfine's markdown has no median: print the table from its JSON (seconds -> ms).
java -cp benchmarks/target/benchmarks.jar dev.chatwidget.benchmarks.report.StartupTable "$OUT/cli-startup.json" \
  | tee "$OUT/cli-startup.md"
