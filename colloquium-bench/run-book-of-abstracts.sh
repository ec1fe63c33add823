#!/usr/bin/env bash
# The book of abstracts against XeLaTeX (docs/performance.md, "Programme PDF and book of
# abstracts"): the shared generator writes N abstracts as JSON (for Colloquium) and as the
# Indico-style XeLaTeX book (the reference); xelatex's two passes are timed, then Colloquium's
# BookOfAbstracts renders the same abstracts (a warm-up, then RUNS times, median) in one JVM, and
# the ratio is printed. The programme PDF of PROGRAMME_N contributions is timed in the same JVM.
# Not a CI test.
#
#   colloquium-bench/run-book-of-abstracts.sh            # N=5000, PROGRAMME_N=2000, RUNS=3
#   N=1000 RUNS=1 colloquium-bench/run-book-of-abstracts.sh
#   SKIP_TEX=1 ...                                       # Colloquium only
#   HEAP="-Xmx6g -Dsome.property=x" ...                  # the JVM's options (split at spaces)
#
# Needs: JDK 17, Maven (offline is fine once the modules are in ~/.m2), python3; installs
# texlive-xetex texlive-latex-recommended texlive-fonts-recommended fonts-dejavu poppler-utils with
# apt-get when xelatex or pdfinfo is missing (root). Results: colloquium-bench/target/boa-<time>/.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
GENERATOR=${GENERATOR:-$ROOT/../shared/bench/boa/gen_boa.py}
N=${N:-5000}
PROGRAMME_N=${PROGRAMME_N:-2000}
RUNS=${RUNS:-3}
HEAP=${HEAP:--Xmx6g}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH_DIR/target/boa-$STAMP"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

mkdir -p "$OUT"
log "results in $OUT (this machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"

log "generating $N abstracts (and $PROGRAMME_N for the programme)"
python3 "$GENERATOR" "$N" "$OUT" >&2
python3 "$GENERATOR" "$PROGRAMME_N" "$OUT/programme" >&2

TEX_SECONDS=""
if [ -z "${SKIP_TEX:-}" ]; then
  if ! command -v xelatex >/dev/null || ! command -v pdfinfo >/dev/null; then
    log "installing XeLaTeX and poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends texlive-xetex texlive-latex-recommended \
      texlive-fonts-recommended fonts-dejavu poppler-utils >/dev/null
  fi
  log "xelatex, two passes (the table of contents needs the first one's page numbers)"
  TEX_START=$(date +%s.%N)
  (cd "$OUT" && xelatex -interaction=nonstopmode "boa-$N.tex" >xelatex-1.log 2>&1 \
    && xelatex -interaction=nonstopmode "boa-$N.tex" >xelatex-2.log 2>&1) \
    || { log "xelatex failed: see $OUT/boa-$N.log"; exit 1; }
  TEX_END=$(date +%s.%N)
  TEX_SECONDS=$(python3 -c "print(f'{$TEX_END - $TEX_START:.2f}')")
  TEX_PAGES=$(pdfinfo "$OUT/boa-$N.pdf" | awk '/^Pages:/ {print $2}')
  TEX_SIZE=$(stat -c %s "$OUT/boa-$N.pdf")
  log "xelatex: $TEX_SECONDS s, $TEX_PAGES pages, $TEX_SIZE bytes"
fi

log "compiling the programme module's tests (offline)"
(cd "$ROOT" && mvn -B -ntp -o -q -pl colloquium-programme test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt") >&2

log "Colloquium: book of abstracts and programme PDF ($RUNS runs each after a warm-up)"
CLASSES="$ROOT/colloquium-programme/target/test-classes:$ROOT/colloquium-programme/target/classes"
read -r -a JAVA_OPTIONS <<<"$HEAP"
java "${JAVA_OPTIONS[@]}" -cp "$CLASSES:$(cat "$OUT/classpath.txt")" \
  org.colloquium.programme.domain.pdf.BookOfAbstractsBenchmark "$OUT/boa-$N.json" \
  --programme "$OUT/programme/boa-$PROGRAMME_N.json" --runs "$RUNS" --out "$OUT" \
  2>"$OUT/java.log" | tee "$OUT/colloquium.txt"

BOOK_SECONDS=$(awk '/^book of abstracts/ {for (i = 1; i <= NF; i++) if ($i == "median") print $(i + 1)}' \
  "$OUT/colloquium.txt")
{
  echo "N=$N abstracts, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  [ -n "$TEX_SECONDS" ] && echo "xelatex (two passes): $TEX_SECONDS s, $TEX_PAGES pages, $TEX_SIZE bytes"
  cat "$OUT/colloquium.txt"
  if [ -n "$TEX_SECONDS" ] && [ -n "$BOOK_SECONDS" ]; then
    python3 -c "print(f'ratio Colloquium / xelatex: {$BOOK_SECONDS / $TEX_SECONDS:.2f}')"
  fi
} | tee "$OUT/summary.txt"
