#!/usr/bin/env bash
# Wall time of the gateway contract suite against the in-memory adapter (testkit's InMemoryGatewayContractTest):
# the JUnit time of the test class as surefire reports it (one fresh test JVM, class loading included) and the
# wall time of the whole Maven invocation that runs only that class. Usage: benchmarks/contract-walltime.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
OUT=benchmarks/results/contract.md
REPORT=testkit/target/surefire-reports/TEST-dev.chatwidget.testkit.inmemory.InMemoryGatewayContractTest.xml
mkdir -p "$(dirname "$OUT")"
{
  echo "| run | tests | JUnit time of the class (s) | mvn wall time (s) |"
  echo "|---:|---:|---:|---:|"
  for i in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    mvn -B -q -o -pl testkit -am verify -Dtest=InMemoryGatewayContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dstyle.color=never >/dev/null
    t1=$(date +%s%N)
    tests=$(sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)".*/\1/p' "$REPORT" | head -1)
    junit=$(sed -n 's/.*<testsuite [^>]*time="\([0-9.,]*\)".*/\1/p' "$REPORT" | head -1)
    echo "| $i | $tests | $junit | $(awk -v d=$((t1 - t0)) 'BEGIN{printf "%.1f", d/1e9}') |"
  done
} | tee "$OUT"
