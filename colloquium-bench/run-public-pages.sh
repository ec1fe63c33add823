#!/usr/bin/env bash
# Public pages under a crowd (issue 10): wrk against the home page, an event page, a call page and
# the news page of the demo data, and (issue 13) the programme of an event with 300 contributions,
# each beside nginx serving the very same bytes as a static file in the same run, so that the
# figure that travels between machines is the ratio.
#
# Builds the EAR (unless SKIP_BUILD=1), copies the provisioned server to a scratch folder, creates a
# fresh PostgreSQL database, starts WildFly on it (port offset 700: http 8780, management 10690)
# and nginx (Debian's nginx-light, installed if missing) on 127.0.0.1:8781, warms both up, then runs
# `wrk -t2 -c20 -d30s --latency` on each page, first on WildFly, then on nginx. Counts the HTTP
# sessions the server created and its heap after a full GC before and after. Stops everything and
# drops the database, also on failure.
#
# Usage:     colloquium-bench/run-public-pages.sh
# Knobs:     DURATION=30s CONNECTIONS=20 THREADS=2 WARMUP_REQUESTS=20000 PORT_OFFSET=700
#            PROGRAMME_CONTRIBUTIONS=300 (0: the demo's programme as it is)
#            SKIP_BUILD=1 PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PAGES="/news /..."
# Needs:     JDK 17, Maven, wrk, nginx (nginx-light), psql/createdb/dropdb, curl, python3.
# Results:   colloquium-bench/target/pages-<time>/summary.md (and the raw wrk outputs).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
. "$BENCH_DIR/bench-server.sh"

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-20000}
PORT_OFFSET=${PORT_OFFSET:-700}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
NGINX_PORT=$((HTTP_PORT + 1))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB="colloquium_pages_$$"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$BENCH_DIR/target/pages-$STAMP"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/colloquium-pages.XXXXXX")
SERVER="$SCRATCH/server"
SERVER_PID_FILE="$SCRATCH/server.pid"
PROGRAMME_CONTRIBUTIONS=${PROGRAMME_CONTRIBUTIONS:-300}
# PAGES="/news /events/20-months-after/programme" measures only those (space-separated).
read -r -a PAGES <<<"${PAGES:-/ /events/20-months-after /events/annual-conference-iii/cfp /news /events/20-months-after/programme}"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
cli() { "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" --command="$1"; }

mkdir -p "$RESULTS"
log "results in $RESULTS"

cleanup() {
  local status=$?
  set +e
  [ -f "$SCRATCH/nginx.pid" ] && kill "$(cat "$SCRATCH/nginx.pid")" 2>/dev/null
  if [ -f "$SERVER_PID_FILE" ]; then
    cli ":shutdown" >/dev/null 2>&1
    local pid
    pid=$(cat "$SERVER_PID_FILE")
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill "$pid"
  fi
  [ -f "$SERVER/standalone/log/server.log" ] && cp "$SERVER/standalone/log/server.log" "$RESULTS/"
  dropdb --if-exists "$DB"
  rm -rf "$SCRATCH"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    log "installing $tool from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$([ "$tool" = nginx ] && echo nginx-light || echo wrk)" >/dev/null
  fi
done
others=$(pgrep -f 'jboss-modules.jar' | wc -l || true)
[ "$others" -gt 0 ] && log "WARNING: $others other WildFly server(s) running; the numbers will suffer"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "building the EAR (mvn package -DskipTests)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) >"$RESULTS/build.log" 2>&1 \
    || { tail -40 "$RESULTS/build.log"; echo "the build failed" >&2; exit 1; }
fi
copy_server "$ROOT" "$SERVER"
createdb "$DB"

log "starting WildFly on $BASE_URL"
start_server
SERVER_JAVA_PID=$(cat "$SERVER_PID_FILE")

# Issue 13's programme page at the size of a large conference: a release 2 of the demo's 2023
# programme with PROGRAMME_CONTRIBUTIONS contributions, made from release 1 by copying its talks
# into its sessions (the same JSON the application writes, gzip), and the public content version
# moved as a publish moves it. Its PDFs are marked failed so that no background job competes with
# the measurement.
if [ "$PROGRAMME_CONTRIBUTIONS" -gt 0 ]; then
  log "a release 2 of 20-months-after with $PROGRAMME_CONTRIBUTIONS contributions"
  for _ in $(seq 1 60); do
    release=$(psql -d "$DB" -Atc "select count(*) from programme_release r join event e on e.id = r.event_id where e.slug = '20-months-after'")
    [ "$release" -ge 1 ] && break
    sleep 1
  done
  psql -d "$DB" -Atc "select encode(content, 'base64') from programme_release r join event e on e.id = r.event_id where e.slug = '20-months-after' and r.release_no = 1" \
    | tr -d '\n' >"$SCRATCH/release1.b64"
  python3 - "$SCRATCH/release1.b64" "$PROGRAMME_CONTRIBUTIONS" "$SCRATCH/release2.hex" <<'PY'
import base64, copy, gzip, json, sys
release = json.loads(gzip.decompress(base64.b64decode(open(sys.argv[1]).read())))
wanted = int(sys.argv[2])
holding = [s for s in release["sessions"] if s.get("contributions")]
models = [c for s in holding for c in s["contributions"]]
for s in holding:
    s["contributions"] = []
for i in range(wanted):
    c = copy.deepcopy(models[i % len(models)])
    s = holding[i % len(holding)]
    c["id"] = 900000 + i
    c["sessionId"] = s["id"]
    c["submissionNumber"] = 1000 + i
    c["title"] = "%s (%d)" % (c["title"], i + 1)
    s["contributions"].append(c)
release["version"] = 2
release["changelog"] = "Benchmark: %d contributions." % wanted
open(sys.argv[3], "w").write(gzip.compress(json.dumps(release).encode("utf-8")).hex())
PY
  psql -d "$DB" -q -v ON_ERROR_STOP=1 -v content="$(cat "$SCRATCH/release2.hex")" <<'SQL'
insert into programme_release (id, event_id, release_no, published_at, published_by, changelog, content, pdf_state)
select r.id + 100000, r.event_id, 2, now(), r.published_by, 'Benchmark', decode(:'content', 'hex'), 'FAILED'
  from programme_release r join event e on e.id = r.event_id
 where e.slug = '20-months-after' and r.release_no = 1;
update public_content_version set version = version + 1;
SQL
fi

# The same bytes for nginx: what an anonymous visitor gets (English), one file per page.
mkdir -p "$SCRATCH/www"
i=0
for page in "${PAGES[@]}"; do
  curl -fsS -H 'Accept-Language: en' "$BASE_URL$page" -o "$SCRATCH/www/page$i.html"
  i=$((i + 1))
done
cat >"$SCRATCH/nginx.conf" <<NGINX
worker_processes auto;
pid $SCRATCH/nginx.pid;
error_log $SCRATCH/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $SCRATCH/www; default_type text/html; }
}
NGINX
nginx -c "$SCRATCH/nginx.conf"

sessions_created() {
  cli "/deployment=colloquium.ear/subdeployment=colloquium-web.war/subsystem=undertow:read-attribute(name=sessions-created)" \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p'
}
heap_after_gc_mb() {
  jcmd "$SERVER_JAVA_PID" GC.run >/dev/null
  jstat -gc "$SERVER_JAVA_PID" | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}'
}

log "warming up: $WARMUP_REQUESTS requests per page on both servers"
i=0
for page in "${PAGES[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE_URL$page" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT/page$i.html" >/dev/null
  i=$((i + 1))
done

sessions_before=$(sessions_created)
heap_before=$(heap_after_gc_mb)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run() { # name, url, output
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" >"$3"
  python3 - "$1" "$3" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
def ms(label):
    m = re.search(r"^\s+%s\s+([\d.]+)(us|ms|s)\s*$" % re.escape(label), text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("%s %.0f %.2f %.2f %s" % (sys.argv[1], rate, ms("50%"), ms("99%"), errors.group(1) if errors else "0"))
PY
}
: >"$RESULTS/rows.txt"
i=0
for page in "${PAGES[@]}"; do
  log "wrk $page"
  run app "$BASE_URL$page" "$RESULTS/wrk-app-$i.txt" >>"$RESULTS/rows.txt"
  run nginx "http://127.0.0.1:$NGINX_PORT/page$i.html" "$RESULTS/wrk-nginx-$i.txt" >>"$RESULTS/rows.txt"
  i=$((i + 1))
done

sessions_after=$(sessions_created)
heap_after=$(heap_after_gc_mb)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "## Public pages, run $STAMP"
  echo
  echo "- command: \`DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS colloquium-bench/run-public-pages.sh\` (wrk -t$THREADS -c$CONNECTIONS -d$DURATION, after a warm-up)"
  echo "- machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(nginx -v 2>&1), PostgreSQL $(psql -X -At -d postgres -c 'show server_version'); other WildFly servers: $others; load average $load_before before, $load_after after"
  echo "- HTTP sessions created by the server during the runs: $((sessions_after - sessions_before))"
  echo "- server heap after a full GC: ${heap_before} MB before, ${heap_after} MB after"
  echo
  echo "| page | bytes | WildFly req/s | p50 ms | p99 ms | nginx req/s | p50 ms | p99 ms | ratio | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  python3 - "$RESULTS/rows.txt" "$SCRATCH/www" "${PAGES[@]}" <<'PY'
import os, sys
rows = [line.split() for line in open(sys.argv[1])]
pages = sys.argv[3:]
for i, page in enumerate(pages):
    app, ngx = rows[2 * i], rows[2 * i + 1]
    size = os.path.getsize(os.path.join(sys.argv[2], "page%d.html" % i))
    print("| %s | %d | %s | %s | %s | %s | %s | %s | %.2f | %s |" % (
        page, size, app[1], app[2], app[3], ngx[1], ngx[2], ngx[3],
        float(app[1]) / float(ngx[1]), app[4]))
PY
} >"$RESULTS/summary.md"
cat "$RESULTS/summary.md"
