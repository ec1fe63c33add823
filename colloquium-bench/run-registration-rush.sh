#!/usr/bin/env bash
# The registration rush of issue 14, start to finish on this machine, bounded in time and count:
# builds the EAR, copies the provisioned server, creates a fresh PostgreSQL database, starts
# WildFly on it (port offset 600, mail held in the outbox: no SMTP_HOST), seeds attendees with API
# tokens by SQL, gives the demo's annual conference PLACES places in person, warms the write path
# up with other attendees registering online, runs the measured Gatling rush (RATE registrations a
# second for SECONDS seconds, in person, so the places run out during it), checks the database
# afterwards (PASS/FAIL lines: never oversold, the counters agree with the rows, one mail per
# registration), measures the floor (the same rows by plain JDBC, RegistrationJdbcFloor.java) and
# stops the server and drops the database, also on failure.
#
# Usage, from anywhere:   colloquium-bench/run-registration-rush.sh
# Knobs (environment):    RATE=60 DURATION=60 PLACES=1000 WARMUP=600 WARMUP_SECONDS=60
#                         FLOOR_THREADS=16 PORT_OFFSET=600 SKIP_BUILD=1 KEEP_DB=1
#                         PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres SERVER_HEAP="-Xms1g -Xmx1g"
# Needs: JDK 17, Maven, psql/createdb/dropdb, curl, python3.
# Results: colloquium-bench/target/registration-rush-<time>/summary.md (and the Gatling report
# under colloquium-bench/target/gatling/). docs/performance.md says how to read them.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

RATE=${RATE:-60}
SECONDS_OF_RUSH=${DURATION:-60}
PLACES=${PLACES:-1000}
WARMUP=${WARMUP:-600}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
FLOOR_THREADS=${FLOOR_THREADS:-16}
PORT_OFFSET=${PORT_OFFSET:-600}
SLUG=annual-conference-iii
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

PEOPLE=$(python3 -c "import math,sys; print(math.ceil(float(sys.argv[1]) * int(sys.argv[2])))" "$RATE" "$SECONDS_OF_RUSH")
if [ "$PEOPLE" -gt 20000 ] || [ "$SECONDS_OF_RUSH" -gt 240 ] || [ "$WARMUP" -gt 5000 ]; then
  echo "at most 20,000 registrations, 240 s, 5,000 for the warm-up" >&2
  exit 2
fi

HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB="colloquium_regbench_$$"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$BENCH_DIR/target/registration-rush-$STAMP"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/colloquium-registration-rush.XXXXXX")
SERVER="$SCRATCH/server"
SERVER_PID_FILE="$SCRATCH/server.pid"

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
    dropdb --if-exists "$DB"
  fi
  rm -rf "$SCRATCH"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

others=$(pgrep -f 'jboss-modules.jar' | wc -l || true)
if [ "$others" -gt 0 ]; then
  log "WARNING: $others other WildFly server(s) running on this machine; the numbers will suffer"
fi

# --- 1. The EAR, a private server, a fresh database, the server --------------------------------
if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "building the EAR (mvn package -DskipTests)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) >"$RESULTS/build.log" 2>&1 \
    || { tail -40 "$RESULTS/build.log"; echo "the build failed" >&2; exit 1; }
fi
. "$BENCH_DIR/bench-server.sh"
copy_server "$ROOT" "$SERVER"
log "creating database $DB"
createdb "$DB"
log "starting WildFly on $BASE_URL"
start_server
log "deployed"

# --- 2. Attendees with tokens, and the places ----------------------------------------------------
EVENT_ID=$(sql -c "select id from event where slug = '$SLUG'")
[ -n "$EVENT_ID" ] || { echo "no event $SLUG" >&2; exit 1; }
python3 - "$PEOPLE" "$SCRATCH/tokens.csv" "$WARMUP" "$SCRATCH/warmup.csv" "$SCRATCH/seed.sql" <<'PY'
import base64, hashlib, secrets, sys
people, tokens, warmup, warmup_csv, seed_sql = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
first = ["Ana", "Mihai", "Олена", "Ștefan", "Ioana", "Дмитро", "Radu", "Țicu", "Maria", "Андрій"]
last = ["Popescu", "Коваленко", "Mărgărit", "Шевчук", "Ionescu", "Stănescu", "Бондар", "Dumitrașcu"]
def seed(s, csv_path, count, prefix, base):
    with open(csv_path, "w", encoding="utf-8") as t:
        t.write("n,email,name,token\n")
        for n in range(1, count + 1):
            secret = "clq_" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
            email = f"{prefix}{n:05d}@bench.example"
            name = f"{first[n % len(first)]} {last[n % len(last)]} {n:05d}"
            s.write(
                "insert into account (id, version, email, password_hash, full_name, affiliation, country,"
                " preferred_language, platform_administrator, email_verified_at, created_at,"
                " credential_version) values"
                f" ({base + n}, 0, '{email}', 'none:bench-accounts-sign-in-with-tokens-only',"
                f" '{name}', 'Universitatea din București', 'RO', '{'RO' if n % 2 else 'EN'}', false, now(), now(), 0);\n"
                "insert into api_token (id, account_id, name, secret_hash, created_at) values"
                f" ({base + n}, {base + n}, 'registration rush', '{digest}', now());\n")
            t.write(f"{n},{email},{name},{secret}\n")
with open(seed_sql, "w", encoding="utf-8") as s:
    s.write("begin;\n")
    seed(s, tokens, people, "attendee", 910000000)
    seed(s, warmup_csv, warmup, "early", 920000000)
    s.write("commit;\n")
PY
sql -f "$SCRATCH/seed.sql"
sql -c "update registration_quota set capacity = $PLACES where event_id = $EVENT_ID and mode = 'IN_PERSON'"
sql -c "update registration_quota set capacity = null where event_id = $EVENT_ID and mode = 'ONLINE'"
before_in_person=$(sql -c "select taken from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
log "seeded $PEOPLE attendees and $WARMUP for the warm-up; $PLACES places in person, $before_in_person taken by the demo"

gatling() { # tokens, out, rate, seconds, mode, log
  (cd "$ROOT" && timeout 420 mvn -B -Pbench -pl colloquium-bench test-compile gatling:test \
    -Dbench.simulation=org.colloquium.bench.RegistrationRushSimulation \
    -Dbench.baseUrl="$BASE_URL" -Dbench.slug="$SLUG" -Dbench.tokens="$1" -Dbench.out="$2" \
    -Dbench.rate="$3" -Dbench.seconds="$4" -Dbench.mode="$5") >"$6" 2>&1
}

# --- 3. Warm-up (online, unlimited), then the measured rush (in person) --------------------------
failed=0
if [ "$WARMUP" -gt 0 ]; then
  warm_rate=$(python3 -c "import sys; print(max(1, int(sys.argv[1]) // int(sys.argv[2])))" "$WARMUP" "$WARMUP_SECONDS")
  log "warming up: $WARMUP attendees online at $warm_rate/s"
  gatling "$SCRATCH/warmup.csv" "$RESULTS/warmup" "$warm_rate" "$WARMUP_SECONDS" ONLINE "$RESULTS/warmup-gatling.log" \
    || log "the warm-up's assertions failed (see warmup-gatling.log); going on"
fi
log "the rush: $RATE registrations/s for ${SECONDS_OF_RUSH}s, in person"
gatling "$SCRATCH/tokens.csv" "$RESULTS/rush" "$RATE" "$SECONDS_OF_RUSH" IN_PERSON "$RESULTS/rush-gatling.log" \
  || { failed=1; log "the rush's Gatling assertions failed (see rush-gatling.log)"; }

# --- 4. Checks against the database --------------------------------------------------------------
sleep 2
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then echo "PASS $1 ($3)"; else echo "FAIL $1: expected $2, found $3"; failed=1; fi
}
confirmed=$(sql -c "select count(*) from registration where event_id = $EVENT_ID and mode = 'IN_PERSON' and state in ('CONFIRMED', 'OFFERED')")
waiting=$(sql -c "select count(*) from registration where event_id = $EVENT_ID and mode = 'IN_PERSON' and state = 'WAITLISTED'")
taken=$(sql -c "select taken from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
queued=$(sql -c "select waiting from registration_quota where event_id = $EVENT_ID and mode = 'IN_PERSON'")
rush_rows=$(sql -c "select count(*) from registration r join account a on a.email = r.email where a.id between 910000001 and 919999999 and r.event_id = $EVENT_ID")
mails=$(sql -c "select count(*) from mail_outbox where template in ('registration-confirmed', 'registration-waitlisted') and recipient_email like 'attendee%@bench.example'")
twice=$(sql -c "select count(*) from (select recipient_email from mail_outbox where recipient_email like 'attendee%@bench.example' group by recipient_email having count(*) > 1) t")
registered=$(sed -n 's/^registered=//p' "$RESULTS/rush/counts.properties" 2>/dev/null || echo 0)
{
  check "never oversold: places held in person = capacity" "$PLACES" "$confirmed"
  check "the counter of places held agrees with the rows" "$confirmed" "$taken"
  check "the counter of the waiting list agrees with the rows" "$waiting" "$queued"
  check "every answered registration is stored once" "$registered" "$rush_rows"
  check "one mail per registration in the outbox" "$rush_rows" "$mails"
  check "nobody got two mails" "0" "$twice"
} | tee "$RESULTS/checks.txt"
grep -q '^FAIL' "$RESULTS/checks.txt" && failed=1

# --- 5. The floor -----------------------------------------------------------------------------------
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
log "the floor: $PEOPLE registrations by plain JDBC from $FLOOR_THREADS connections"
java -cp "$PG_JAR" "$BENCH_DIR/src/test/java/org/colloquium/bench/RegistrationJdbcFloor.java" \
  "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-postgres}" "$EVENT_ID" "$PEOPLE" "$FLOOR_THREADS" \
  >"$RESULTS/floor.txt"

rate_of() { sed -n "s/^$2=//p" "$1"; }
rush_rate=$(rate_of "$RESULTS/rush/counts.properties" registrationsPerSecond)
floor_rate=$(rate_of "$RESULTS/floor.txt" registrationsPerSecond)
{
  echo "## Registration rush $STAMP"
  echo
  echo "- offered: $RATE registrations/s for ${SECONDS_OF_RUSH}s ($PEOPLE people), $PLACES places in person ($before_in_person held by the demo)"
  echo "- answered: $registered ($(rate_of "$RESULTS/rush/counts.properties" state.CONFIRMED) confirmed, $(rate_of "$RESULTS/rush/counts.properties" state.WAITLISTED) waitlisted) at $rush_rate registrations/s (target: at least 50)"
  echo "- response time: p50 $(rate_of "$RESULTS/rush/counts.properties" p50Millis) ms, p95 $(rate_of "$RESULTS/rush/counts.properties" p95Millis) ms, p99 $(rate_of "$RESULTS/rush/counts.properties" p99Millis) ms (target: p95 under 500 ms)"
  echo "- the floor (the same rows by plain JDBC, $FLOOR_THREADS connections, one quota row): $floor_rate registrations/s"
  echo "- the rush / the floor: $(python3 -c "import sys; a, b = float(sys.argv[1] or 0), float(sys.argv[2] or 0); print('%.2f' % (a / b) if b else '?')" "$rush_rate" "$floor_rate")"
  echo
  cat "$RESULTS/checks.txt"
} >"$RESULTS/summary.md"
cat "$RESULTS/summary.md"
if [ "$failed" = 1 ]; then
  log "FAILED"
  exit 1
fi
log "passed"
