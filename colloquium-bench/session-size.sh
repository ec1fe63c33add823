#!/usr/bin/env bash
# The size of a signed-in organiser's HTTP session on a cluster, as the bytes one node sends the
# other for each page read (session-size.py explains how it is counted). Starts two nodes with
# cluster.sh on a database of their own (PORT_BASE=300: nodes on 8480 and 8580, JGroups on 7900
# and 8000, beside any other cluster of this machine), measures, stops them and drops the
# database. docs/performance.md ("Session size") has the figures.
#
#   colloquium-bench/session-size.sh            # ROUNDS=2 passes over the organiser's pages
#
# Needs what cluster.sh needs (the cluster server and the EAR: `mvn package -Pcluster`), `ss`.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
export NODES=2 PORT_BASE=${PORT_BASE:-300} DB=${DB:-colloquium_session_size}
export BALANCER_PORT=${BALANCER_PORT:-8300} WORK=${WORK:-"$BENCH_DIR/target/session-size"}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cleanup() {
  "$BENCH_DIR/cluster.sh" stop || true
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "drop database if exists $DB" postgres || true
}
trap cleanup EXIT
"$BENCH_DIR/cluster.sh" start
node1=$((8080 + PORT_BASE + 100)) jg1=$((7600 + PORT_BASE + 100)) jg2=$((7600 + PORT_BASE + 200))
python3 "$BENCH_DIR/session-size.py" "http://127.0.0.1:$node1" "$("$BENCH_DIR/cluster.sh" pid 1)" \
  "$jg1,$jg2" organiser@colloquium.example Colloquium-Demo-2026 annual-conference-iii "${ROUNDS:-2}" \
  | tee "$WORK/session-size.md"
