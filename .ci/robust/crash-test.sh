#!/usr/bin/env bash
# Crash test: kill -9 the app while a load runs (ogi_load.py), then check the database as the
# crash left it: every acknowledged registration and task completion (HTTP 2xx received) is there,
# register rows and process instances match, no step half-written. Restart, resume every open case
# to its end (jobs locked by the dead process are taken over, timers made due fire) and check again:
# every case closed once, every job ran once, no job or incident left.
# On H2, if the file came back with a transaction half-written (H2's file store may do that to a
# commit under way at the kill, H2 issue #2080, ADR 0048), only the acknowledged writes decide and
# the restart is skipped; otherwise H2 runs every check and the restart like PostgreSQL.
# Usage: .ci/robust/crash-test.sh [h2] [postgres]   (default both; THREADS=8 KILL_AFTER=20;
# CASES=500 only bounds the load: the app is killed after KILL_AFTER seconds whatever ran by then)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/.ci/robust/lib.sh"
CASES=${CASES:-500}
THREADS=${THREADS:-8}
KILL_AFTER=${KILL_AFTER:-20}
PORT=${OGI_CRASH_PORT:-18191}
DB=${OGI_CRASH_DB:-ogi_crash}
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(h2 postgres)
work=$(mktemp -d /tmp/ogi-crash.XXXXXX)
JAR=$(jar)
# The H2 tools of exactly the app's H2 version, to read the file while the app is down.
python3 - "$JAR" "$work" <<'PY'
import sys, zipfile
app = zipfile.ZipFile(sys.argv[1])
for name in app.namelist():
    if name.startswith("BOOT-INF/lib/h2-") and name.endswith(".jar"):
        open(sys.argv[2] + "/" + name.rsplit("/", 1)[1], "wb").write(app.read(name))
PY
H2JAR=$(ls "$work"/h2-*.jar)
load="$root/.ci/robust/ogi_load.py"
url="http://localhost:$PORT"
pid=
trap '[ -z "$pid" ] || stop_app "$pid"' EXIT

for database in "${databases[@]}"; do
  dir="$work/$database"
  mkdir -p "$dir"
  acks="$dir/acks.jsonl"
  case "$database" in
    h2)
      args=(--spring.profiles.active=demo ${OGI_CRASH_H2_ARGS:-})   # H2 file database in $dir/data, as by default
      spec="h2:$dir/data/ogi-workflow:$H2JAR" ;;
    postgres)
      fresh_pg_database "$DB"
      export OGI_DB_URL="jdbc:postgresql://localhost:5432/$DB"
      args=(--spring.profiles.active=demo,postgres)
      spec="pg:$DB" ;;
    *) echo "unknown database $database (h2, postgres)" >&2; exit 2 ;;
  esac
  echo "== Crash test on $database (port $PORT, logs in $dir)"
  pid=$(start_app crash "$PORT" "$dir" "${args[@]}")
  wait_healthy "$PORT" "$pid"
  python3 "$load" run --until-down --cases "$CASES" --threads "$THREADS" --nodes "$url" \
    --db "$spec" --ack "$acks" &
  driver=$!
  # KILL_AFTER counts from the first acknowledged registration: on a busy machine the first
  # requests of a freshly started app can take longer than KILL_AFTER, and a kill before any case
  # was registered checks nothing.
  for _ in $(seq 1 600); do
    grep -q '"registered"' "$acks" 2>/dev/null && break
    kill -0 "$driver" 2>/dev/null || break
    sleep 0.2
  done
  sleep "$KILL_AFTER"
  echo "-- kill -9 the app under load"
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  pid=
  wait "$driver"
  echo "-- the database as the crash left it"
  if [ "$database" = h2 ]; then
    # Every check decides when H2 kept the crash consistent; a half-written transaction (H2 #2080)
    # only fails the run if an acknowledged write is missing, and the restart is then skipped.
    if ! python3 "$load" check --crashed --db "$spec" --ack "$acks"; then
      python3 "$load" check --crashed --durability-only --db "$spec" --ack "$acks"
      echo "-- H2 left a transaction half-written at the kill (ADR 0048): no restart on this file"
      continue
    fi
  else
    python3 "$load" check --crashed --db "$spec" --ack "$acks"
  fi
  echo "-- restart; resume every open case to its end"
  pid=$(start_app crash "$PORT" "$dir" "${args[@]}")
  wait_healthy "$PORT" "$pid"
  python3 "$load" finish --threads "$THREADS" --nodes "$url" --db "$spec" --ack "$acks"
  stop_app "$pid"
  pid=
  echo "-- the database after the restart"
  python3 "$load" check --db "$spec" --ack "$acks"
done
