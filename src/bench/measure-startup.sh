#!/usr/bin/env bash
# Start-up time of the packaged product: seconds from `java -jar` until a GraphQL search answers, on a fresh
# store and then on a restart of the same store, N times each (default 3), with the load average beside it.
# usage: src/bench/measure-startup.sh [JAR] [N]     (run from the repository's top directory)
set -euo pipefail
JAR=${1:-target/samverkan-0.1.0.jar}
N=${2:-3}
PORT=${PORT:-18801}
BOLT=${BOLT:-18891}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

once() {  # DATADIR -> prints the seconds until the first answer
  local dir=$1 start pid out
  start=$(date +%s.%N)
  java -jar "$JAR" --server.port="$PORT" --samverkan.data-dir="$dir" --samverkan.embedded.bolt-port="$BOLT" \
       >"$dir.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do   # at most ten minutes
    out=$(curl -s -m 2 "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' \
          -d '{"query":"{ search(text: \"Dalarna\") { id } }"}' 2>/dev/null || true)
    if grep -q "place:dalarna" <<<"$out"; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $dir.log" >&2; exit 1; }
    sleep 0.2
  done
  printf '%.1f s (load %s)' "$(echo "$(date +%s.%N) - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for i in $(seq 1 "$N"); do
  echo "fresh store: $(once "$WORK/store$i")   restart: $(once "$WORK/store$i")"
done
