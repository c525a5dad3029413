#!/usr/bin/env bash
# Runs the benchmarks, by section, and writes their results and summaries to benchmarks/results/.
# Build first (from the repository root): mvn -B -DskipTests package -pl cli,benchmarks -am
#
# Usage: benchmarks/run.sh [section...]     no section: every section, in the order below
#   http       JMH, package http: the HTTP adapters against their raw stacks (tree and databind baselines), get,
#              list, create and patch, 1 and 16 callers          -> results/http.json, results/http.md
#   cpu        CPU time per call of the HTTP adapters and their raw stacks, all variants interleaved in one JVM:
#              http/CallerCpu (1 caller) and http/ConcurrentCpu (16 callers) -> results/cpu.md
#   inmemory   JMH, package inmemory: the in-memory fake at scale (list filters incl. voiceAiAgentId, get, create)
#                                                                 -> results/inmemory.json, results/inmemory.md
#   fakeserver JMH, package fakeserver: latency of a get against `chat-widget serve` (the CLI jar) on loopback
#                                                                 -> results/fakeserver.json, results/fakeserver.md
#   observation JMH, package observation: what the Micrometer steps add to a call
#                                                                 -> results/observation.json, results/observation.md
#   redis      JMH, package redis: the shared limiter's acquire on a real redis-server
#                                                                 -> results/redis.json, results/redis.md
#   cli        CLI start-up with hyperfine (cli-startup.sh)       -> results/cli-startup.md
#   coldstart  the library's first call in a new JVM per wiring (coldstart.sh) -> results/coldstart.md
#   NAME       any other JMH package dev.chatwidget.benchmarks.NAME -> results/NAME.json, results/NAME.md
#   -r REGEX   only the JMH benchmarks matching REGEX             -> results/custom.json, results/custom.md
# JMH run lengths are set per class by annotations (1 fork, -Xms1g -Xmx1g, 5 x 1 s measurement, 3-8 x 1 s warmup);
# JMH_OPTS adds or overrides JMH options, e.g. JMH_OPTS="-wi 1 -i 2" for a smoke run. Every JMH run measures bytes
# allocated (-prof gc) and CPU time (profile/CpuTimeProfiler) per operation.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package -pl cli,benchmarks -am" >&2; exit 1; }
mkdir -p "$OUT"
read -r -a opts <<< "${JMH_OPTS:-}"

jmh() { # name regex
  local name=$1 regex=$2
  java -jar "$JAR" ${opts[@]+"${opts[@]}"} -prof gc -prof dev.chatwidget.benchmarks.profile.CpuTimeProfiler \
    -rf json -rff "$OUT/$name.json" "$regex" | tee "$OUT/$name.log"
  java -cp "$JAR" dev.chatwidget.benchmarks.report.Summary "$OUT/$name.json" > "$OUT/$name.md"
  cat "$OUT/$name.md"
}

sections=("$@")
[ ${#sections[@]} -gt 0 ] || sections=(http cpu inmemory fakeserver observation redis cli coldstart)
{ echo "# $(date -u +%FT%TZ) $(uptime)"; nproc; free -h; java -version 2>&1; } > "$OUT/machine.txt"
i=0
while [ $i -lt ${#sections[@]} ]; do
  section=${sections[$i]}
  case "$section" in
    cli) benchmarks/cli-startup.sh ;;
    cpu)
      { echo "## One caller (http/CallerCpu 4000)"; java -cp "$JAR" dev.chatwidget.benchmarks.http.CallerCpu 4000
        echo; echo "## Sixteen callers (http/ConcurrentCpu 16 2)"
        java -cp "$JAR" dev.chatwidget.benchmarks.http.ConcurrentCpu 16 2; } | tee "$OUT/cpu.md" ;;
    coldstart) benchmarks/coldstart.sh ;;
    -r) i=$((i + 1)); jmh custom "${sections[$i]}" ;;
    *)
      if ! java -jar "$JAR" -l | grep -q "^dev\.chatwidget\.benchmarks\.$section\."; then
        echo "no such section: $section (http, cpu, inmemory, fakeserver, observation, redis, cli, coldstart, a JMH package, or -r REGEX)" >&2
        exit 2
      fi
      jmh "$section" "^dev\.chatwidget\.benchmarks\.$section\." ;;
  esac
  i=$((i + 1))
done
echo "load after the run: $(uptime)" >> "$OUT/machine.txt"
