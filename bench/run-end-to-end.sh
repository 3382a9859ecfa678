#!/usr/bin/env bash
# Measures the real CLI end to end, process start included: writes N seeded series x 180 days as a Viralscope CSV,
# runs app/target/viralscope.jar as separate processes (import, cold and warm JSON report, HTML report, import and
# cold report in -Xmx1g) and the scipy notebook baseline (bench/scipy_baseline.py) on 2,000 of the same series,
# and prints a table of figures beside their targets. It asserts nothing and builds nothing: build the jar first
# with  mvn -B -o -q package -pl app -am -DskipTests
#
# Usage: bench/run-end-to-end.sh [N] [--large] [--step-limit 10m] [--jar PATH] [--work DIR] [--keep] [--seed S]
#   N             series (default 10000; 2000 for a quick run)
#   --large       also imports and reports 100,000 series x 180 days in -Xmx1g (about 1.6 GB of CSV)
#   --step-limit  time limit of each step (default 10m); a step past it is stopped and shown as not finished
#   --jar PATH    another viralscope.jar (its plugins folder beside it); --work DIR keeps the files in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
# Java's single-file launcher compiles the harness in memory: the harness uses the JDK only.
exec java -XX:+UseSerialGC -Xmx256m bench/src/main/java/io/viralscope/bench/EndToEndBenchmark.java "$@"
