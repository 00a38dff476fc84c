#!/usr/bin/env bash
# A local PostgreSQL for ogi-workflow on a Debian machine: install (if missing), start, create
# the role and database, or stop. Usage: scripts/postgres-local.sh start|stop|status
#   OGI_DB_USER (default ogi), OGI_DB_PASSWORD (default ogi-dev), OGI_DB_NAME (default ogi)
set -euo pipefail
user=${OGI_DB_USER:-ogi}
password=${OGI_DB_PASSWORD:-ogi-dev}
database=${OGI_DB_NAME:-ogi}

as_postgres() { su postgres -c "$1"; }

cluster() {
  pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}'
}

install_if_missing() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(cluster)" ]; then
    echo "Installing PostgreSQL from Debian..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

case "${1:-start}" in
  start)
    install_if_missing
    read -r version name <<<"$(cluster)"
    pg_ctlcluster "$version" "$name" start 2>/dev/null || true
    for _ in $(seq 1 30); do
      as_postgres "pg_isready -q" && break
      sleep 1
    done
    if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$user'\"" | grep -q 1; then
      as_postgres "psql -qc \"CREATE ROLE $user LOGIN PASSWORD '$password'\""
    fi
    if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='$database'\"" | grep -q 1; then
      as_postgres "createdb -O $user $database"
    fi
    echo "PostgreSQL $version running; database '$database' owned by '$user'."
    echo "Start the app with: OGI_DB_URL=jdbc:postgresql://localhost:5432/$database" \
      "OGI_DB_USER=$user OGI_DB_PASSWORD=... mvn spring-boot:run -Dspring-boot.run.profiles=demo,postgres"
    ;;
  stop)
    read -r version name <<<"$(cluster)"
    pg_ctlcluster "$version" "$name" stop
    ;;
  status)
    pg_lsclusters
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
