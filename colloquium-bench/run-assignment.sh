#!/usr/bin/env bash
# The reviewer assignment benchmark (docs/performance.md, "Automatic assignment of reviewers"):
# Colloquium's min-cost-flow solver and OR-tools' (the reference) on the shared instances, in one
# JVM, each after a warm-up, five times. Not a CI test.
#
#   colloquium-bench/run-assignment.sh                 # small, medium and large
#   INSTANCES=/path/to/assign colloquium-bench/run-assignment.sh
#
# The large instance (28 MB) is generated once into colloquium-bench/target/ by the shared gen.py.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
INSTANCES="${INSTANCES:-$ROOT/../shared/bench/assign}"
TARGET="$BENCH_DIR/target"
mkdir -p "$TARGET"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

LARGE="$TARGET/large.txt"
if [ ! -f "$LARGE" ]; then
  log "generating the large instance"
  python3 "$INSTANCES/gen.py" --papers 20000 --reviewers 10000 --k 3 --load 8 \
    --candidates 100 --seed 1 --out "$LARGE" >&2
fi
echo "79a60948a62a43a461a74aac0c25a38ec85fdd9581fc91db24729cf2a4bf5d9b  $LARGE" | sha256sum -c - >&2

log "building the reviews module and the benchmark"
(cd "$ROOT" && mvn -B -q install -DskipTests -pl colloquium-reviews -am) >&2
(cd "$ROOT" && mvn -B -q -Pbench -pl colloquium-bench test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$TARGET/classpath.txt") >&2

log "solving (this machine: $(nproc) cores)"
java -Xmx4g -cp "$TARGET/test-classes:$(cat "$TARGET/classpath.txt")" \
  org.colloquium.bench.assign.AssignmentBenchmark \
  "$INSTANCES/small.txt" "$INSTANCES/medium.txt" "$LARGE"
