#!/usr/bin/env bash
# Builds the benchmark harnesses and runs them; each prints its figures (they assert nothing).
# Extra Maven flags (such as -o) can be passed in BENCH_MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor build, so the classpath names this checkout's modules rather than older ones in ~/.m2
mvn -B -q ${BENCH_MVN_FLAGS:-} -pl bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt
CP="bench/target/classes:$(cat bench/target/classpath.txt)"

# One poll round over 10,000 tracked videos against a local mock answering after 50 ms (1 and 4 requests in flight).
java -cp "$CP" io.viralscope.bench.PollRoundBenchmark 10000 50 1 4
