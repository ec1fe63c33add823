#!/usr/bin/env bash
# The fault benchmark of issue 15, start to finish on this machine, bounded in time: a cluster of
# NODES nodes of the cluster server (server-ha) behind HAProxy on one PostgreSQL database
# (cluster.sh, ports PORT_BASE=600: nodes on 8780, 8880, …, the balancer on 8600), mail sent to a
# local SMTP sink (smtp-sink.py) that records each Message-ID, and then the scenarios, each while
# authors (API tokens) submit through the balancer and signed-in people (signed-in-sessions.py)
# read their page:
#
#   1  the deadline rush; at its peak kill -9 one node, restart it a minute later
#   2  a registration race, RACE_PEOPLE at once for RACE_PLACES places, one node killed at its peak
#   3  PostgreSQL restarted during a rush (pg_ctlcluster: it stops every connection on the machine)
#   4  a rolling redeploy of the EAR, node by node (HAProxy drain and maint through its admin
#      socket, the EAR replaced, back in when its /health answers), under a rush
#   5  one node frozen (SIGSTOP) for FREEZE_SECONDS during a rush, then thawed
#
# Then all of it again on one node: the reference is the same script with one node of the same
# cluster server behind the same HAProxy (REFERENCE=0 skips it), so that each figure stands beside
# what the same fault does to a single server. The checks are against the database, the SMTP
# sink, HAProxy's log of every request and the signed-in people's log (PASS/FAIL lines): nothing
# lost or duplicated, numbers without gaps, every mail sent and delivered (by Message-ID), never
# oversold, nothing half-written; on the cluster also: every author handed in, failover under
# 5 s, nobody signed out, 0 failed requests in the rolling redeploy. It stops the nodes, HAProxy
# and the sink and drops its databases when it ends, also on failure or Ctrl+C, and exits non-zero
# on any FAIL.
#
# Usage, from anywhere:  SERVER_HA=/path/server-ha EAR=/path/colloquium.ear colloquium-bench/run-cluster-faults.sh
# Knobs (environment):   SCENARIOS="1 2 3 4 5" NODES=2 REFERENCE=1 (CLUSTER=0: the reference alone)
#                        RUSH_RATE=3 (authors arriving a second) VISITORS_PER_SECOND=1 WATCHERS=20
#                        RETRIES=10 RETRY_PAUSE_MS=3000 (an author or attendee whose request failed
#                        sends it again, up to 10 times, 3 s apart), WARMUP_SECONDS=30 (0: none)
#                        1: RUSH1_SECONDS=120 KILL_AT=30 RESTART_AFTER=60
#                        2: RACE_PEOPLE=1000 RACE_PLACES=100 RACE_RAMP=0 (0: all at once) RACE_KILL_AT=2
#                        3: RUSH3_SECONDS=75 PG_AT=25 PG_DOWN_SECONDS=0 (0: pg_ctlcluster restart;
#                           more: stop, wait, start)
#                        4: RUSH4_SECONDS=200 ROLL_AT=20
#                        5: RUSH5_SECONDS=80 FREEZE_AT=25 FREEZE_SECONDS=30
#                        MAIL_WAIT=200 (seconds the outbox may take to send everything: a mail
#                        claimed by a killed node waits for its 2-minute lease)
#                        PORT_BASE=600 BALANCER_PORT=8600 SMTP_SINK_PORT=2625 NODE_HEAP="-Xms256m -Xmx1g"
#                        NODE_MAXCONN=20 CHECK_TIMEOUT=2s MARK_DOWN_ON_ERROR=1 (HAProxy: requests at
#                        once per node, the rest queued at the balancer; how long /health may
#                        take; a refused connection takes the node out at once. Empty/0: as
#                        docs/deploy.md shows it: no limit, 1 s, health checks only),
#                        DB_POOL_SIZE (the server's default, 30)
#                        COLLOQUIUM_CLUSTER_FD_TIMEOUT=10000 COLLOQUIUM_CLUSTER_FD_INTERVAL=2000 (JGroups)
#                        SERVER_HA, EAR (default colloquium-ear/target/server-ha, …/colloquium.ear)
#                        KEEP_DB=1 KEEP_WORK=1 (the node copies under target/cluster-faults-work)
#                        IGNORE_SIGINT=1 (a run left alone on a shared machine: a stray SIGINT is
#                        logged, with the processes then running, and ignored; SIGTERM still stops)
#                        PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#                        A dry run: SCENARIOS=1 REFERENCE=0 RUSH_RATE=1 RUSH1_SECONDS=40 KILL_AT=10
#                        RESTART_AFTER=15 WARMUP_SECONDS=0 WATCHERS=4
# Needs: the cluster server and the EAR built (`mvn package -Pcluster`), JDK 17, Maven (Gatling
# from ~/.m2, offline), psql, HAProxy, socat, curl, python3 (3.11: smtpd), pg_ctlcluster for 3.
# Helpers beside it: cluster.sh, smtp-sink.py, signed-in-sessions.py, availability-poll.py (3),
# fault-report.py (the figures and the tables).
# Results: colloquium-bench/target/cluster-faults-<time>/summary.md (tables of figures, cluster
# beside one node, and the PASS/FAIL lines), and per phase and scenario the figures, the checks,
# HAProxy's log, the nodes' server.log, the Gatling logs and the signed-in people's log. The
# Gatling reports are under colloquium-bench/target/gatling/. docs/performance.md ("Cluster
# faults") says how to read them.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

SCENARIOS=${SCENARIOS:-"1 2 3 4 5"}
NODES=${NODES:-2}
REFERENCE=${REFERENCE:-1}
RUSH_RATE=${RUSH_RATE:-3}
VISITORS_PER_SECOND=${VISITORS_PER_SECOND:-1}
WATCHERS=${WATCHERS:-20}
RETRIES=${RETRIES:-10}
RETRY_PAUSE_MS=${RETRY_PAUSE_MS:-3000}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
RUSH1_SECONDS=${RUSH1_SECONDS:-120}
KILL_AT=${KILL_AT:-30}
RESTART_AFTER=${RESTART_AFTER:-60}
RACE_PEOPLE=${RACE_PEOPLE:-1000}
RACE_PLACES=${RACE_PLACES:-100}
RACE_RAMP=${RACE_RAMP:-0}
RACE_KILL_AT=${RACE_KILL_AT:-2}
RUSH3_SECONDS=${RUSH3_SECONDS:-75}
PG_AT=${PG_AT:-25}
PG_DOWN_SECONDS=${PG_DOWN_SECONDS:-0}
RUSH4_SECONDS=${RUSH4_SECONDS:-200}
ROLL_AT=${ROLL_AT:-20}
RUSH5_SECONDS=${RUSH5_SECONDS:-80}
FREEZE_AT=${FREEZE_AT:-25}
FREEZE_SECONDS=${FREEZE_SECONDS:-30}
MAIL_WAIT=${MAIL_WAIT:-200}
PORT_BASE=${PORT_BASE:-600}
BALANCER_PORT=${BALANCER_PORT:-8600}
SMTP_SINK_PORT=${SMTP_SINK_PORT:-2625}
NODE_HEAP=${NODE_HEAP:--Xms256m -Xmx1g}
NODE_MAXCONN=${NODE_MAXCONN-20}
CHECK_TIMEOUT=${CHECK_TIMEOUT-2s}
MARK_DOWN_ON_ERROR=${MARK_DOWN_ON_ERROR-1}
SERVER_HA=${SERVER_HA:-"$ROOT/colloquium-ear/target/server-ha"}
EAR=${EAR:-"$ROOT/colloquium-ear/target/colloquium.ear"}
SLUG=annual-conference-iii
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$BENCH_DIR/target/cluster-faults-$STAMP"
WORK="$BENCH_DIR/target/cluster-faults-work"
BASE_URL="http://127.0.0.1:$BALANCER_PORT"
DB_PREFIX="colloquium_faults_$$"
REPORT="$BENCH_DIR/fault-report.py"

for s in $SCENARIOS; do
  case "$s" in 1|2|3|4|5) ;; *) echo "SCENARIOS: 1 to 5, not $s" >&2; exit 2 ;; esac
done
for v in RUSH1_SECONDS RUSH3_SECONDS RUSH4_SECONDS RUSH5_SECONDS WARMUP_SECONDS; do
  if [ "${!v}" -gt 240 ]; then echo "$v: at most 240 s (the simulation's bound)" >&2; exit 2; fi
done
if [ "$RACE_PEOPLE" -gt 5000 ] || [ "$NODES" -gt 3 ] || [ "$NODES" -lt 2 ]; then
  echo "at most 5,000 people in the race; NODES 2 or 3" >&2
  exit 2
fi
[ -d "$SERVER_HA" ] || { echo "no cluster server at $SERVER_HA (mvn package -Pcluster, or SERVER_HA=…)" >&2; exit 2; }
[ -f "$EAR" ] || { echo "no EAR at $EAR (EAR=…)" >&2; exit 2; }
command -v socat >/dev/null || { echo "socat is needed (HAProxy's admin socket)" >&2; exit 2; }

mkdir -p "$RESULTS"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$RESULTS/run.log" >&2; }
now() { date +%s.%3N; }
sleep_until() { sleep "$(python3 -c 'import sys, time; print(max(0.0, float(sys.argv[1]) - time.time()))' "$1")"; }
minus() { python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) - float(sys.argv[2])))' "$1" "$2"; }

# --- State of the run, for the cleanup ---------------------------------------------------------
DB=""
PHASE_NODES=0
PHASE_DIR=""
HALOG=/dev/null
SINK_PID=""
GATLING_PID=""
WATCHERS_PID=""
PG_STOPPED=0
DATABASES=()
FAILED=0
SUMMARY_WRITTEN=0

cl() {
  NODES=$PHASE_NODES DB=$DB PORT_BASE=$PORT_BASE BALANCER_PORT=$BALANCER_PORT WORK=$WORK \
    SERVER_HA=$SERVER_HA EAR=$EAR NODE_HEAP=$NODE_HEAP NODE_MAXCONN=$NODE_MAXCONN CHECK_TIMEOUT=$CHECK_TIMEOUT \
    MARK_DOWN_ON_ERROR=$MARK_DOWN_ON_ERROR \
    NODE_SMTP_HOST=127.0.0.1 NODE_SMTP_PORT=$SMTP_SINK_PORT HAPROXY_LOG=$HALOG \
    COLLOQUIUM_CLUSTER_FD_TIMEOUT=${COLLOQUIUM_CLUSTER_FD_TIMEOUT:-10000} \
    COLLOQUIUM_CLUSTER_FD_INTERVAL=${COLLOQUIUM_CLUSTER_FD_INTERVAL:-2000} \
    "$BENCH_DIR/cluster.sh" "$@"
}
sql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$DB" "$@"; }
node_port() { echo $((8080 + PORT_BASE + 100 * $1)); }
hactl() { echo "$1" | socat - "unix-connect:$WORK/haproxy.sock"; }
stat_of() { # node, column of `show stat` (5 requests in flight, 18 status)
  hactl "show stat" 2>/dev/null | awk -F, -v n="node$1" -v c="$2" '$1 == "nodes" && $2 == n {print $c}'
}

stop_gatling() {
  if [ -n "$GATLING_PID" ]; then kill -TERM -- "-$GATLING_PID" 2>/dev/null || true; GATLING_PID=""; fi
}
stop_watchers() {
  [ -n "$WATCHERS_PID" ] || return 0
  touch "$PHASE_DIR/stop-watchers"
  for _ in $(seq 1 40); do kill -0 "$WATCHERS_PID" 2>/dev/null || break; sleep 0.5; done
  kill -TERM -- "-$WATCHERS_PID" 2>/dev/null || true
  WATCHERS_PID=""
}
save_node_logs() {
  local k
  for k in $(seq 1 "$PHASE_NODES"); do
    [ -f "$WORK/node$k/standalone/log/server.log" ] \
      && cat "$WORK"/node"$k"/standalone/log/server.log* >"$PHASE_DIR/node$k-server.log" 2>/dev/null || true
  done
}

cleanup() {
  local status=$?
  set +e
  stop_gatling
  stop_watchers
  [ -n "${SCENARIO_DIR:-}" ] && touch "$SCENARIO_DIR/stop-polls"
  if [ "$PG_STOPPED" = 1 ]; then
    log "starting PostgreSQL again"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  fi
  if [ "$PHASE_NODES" -gt 0 ]; then
    save_node_logs
    log "stopping the nodes and HAProxy"
    cl stop
  fi
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null
  for db in "${DATABASES[@]}"; do
    if [ "${KEEP_DB:-}" = 1 ]; then
      log "keeping database $db (KEEP_DB=1)"
    else
      dropdb --if-exists "$db" 2>/dev/null
    fi
  done
  [ "${KEEP_WORK:-}" = 1 ] || rm -rf "$WORK"
  if [ "$SUMMARY_WRITTEN" = 0 ] && [ -d "$RESULTS" ]; then
    write_summary
    log "stopped early (status $status): what was measured is in $RESULTS/summary.md"
    grep -q '^FAIL' "$RESULTS"/*/s*/checks.txt 2>/dev/null && FAILED=1
  fi
  if [ "$status" = 0 ] && [ "$FAILED" = 1 ]; then status=1; fi
  exit "$status"
}
trap cleanup EXIT
# Which signal ended a run, and who was around, for the record.
on_signal() {
  log "received SIG$1; stopping"
  ps -eo pid,ppid,pgid,sid,etime,args --forest >"$RESULTS/processes-at-SIG$1.txt" 2>/dev/null || true
  exit "$2"
}
if [ "${IGNORE_SIGINT:-}" = 1 ]; then
  # A run left on its own (nohup, no terminal) on a shared machine: a stray SIGINT is noted and
  # the run goes on; SIGTERM still stops it (and cleans up).
  trap 'log "received SIGINT; ignored (IGNORE_SIGINT=1)"; ps -eo pid,ppid,pgid,sid,etime,args --forest >"$RESULTS/processes-at-SIGINT-$(date +%H%M%S).txt" 2>/dev/null || true' INT
else
  trap 'on_signal INT 130' INT
fi
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

# --- Before anything: ports, other servers, PostgreSQL ----------------------------------------
ports="$BALANCER_PORT $SMTP_SINK_PORT"
for k in $(seq 1 "$NODES"); do
  ports="$ports $(node_port "$k") $((7600 + PORT_BASE + 100 * k)) $((9990 + PORT_BASE + 100 * k))"
done
for p in $ports; do
  if ss -ltn | awk '{print $4}' | grep -qE "[:.]$p\$"; then
    echo "port $p is taken (PORT_BASE, BALANCER_PORT, SMTP_SINK_PORT)" >&2
    exit 2
  fi
done
OTHERS_AT_START=$(pgrep -f 'jboss-modules.jar' | wc -l || true)
if [ "$OTHERS_AT_START" -gt 0 ]; then
  log "WARNING: $OTHERS_AT_START other WildFly server(s) running on this machine; the figures will suffer"
fi
PG_VERSION="" PG_CLUSTER=""
if command -v pg_lsclusters >/dev/null; then
  read -r PG_VERSION PG_CLUSTER < <(pg_lsclusters --no-header | awk -v p="$PGPORT" '$3 == p {print $1, $2; exit}') || true
fi
if [[ " $SCENARIOS " == *" 3 "* ]] && { [ -z "$PG_VERSION" ] || [ "$PGHOST" != 127.0.0.1 ]; }; then
  echo "scenario 3 restarts PostgreSQL with pg_ctlcluster: no local cluster on port $PGPORT" >&2
  exit 2
fi
mkdir -p "$WORK"
log "results in $RESULTS"

# The SMTP sink, for the whole run: one line per mail it accepts.
python3 "$BENCH_DIR/smtp-sink.py" "$SMTP_SINK_PORT" "$RESULTS/smtp-deliveries.tsv" &
SINK_PID=$!
for _ in $(seq 1 20); do ss -ltn | grep -q ":$SMTP_SINK_PORT " && break; sleep 0.2; done

# --- Checks ----------------------------------------------------------------------------------------
FIG=/dev/null
CHECKS=/dev/null
fig() { echo "$1=$2" >>"$FIG"; }
figs() { sed "s/^/$1./" >>"$FIG"; }
get() { sed -n "s/^$(printf '%s' "$2" | sed 's/[.[\*^$]/\\&/g')=//p" "$1" | tail -n 1; }
verdict() { # PASS|FAIL|INFO, text
  echo "$1 $2" | tee -a "$CHECKS" >&2
  [ "$1" = FAIL ] && FAILED=1
  return 0
}
# check KIND NAME EXPECTED ACTUAL: KIND all (must hold on one node too) or cluster (asked of the
# cluster; on the reference only reported, as INFO).
check() {
  local what="$2: $4" verdict=PASS
  [ "$3" = "$4" ] || { verdict=FAIL; what="$2: expected $3, found $4"; }
  if [ "$1" = cluster ] && [ "$PHASE_NODES" = 1 ]; then
    verdict=INFO
    what="$2: $4 (asked of the cluster: $3)"
  fi
  verdict "$verdict" "$what"
}
# check_below KIND NAME LIMIT ACTUAL: ACTUAL < LIMIT ("-" counts as 0: nothing to measure)
check_below() {
  local ok
  ok=$(python3 -c 'import sys; a = sys.argv[1]; print(1 if (a in ("-", "") or float(a) < float(sys.argv[2])) else 0)' "$4" "$3")
  local verdict=PASS what="$2: $4 (under $3)"
  [ "$ok" = 1 ] || { verdict=FAIL; what="$2: $4, not under $3"; }
  if [ "$1" = cluster ] && [ "$PHASE_NODES" = 1 ]; then verdict=INFO; what="$2: $4 (asked of the cluster: under $3)"; fi
  verdict "$verdict" "$what"
}

# The outbox sends everything (a mail claimed by a node that died waits for its lease), and every
# row's Message-ID reached the sink.
mail_checks() {
  local deadline=$((SECONDS + MAIL_WAIT)) left
  while :; do
    left=$(sql -c "select count(*) from mail_outbox where state <> 'SENT'")
    [ "$left" = 0 ] || [ $SECONDS -ge $deadline ] && break
    sleep 5
  done
  # This scenario's mails (the deliveries file is the whole run's).
  sql -c "select message_id from mail_outbox where state = 'SENT' and created_at >= to_timestamp($SCENARIO_T0)" \
    >"$SCENARIO_DIR/sent-message-ids.txt"
  python3 "$REPORT" mails "$RESULTS/smtp-deliveries.tsv" "$SCENARIO_DIR/sent-message-ids.txt" | figs mail
  check all "every mail of the outbox sent (within ${MAIL_WAIT}s)" 0 "$left"
  [ "$left" = 0 ] || verdict INFO "outbox not sent: $(sql -c "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from mail_outbox where state <> 'SENT' group by state) x")"
  check all "every Message-ID of the scenario's mails reached the SMTP server" 0 "$(get "$FIG" mail.missing)"
  verdict INFO "deliveries of a Message-ID already delivered (at least once: a node killed between the SMTP server's acceptance and its record): $(get "$FIG" mail.delivered_again)"
}

# A rush's cohort against the database: what the authors were told against what is stored.
rush_checks() { # dir, first account id, authors
  local dir=$1 base=$2 authors=$3
  local cohort="s.event_id = $EVENT_ID and s.submitter_id between $((base + 1)) and $((base + authors))"
  local accepted created gave_up in_db pdf_bytes
  accepted=$(get "$dir/counts.properties" submitted); accepted=${accepted:-0}
  created=$(get "$dir/counts.properties" created); created=${created:-0}
  gave_up=$(get "$dir/counts.properties" gaveUp); gave_up=${gave_up:-?}
  pdf_bytes=$(get "$dir/counts.properties" pdfBytes); pdf_bytes=${pdf_bytes:-0}
  in_db=$(sql -c "select count(*) from submission s where $cohort and s.state = 'SUBMITTED'")
  fig authors "$authors"
  fig handed_in_answered "$accepted"
  fig handed_in_stored "$in_db"
  fig gave_up "$gave_up"
  fig tries_again "$(get "$dir/counts.properties" triesAgain)"
  check cluster "every author handed in (retrying a failed request up to $RETRIES times)" "$authors" "$accepted"
  local lost=0
  if [ -s "$dir/accepted-ids.txt" ]; then
    lost=$((accepted - $(sql -c "select count(*) from submission s where s.id in ($(paste -sd, "$dir/accepted-ids.txt")) and s.state = 'SUBMITTED'")))
  fi
  fig lost "$lost"
  check all "submissions lost (answered 200 to the submit, not SUBMITTED in the database)" 0 "$lost"
  [ "$in_db" = "$accepted" ] || verdict INFO "handed in although the author was not told so (the node died after the commit, then the author gave up): $((in_db - accepted))"
  local duplicated
  duplicated=$(sql -c "select count(*) from (select s.submitter_id from submission s where $cohort group by s.submitter_id having count(*) > 1) twice")
  fig duplicated "$duplicated"
  check all "authors with more than one submission (duplicates)" 0 "$duplicated"
  local numbers
  numbers=$(sql -c "select case when count(*) = 0 then 'none'
                          when min(number) = 1 and max(number) = count(*) and count(distinct number) = count(*) then 'ok'
                          else 'min ' || min(number) || ' max ' || max(number) || ' count ' || count(*) || ' distinct ' || count(distinct number) end
                   from submission where event_id = $EVENT_ID")
  fig numbers "$numbers"
  check all "numbers of the event 1..n without gaps or duplicates" ok "$numbers"
  check all "handed-in submissions with their whole file (stored_file, $pdf_bytes bytes)" "$in_db" \
    "$(sql -c "select count(*) from submission s join stored_file f on f.sha256 = s.file_sha256
               where $cohort and s.state = 'SUBMITTED' and s.file_size = $pdf_bytes and octet_length(f.content) = f.size_bytes")"
  check all "stored files whose content is not their recorded size (half-written)" 0 \
    "$(sql -c "select count(*) from stored_file where octet_length(content) <> size_bytes")"
  local mails twice
  mails=$(sql -c "select count(*) from mail_outbox o where o.template = 'submission-received'
                  and o.recipient_email in (select a.email from submission s join account a on a.id = s.submitter_id where $cohort and s.state = 'SUBMITTED')")
  twice=$(sql -c "select count(*) from (select o.recipient_email from mail_outbox o join account a on a.email = o.recipient_email
                  where o.template = 'submission-received' and a.id between $((base + 1)) and $((base + authors))
                  group by o.recipient_email having count(*) > 1) t")
  fig confirmation_mails "$mails"
  check all "one submission-received mail in the outbox per handed-in submission" "$in_db" "$mails"
  check all "authors with two submission-received mails" 0 "$twice"
  local drafts
  drafts=$(sql -c "select count(*) from submission s where $cohort and s.state = 'DRAFT'")
  fig drafts_left "$drafts"
  check cluster "drafts left (an author who gave up after creating)" 0 "$drafts"
  verdict INFO "co-authors with two notices: $(sql -c "select count(*) from (select recipient_email from mail_outbox where template = 'submission-coauthor' group by recipient_email having count(*) > 1) t")"
}

# The failed requests at the balancer, and the signed-in people, from FROM to TO around FAULT.
traffic_figures() { # from, to, fault, node (whose sessions to follow)
  python3 "$REPORT" requests "$HALOG" "$1" "$2" "$3" | figs requests
  python3 "$REPORT" sessions "$SCENARIO_DIR/sessions.tsv" "$1" "$2" "$3" "node$4" | figs sessions
  fig sessions.people_asked "$WATCHERS"
}
session_checks() {
  check all "signed-in people who signed in before the fault" "$WATCHERS" \
    "$(awk -F'\t' -v f="$1" '$4 == "sign-in" && $6 == "ok" && $1 < f {print $3}' "$SCENARIO_DIR/sessions.tsv" | sort -u | wc -l)"
  check cluster "signed-in people sent to sign in again (session lost)" 0 "$(get "$FIG" sessions.signed_out)"
}

# --- Load ----------------------------------------------------------------------------------------
gatling_start() { # results folder, log, -D options
  local out=$1 logfile=$2
  shift 2
  mkdir -p "$out"
  (cd "$ROOT" && exec setsid timeout 600 mvn -B -o -Pbench -pl colloquium-bench test-compile gatling:test \
    -Dbench.baseUrl="$BASE_URL" -Dbench.slug="$SLUG" -Dbench.out="$out" "$@" >"$logfile" 2>&1) &
  GATLING_PID=$!
}
gatling_wait() {
  local status=0
  wait "$GATLING_PID" || status=$?
  GATLING_PID=""
  [ "$status" = 0 ] || log "Gatling ended with $status (its assertions allow no failed request; see its log)"
}
rush_start() { # dir, tokens, authors, seconds
  gatling_start "$1" "$1/gatling.log" -Dbench.tokens="$2" -Dbench.authors="$3" -Dbench.maxAuthors="$3" \
    -Dbench.rampSeconds="$4" -Dbench.visitorsPerSecond="$VISITORS_PER_SECOND" -Dbench.thinkSeconds=1 \
    -Dbench.retries="$RETRIES" -Dbench.retryPauseMillis="$RETRY_PAUSE_MS" \
    ${TRACK_ID:+-Dbench.trackId=$TRACK_ID} ${TYPE_ID:+-Dbench.typeId=$TYPE_ID}
}
watchers_start() {
  rm -f "$PHASE_DIR/stop-watchers"
  setsid python3 "$BENCH_DIR/signed-in-sessions.py" "$BASE_URL" "$PHASE_DIR/watchers.csv" \
    "$SCENARIO_DIR/sessions.tsv" 900 "$PHASE_DIR/stop-watchers" 1 150 &
  WATCHERS_PID=$!
}
# The time (epoch) of the first request of the load in HAProxy's log after OFFSET bytes.
load_started() { # pattern, offset
  local deadline=$((SECONDS + 180)) t
  while [ $SECONDS -lt $deadline ]; do
    t=$(tail -c +$(($2 + 1)) "$HALOG" | awk -v pat="$1" '$0 ~ pat { for (i = 1; i <= NF; i++) if ($i == "req") { print $(i + 1); exit } }')
    if [ -n "$t" ]; then echo "$t"; return 0; fi
    if [ -n "$GATLING_PID" ] && ! kill -0 "$GATLING_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  return 1
}
wait_all_up() {
  local k deadline=$((SECONDS + 240))
  for k in $(seq 1 "$PHASE_NODES"); do
    until [ "$(stat_of "$k" 18)" = UP ]; do
      [ $SECONDS -lt $deadline ] || { log "node$k is not UP at the balancer"; return 1; }
      sleep 1
    done
  done
}

# --- The scenarios ---------------------------------------------------------------------------------
VICTIM=1 # the node the faults hit: the last one
begin_scenario() { # number, title
  SCENARIO_DIR="$PHASE_DIR/s$1"
  mkdir -p "$SCENARIO_DIR"
  FIG="$SCENARIO_DIR/figures.properties"
  CHECKS="$SCENARIO_DIR/checks.txt"
  : >"$FIG"
  : >"$CHECKS"
  fig title "$2"
  FAULT_AT=""
  SCENARIO_T0=$(now)
  log "[$PHASE_LABEL] scenario $1: $2"
  wait_all_up
  fig other_wildfly_servers "$(($(pgrep -f 'jboss-modules.jar' | wc -l) - PHASE_NODES))"
  fig load_average "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# A rush with a fault in its middle: FAULT_FN is called with the time the load started and sets
# FAULT_AT (epoch) and its own figures.
rush_with_fault() { # scenario, seconds, cohort base, tokens, fault function, fault description
  local s=$1 seconds=$2 base=$3 tokens=$4 fault_fn=$5
  local authors=$((RUSH_RATE * seconds)) offset t0 started t_end
  watchers_start
  offset=$(stat -c %s "$HALOG")
  t0=$(now)
  rush_start "$SCENARIO_DIR" "$tokens" "$authors" "$seconds"
  started=$(load_started "GET /events/$SLUG/cfp" "$offset") || { verdict FAIL "the rush did not start (see gatling.log)"; gatling_wait; stop_watchers; return 0; }
  fig load_started "$started"
  FAULT_AT=""
  "$fault_fn" "$started"
  gatling_wait
  sleep 2
  stop_watchers
  t_end=$(now)
  fig fault_at "$FAULT_AT"
  fig rush_seconds "$(minus "$t_end" "$started")"
  traffic_figures "$t0" "$t_end" "$FAULT_AT" "$VICTIM"
  rush_checks "$SCENARIO_DIR" "$base" "$authors"
}

fault_kill() { # load start
  local pid
  pid=$(cl pid "$VICTIM")
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$1" "$KILL_AT")"
  kill -9 "$pid"
  FAULT_AT=$(now)
  fig in_flight_at_fault "$(stat_of "$VICTIM" 5)"
  log "node$VICTIM killed (kill -9 $pid)"
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$FAULT_AT" "$RESTART_AFTER")"
  RESTART_AT=$(now)
  fig restart_after "$(minus "$RESTART_AT" "$FAULT_AT")"
  cl restart "$VICTIM" 2>>"$RESULTS/run.log"
  fig node_deployed_again_after "$(minus "$(now)" "$FAULT_AT")"
}

scenario_1() {
  begin_scenario 1 "deadline rush, kill -9 of node$VICTIM at its peak, restarted ${RESTART_AFTER}s later"
  RESTART_AT=""
  rush_with_fault 1 "$RUSH1_SECONDS" 941000000 "$PHASE_DIR/tokens-1.csv" fault_kill
  [ -n "$FAULT_AT" ] || return 0
  python3 "$REPORT" health "$HALOG" "$FAULT_AT" "node$VICTIM" | figs balancer
  if [ "$PHASE_NODES" -gt 1 ]; then
    python3 "$REPORT" view "$WORK/node1/standalone/log/server.log" "$FAULT_AT" "node$VICTIM" | figs cluster
  fi
  # The failures until the node came back, and those after (its return).
  python3 "$REPORT" requests "$HALOG" "$FAULT_AT" "$RESTART_AT" "$FAULT_AT" | figs killed
  python3 "$REPORT" requests "$HALOG" "$RESTART_AT" "$(now)" "$RESTART_AT" | figs back
  check_below cluster "failover: seconds from the kill to the end of the last failed request" 5 \
    "$(get "$FIG" killed.last_failure_end_after_fault)"
  verdict INFO "requests that failed: $(get "$FIG" requests.failed) of $(get "$FIG" requests.requests) ($(get "$FIG" requests.failed_kinds)); the balancer retried $(get "$FIG" requests.retried_by_balancer) elsewhere"
  session_checks "$FAULT_AT"
  mail_checks
}

scenario_2() {
  begin_scenario 2 "registration race: $RACE_PEOPLE people for $RACE_PLACES places, node$VICTIM killed at its peak"
  local held waiting capacity offset t0 started t_end
  held=$(sql -c "select taken from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
  waiting=$(sql -c "select waiting from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
  capacity=$((held + RACE_PLACES))
  sql -c "update registration_quota set capacity = $capacity where event_id = $EVENT_ID and mode = 'IN_PERSON'"
  fig places "$RACE_PLACES"
  fig held_before "$held"
  [ "$waiting" = 0 ] || verdict INFO "people already waiting before the race: $waiting (they come first)"
  watchers_start
  offset=$(stat -c %s "$HALOG")
  t0=$(now)
  gatling_start "$SCENARIO_DIR" "$SCENARIO_DIR/gatling.log" \
    -Dbench.simulation=org.colloquium.bench.RegistrationRushSimulation \
    -Dbench.tokens="$PHASE_DIR/tokens-2.csv" -Dbench.people="$RACE_PEOPLE" -Dbench.rampSeconds="$RACE_RAMP" \
    -Dbench.mode=IN_PERSON -Dbench.retries="$RETRIES" -Dbench.retryPauseMillis="$RETRY_PAUSE_MS"
  started=$(load_started "POST /api/v1/events/$SLUG/registrations" "$offset") || { verdict FAIL "the race did not start"; gatling_wait; stop_watchers; return 0; }
  local pid
  pid=$(cl pid "$VICTIM")
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$started" "$RACE_KILL_AT")"
  kill -9 "$pid"
  FAULT_AT=$(now)
  fig fault_at "$FAULT_AT"
  fig in_flight_at_fault "$(stat_of "$VICTIM" 5)"
  fig queued_at_balancer_at_fault "$(hactl "show stat" 2>/dev/null | awk -F, '$1 == "nodes" && $2 == "BACKEND" {print $3}')"
  log "node$VICTIM killed (kill -9 $pid)"
  gatling_wait
  sleep 2
  stop_watchers
  t_end=$(now)
  fig race_seconds "$(minus "$t_end" "$started")"
  traffic_figures "$t0" "$t_end" "$FAULT_AT" "$VICTIM"
  python3 "$REPORT" health "$HALOG" "$FAULT_AT" "node$VICTIM" | figs balancer
  local cohort="r.event_id = $EVENT_ID and r.account_id between 942000001 and $((942000000 + RACE_PEOPLE))"
  local confirmed waitlisted rows people held_all taken queued mails twice
  confirmed=$(sql -c "select count(*) from registration r where $cohort and r.mode = 'IN_PERSON' and r.state in ('CONFIRMED', 'OFFERED')")
  waitlisted=$(sql -c "select count(*) from registration r where $cohort and r.state = 'WAITLISTED'")
  rows=$(sql -c "select count(*) from registration r where $cohort")
  people=$(sql -c "select count(distinct r.account_id) from registration r where $cohort")
  held_all=$(sql -c "select count(*) from registration r where r.event_id = $EVENT_ID and r.mode = 'IN_PERSON' and r.state in ('CONFIRMED', 'OFFERED')")
  taken=$(sql -c "select taken from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
  queued=$(sql -c "select waiting from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
  mails=$(sql -c "select count(*) from mail_outbox where template in ('registration-confirmed', 'registration-waitlisted') and recipient_email like 'race%@bench.example'")
  twice=$(sql -c "select count(*) from (select recipient_email from mail_outbox where recipient_email like 'race%@bench.example' group by recipient_email having count(*) > 1) t")
  fig confirmed "$confirmed"
  fig waitlisted "$waitlisted"
  fig registered "$rows"
  fig answered "$(get "$SCENARIO_DIR/counts.properties" registered)"
  fig answered_already_registered "$(get "$SCENARIO_DIR/counts.properties" state.ALREADY_REGISTERED)"
  fig tries_again "$(get "$SCENARIO_DIR/counts.properties" triesAgain)"
  fig oversold "$((held_all > capacity ? held_all - capacity : 0))"
  check cluster "places confirmed to the racers" "$RACE_PLACES" "$confirmed"
  check all "never oversold (places held in person beyond the capacity)" 0 "$(get "$FIG" oversold)"
  check cluster "every racer registered (retrying a failed request up to $RETRIES times)" "$RACE_PEOPLE" "$rows"
  check all "racers registered once (rows = people)" "$people" "$rows"
  check all "the rest waitlisted (registered - confirmed)" "$((rows - confirmed))" "$waitlisted"
  check all "the counter of places held agrees with the rows" "$held_all" "$taken"
  check all "the counter of the waiting list agrees with the rows" \
    "$(sql -c "select count(*) from registration where event_id = $EVENT_ID and mode = 'IN_PERSON' and state = 'WAITLISTED'")" "$queued"
  check all "one confirmation or waiting-list mail per registration" "$rows" "$mails"
  check all "racers with two mails" 0 "$twice"
  session_checks "$FAULT_AT"
  log "restarting node$VICTIM"
  cl restart "$VICTIM" 2>>"$RESULTS/run.log"
  mail_checks
}

fault_pg() { # load start
  # PostgreSQL and each node's /health (directly, not through the balancer) watched from now on
  # (a Python started on two busy cores may take seconds to make its first sample).
  local stop="$SCENARIO_DIR/stop-polls" poller k targets=()
  rm -f "$stop"
  for k in $(seq 1 "$PHASE_NODES"); do targets+=("http://127.0.0.1:$(node_port "$k")/health"); done
  # poll-0.txt: PostgreSQL; poll-K.txt: node K.
  python3 "$BENCH_DIR/availability-poll.py" "$stop" "$SCENARIO_DIR/poll" "pg:$PGHOST:$PGPORT:$PGUSER" "${targets[@]}" &
  poller=$!
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$1" "$PG_AT")"
  FAULT_AT=$(now)
  PG_STOPPED=1
  if [ "$PG_DOWN_SECONDS" -gt 0 ]; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
    sleep "$PG_DOWN_SECONDS"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  else
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
  fi
  PG_STOPPED=0
  fig postgresql_command_seconds "$(minus "$(now)" "$FAULT_AT")"
  # Until every node answers its /health again by itself (at most 120 s).
  local deadline=$((SECONDS + 120)) all
  while [ $SECONDS -lt $deadline ]; do
    sleep 2
    all=1
    for k in $(seq 1 "$PHASE_NODES"); do
      [ "$(tail -n 1 "$SCENARIO_DIR/poll-$k.txt" 2>/dev/null | cut -d' ' -f2)" = 1 ] || all=0
    done
    [ "$all" = 1 ] && break
  done
  sleep 3
  touch "$stop"
  wait "$poller" 2>/dev/null || true
  python3 "$REPORT" outage "$SCENARIO_DIR/poll-0.txt" "$FAULT_AT" | figs postgresql
  local pg_back
  pg_back=$(get "$FIG" postgresql.back_at)
  for k in $(seq 1 "$PHASE_NODES"); do
    python3 "$REPORT" outage "$SCENARIO_DIR/poll-$k.txt" "$FAULT_AT" "$pg_back" | figs "node$k"
    check all "node$k answers /health again by itself (within 120 s)" yes \
      "$( [ "$(tail -n 1 "$SCENARIO_DIR/poll-$k.txt" | cut -d' ' -f2)" = 1 ] && echo yes || echo no)"
  done
}

scenario_3() {
  begin_scenario 3 "PostgreSQL restarted during a rush"
  rush_with_fault 3 "$RUSH3_SECONDS" 943000000 "$PHASE_DIR/tokens-3.csv" fault_pg
  [ -n "$FAULT_AT" ] || return 0
  verdict INFO "requests that failed: $(get "$FIG" requests.failed) of $(get "$FIG" requests.requests) ($(get "$FIG" requests.failed_kinds)), the last ending $(get "$FIG" requests.last_failure_end_after_fault) s after PostgreSQL went down"
  session_checks "$FAULT_AT"
  check all "submissions of the benchmark's authors handed in without their file (half-written)" 0 \
    "$(sql -c "select count(*) from submission where state = 'SUBMITTED' and (file_sha256 is null or file_size is null)
               and submitter_id between 940000001 and 949999999")"
  mail_checks
}

roll_node() { # node
  local k=$1 t deployments marker deadline
  t=$(now)
  hactl "set server nodes/node$k state drain" >/dev/null
  sleep 2
  hactl "set server nodes/node$k state maint" >/dev/null
  deadline=$((SECONDS + 60))
  until [ "$(stat_of "$k" 5)" = 0 ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
  fig "node${k}_drained_seconds" "$(minus "$(now)" "$t")"
  # The new version: the EAR replaced in the deployments folder (the same file counts as a new
  # version for the mechanics), the scanner told to deploy it again.
  deployments="$WORK/node$k/standalone/deployments"
  marker=$(date +%s)
  cp "$EAR" "$deployments/.colloquium.ear.new"
  mv -f "$deployments/.colloquium.ear.new" "$deployments/colloquium.ear"
  touch "$deployments/colloquium.ear.dodeploy"
  deadline=$((SECONDS + 300))
  until [ -f "$deployments/colloquium.ear.deployed" ] && [ "$(stat -c %Y "$deployments/colloquium.ear.deployed")" -ge "$marker" ] \
      && [ ! -f "$deployments/colloquium.ear.dodeploy" ] && [ ! -f "$deployments/colloquium.ear.isdeploying" ]; do
    if [ -f "$deployments/colloquium.ear.failed" ] || [ $SECONDS -ge $deadline ]; then
      verdict FAIL "node$k: the EAR did not deploy again"
      break
    fi
    sleep 1
  done
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$(node_port "$k")/health")" = 200 ] || [ $SECONDS -ge $deadline ]; do sleep 0.5; done
  fig "node${k}_redeployed_seconds" "$(minus "$(now)" "$t")"
  # Its first pages compiled before people come back to it.
  for _ in 1 2; do
    for page in / "/events/$SLUG" "/events/$SLUG/cfp" /sign-in; do
      curl -s -o /dev/null --max-time 10 "http://127.0.0.1:$(node_port "$k")$page" || true
    done
  done
  hactl "set server nodes/node$k state ready" >/dev/null
  deadline=$((SECONDS + 60))
  until [ "$(stat_of "$k" 18)" = UP ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
  fig "node${k}_back_at_balancer_seconds" "$(minus "$(now)" "$t")"
}

fault_roll() { # load start
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$1" "$ROLL_AT")"
  FAULT_AT=$(now)
  local k
  for k in $(seq 1 "$PHASE_NODES"); do
    log "redeploying node$k"
    roll_node "$k"
  done
  fig roll_seconds "$(minus "$(now)" "$FAULT_AT")"
  if [ -n "$GATLING_PID" ] && ! kill -0 "$GATLING_PID" 2>/dev/null; then
    verdict INFO "the rush had ended before the last node was back (RUSH4_SECONDS)"
  fi
}

scenario_4() {
  begin_scenario 4 "rolling redeploy of the EAR, node by node, under a rush"
  rush_with_fault 4 "$RUSH4_SECONDS" 944000000 "$PHASE_DIR/tokens-4.csv" fault_roll
  [ -n "$FAULT_AT" ] || return 0
  check cluster "failed requests during the rush and the redeploy" 0 "$(get "$FIG" requests.failed)"
  [ "$(get "$FIG" requests.failed)" = 0 ] || verdict INFO "failed: $(get "$FIG" requests.failed_kinds); $(get "$FIG" requests.failed_paths)"
  session_checks "$FAULT_AT"
  mail_checks
}

fault_freeze() { # load start
  local pid
  pid=$(cl pid "$VICTIM")
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$1" "$FREEZE_AT")"
  kill -STOP "$pid"
  FAULT_AT=$(now)
  fig in_flight_at_fault "$(stat_of "$VICTIM" 5)"
  log "node$VICTIM frozen (kill -STOP $pid)"
  sleep_until "$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$FAULT_AT" "$FREEZE_SECONDS")"
  kill -CONT "$pid"
  THAW_AT=$(now)
  log "node$VICTIM thawed"
  fig thawed_after "$(minus "$THAW_AT" "$FAULT_AT")"
  local deadline=$((SECONDS + 90))
  until [ "$(stat_of "$VICTIM" 18)" = UP ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
  fig back_at_balancer_after_thaw "$(minus "$(now)" "$THAW_AT")"
}

scenario_5() {
  begin_scenario 5 "node$VICTIM frozen (SIGSTOP) for ${FREEZE_SECONDS}s during a rush, then thawed"
  THAW_AT=""
  rush_with_fault 5 "$RUSH5_SECONDS" 945000000 "$PHASE_DIR/tokens-5.csv" fault_freeze
  [ -n "$FAULT_AT" ] || return 0
  python3 "$REPORT" health "$HALOG" "$FAULT_AT" "node$VICTIM" | figs balancer
  if [ "$PHASE_NODES" -gt 1 ]; then
    python3 "$REPORT" view "$WORK/node1/standalone/log/server.log" "$FAULT_AT" "node$VICTIM" | figs cluster
  fi
  python3 "$REPORT" requests "$HALOG" "$FAULT_AT" "$THAW_AT" "$FAULT_AT" | figs frozen
  verdict INFO "balancer took node$VICTIM out $(get "$FIG" balancer.balancer_down_after) s after the freeze;$( [ "$PHASE_NODES" -gt 1 ] && echo " the cluster view dropped it after $(get "$FIG" cluster.view_dropped_after) s;") longest request $(get "$FIG" requests.longest_ms) ms; failed $(get "$FIG" requests.failed) ($(get "$FIG" requests.failed_kinds))"
  session_checks "$FAULT_AT"
  mail_checks
}

# --- A phase: the cluster, or the reference on one node --------------------------------------------
seed() {
  EVENT_ID=$(sql -c "select id from event where slug = '$SLUG'")
  [ -n "$EVENT_ID" ] || { echo "no event $SLUG in the database" >&2; exit 1; }
  TRACK_ID=$(sql -c "select id from track where event_id = $EVENT_ID order by position, id limit 1")
  TYPE_ID=$(sql -c "select id from presentation_type where event_id = $EVENT_ID order by position, id limit 1")
  # Authors and attendees with API tokens, as the single-node benchmarks seed them ("clq_" + 32
  # random bytes; the database keeps the SHA-256 of the text); a cohort per scenario, its ids and
  # its numbers (n, which names the PDF, the Idempotency-Key and the co-authors) its own. The
  # signed-in people get the demo accounts' password hash (every demo account has the same
  # password) and sign in through the form.
  python3 - "$PHASE_DIR" "$RUSH_RATE" "$WARMUP_SECONDS" "$RUSH1_SECONDS" "$RACE_PEOPLE" "$RUSH3_SECONDS" \
    "$RUSH4_SECONDS" "$RUSH5_SECONDS" "$WATCHERS" <<'PY'
import base64, hashlib, os, secrets, sys
out, rate = sys.argv[1], int(sys.argv[2])
warm, s1, race, s3, s4, s5, watchers = (int(a) for a in sys.argv[3:10])
first = ["Ana", "Mihai", "Олена", "Ștefan", "Ioana", "Дмитро", "Radu", "Țicu", "Maria", "Андрій"]
last = ["Popescu", "Коваленко", "Mărgărit", "Шевчук", "Ionescu", "Stănescu", "Бондар", "Dumitrașcu"]
sql = open(os.path.join(out, "seed.sql"), "w", encoding="utf-8")
sql.write("begin;\n")
def cohort(name, count, prefix, base, header=False):
    with open(os.path.join(out, name), "w", encoding="utf-8") as t:
        if header:
            t.write("n,email,name,token\n")
        for i in range(1, count + 1):
            n = base % 10000000 + i  # unique in the database: the PDF, the key, the co-authors
            secret = "clq_" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
            email = f"{prefix}{i:05d}@bench.example"
            full = f"{first[i % len(first)]} {last[i % len(last)]} {i:05d}"
            sql.write(
                "insert into account (id, version, email, password_hash, full_name, affiliation, country,"
                " preferred_language, platform_administrator, email_verified_at, created_at,"
                " credential_version) values"
                f" ({base + i}, 0, '{email}', 'none:bench-accounts-sign-in-with-tokens-only',"
                f" '{full}', 'Universitatea din București', 'RO', 'EN', false, now(), now(), 0);\n"
                "insert into api_token (id, account_id, name, secret_hash, created_at) values"
                f" ({base + i}, {base + i}, 'fault benchmark', '{digest}', now());\n")
            t.write(f"{n},{email},{full},{secret}\n")
cohort("tokens-0.csv", rate * warm, "warm", 940000000)
cohort("tokens-1.csv", rate * s1, "kill", 941000000)
cohort("tokens-2.csv", race, "race", 942000000, header=True)
cohort("tokens-3.csv", rate * s3, "pgrs", 943000000)
cohort("tokens-4.csv", rate * s4, "roll", 944000000)
cohort("tokens-5.csv", rate * s5, "frze", 945000000)
with open(os.path.join(out, "watchers.csv"), "w", encoding="utf-8") as w:
    for i in range(1, watchers + 1):
        email = f"signedin{i:03d}@bench.example"
        sql.write(
            "insert into account (id, version, email, password_hash, full_name, affiliation, country,"
            " preferred_language, platform_administrator, email_verified_at, created_at,"
            " credential_version) select"
            f" {949000000 + i}, 0, '{email}', password_hash, 'Signed-in author {i:03d}',"
            " 'Universitatea din București', 'RO', 'EN', false, now(), now(), 0"
            " from account where email = 'author@colloquium.example';\n")
        w.write(f"{email},Colloquium-Demo-2026\n")
sql.write("commit;\n")
PY
  sql -f "$PHASE_DIR/seed.sql"
}

run_phase() { # label, nodes
  PHASE_LABEL=$1
  PHASE_NODES=$2
  VICTIM=$2
  PHASE_DIR="$RESULTS/$1"
  DB="${DB_PREFIX}_${1//-/_}"
  DATABASES+=("$DB")
  HALOG="$PHASE_DIR/haproxy.log"
  mkdir -p "$PHASE_DIR"
  : >"$HALOG"
  log "[$PHASE_LABEL] starting $PHASE_NODES node(s) on database $DB (one after the other)"
  local t
  t=$(now)
  cl start 2>>"$RESULTS/run.log"
  echo "started_seconds=$(minus "$(now)" "$t")" >"$PHASE_DIR/phase.properties"
  wait_all_up
  seed
  log "[$PHASE_LABEL] seeded; event $EVENT_ID"
  if [ "$WARMUP_SECONDS" -gt 0 ]; then
    log "[$PHASE_LABEL] warming up: $((RUSH_RATE * WARMUP_SECONDS)) other authors over ${WARMUP_SECONDS}s"
    rush_start "$PHASE_DIR/warmup" "$PHASE_DIR/tokens-0.csv" "$((RUSH_RATE * WARMUP_SECONDS))" "$WARMUP_SECONDS"
    gatling_wait
    echo "warmup_submitted=$(get "$PHASE_DIR/warmup/counts.properties" submitted)" >>"$PHASE_DIR/phase.properties"
  fi
  local s
  for s in $SCENARIOS; do
    "scenario_$s"
  done
  echo "other_wildfly_servers_at_end=$(($(pgrep -f 'jboss-modules.jar' | wc -l) - PHASE_NODES))" >>"$PHASE_DIR/phase.properties"
  save_node_logs
  cl stop
  PHASE_NODES=0
  if [ "${KEEP_DB:-}" != 1 ]; then dropdb --if-exists "$DB"; fi
}

# --- Summary ---------------------------------------------------------------------------------------
write_summary() {
  SUMMARY_WRITTEN=1
  {
  echo "# Cluster faults $STAMP"
  echo
  echo "- command: \`SCENARIOS=\"$SCENARIOS\" NODES=$NODES REFERENCE=$REFERENCE RUSH_RATE=$RUSH_RATE RETRIES=$RETRIES RETRY_PAUSE_MS=$RETRY_PAUSE_MS WATCHERS=$WATCHERS colloquium-bench/run-cluster-faults.sh\` (other knobs at their defaults unless listed in run.log)"
  echo "- the cluster: $NODES nodes of the cluster server (server-ha: JGroups TCPPING, FD_ALL3 timeout ${COLLOQUIUM_CLUSTER_FD_TIMEOUT:-10000} ms / interval ${COLLOQUIUM_CLUSTER_FD_INTERVAL:-2000} ms, sessions distributed to 2 owners) behind HAProxy (sticky by JSESSIONID, /health every 1 s, out after 2 failures), maxconn ${NODE_MAXCONN:-none} per node (the rest queued at the balancer), health check timeout ${CHECK_TIMEOUT:-1s}$( [ "$MARK_DOWN_ON_ERROR" = 1 ] && echo ", a refused connection takes a node out at once"); one PostgreSQL database; heap $NODE_HEAP, DB_POOL_SIZE=${DB_POOL_SIZE:-30 (default)}"
  if [ "$REFERENCE" = 1 ]; then
    echo "- the reference (\"one node\"): the same script with one node of the same cluster server behind the same HAProxy, the same faults; PASS/FAIL there only for what must hold on one node too (nothing lost, duplicated, half-written or oversold), the rest INFO"
  fi
  echo "- load: authors arriving at $RUSH_RATE a second through the balancer (API tokens; each reads the call, creates a draft, uploads a 1 MB PDF, hands it in, reads it back; a failed request sent again up to $RETRIES times, $((RETRY_PAUSE_MS / 1000)) s apart), $VISITORS_PER_SECOND anonymous visitor(s) a second, $WATCHERS people signed in through the form reading /my every second"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(psql -X -At -d postgres -c 'show server_version'), $(haproxy -v | head -1 | cut -d' ' -f1-3); other WildFly servers running when it started: $OTHERS_AT_START"
  echo
  for s in $SCENARIOS; do
    python3 "$REPORT" table "$s" "$RESULTS/cluster/s$s/figures.properties" "$RESULTS/one-node/s$s/figures.properties" "$NODES"
    echo
    echo '```'
    sed 's/^/cluster:  /' "$RESULTS/cluster/s$s/checks.txt" 2>/dev/null || true
    [ "$REFERENCE" = 1 ] && sed 's/^/one node: /' "$RESULTS/one-node/s$s/checks.txt" 2>/dev/null || true
    echo '```'
    echo
  done
  echo "Phases: cluster: $(paste -sd' ' "$RESULTS/cluster/phase.properties" 2>/dev/null || true)"
  if [ "$REFERENCE" = 1 ]; then
    echo "one node: $(paste -sd' ' "$RESULTS/one-node/phase.properties" 2>/dev/null || true)"
  fi
  } >"$RESULTS/summary.md"
}
if [ "${CLUSTER:-1}" = 1 ]; then
  run_phase cluster "$NODES"
fi
if [ "$REFERENCE" = 1 ]; then
  run_phase one-node 1
fi
write_summary
cat "$RESULTS/summary.md"
if grep -q '^FAIL' "$RESULTS"/*/s*/checks.txt 2>/dev/null; then FAILED=1; fi
if [ "$FAILED" = 1 ]; then
  log "FAILED: see the FAIL lines in $RESULTS/summary.md"
  exit 1
fi
log "passed; $RESULTS/summary.md"
