#!/usr/bin/env bash
# The organisers' ZIP of every PDF (issue 11): 2,000 submissions with a 1 MB PDF each, downloaded as
# the organiser, beside a reference measured in the same run: Java's own ZipOutputStream zipping the
# same files from disk with the same settings (ZipReference.java), so that the figure that travels
# between machines is the ratio. Then the same download from a server with a small heap (160 MB by
# default), which holds only if the export keeps one page of rows and one file in memory at a time.
#
# Builds the EAR (unless SKIP_BUILD=1), copies the provisioned server to a scratch folder, creates a
# fresh PostgreSQL database, starts WildFly on it (port offset 900: http 8980, management 10890,
# demo data), seeds the submissions and their distinct files straight into the database by SQL
# (content-addressed stored_file rows, keyed by the SHA-256 of their bytes, as kernel FileStore
# keeps them), signs in as the demo organiser, downloads the ZIP (filtered to the seeded
# submissions: ?q=exportbench), checks it (entry count, names, total size, every entry's SHA-256)
# and records wall time and the server's heap: in use after a full GC before and after, and the
# most in use while the download ran (jstat every 2 s). Restarts the server with the small heap on
# the same database and downloads again. Stops the server and drops the database, also on failure.
#
# Usage:     colloquium-bench/run-export-zip.sh
# Knobs:     FILES=2000 FILE_KB=1024 PORT_OFFSET=900 SKIP_BUILD=1 (reuse colloquium-ear/target)
#            SERVER_HEAP="-Xms64m -Xmx512m" (the first round; standalone.sh's default when unset)
#            SMALL_HEAP="-Xms64m -Xmx160m" (the second round; SMALL_HEAP=none skips it)
#            DEPLOY_SECONDS=240 (how long a start may take) KEEP_DB=1
#            PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres (PGPASSWORD if needed)
# Needs:     JDK 17, Maven, psql/createdb/dropdb, python3; PostgreSQL on this machine (the seed reads
#            the files with pg_read_binary_file, so the server must see the scratch folder).
# Results:   colloquium-bench/target/export-<time>/summary.md (and the server logs).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
. "$BENCH_DIR/bench-server.sh"

FILES=${FILES:-2000}
FILE_KB=${FILE_KB:-1024}
PORT_OFFSET=${PORT_OFFSET:-900}
SLUG=${SLUG:-annual-conference-iii}
SERVER_HEAP=${SERVER_HEAP:-}
SMALL_HEAP=${SMALL_HEAP:--Xms64m -Xmx160m}
export DEPLOY_SECONDS=${DEPLOY_SECONDS:-240}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB="colloquium_export_$$"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$BENCH_DIR/target/export-$STAMP"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/colloquium-export.XXXXXX")
SERVER="$SCRATCH/server"
SERVER_PID_FILE="$SCRATCH/server.pid"

if [ "$FILES" -lt 1 ] || [ "$FILES" -gt 5000 ]; then
  echo "FILES must be 1..5000" >&2
  exit 2
fi

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$DB" "$@"; }

mkdir -p "$RESULTS"
log "results in $RESULTS"

stop_server() {
  [ -f "$SERVER_PID_FILE" ] || return 0
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
  rm -f "$SERVER_PID_FILE"
}

cleanup() {
  local status=$?
  set +e
  stop_server
  [ -f "$SERVER/standalone/log/server.log" ] && cp "$SERVER/standalone/log/server.log" "$RESULTS/server-last.log"
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
copy_server "$ROOT" "$SERVER"

# --- 2. The files, on disk: distinct, incompressible like the images in real papers -----------
# PostgreSQL reads them for the seed (pg_read_binary_file runs as the database server's user).
chmod 755 "$SCRATCH"
mkdir -m 755 "$SCRATCH/pdfs"
log "writing $FILES files of $FILE_KB KB"
python3 - "$SCRATCH/pdfs" "$FILES" "$FILE_KB" "$SCRATCH/files.tsv" <<'PY'
import hashlib, random, sys
folder, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) * 1024
rng = random.Random(11)
with open(sys.argv[4], "w", encoding="utf-8") as index:
    for n in range(1, count + 1):
        head = b"%%PDF-1.4\n%% export bench %05d\n" % n
        tail = b"\n%%EOF\n"
        data = head + rng.randbytes(size - len(head) - len(tail)) + tail
        name = "%05d.pdf" % n
        with open(f"{folder}/{name}", "wb") as f:
            f.write(data)
        index.write(f"{n}\t{name}\t{hashlib.sha256(data).hexdigest()}\t{len(data)}\n")
PY

# --- 3. A fresh database and the server --------------------------------------------------------
log "creating database $DB"
createdb "$DB"
log "starting WildFly on $BASE_URL (management $MANAGEMENT_PORT, heap ${SERVER_HEAP:-default})"
start_server
log "deployed"

# --- 4. The submissions, by SQL -----------------------------------------------------------------
EVENT_ID=$(sql -c "select id from event where slug = '$SLUG'")
[ -n "$EVENT_ID" ] || { echo "no event $SLUG in the database" >&2; exit 1; }
AUTHOR_ID=$(sql -c "select id from account where email = 'author@colloquium.example'")
FIRST=$(sql -c "select coalesce(max(number), 0) + 1 from submission where event_id = $EVENT_ID")
# Ids far above anything the sequences hand out; titles give the ZIP's names (number + short title).
python3 - "$SCRATCH/files.tsv" "$SCRATCH/pdfs" "$EVENT_ID" "$AUTHOR_ID" "$FIRST" \
  "$SCRATCH/seed.sql" "$SCRATCH/names.tsv" <<'PY'
import sys
index, folder, event, author, first, seed, names = sys.argv[1:8]
first = int(first)
with open(index, encoding="utf-8") as f, open(seed, "w", encoding="utf-8") as s, \
        open(names, "w", encoding="utf-8") as out:
    s.write("begin;\n")
    for line in f:
        n, name, sha, size = line.rstrip("\n").split("\t")
        n = int(n)
        number = first + n - 1
        sid = 910000000 + n
        title = f"Export bench paper {n}"
        s.write(
            "insert into stored_file (sha256, content, size_bytes, content_type, created_at, last_stored_at)"
            f" values ('{sha}', pg_read_binary_file('{folder}/{name}'), {size}, 'application/pdf', now(), now());\n"
            "insert into submission (id, version, event_id, number, submitter_id, state, title, abstract_text,"
            " keywords, language, file_sha256, file_name, file_size, file_pages, idempotency_key, search_text,"
            " created_at, updated_at, submitted_at) values"
            f" ({sid}, 0, {event}, {number}, {author}, 'SUBMITTED', '{title}', 'Abstract of paper {n}.',"
            f" 'exports', 'en', '{sha}', 'paper-{n}.pdf', {size}, 1, 'export-bench-{n}',"
            f" 'exportbench {title.lower()} abstract of paper {n}', now(), now(), now());\n"
            "insert into submission_author (id, submission_id, position, full_name, email, affiliation, country,"
            f" presenting, may_edit) values ({sid}, {sid}, 1, 'Ana Popescu {n}', 'ana{n}@bench.example',"
            " 'Universitatea din București', 'RO', 'Y', true);\n")
        out.write(f"{name}\t{number:04d}-export-bench-paper-{n}.pdf\t{sha}\t{size}\n")
    s.write("commit;\n")
PY
log "seeding $FILES submissions with their files (event $EVENT_ID, numbers from $FIRST)"
seed_started=$SECONDS
sql -f "$SCRATCH/seed.sql"
sql -c "vacuum analyze submission" -c "vacuum analyze stored_file" >/dev/null
SEED_SECONDS=$((SECONDS - seed_started))
log "seeded in ${SEED_SECONDS}s"

# --- 5. The reference: the same files zipped by Java from disk ---------------------------------
# Run right before each download, so that each ratio compares two runs under the same load.
cut -f1,2 "$SCRATCH/names.tsv" >"$SCRATCH/reference-names.tsv"
reference() { # result file
  java "$BENCH_DIR/src/test/java/org/colloquium/bench/ZipReference.java" \
    "$SCRATCH/pdfs" "$SCRATCH/reference-names.tsv" "$SCRATCH/reference.zip" >"$1"
  rm -f "$SCRATCH/reference.zip"
}

# --- 6. The download, as the organiser -----------------------------------------------------------
# Signs in through the form as a browser would, then streams the ZIP to disk and checks it.
download() { # out.zip, result file
  python3 - "$BASE_URL" "$SLUG" "$1" "$SCRATCH/names.tsv" >"$2" <<'PY'
import hashlib, html.parser, http.cookiejar, sys, time, urllib.parse, urllib.request, zipfile
base, slug, out, names = sys.argv[1:5]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.fields = {}; self.action = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "signIn":
            self.inside = True; self.action = a.get("action")
        elif tag == "input" and self.inside and a.get("name") and a.get("type") not in ("submit", "button"):
            self.fields[a["name"]] = a.get("value") or ""
    def handle_endtag(self, tag):
        if tag == "form": self.inside = False
form = Form()
form.feed(opener.open(base + "/sign-in").read().decode("utf-8"))
fields = dict(form.fields)
fields.update({"signIn:email": "organiser@colloquium.example",
               "signIn:password": "Colloquium-Demo-2026", "signIn:submit": ""})
request = urllib.request.Request(urllib.parse.urljoin(base + "/sign-in", form.action or "/sign-in"),
                                 data=urllib.parse.urlencode(fields).encode(),
                                 headers={"Origin": base})
landed = opener.open(request)
if urllib.parse.urlparse(landed.geturl()).path != "/my":
    sys.exit("sign-in as the organiser failed: landed on " + landed.geturl())
started = time.monotonic()
first_byte = None
size = 0
with opener.open(f"{base}/manage/events/{slug}/submissions.zip?q=exportbench") as response, \
        open(out, "wb") as f:
    status = response.status
    while True:
        chunk = response.read(1 << 16)
        if not chunk:
            break
        if first_byte is None:
            first_byte = time.monotonic() - started
        size += len(chunk)
        f.write(chunk)
seconds = time.monotonic() - started
expected = [line.rstrip("\n").split("\t") for line in open(names, encoding="utf-8")]
with zipfile.ZipFile(out) as z:
    entries = z.infolist()
    found_names = [e.filename for e in entries]
    content = sum(e.file_size for e in entries)
    wrong = 0
    for e, (_, name, sha, _size) in zip(entries, expected):
        h = hashlib.sha256()
        with z.open(e) as data:
            for block in iter(lambda: data.read(1 << 20), b""):
                h.update(block)
        wrong += h.hexdigest() != sha
print(f"status={status}")
print(f"seconds={seconds:.1f}")
print(f"firstByteSeconds={first_byte or 0:.2f}")
print(f"zipBytes={size}")
print(f"entries={len(entries)}")
print(f"expectedEntries={len(expected)}")
print(f"contentBytes={content}")
print(f"expectedContentBytes={sum(int(e[3]) for e in expected)}")
print(f"namesAsExpected={'yes' if found_names == [e[1] for e in expected] else 'no'}")
print(f"wrongContents={wrong}")
PY
}

SERVER_JAVA_PID=
heap_mb() { jstat -gc "$SERVER_JAVA_PID" 2>/dev/null | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}'; }
heap_after_gc_mb() { jcmd "$SERVER_JAVA_PID" GC.run >/dev/null 2>&1; heap_mb; }
max_heap_mb() { jcmd "$SERVER_JAVA_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p' | awk '{printf "%.0f", $1 / 1048576}'; }

failed=0
prop() { sed -n "s/^$2=//p" "$1"; }
ROUNDS="$RESULTS/rounds.md"
: >"$ROUNDS"
round() { # label, heap setting
  local label=$1 heap=$2 dir="$RESULTS/$1"
  mkdir -p "$dir"
  SERVER_JAVA_PID=$(cat "$SERVER_PID_FILE")
  local before after peak load_before load_after xmx oom
  log "$label: the reference, ZipOutputStream of the same files from disk"
  reference "$dir/reference.txt"
  local reference_seconds
  reference_seconds=$(prop "$dir/reference.txt" seconds)
  xmx=$(max_heap_mb)
  before=$(heap_after_gc_mb)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  ( while kill -0 "$SERVER_JAVA_PID" 2>/dev/null; do heap_mb >>"$dir/heap-during.txt"; echo >>"$dir/heap-during.txt"; sleep 2; done ) &
  local sampler=$!
  log "$label: reference ${reference_seconds}s (load $(cut -d' ' -f1-3 /proc/loadavg)); downloading the ZIP (heap ${heap:-default}, max ${xmx} MB)"
  set +e
  download "$SCRATCH/export.zip" "$dir/download.txt"
  local status=$?
  set -e
  kill "$sampler" 2>/dev/null || true
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  after=$(heap_after_gc_mb)
  peak=$(sort -n "$dir/heap-during.txt" 2>/dev/null | tail -1)
  oom=$(grep -c "OutOfMemoryError" "$SERVER/standalone/log/server.log" 2>/dev/null || true)
  rm -f "$SCRATCH/export.zip"
  cp "$SERVER/standalone/log/server.log" "$dir/server.log" 2>/dev/null || true
  cat "$dir/download.txt"
  local f="$dir/download.txt" verdict=PASS
  if [ $status != 0 ] || [ "$(prop "$f" status)" != 200 ] \
    || [ "$(prop "$f" entries)" != "$(prop "$f" expectedEntries)" ] \
    || [ "$(prop "$f" contentBytes)" != "$(prop "$f" expectedContentBytes)" ] \
    || [ "$(prop "$f" namesAsExpected)" != yes ] || [ "$(prop "$f" wrongContents)" != 0 ] \
    || [ "$oom" != 0 ]; then
    verdict=FAIL
    failed=1
  fi
  local seconds ratio
  seconds=$(prop "$f" seconds)
  ratio=$(python3 -c "import sys; a, b = float(sys.argv[1] or 0), float(sys.argv[2] or 0); print('%.2f' % (a / b) if b else '?')" "${seconds:-0}" "$reference_seconds")
  log "$label: $verdict in ${seconds}s (${ratio}× the reference's ${reference_seconds}s); heap ${before} MB before, at most ${peak} MB during, ${after} MB after"
  {
    echo "### $label: heap ${heap:-standalone.sh default} (max ${xmx} MB)"
    echo
    echo "- $verdict: $(prop "$f" entries) entries of $(prop "$f" expectedEntries), $(prop "$f" contentBytes) bytes of content ($(prop "$f" expectedContentBytes) expected), names as expected: $(prop "$f" namesAsExpected), entries whose SHA-256 differs: $(prop "$f" wrongContents), OutOfMemoryError in the log: $oom"
    echo "- wall time ${seconds} s (first byte after $(prop "$f" firstByteSeconds) s; ZIP $(prop "$f" zipBytes) bytes): **${ratio}×** the reference's ${reference_seconds} s (ZipOutputStream of the same files from disk just before, $(prop "$dir/reference.txt" zipBytes) bytes)"
    echo "- server heap in use: ${before} MB after a full GC before, at most ${peak} MB during (jstat every 2 s, without GC), ${after} MB after a full GC after"
    echo "- load average (1, 5, 15 min): $load_before before, $load_after after; other WildFly servers on the machine: $(( $(pgrep -f 'jboss-modules.jar' | wc -l) - 1 ))"
    echo
  } >>"$ROUNDS"
}

round default "$SERVER_HEAP"

if [ "$SMALL_HEAP" != none ]; then
  cp "$SERVER/standalone/log/server.log" "$RESULTS/server-default.log" 2>/dev/null || true
  stop_server
  # The scanner deploys the EAR again at the next start once its markers are gone.
  rm -f "$SERVER/standalone/deployments/colloquium.ear."*
  SERVER_HEAP="$SMALL_HEAP"
  log "starting WildFly again with $SERVER_HEAP"
  start_server
  round small-heap "$SMALL_HEAP"
fi

{
  echo "## Run $STAMP"
  echo
  echo "- command: \`FILES=$FILES FILE_KB=$FILE_KB SMALL_HEAP=\"$SMALL_HEAP\" colloquium-bench/run-export-zip.sh\`"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(psql -X -At -d postgres -c 'show server_version')"
  echo "- $FILES submissions, each with its own file of $FILE_KB KB, seeded by SQL in ${SEED_SECONDS}s before the reference and the downloads"
  echo "- reference: ZipOutputStream of the same files from disk (ZipReference.java), run right before each download"
  echo
  cat "$ROUNDS"
} >"$RESULTS/summary.md"
cat "$RESULTS/summary.md"

if [ "$failed" = 1 ]; then
  log "verification FAILED"
  exit 1
fi
log "verification passed"
