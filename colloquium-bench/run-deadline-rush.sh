#!/usr/bin/env bash
# The deadline rush of issue 4, start to finish on this machine, bounded in time and count:
# builds the EAR, copies the provisioned server to a scratch folder, creates a fresh PostgreSQL
# database, starts WildFly on it (port offset 600: http 8680, management 10590; mail held in the
# outbox because no SMTP_HOST is given), seeds up to 200 authors with API tokens by SQL, warms
# the server up with a gentler run of other authors (a server in production has been taking
# submissions for weeks when the deadline comes; a fresh JVM spends a third of the rush compiling
# its own code), runs the measured Gatling simulation (authors + anonymous page views, at most
# 5 minutes), checks the database
# afterwards (PASS/FAIL lines), then stops the server and drops the database, also on failure.
#
# Usage, from anywhere:   colloquium-bench/run-deadline-rush.sh
# Knobs (environment):    AUTHORS=200 RAMP_SECONDS=90 VISITORS_PER_SECOND=2 THINK_SECONDS=1
#                         WARMUP_AUTHORS=200 WARMUP_SECONDS=60 (0 authors: measure a cold server)
#                         PORT_OFFSET=600 SKIP_BUILD=1 (reuse colloquium-ear/target) KEEP_DB=1
#                         PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres (PGPASSWORD if needed)
#                         SERVER_HEAP="-Xms1g -Xmx1g" (JBOSS_JAVA_SIZING; default -Xms64m -Xmx512m)
#                         THREAD_DUMPS=1 (where the request threads are, every 2 s, by SIGQUIT:
#                         a table in summary.md; it costs the server a little), JFR=1 (a Flight
#                         Recorder profile of the rush instead of thread dumps:
#                         rush.jfr in the results), or ASYNC_PROFILER=/path/libasyncProfiler.so
#                         (async-profiler, tools.profiler:async-profiler:4.1:jar:linux-x64 on Maven
#                         Central: CPU samples of the rush as rush.collapsed and rush-flame.html)
#                         ATTACK=1: then the same rush again by as many other authors while
#                         attackers work (issue 10): PDF_BOMBERS=5 authors upload the hostile PDFs
#                         of the kernel's corpus in a loop through the API, IMAGE_BOMBERS=5 sessions
#                         of the demo organiser upload its hostile images as a logo through the
#                         partners form, CROWD=20 anonymous visitors open the sign-in, sign-up, home
#                         and event pages as fast as they can; honest throughput compared with the
#                         first rush, heap and sessions before, during and after
#                         FLOOR=0 skips the floor: the same rows and 1 MB files written by a plain
#                         JDBC loop in the same transactions (JdbcFloor.java), after the rushes
# Needs: JDK 17, Maven, psql/createdb/dropdb, curl, python3 (token secrets, the summary table).
# Results: colloquium-bench/target/rush-<time>/ (summary.md; per rush rush/ and siege/ with the
# verification, counts and logs) and the Gatling
# report under colloquium-bench/target/gatling/. docs/performance.md says how to read them.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

AUTHORS=${AUTHORS:-200}
RAMP_SECONDS=${RAMP_SECONDS:-90}
VISITORS_PER_SECOND=${VISITORS_PER_SECOND:-2}
THINK_SECONDS=${THINK_SECONDS:-1}
WARMUP_AUTHORS=${WARMUP_AUTHORS:-200}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
PORT_OFFSET=${PORT_OFFSET:-600}
SLUG=${SLUG:-annual-conference-iii}
SERVER_HEAP=${SERVER_HEAP:-}
PDF_BOMBERS=${PDF_BOMBERS:-5}
IMAGE_BOMBERS=${IMAGE_BOMBERS:-5}
CROWD=${CROWD:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB="colloquium_bench_$$"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$BENCH_DIR/target/rush-$STAMP"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/colloquium-rush.XXXXXX")
SERVER="$SCRATCH/server"
SERVER_PID_FILE="$SCRATCH/server.pid"

if [ "$AUTHORS" -gt 200 ] || [ "$AUTHORS" -lt 1 ]; then
  echo "AUTHORS must be 1..200" >&2
  exit 2
fi
if [ "$WARMUP_AUTHORS" -gt 200 ] || [ "$WARMUP_AUTHORS" -lt 0 ]; then
  echo "WARMUP_AUTHORS must be 0..200" >&2
  exit 2
fi
if [ "$WARMUP_SECONDS" -gt 240 ] || [ "$WARMUP_SECONDS" -lt 1 ]; then
  echo "WARMUP_SECONDS must be 1..240" >&2
  exit 2
fi
if [ "$RAMP_SECONDS" -gt 240 ] || [ "$RAMP_SECONDS" -lt 1 ]; then
  echo "RAMP_SECONDS must be 1..240 (the whole run stays under 5 minutes)" >&2
  exit 2
fi

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$DB" "$@"; }

mkdir -p "$RESULTS"
log "results in $RESULTS"

cleanup() {
  local status=$?
  set +e
  if [ -f "$SERVER_PID_FILE" ]; then
    local pid
    pid=$(cat "$SERVER_PID_FILE")
    log "stopping the server (pid $pid)"
    "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" \
      --command=":shutdown" >/dev/null 2>&1
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -0 "$pid" 2>/dev/null && kill "$pid"
  fi
  [ -f "$SERVER/standalone/log/server.log" ] && cp "$SERVER/standalone/log/server.log" "$RESULTS/"
  if [ "${KEEP_DB:-}" = 1 ]; then
    log "keeping database $DB (KEEP_DB=1); drop it with: dropdb $DB"
  else
    log "dropping database $DB"
    dropdb --if-exists "$DB"
  fi
  rm -rf "$SCRATCH"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Two cores are shared: a rush next to someone's integration tests measures both.
others=$(pgrep -f 'jboss-modules.jar' | wc -l || true)
if [ "$others" -gt 0 ]; then
  log "WARNING: $others other WildFly server(s) running on this machine; the numbers will suffer"
fi
if ss -ltn | grep -qE "127\.0\.0\.1:($HTTP_PORT|$MANAGEMENT_PORT)\b"; then
  echo "port $HTTP_PORT or $MANAGEMENT_PORT is taken; set PORT_OFFSET" >&2
  exit 2
fi

# --- 1. The EAR and a private copy of the provisioned server ---------------------------------
if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "building the EAR (mvn package -DskipTests)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) >"$RESULTS/build.log" 2>&1 \
    || { tail -40 "$RESULTS/build.log"; echo "the build failed; see $RESULTS/build.log" >&2; exit 1; }
fi
. "$BENCH_DIR/bench-server.sh"
copy_server "$ROOT" "$SERVER"

# --- 2. A fresh database ---------------------------------------------------------------------
log "creating database $DB"
createdb "$DB"

# --- 3. The server -----------------------------------------------------------------------------
log "starting WildFly on $BASE_URL (management $MANAGEMENT_PORT)"
start_server
curl -fsS -o /dev/null "$BASE_URL/" || { echo "the home page does not answer" >&2; exit 1; }
log "deployed"

# --- 4. Authors and their API tokens, by SQL --------------------------------------------------
# The demo data are loaded at the first start; the event is there once the EAR is deployed.
EVENT_ID=$(sql -c "select id from event where slug = '$SLUG'")
[ -n "$EVENT_ID" ] || { echo "no event $SLUG in the database" >&2; exit 1; }
TRACK_ID=$(sql -c "select id from track where event_id = $EVENT_ID order by position, id limit 1")
TYPE_ID=$(sql -c "select id from presentation_type where event_id = $EVENT_ID order by position, id limit 1")

# A token is "clq_" + 32 random bytes in base64url; the database keeps the SHA-256 (hex) of that
# text, exactly as kernel ApiToken.hash does. Ids far above anything the sequences hand out.
TOKENS="$SCRATCH/tokens.csv"
# The warm-up's authors are others (warm001@…, ids 900100001…): the checks below count the rush's.
WARMUP_TOKENS="$SCRATCH/warmup-tokens.csv"
# Under attack (ATTACK=1), a second cohort of as many authors hands in while attackers work
# (siege001@…, ids 900200001…), and the PDF bombers have accounts of their own (ids 900300001…).
SIEGE_TOKENS="$SCRATCH/siege-tokens.csv"
BOMB_TOKENS="$SCRATCH/bomb-tokens.csv"
siege_authors=0
bomb_accounts=0
if [ "${ATTACK:-}" = 1 ]; then
  siege_authors=$AUTHORS
  bomb_accounts=$PDF_BOMBERS
fi
python3 - "$AUTHORS" "$TOKENS" "$SCRATCH/seed.sql" "$WARMUP_AUTHORS" "$WARMUP_TOKENS" \
  "$siege_authors" "$SIEGE_TOKENS" "$bomb_accounts" "$BOMB_TOKENS" <<'PY'
import base64, hashlib, secrets, sys
authors, tokens_csv, seed_sql = int(sys.argv[1]), sys.argv[2], sys.argv[3]
warmup_authors, warmup_csv = int(sys.argv[4]), sys.argv[5]
siege_authors, siege_csv = int(sys.argv[6]), sys.argv[7]
bomb_accounts, bomb_csv = int(sys.argv[8]), sys.argv[9]
first = ["Ana", "Mihai", "Олена", "Ștefan", "Ioana", "Дмитро", "Radu", "Țicu", "Maria", "Андрій"]
last = ["Popescu", "Коваленко", "Mărgărit", "Шевчук", "Ionescu", "Stănescu", "Бондар", "Dumitrașcu"]
def seed(s, csv_path, count, prefix, base):
    with open(csv_path, "w", encoding="utf-8") as t:
        for n in range(1, count + 1):
            secret = "clq_" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
            email = f"{prefix}{n:03d}@bench.example"
            name = f"{first[n % len(first)]} {last[n % len(last)]} {n:03d}"
            account_id, token_id = base + n, base + n
            s.write(
                "insert into account (id, version, email, password_hash, full_name, affiliation, country,"
                " preferred_language, platform_administrator, email_verified_at, created_at,"
                " credential_version) values"
                f" ({account_id}, 0, '{email}', 'none:bench-accounts-sign-in-with-tokens-only',"
                f" '{name}', 'Universitatea din București', 'RO', 'EN', false, now(), now(), 0);\n"
                "insert into api_token (id, account_id, name, secret_hash, created_at) values"
                f" ({token_id}, {account_id}, 'deadline rush', '{digest}', now());\n")
            t.write(f"{n},{email},{name},{secret}\n")
with open(seed_sql, "w", encoding="utf-8") as s:
    s.write("begin;\n")
    seed(s, tokens_csv, authors, "rush", 900000000)
    seed(s, warmup_csv, warmup_authors, "warm", 900100000)
    seed(s, siege_csv, siege_authors, "siege", 900200000)
    seed(s, bomb_csv, bomb_accounts, "bomb", 900300000)
    s.write("commit;\n")
PY
sql -f "$SCRATCH/seed.sql"
log "seeded $AUTHORS authors and $WARMUP_AUTHORS for the warm-up with tokens (event $EVENT_ID, track ${TRACK_ID:-none}, type ${TYPE_ID:-none})"

# Smoke test before the load: one token must be accepted by the API.
first_token=$(head -1 "$TOKENS" | cut -d, -f4)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $first_token" \
  "$BASE_URL/api/v1/submissions/1")
if [ "$code" = 401 ]; then
  echo "the API refuses a seeded token (401): the hashing does not match the api-tokens branch" >&2
  exit 1
fi

# A fresh JVM serves its first pages slowly (class loading, JIT, JSF's first renders): warm the
# pages up so the numbers are about the rush, not about the start. The API's write path cannot be
# warmed without submitting; its first requests are in the numbers.
log "warming up the pages"
for _ in $(seq 1 30); do
  for page in / "/events/$SLUG" "/events/$SLUG/cfp"; do
    curl -s -o /dev/null "$BASE_URL$page" || true
  done
done

gatling() { # tokens, results folder, authors, ramp seconds, log, more -D options (attackers)
  local tokens=$1 out=$2 authors=$3 ramp=$4 logfile=$5
  shift 5
  (cd "$ROOT" && timeout 420 mvn -B -Pbench -pl colloquium-bench test-compile gatling:test \
    -Dbench.baseUrl="$BASE_URL" -Dbench.slug="$SLUG" -Dbench.tokens="$tokens" \
    -Dbench.out="$out" -Dbench.authors="$authors" -Dbench.rampSeconds="$ramp" \
    -Dbench.visitorsPerSecond="$VISITORS_PER_SECOND" -Dbench.thinkSeconds="$THINK_SECONDS" \
    ${TRACK_ID:+-Dbench.trackId=$TRACK_ID} ${TYPE_ID:+-Dbench.typeId=$TYPE_ID} "$@") \
    >"$logfile" 2>&1
}

# The API's write path warms up only by writing: other authors submit to the same event, gently,
# before the measured rush (their numbers come first; the checks below count the rush's authors).
if [ "$WARMUP_AUTHORS" -gt 0 ]; then
  log "warming up the write path: $WARMUP_AUTHORS other authors over ${WARMUP_SECONDS}s"
  gatling "$WARMUP_TOKENS" "$RESULTS/warmup" "$WARMUP_AUTHORS" "$WARMUP_SECONDS" \
    "$RESULTS/warmup-gatling.log" \
    || { tail -40 "$RESULTS/warmup-gatling.log"; echo "the warm-up failed" >&2; exit 1; }
fi

# --- 5. Measuring a rush ----------------------------------------------------------------------
SERVER_JAVA_PID=$(cat "$SERVER_PID_FILE")
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU of the server, of PostgreSQL (all its processes) and of the whole machine, to say who got the
# two cores: the client (Gatling), the server and the database share them.
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(cpu_ticks "$p" 2>/dev/null || echo 0))); done; echo $t; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
cli() { "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" --command="$1" 2>/dev/null; }
web_attribute() { # sessions-created, active-sessions
  cli "/deployment=colloquium.ear/subdeployment=colloquium-web.war/subsystem=undertow:read-attribute(name=$1)" \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p'
}
# Heap in use (MB) as jstat -gc tells it: survivors, eden and old generation.
heap_mb() { jstat -gc "$SERVER_JAVA_PID" 2>/dev/null | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}'; }
heap_after_gc_mb() { jcmd "$SERVER_JAVA_PID" GC.run >/dev/null 2>&1; heap_mb; }

failed=0
check() { # verification file, name, expected, actual
  if [ "$3" = "$4" ]; then
    echo "PASS $2: $4" | tee -a "$1"
  else
    echo "FAIL $2: expected $3, found $4" | tee -a "$1"
    failed=1
  fi
}

# One measured rush: its authors' tokens, the first of their account ids and their addresses'
# prefix; more -D options add attackers. Everything lands in $RESULTS/<label>.
measure() {
  local label=$1 tokens=$2 base=$3 prefix=$4
  shift 4
  local dir="$RESULTS/$label"
  mkdir -p "$dir"
  local pg_before machine_before server_before load_before others_before started
  pg_before=$(pg_ticks)
  machine_before=$(machine_ticks)
  server_before=$(cpu_ticks "$SERVER_JAVA_PID")
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  others_before=$(( $(pgrep -f 'jboss-modules.jar' | wc -l) - 1 ))
  local sessions_before heap_before
  sessions_before=$(web_attribute sessions-created)
  heap_before=$(heap_after_gc_mb)
  log "$label: $AUTHORS authors over ${RAMP_SECONDS}s, $VISITORS_PER_SECOND visitors/s${1:+, with attackers}"
  started=$SECONDS
  # Optional profiles of the rush (each costs the server something, so none by default):
  # async-profiler's CPU samples, the Flight Recorder, or thread dumps every 2 s by SIGQUIT (the JVM
  # prints its threads to its console; jcmd would start a JVM per sample, which on two cores costs
  # the rush more than it tells).
  local console_offset sampler=
  console_offset=$(stat -c %s "$SCRATCH/console.log")
  jstat -gcutil "$SERVER_JAVA_PID" 2>/dev/null | tail -1 >"$dir/gc.txt" || true
  if [ -n "${ASYNC_PROFILER:-}" ]; then
    jcmd "$SERVER_JAVA_PID" JVMTI.agent_load "$ASYNC_PROFILER" "\"start,event=itimer,interval=5ms\"" >/dev/null
  elif [ "${JFR:-}" = 1 ]; then
    # The Flight Recorder samples inside the server at little cost; started and stopped with jcmd
    # (one JVM start each) so that the recording holds the rush only.
    jcmd "$SERVER_JAVA_PID" JFR.start name=rush settings=profile >/dev/null
  elif [ "${THREAD_DUMPS:-}" = 1 ]; then
    ( while kill -QUIT "$SERVER_JAVA_PID" 2>/dev/null; do sleep 2; done ) &
    sampler=$!
  fi
  # The heap in use every 2 s, without a GC: what the attackers cost while they work.
  ( while kill -0 "$SERVER_JAVA_PID" 2>/dev/null; do heap_mb >>"$dir/heap-during.txt"; echo >>"$dir/heap-during.txt"; sleep 2; done ) &
  local heap_sampler=$!
  set +e
  gatling "$tokens" "$dir" "$AUTHORS" "$RAMP_SECONDS" "$dir/gatling.log" "$@"
  local gatling_status=$?
  set -e
  kill "$heap_sampler" 2>/dev/null || true
  if [ -n "$sampler" ]; then
    kill "$sampler" 2>/dev/null || true
  elif [ -n "${ASYNC_PROFILER:-}" ]; then
    jcmd "$SERVER_JAVA_PID" JVMTI.agent_load "$ASYNC_PROFILER" "\"dump,file=$dir/rush.collapsed\"" >/dev/null || true
    jcmd "$SERVER_JAVA_PID" JVMTI.agent_load "$ASYNC_PROFILER" "\"stop,file=$dir/rush-flame.html\"" >/dev/null 2>&1 || true
  elif [ "${JFR:-}" = 1 ]; then
    jcmd "$SERVER_JAVA_PID" JFR.stop name=rush filename="$dir/rush.jfr" >/dev/null || true
  fi
  local elapsed=$((SECONDS - started))
  jstat -gcutil "$SERVER_JAVA_PID" 2>/dev/null | tail -1 >>"$dir/gc.txt" || true
  [ "${THREAD_DUMPS:-}" = 1 ] && tail -c +$((console_offset + 1)) "$SCRATCH/console.log" >"$dir/thread-dumps.txt"
  local load_after others_after server_cpu pg_cpu machine_cpu gc_seconds
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  others_after=$(( $(pgrep -f 'jboss-modules.jar' | wc -l) - 1 ))
  server_cpu=$(( ($(cpu_ticks "$SERVER_JAVA_PID") - server_before) / $(getconf CLK_TCK) ))
  pg_cpu=$(( ($(pg_ticks) - pg_before) / $(getconf CLK_TCK) ))
  machine_cpu=$(( ($(machine_ticks) - machine_before) / $(getconf CLK_TCK) ))
  # jstat -gcutil: the last column (GCT) is the GC time so far, in seconds; last minus first is the run's.
  gc_seconds=$(awk 'NR == 1 {first = $NF} {last = $NF} END {printf "%.1f", last - first}' "$dir/gc.txt" 2>/dev/null || echo "?")
  local sessions_after active_after heap_after heap_peak oom
  sessions_after=$(web_attribute sessions-created)
  active_after=$(web_attribute active-sessions)
  heap_after=$(heap_after_gc_mb)
  # What the heap holds after the rush (the largest classes), to see what an attack left behind.
  jcmd "$SERVER_JAVA_PID" GC.class_histogram 2>/dev/null | head -30 >"$dir/heap-histogram.txt" || true
  heap_peak=$(sort -n "$dir/heap-during.txt" 2>/dev/null | tail -1)
  oom=$(grep -c "OutOfMemoryError" "$SERVER/standalone/log/server.log" 2>/dev/null || true)
  log "$label finished in ${elapsed}s (exit $gatling_status); server used ${server_cpu}s of CPU, ${gc_seconds}s in GC"
  grep -E "^(Global|> |---- )|assertion" "$dir/gatling.log" | tail -40 || true

  # --- Checks against the database ---------------------------------------------------------
  local verification="$dir/verification.txt"
  : >"$verification"
  prop() { sed -n "s/^$1=//p" "$dir/counts.properties" 2>/dev/null; }
  local accepted pdf_bytes cohort created
  accepted=$(prop submitted)
  accepted=${accepted:-0}
  pdf_bytes=$(prop pdfBytes)
  cohort="s.event_id = $EVENT_ID and s.submitter_id between $((base + 1)) and $((base + AUTHORS))"
  check "$verification" "authors whose submission was accepted (create, upload, submit all answered)" "$AUTHORS" "$accepted"
  check "$verification" "submissions handed in (SUBMITTED) = submit calls answered 200" "$accepted" \
    "$(sql -c "select count(*) from submission s where $cohort and s.state = 'SUBMITTED'")"
  if [ -s "$dir/accepted-ids.txt" ]; then
    local ids
    ids=$(paste -sd, "$dir/accepted-ids.txt")
    check "$verification" "every accepted id is SUBMITTED in the database" "$accepted" \
      "$(sql -c "select count(*) from submission s where s.id in ($ids) and s.state = 'SUBMITTED'")"
  fi
  check "$verification" "handed-in submissions with their file row (stored_file), size $pdf_bytes" "$accepted" \
    "$(sql -c "select count(*) from submission s join stored_file f on f.sha256 = s.file_sha256
               where $cohort and s.state = 'SUBMITTED' and s.file_size = $pdf_bytes
                 and f.size_bytes = $pdf_bytes and octet_length(f.content) = $pdf_bytes")"
  check "$verification" "distinct files (one PDF per author)" "$accepted" \
    "$(sql -c "select count(distinct s.file_sha256) from submission s where $cohort and s.state = 'SUBMITTED'")"
  check "$verification" "numbers of the event are 1..n without gaps or duplicates" "ok" \
    "$(sql -c "select case when count(*) = 0 then 'none'
                          when min(number) = 1 and max(number) = count(*) and count(distinct number) = count(*)
                          then 'ok' else 'min ' || min(number) || ' max ' || max(number) || ' count ' || count(*)
                            || ' distinct ' || count(distinct number) end
               from submission where event_id = $EVENT_ID")"
  check "$verification" "one submission-received mail in the outbox per handed-in submission" "$accepted" \
    "$(sql -c "select count(*) from mail_outbox o where o.template = 'submission-received'
               and o.recipient_email in (select a.email from submission s join account a on a.id = s.submitter_id
                                         where $cohort and s.state = 'SUBMITTED')")"
  check "$verification" "no author got two submission-received mails" "0" \
    "$(sql -c "select count(*) from (select recipient_email from mail_outbox where template = 'submission-received'
               and recipient_email like '$prefix%@bench.example' group by recipient_email having count(*) > 1) twice")"
  created=$(prop created)
  check "$verification" "drafts left = created - handed in (a failed upload or submit leaves its draft)" \
    "$(( ${created:-0} - accepted ))" \
    "$(sql -c "select count(*) from submission s where $cohort and s.state = 'DRAFT'")"
  check "$verification" "no OutOfMemoryError in the server log" "0" "$oom"
  echo "INFO co-author mails in the outbox: $(sql -c "select count(*) from mail_outbox where template = 'submission-coauthor'")" \
    | tee -a "$verification"
  echo "INFO outbox states: $(sql -c "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from mail_outbox group by state) x")" \
    | tee -a "$verification"
  if [ "$gatling_status" != 0 ]; then
    failed=1
  fi

  # --- Summary of this rush ----------------------------------------------------------------
  local report
  report=$(ls -dt "$BENCH_DIR"/target/gatling/deadlinerushsimulation-* 2>/dev/null | head -1 || true)
  {
    echo "### $label"
    echo
    echo "- other WildFly servers on the machine: $others_before when it started, $others_after when it ended; load average (1, 5, 15 min) $load_before before, $load_after after"
    echo "- simulation wall time ${elapsed}s ($((elapsed * $(nproc)))s of CPU on $(nproc) cores); CPU used: machine ${machine_cpu}s, WildFly ${server_cpu}s (about ${gc_seconds}s in garbage collection; heap: ${SERVER_HEAP:-standalone.sh default, -Xmx512m}), PostgreSQL ${pg_cpu}s, the rest (Gatling, Maven, anything else) $((machine_cpu - server_cpu - pg_cpu))s"
    echo "- server heap: ${heap_before} MB after a GC before, at most ${heap_peak:-?} MB in use during, ${heap_after} MB after a GC after; HTTP sessions created: $((sessions_after - sessions_before)), active at the end: $active_after"
    sed 's/^/- /' "$dir/counts.properties" 2>/dev/null || echo "- no counts (the simulation did not finish)"
    if [ -s "$dir/attack.properties" ]; then
      echo "- the attackers' uploads were answered: $(sort "$dir/attack.properties" | paste -sd' ' | sed 's/=/ × /g')"
    fi
    echo
    if [ -n "$report" ] && [ -f "$report/index.html" ]; then
      # Gatling 3.15 writes its statistics only into the HTML report (columns: 2 total, 3 OK, 4 KO,
      # 6 per second, 8 p50, 10 p95, 11 p99, 12 max).
      python3 - "$report/index.html" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("| request | count | errors | per s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for row in page.split("<tr id=")[1:]:
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cols = dict(re.findall(r'col-(\d+)">([^<]*)</td>', row))
    if name and "2" in cols:
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (html.unescape(name.group(1)),
              cols["2"], cols["4"], cols["6"], cols["8"], cols["10"], cols["11"], cols["12"]))
PY
      echo
      echo "Gatling report: ${report#"$ROOT"/}/index.html"
    else
      echo "(no Gatling report found)"
    fi
    if [ "${THREAD_DUMPS:-}" = 1 ]; then
      echo
      echo "Busy request threads in the server, by what they were doing (samples every 2 s):"
      echo
      python3 - "$dir/thread-dumps.txt" <<'PY'
import collections, re, sys
counts = collections.Counter()
dumps = open(sys.argv[1], encoding="utf-8", errors="replace").read().split("Full thread dump")[1:]
samples = len(dumps)
for dump in dumps:
    for thread in dump.split('\n"')[1:]:
        if not thread.startswith("default task-"):
            continue
        frames = thread
        if "org.colloquium" not in frames and "org.jboss.resteasy" not in frames \
                and "jakarta.faces" not in frames and "com.sun.faces" not in frames:
            continue  # an idle worker
        if "org.apache.pdfbox" in frames:
            what = "PDF inspection (PDFBox)"
        elif "lockNumbering" in frames:
            what = "waiting for the event's numbering lock (row lock in PostgreSQL)"
        elif "Semaphore.tryAcquire" in frames and "org.jboss.jca" in frames:
            what = "waiting for a free database connection (DB_POOL_SIZE)"
        elif "org.postgresql" in frames:
            what = "in PostgreSQL (queries, commits)"
        elif "org.hibernate" in frames:
            what = "Hibernate (flush, loading)"
        elif "com.sun.faces" in frames or "jakarta.faces" in frames:
            what = "rendering pages (JSF)"
        elif "ServletInputStreamImpl.read" in frames or "readAllBytes" in frames:
            what = "reading request bodies"
        else:
            what = "other application code"
        counts[what] += 1
print("| activity | thread samples |")
print("|---|---:|")
for what, n in counts.most_common():
    print("| %s | %d |" % (what, n))
print()
print("(%d dumps)" % samples)
PY
    fi
    echo
    echo '```'
    cat "$verification"
    echo '```'
    echo
  } >>"$RESULTS/summary.md"
}

{
  echo "## Run $STAMP"
  echo
  echo "- command: \`AUTHORS=$AUTHORS RAMP_SECONDS=$RAMP_SECONDS VISITORS_PER_SECOND=$VISITORS_PER_SECOND THINK_SECONDS=$THINK_SECONDS WARMUP_AUTHORS=$WARMUP_AUTHORS WARMUP_SECONDS=$WARMUP_SECONDS${ATTACK:+ ATTACK=$ATTACK PDF_BOMBERS=$PDF_BOMBERS IMAGE_BOMBERS=$IMAGE_BOMBERS CROWD=$CROWD} colloquium-bench/run-deadline-rush.sh\`"
  if [ "$WARMUP_AUTHORS" -gt 0 ]; then
    echo "- server warmed up first by $WARMUP_AUTHORS other authors over ${WARMUP_SECONDS}s (their submissions are numbered before the rush's; not in the numbers below)"
  else
    echo "- cold server: no warm-up, the API's write path is compiled during the rush"
  fi
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(psql -X -At -d postgres -c 'show server_version')"
  echo
} >"$RESULTS/summary.md"

measure rush "$TOKENS" 900000000 rush

if [ "${ATTACK:-}" = 1 ]; then
  # The same rush again, by as many other authors, while attackers work: the honest throughput is
  # compared with the rush just measured on the same server.
  log "writing the hostile-files corpus"
  java "$ROOT/colloquium-kernel/src/test/java/org/colloquium/kernel/files/domain/HostileFiles.java" \
    "$SCRATCH/hostile" >"$RESULTS/hostile-files.txt"
  measure siege "$SIEGE_TOKENS" 900200000 siege \
    -Dbench.bombers="$PDF_BOMBERS" -Dbench.bombTokens="$BOMB_TOKENS" \
    -Dbench.imageBombers="$IMAGE_BOMBERS" -Dbench.crowd="$CROWD" \
    -Dbench.hostileDir="$SCRATCH/hostile"
  rate() { sed -n 's/^submissionsPerSecond=//p' "$RESULTS/$1/counts.properties" 2>/dev/null; }
  {
    echo "### Under attack against without"
    echo
    echo "- honest submissions/s: $(rate rush) without attackers, $(rate siege) with them: $(python3 -c "import sys; a, b = float(sys.argv[1] or 0), float(sys.argv[2] or 0); print('%.0f %%' % (100 * b / a) if a else '?')" "$(rate rush)" "$(rate siege)") of the rush without attackers (target: at least 80 %)"
    p95() { sed -n 's/^honestP95Millis=//p' "$RESULTS/$1/counts.properties" 2>/dev/null; }
    echo "- p95 of all honest requests together (call page, create, upload, submit, read back): $(p95 rush) ms without attackers, $(p95 siege) ms with them (target: under 1,000 ms)"
    echo
  } >>"$RESULTS/summary.md"
fi

# --- 6. The floor the database sets -------------------------------------------------------------
if [ "${FLOOR:-1}" = 1 ]; then
  log "the floor: the same rows and files written by a plain JDBC loop"
  PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
  java -cp "$PG_JAR" "$BENCH_DIR/src/test/java/org/colloquium/bench/JdbcFloor.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-postgres}" "$EVENT_ID" "$AUTHORS" \
    "$(sed -n 's/^pdfBytes=//p' "$RESULTS/rush/counts.properties")" >"$RESULTS/floor.txt"
  floor=$(sed -n 's/^submissionsPerSecond=//p' "$RESULTS/floor.txt")
  {
    echo "### The floor: a plain JDBC loop"
    echo
    echo "- the same $AUTHORS submissions, each in the rush's three transactions (create with the numbering lock, store the file, hand in with its mails), written one after the other through one connection: $floor submissions/s"
    echo "- the rush: $(sed -n 's/^submissionsPerSecond=//p' "$RESULTS/rush/counts.properties") submissions/s, $(python3 -c "import sys; a, b = float(sys.argv[1] or 0), float(sys.argv[2] or 0); print('%.2f' % (a / b) if b else '?')" "$(sed -n 's/^submissionsPerSecond=//p' "$RESULTS/rush/counts.properties")" "$floor") of the floor"
    echo
  } >>"$RESULTS/summary.md"
fi

cat "$RESULTS/summary.md"

if [ "$failed" = 1 ]; then
  log "verification FAILED (or a simulation did)"
  exit 1
fi
log "verification passed"
