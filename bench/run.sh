#!/usr/bin/env bash
# Builds the benchmark harnesses and runs them on this machine. They print figures and assert nothing.
# Usage: bench/run.sh  (from any directory; a few minutes on 2 cores). Close other work first: the figures are
# per-series times on one thread, and a busy machine inflates them (the CPU-time column less so).
set -euo pipefail
cd "$(dirname "$0")/.."

CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
# One reactor build: the classpath then points at the freshly built modules, not at stale installed jars.
mvn -B -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$CP_FILE"
CP="bench/target/classes:$(cat "$CP_FILE")"

java -cp "$CP" io.viralscope.bench.DetectorsBenchmark
java -cp "$CP" io.viralscope.bench.GrowthCurveBenchmark
java -cp "$CP" io.viralscope.bench.MechanismForecastBenchmark
