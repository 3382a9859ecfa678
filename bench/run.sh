#!/usr/bin/env bash
# Builds the benchmark harnesses and runs them on this machine. They print figures and assert nothing.
# Usage: bench/run.sh  (from any directory; a few minutes on 2 cores). Close other work first: the figures are
# per-series times on one thread, and a busy machine inflates them (the CPU-time column less so).
# Extra Maven flags (such as -o) can be passed in BENCH_MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

# One reactor build: the classpath then names this checkout's modules, not older ones in ~/.m2.
mvn -B -q ${BENCH_MVN_FLAGS:-} -pl bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt
CP="bench/target/classes:$(cat bench/target/classpath.txt)"

# Detectors over 10,000 synthetic series x 180 days (growth-curve, inflection, engagement) and 1,000 (mechanism, forecast).
java -cp "$CP" io.viralscope.bench.GrowthCurveBenchmark
java -cp "$CP" io.viralscope.bench.DetectorsBenchmark
java -cp "$CP" io.viralscope.bench.MechanismForecastBenchmark
# What a warm report reads: 300 series' detections as results-table rows, their size and the time to read them.
java -cp "$CP" io.viralscope.bench.CachedDetectionsBenchmark
# One poll round over 10,000 tracked videos against a local mock answering after 50 ms (1 and 4 requests in flight).
java -cp "$CP" io.viralscope.bench.PollRoundBenchmark 10000 50 1 4
# import of a generated 1.8-million-row CSV (10,000 videos x 180 days) into a new store, in a 1 GB heap.
java -Xmx1g -cp "$CP" io.viralscope.bench.ImportBenchmark 10000 180
