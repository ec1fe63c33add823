#!/bin/sh
# Starts WildFly with Colloquium. Every setting comes from the environment (docs/configuration.md);
# extra arguments are passed to standalone.sh, e.g. -Dcolloquium.site-name=...
set -eu

# The datasource's driver is an expression (configure-server.cli); derive it from the URL so that
# DB_URL alone is enough for PostgreSQL. An explicit DB_DRIVER always wins.
if [ -z "${DB_DRIVER:-}" ]; then
  case "${DB_URL:-}" in
    jdbc:postgresql:*) DB_DRIVER=postgresql; export DB_DRIVER ;;
  esac
fi

# HTTP on every interface of the container; the management interface keeps its default,
# 127.0.0.1, so it is reachable only from inside the container (bin/jboss-cli.sh -c).
exec /opt/colloquium/bin/standalone.sh -b 0.0.0.0 "$@"
