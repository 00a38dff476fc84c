# Shared by cluster-test.sh and crash-test.sh: the app jar, a fresh PostgreSQL database, and
# app instances started, waited for and stopped by process id. Source it; needs $root.

jar() {
  local built
  built=$(ls "$root"/target/ogi-workflow-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$built" ] || [ "${OGI_ROBUST_BUILD:-0}" = 1 ]; then
    echo "Building the app jar (mvn package -DskipTests)..." >&2
    (cd "$root" && mvn -B -q -ntp package -DskipTests >&2)
    built=$(ls "$root"/target/ogi-workflow-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$built"
}

# fresh_pg_database NAME: an empty database NAME owned by role NAME (password NAME).
fresh_pg_database() {
  export OGI_DB_NAME=$1 OGI_DB_USER=$1 OGI_DB_PASSWORD=$1
  "$root"/scripts/postgres-local.sh start >/dev/null
  su postgres -c "dropdb --if-exists $1"
  "$root"/scripts/postgres-local.sh start >/dev/null
}

# start_app NAME PORT DIR [ARGS...]: starts the jar in DIR (its ./data is the H2 file database);
# prints the pid. Job executor on, idle polling and lock time short so a test does not wait
# minutes: a dead node's locked jobs are taken over once their lock expires.
start_app() {
  local name=$1 port=$2 dir=$3
  shift 3
  mkdir -p "$dir"
  (cd "$dir" && exec java -Xms256m -Xmx768m -XX:+UseSerialGC -jar "$JAR" \
    --server.port="$port" \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    --camunda.bpm.job-execution.max-wait=2000 \
    --camunda.bpm.job-execution.lock-time-in-millis=20000 \
    --ogi.demo.cases.enabled=false \
    "$@" >>"$dir/$name.log" 2>&1) &
  echo $!
}

# wait_healthy PORT PID: until /actuator/health answers UP (or the process died).
wait_healthy() {
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    kill -0 "$2" 2>/dev/null || { echo "app on port $1 died while starting" >&2; return 1; }
    sleep 1
  done
  echo "app on port $1 not healthy after 180 s" >&2
  return 1
}

# stop_app PID: graceful stop (SIGTERM), waiting for the process to end.
stop_app() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 1
  done
  kill -9 "$1" 2>/dev/null || true
}
