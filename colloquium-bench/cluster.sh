#!/usr/bin/env bash
# A cluster of Colloquium nodes on this machine, for trying it out and for the fault benchmarks:
# NODES copies of the server that `mvn package -Pcluster` provisions (colloquium-ear/target/
# server-ha) on one PostgreSQL database, and HAProxy in front of them, sticky by the session
# cookie, failing over to another node when one stops answering. docs/deploy.md ("A cluster of
# nodes") explains the set-up; this script is its smallest working example. Not a CI test.
#
#   colloquium-bench/cluster.sh start        # NODES=2: nodes on :8180, :8280, the balancer on :8000
#   colloquium-bench/cluster.sh status       # who answers, the cluster view of each node
#   colloquium-bench/cluster.sh kill 1       # kill -9 node 1 (freeze 1 / thaw 1: SIGSTOP / SIGCONT)
#   colloquium-bench/cluster.sh restart 1    # starts node 1 again (after a kill)
#   colloquium-bench/cluster.sh pid 1        # node 1's JVM (to signal it at a precise moment)
#   colloquium-bench/cluster.sh balancer     # rewrites haproxy.cfg and restarts HAProxy alone
#   colloquium-bench/cluster.sh stop         # stops the balancer and every node
#
# Needs: the EAR and server-ha built (`mvn -B -o -q install -DskipTests && mvn -B -o -q package
# -Pcluster -pl colloquium-ear`), PostgreSQL on PGHOST:PGPORT (trust), HAProxy (installed with
# apt-get when missing). Node K: HTTP port 8080+100K, JGroups 7600+100K, management 9990+100K.
# Everything it writes is under colloquium-bench/target/cluster/ (server copies, logs, haproxy.cfg).
#
# Knobs (environment; give the same ones to every command of one cluster): NODES=2, DB, PGHOST,
# PGPORT, PGUSER, BALANCER_PORT=8000, NODE_HEAP, DEPLOY_SECONDS=300;
#   PORT_BASE=0       node K's port offset is PORT_BASE+100K (HTTP, JGroups, management and the
#                     list in COLLOQUIUM_CLUSTER_HOSTS), so that a second cluster (the fault
#                     benchmark's, PORT_BASE=600) runs beside one on the default ports
#   SERVER_HA, EAR    the server and the EAR copied to each node (colloquium-ear/target/server-ha
#                     and colloquium-ear/target/colloquium.ear)
#   WORK              the folder of node copies, logs, haproxy.cfg (colloquium-bench/target/cluster)
#   NODE_SMTP_HOST, NODE_SMTP_PORT   an SMTP server for the nodes (default none: mail stays in the
#                     outbox as HELD)
#   DB_POOL_SIZE      each node's pool (the server's default, 30, when not given)
#   NODE_MAXCONN=n    at most n requests at once on a node; HAProxy queues the rest (timeout queue
#                     60 s) and gives them to whichever node is free first (default: no limit)
#   CHECK_TIMEOUT=2s  how long HAProxy waits for /health (default: its inter, 1 s)
#   MARK_DOWN_ON_ERROR=1  a node that refuses a connection is out at once, not at its next two
#                     failed health checks (HAProxy's observe layer4, error-limit 1)
#   HAPROXY_LOG=file  HAProxy in the foreground (still in the background of this script) writing
#                     a line per request (epoch.ms, node, status, times, termination state) and
#                     its health changes to that file; without it HAProxy runs as a daemon, silent.
#                     HAProxy's admin socket is always $WORK/haproxy.sock (drain, maint, show stat).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
NODES=${NODES:-2}
DB=${DB:-colloquium_cluster}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BALANCER_PORT=${BALANCER_PORT:-8000}
NODE_HEAP=${NODE_HEAP:--Xms256m -Xmx1g}
WORK=${WORK:-"$BENCH_DIR/target/cluster"}
PORT_BASE=${PORT_BASE:-0}
SERVER_HA=${SERVER_HA:-"$ROOT/colloquium-ear/target/server-ha"}
EAR=${EAR:-"$ROOT/colloquium-ear/target/colloquium.ear"}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

node_dir() { echo "$WORK/node$1"; }
offset() { echo $((PORT_BASE + 100 * $1)); }
http_port() { echo $((8080 + $(offset "$1"))); }
# The node's JVM, found by its name and its folder: standalone.sh's pid file is removed by the old
# script when a killed node's JVM exits, which may be after a restart wrote it again; the folder
# keeps two clusters of this script (another WORK) from taking each other's nodes.
pid_of() {
  pgrep -f "java.*-Djboss.home.dir=$(node_dir "$1")( |\$).*-Djboss.node.name=node$1( |\$)" | head -n 1 || true
}

hosts() {
  local list="" k
  for k in $(seq 1 "$NODES"); do list="$list${list:+,}127.0.0.1[$((7600 + $(offset "$k")))]"; done
  echo "$list"
}

# A private copy of server-ha with the EAR in its deployments folder (and no deployment record a
# previous `wildfly:run` may have left in its configuration: STACK.md item 23).
copy_node() {
  local dir
  dir=$(node_dir "$1")
  rm -rf "$dir"
  cp -r "$SERVER_HA" "$dir"
  python3 - "$dir/standalone/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(re.sub(r"\s*<deployments>.*?</deployments>", "", text, flags=re.S))
PY
  rm -rf "$dir/standalone/data/content" "$dir/standalone/deployments/"*
  cp "$EAR" "$dir/standalone/deployments/colloquium.ear"
}

start_node() {
  local k=$1 dir
  dir=$(node_dir "$k")
  rm -f "$dir/standalone/deployments/colloquium.ear."{deployed,failed,isdeploying}
  (
    unset SMTP_HOST SMTP_PORT
    if [ -n "${NODE_SMTP_HOST:-}" ]; then
      export SMTP_HOST="$NODE_SMTP_HOST" SMTP_PORT="${NODE_SMTP_PORT:-25}"
    fi
    export DB_DRIVER=postgresql DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" DB_PASSWORD=postgres
    export COLLOQUIUM_DEMO_DATA=true COLLOQUIUM_BASE_URL="http://127.0.0.1:$BALANCER_PORT"
    export COLLOQUIUM_BEHIND_PROXY=true
    export COLLOQUIUM_CLUSTER_HOSTS
    COLLOQUIUM_CLUSTER_HOSTS=$(hosts)
    export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/pid" JBOSS_JAVA_SIZING="$NODE_HEAP"
    exec "$dir/bin/standalone.sh" -b 127.0.0.1 -bprivate 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.node.name="node$k" -Djboss.socket.binding.port-offset="$(offset "$k")" \
      >"$dir/console.log" 2>&1
  ) &
  local deadline=$((SECONDS + ${DEPLOY_SECONDS:-300}))
  until [ -f "$dir/standalone/deployments/colloquium.ear.deployed" ]; do
    if [ -f "$dir/standalone/deployments/colloquium.ear.failed" ] || [ $SECONDS -gt $deadline ]; then
      log "node$k did not deploy: see $dir/standalone/log/server.log"
      exit 1
    fi
    sleep 2
  done
  log "node$k up on http://127.0.0.1:$(http_port "$k")/"
}

write_haproxy() {
  {
    cat <<HEAD
# Written by colloquium-bench/cluster.sh. Sticky by the session cookie: HAProxy prefixes the
# node's name to JSESSIONID (anonymous visitors, who have no session, get no cookie at all) and
# routes by it; a node whose /health fails twice (1 s apart), or refuses the connection, is left
# out and its sessions go to another node, which has them (distributed sessions, owners = 2).
global
  maxconn 4096
  stats socket $WORK/haproxy.sock mode 600 level admin
HEAD
    if [ -n "${HAPROXY_LOG:-}" ]; then
      # A line per request for the fault benchmark: accept time (epoch.ms), node, status, the
      # times (queue, connect, response, total; ms), the termination state, the retries, the
      # method and the path; and the health changes, with their time.
      cat <<'LOGGING'
  log stdout format iso local0 info
defaults
  mode http
  log global
  log-format "req %Ts.%ms %s %ST %Tw %Tc %Tr %Ta %tsc %rc %HM %HPO"
LOGGING
    else
      cat <<'LOGGING'
  log stdout format raw local0 warning
defaults
  mode http
  log global
LOGGING
    fi
    cat <<EOF
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  retries 2
  option redispatch 1
  # A GET whose node died under it (connection reset, no answer) is sent to another node; a POST
  # is not sent twice (the person sees an error and sends it again: what must not be lost was
  # written before the answer, and submissions carry an idempotency key).
  retry-on conn-failure empty-response response-timeout
frontend colloquium
  bind 127.0.0.1:$BALANCER_PORT
  option forwardfor
  default_backend nodes
backend nodes
  balance roundrobin
  http-request disable-l7-retry if !METH_GET
  cookie JSESSIONID prefix nocache
  option httpchk GET /health
  http-check expect status 200
  default-server inter 1s fall 2 rise 2${NODE_MAXCONN:+ maxconn $NODE_MAXCONN}$(
    # With maxconn, a dead node looks like the only one with free slots: the requests queued for
    # it would spend their retries on it before its health check takes it out.
    [ "${MARK_DOWN_ON_ERROR:-}" = 1 ] && echo " observe layer4 error-limit 1 on-error mark-down")
EOF
    if [ -n "${NODE_MAXCONN:-}" ]; then
      # Requests beyond a node's maxconn wait in HAProxy's queue, not in the node's, so that the
      # node's /health still answers at once when it is busy; a frozen node's slots stay taken,
      # so that new requests go to the others before its health check has failed.
      echo "  timeout queue 60s"
    fi
    if [ -n "${CHECK_TIMEOUT:-}" ]; then
      echo "  timeout check $CHECK_TIMEOUT"
    fi
    local k
    for k in $(seq 1 "$NODES"); do
      echo "  server node$k 127.0.0.1:$(http_port "$k") check cookie node$k"
    done
  } >"$WORK/haproxy.cfg"
}

start_balancer() {
  if ! command -v haproxy >/dev/null; then
    log "installing HAProxy"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  fi
  write_haproxy
  if [ -n "${HAPROXY_LOG:-}" ]; then
    haproxy -f "$WORK/haproxy.cfg" -db >>"$HAPROXY_LOG" 2>&1 &
    echo $! >"$WORK/haproxy.pid"
  else
    haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
  fi
  log "balancer on http://127.0.0.1:$BALANCER_PORT/"
}

stop_all() {
  if [ -f "$WORK/haproxy.pid" ]; then kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true; rm -f "$WORK/haproxy.pid"; fi
  local k pid
  for k in $(seq 1 9); do
    pid=$(pid_of "$k")
    if [ -n "$pid" ]; then kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; fi
  done
  for k in $(seq 1 9); do
    pid=$(pid_of "$k")
    if [ -n "$pid" ]; then
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}

case "${1:-}" in
  balancer) [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" || true; start_balancer ;;
  start)
    stop_all
    mkdir -p "$WORK"
    log "fresh database $DB"
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "drop database if exists $DB" -c "create database $DB" postgres
    for k in $(seq 1 "$NODES"); do copy_node "$k"; done
    # One after the other, so that each node's start is seen in the log on its own (they may
    # also start together: they take turns to migrate and load the demo).
    for k in $(seq 1 "$NODES"); do start_node "$k"; done
    start_balancer
    ;;
  status)
    if [ -S "$WORK/haproxy.sock" ]; then
      echo "show stat" | socat - "unix-connect:$WORK/haproxy.sock" 2>/dev/null \
        | awk -F, '$1 == "nodes" && $2 ~ /^node/ {print "balancer: " $2 " " $18 ", " $5 " requests in flight"}' || true
    fi
    for k in $(seq 1 "$NODES"); do
      printf 'node%s: ' "$k"
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 3 "http://127.0.0.1:$(http_port "$k")/health" || echo down
      grep -h 'ISPN10000[01]\|WFLYCLJG0033' "$(node_dir "$k")/standalone/log/server.log" 2>/dev/null | tail -n 1 | cut -c1-200 || true
    done
    ;;
  pid) pid_of "$2" ;;
  kill) kill -9 "$(pid_of "$2")" && log "node$2 killed" ;;
  freeze) kill -STOP "$(pid_of "$2")" && log "node$2 frozen" ;;
  thaw) kill -CONT "$(pid_of "$2")" && log "node$2 thawed" ;;
  restart) start_node "$2" ;;
  stop) stop_all ;;
  *) sed -n '2,34p' "$0" >&2; exit 2 ;;
esac
