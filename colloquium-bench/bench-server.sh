# Sourced by the benchmark scripts.
#
# copy_server: a private copy of the provisioned server, with the EAR in its deployments folder.
# `mvn package wildfly:run` records its deployment in the provisioned server's standalone.xml; a copy that keeps that record deploys the EAR twice and fails, so the
# record is dropped from the copy (the provisioned server itself is left as it is).
copy_server() { # root of the repository, target folder
  cp -r "$1/colloquium-ear/target/server" "$2"
  python3 - "$2/standalone/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
cleaned = re.sub(r"\s*<deployments>.*?</deployments>", "", text, flags=re.S)
if cleaned != text:
    open(path, "w", encoding="utf-8").write(cleaned)
PY
  rm -rf "$2/standalone/data/content" "$2/standalone/deployments/"*
  cp "$1/colloquium-ear/target/colloquium.ear" "$2/standalone/deployments/"
}

# Starts the copied server on a fresh PostgreSQL database with the demo data, mail held in the
# outbox, and waits until the EAR is deployed. Reads SERVER, DB, PGHOST, PGPORT, PGUSER,
# PGPASSWORD, BASE_URL, PORT_OFFSET, SERVER_PID_FILE, SCRATCH, RESULTS, SERVER_HEAP (optional) and
# DEPLOY_SECONDS (how long the start may take, 240 by default; more on a busy machine).
start_server() {
  (
    unset SMTP_HOST SMTP_PORT SMTP_USER SMTP_PASSWORD
    export DB_DRIVER=postgresql
    export DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
    export DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-postgres}"
    export COLLOQUIUM_DEMO_DATA=true
    export COLLOQUIUM_BASE_URL="$BASE_URL"
    export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$SERVER_PID_FILE"
    if [ -n "${SERVER_HEAP:-}" ]; then export JBOSS_JAVA_SIZING="$SERVER_HEAP"; fi
    # Undertow's statistics on: without them the web deployment's sessions-created stays 0 (only
    # active-sessions is counted), and the benchmarks report how many sessions were created.
    exec "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
      -Dwildfly.undertow.statistics-enabled=true >"$SCRATCH/console.log" 2>&1
  ) &
  local deadline=$((SECONDS + ${DEPLOY_SECONDS:-240}))
  until [ -f "$SERVER/standalone/deployments/colloquium.ear.deployed" ]; do
    if [ -f "$SERVER/standalone/deployments/colloquium.ear.failed" ] || [ $SECONDS -gt $deadline ]; then
      echo "the EAR did not deploy; see $RESULTS/server.log" >&2
      exit 1
    fi
    sleep 2
  done
}
