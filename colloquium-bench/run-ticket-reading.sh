#!/usr/bin/env bash
# Reading tickets at the door (docs/performance.md): N ticket-shaped QR codes per condition, drawn
# into camera frames (still, handheld, noisy), read by ZXing in Java (the reference: the library
# that draws the tickets) and by three browser readers in Node: ZXing's JavaScript port (the door's
# reader until December 2026), jsQR, and zxing-cpp in WebAssembly (zxing-wasm, the door's reader
# now). Prints unread frames and milliseconds per frame. Not a CI test.
#
#   colloquium-bench/run-ticket-reading.sh          # N=300
#   N=100 colloquium-bench/run-ticket-reading.sh
#
# Needs: JDK 17, Node.js and npm (installs the three readers at the versions in
# ticket-reading/package.json), ZXing's core jar in ~/.m2 (any build of the project puts it there).
# Results: colloquium-bench/target/ticket-reading-<time>/results.tsv.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
N=${N:-300}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH_DIR/target/ticket-reading-$STAMP"
VERSION=$(sed -n 's:.*<version.zxing>\(.*\)</version.zxing>.*:\1:p' "$ROOT/pom.xml")
JAR="$HOME/.m2/repository/com/google/zxing/core/$VERSION/core-$VERSION.jar"
[ -f "$JAR" ] || mvn -B -q dependency:get -Dartifact="com.google.zxing:core:$VERSION"

mkdir -p "$OUT"
cp "$BENCH_DIR/ticket-reading/package.json" "$BENCH_DIR/ticket-reading/read-frames.mjs" "$OUT/"
(cd "$OUT" && npm install --no-audit --no-fund --silent >/dev/null)
printf 'condition\treader\tunread\tframes\tms/frame\n' | tee "$OUT/results.tsv"
for condition in still handheld noisy; do
  java -cp "$JAR" "$BENCH_DIR/ticket-reading/TicketFrames.java" "$condition" "$N" \
    "$OUT/frames-$condition" | tee -a "$OUT/results.tsv"
  (cd "$OUT" && node read-frames.mjs "$condition" "frames-$condition") | tee -a "$OUT/results.tsv"
  rm -rf "$OUT/frames-$condition"
done
echo "results: $OUT/results.tsv" >&2
