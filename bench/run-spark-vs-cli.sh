#!/usr/bin/env bash
# The Spark job against the CLI on this machine: N series x 180 days in K CSV files, `java -jar viralscope.jar
# import` + `report --format json` versus `java -jar viralscope-spark.jar --master local[2]`, and a paper estimate
# for 5 million series on a cluster from the measured cost per series. Prints figures, asserts nothing, and builds
# nothing: build both jars first with  mvn -B -o -q package -pl spark -am -DskipTests
#
# Usage: bench/run-spark-vs-cli.sh [N] [--files K] [--cores C] [--app-jar PATH] [--spark-jar PATH] [--plugins DIR]
#                                  [--work DIR]   (N default 10000; --work keeps the files and each step's output)
set -euo pipefail
cd "$(dirname "$0")/.."
# The harness and the end-to-end benchmark whose series it reuses, compiled from source into a temporary folder.
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" bench/src/main/java/io/viralscope/bench/EndToEndBenchmark.java \
    bench/src/main/java/io/viralscope/bench/SparkVsCliBenchmark.java
java -XX:+UseSerialGC -Xmx256m -cp "$classes" io.viralscope.bench.SparkVsCliBenchmark "$@"
