#!/usr/bin/env bash
# Cold start: wall time from JVM start to the first call, per wiring mode, over repeated runs (each run is a new
# JVM that wires the library, makes one call and exits; see FirstCall). The HTTP modes call a fixed-response
# server started here, in its own JVM, before the runs.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with date +%s%N.
# Writes benchmarks/results/coldstart.md. Usage: benchmarks/coldstart.sh [runs] [modes...]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results/coldstart.md
RUNS=${1:-20}
shift || true
MODES=("$@")
[ ${#MODES[@]} -gt 0 ] || MODES=(jvm inmemory inmemory-guice apache jersey)
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package -pl benchmarks -am" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"

coproc SERVER { exec java -Xmx128m -XX:+UseSerialGC -cp "$JAR" dev.chatwidget.benchmarks.http.FixedResponseServer 4; }
SERVER_PID=$SERVER_PID
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
read -r PORT <&"${SERVER[0]}"
BASE="http://127.0.0.1:$PORT"

command_for() {
  case "$1" in
    apache|jersey) echo "java -cp $JAR dev.chatwidget.benchmarks.coldstart.FirstCall $1 $BASE" ;;
    *) echo "java -cp $JAR dev.chatwidget.benchmarks.coldstart.FirstCall $1" ;;
  esac
}

if command -v hyperfine >/dev/null; then
  args=()
  for m in "${MODES[@]}"; do args+=(-n "$m" "$(command_for "$m")"); done
  hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$OUT" "${args[@]}"
else
  {
    echo "| mode | runs | mean ms | min ms | max ms |"
    echo "|---|---:|---:|---:|---:|"
    for m in "${MODES[@]}"; do
      cmd=$(command_for "$m")
      $cmd; $cmd   # warm the page cache
      times=()
      for _ in $(seq "$RUNS"); do
        t0=$(date +%s%N); $cmd; t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
      done
      printf '%s\n' "${times[@]}" | awk -v m="$m" -v n="$RUNS" \
        'NR==1{min=$1;max=$1} {s+=$1; if($1<min)min=$1; if($1>max)max=$1} END{printf "| %s | %d | %.1f | %d | %d |\n", m, n, s/n, min, max}'
    done
  } | tee "$OUT"
fi
