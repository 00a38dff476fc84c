#!/usr/bin/env bash
# Two app nodes on one PostgreSQL database (Camunda's shared-database cluster, job executor on
# both): drives CASES disclosure requests through both nodes at once (ogi_load.py) and checks that
# every case finished once, every job ran once, no tracking number is duplicated and no 5xx was
# answered. Prints cases/s. Usage: .ci/robust/cluster-test.sh   (CASES=200 THREADS=16)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/.ci/robust/lib.sh"
CASES=${CASES:-200}
THREADS=${THREADS:-16}
DB=${OGI_CLUSTER_DB:-ogi_cluster}
PORTS=(${OGI_CLUSTER_PORTS:-18181 18182})
work=$(mktemp -d /tmp/ogi-cluster.XXXXXX)
JAR=$(jar)

echo "== Two-node cluster on PostgreSQL database $DB, ports ${PORTS[*]} (logs in $work)"
fresh_pg_database "$DB"
pids=()
trap 'for p in "${pids[@]}"; do stop_app "$p"; done' EXIT
export OGI_DB_URL="jdbc:postgresql://localhost:5432/$DB"
# One after the other: the first creates the schema and seeds users, the second finds them.
for i in 0 1; do
  pid=$(start_app "node$((i + 1))" "${PORTS[$i]}" "$work" --spring.profiles.active=demo,postgres)
  pids+=("$pid")
  wait_healthy "${PORTS[$i]}" "$pid"
done
python3 "$root/.ci/robust/ogi_load.py" run --check --cases "$CASES" --threads "$THREADS" \
  --nodes "http://localhost:${PORTS[0]},http://localhost:${PORTS[1]}" --db "pg:$DB" \
  --ack "$work/acks.jsonl"
