#!/usr/bin/env bash
# Runs a command (a java process, as a person starts it) and prints the CPU time each group of its threads used,
# read from /proc every half second, so a cold report's CPU splits into the JIT compiler threads, the detector
# threads, the batch readers and so on. Linux only. Thread names with digits are folded into one group
# ("viralscope-detector-N").
#
# Usage: bench/thread-cpu.sh java -jar app/target/viralscope.jar --db STORE report --fresh --format json --out r.json
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bench/thread-cpu.sh COMMAND..." >&2; exit 2; }
"$@" > /dev/null 2>&1 &
pid=$!
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    name=$(cat "$t/comm" 2>/dev/null) || continue
    # fields after the ")" that closes the thread name: utime and stime are the 12th and 13th
    read -r -a f <<< "${stat##*) }"
    last["${t##*/} $name"]=$(( f[11] + f[12] ))
  done
  sleep 0.5
done
wait "$pid" || echo "the command exited with $?" >&2
tick=$(getconf CLK_TCK)
for k in "${!last[@]}"; do echo "${last[$k]} ${k#* }"; done \
  | awk -v tick="$tick" '{n = $0; sub(/^[0-9]+ /, "", n); gsub(/[0-9]+/, "N", n); s[n] += $1; all += $1}
      END {for (k in s) if (s[k] > 0) printf "%8.1f s  %s\n", s[k] / tick, k; printf "%8.1f s  all threads (as last seen: the last half second of each is missing)\n", all / tick}' \
  | sort -rn
