#!/usr/bin/env bash
# Runs the benchmarks of issue 8 on H2 (file) and on PostgreSQL and prints a summary
# (target/bench/summary.txt). Figures only: nothing is asserted. See docs/benchmarks.md.
#   .ci/bench/run-all.sh            full sizes
#   .ci/bench/run-all.sh --quick    small sizes, to check the harness
# Environment: BENCH_DBS ("h2 postgres"), BENCH_ONLY (e.g. "startup intake"), BENCH_JAVA_OPTS,
# BENCH_STARTUP_LAYOUT ("jar", the default, or "extracted"),
# BENCH_SKIP_BUILD=1 (reuse the last build, e.g. for a second run in parallel).
# Ports 18201-18204 on H2, 18206-18209 on PostgreSQL (so both can run at once); BENCH_PORT_BASE
# moves them (e.g. 28201 beside another run). PostgreSQL: scripts/postgres-local.sh, databases ogi_bench (app benchmarks;
# ogi_bench_tasklist_N when BENCH_OPEN_CASES is N, not 10,000),
# ogi_bench_lifecycle, ogi_bench_intake, ogi_bench_startup and ogi_bench_bare (dropped and created anew).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out=$root/target/bench
mkdir -p "$out"
summary=$out/summary${BENCH_DBS:+-${BENCH_DBS// /-}}.txt

dbs=${BENCH_DBS:-h2 postgres}
only=${BENCH_ONLY:-lifecycle tasklist intake startup}
if [ "${1:-}" = "--quick" ]; then
  cases=20; warmup=5; open_cases=500; calls=50; wrk_seconds=5; startup_runs=1; tasklist_warmup=20
  intake_warmup=5
else
  # 300 warm-up cases: after 30 our case still ran the JIT's cold code (ratio 2.78 after 30, 2.39
  # after 400, 2.00 after 1,500; docs/benchmarks.md, 2026-12-04, third round).
  cases=${BENCH_CASES:-200}; warmup=${BENCH_WARMUP:-300}; open_cases=${BENCH_OPEN_CASES:-10000}
  calls=${BENCH_CALLS:-200}; wrk_seconds=${BENCH_WRK_SECONDS:-20}; startup_runs=${BENCH_STARTUP_RUNS:-3}
  # A server that has answered a hundred pages: the filter measured first ran visibly colder
  # after 20 (docs/benchmarks.md, 2026-12-04 later).
  tasklist_warmup=100
  # The intake's throughput was still climbing after 100 s of load (docs/benchmarks.md, 2026-12-04,
  # third round): C2 compiling the engine's paths.
  intake_warmup=${BENCH_INTAKE_WARMUP:-180}
fi
java_opts=${BENCH_JAVA_OPTS:-}
# How both apps are started for the start-up figures: "jar" (java -jar the fat jar) or
# "extracted" (java -jar the extracted layout; README "Running in production").
startup_layout=${BENCH_STARTUP_LAYOUT:-jar}
case $startup_layout in jar | extracted) ;; *) echo "BENCH_STARTUP_LAYOUT: jar or extracted" >&2; exit 1 ;; esac
port_base=${BENCH_PORT_BASE:-18201}
pg_user=ogi; pg_password=ogi-dev
pg_url() { echo "jdbc:postgresql://localhost:5432/$1"; }
wants() { [[ " $only " == *" $1 "* ]]; }

{
  echo "ogi-workflow benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
  echo "sizes: lifecycle $cases cases after $warmup warm-up; tasklist $open_cases open cases," \
    "$calls calls; intake wrk ${wrk_seconds}s cold and after ${intake_warmup}s; startup $startup_runs runs per app"
} | tee "$summary"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "== build"
  # Offline: everything needed was fetched by the README's `mvn verify` (which also writes
  # target/bench/classpath.txt, the benchmarks' test classpath; see pom.xml). The bare app uses
  # the same starters and plugins.
  mvn -B -q -ntp -o package -DskipTests
  mvn -B -q -ntp -o -f bench/bare-app/pom.xml package -DskipTests
fi
ours_jar=$root/target/ogi-workflow-0.1.0-SNAPSHOT.jar
bare_jar=$root/bench/bare-app/target/bare-camunda-app-0.1.0-SNAPSHOT.jar
[ -s "$out/classpath.txt" ] || { echo "no $out/classpath.txt: run mvn verify (or this script without BENCH_SKIP_BUILD) first" >&2; exit 1; }
classpath="$root/target/test-classes:$root/target/classes:$(cat "$out/classpath.txt")"
# The jars the start-up figures start: as built, or extracted once for all databases.
startup_ours_jar=$ours_jar; startup_bare_jar=$bare_jar
if wants startup && [ "$startup_layout" = extracted ]; then
  # Spring Boot's extracted layout (README "Running in production"): the libraries as plain jars
  # beside the application's, searched by the JDK's class loader.
  for app in ours bare; do
    app_jar=$([ $app = ours ] && echo "$ours_jar" || echo "$bare_jar")
    rm -rf "$out/extracted-$app"
    java -Djarmode=tools -jar "$app_jar" extract --destination "$out/extracted-$app" >/dev/null
  done
  startup_ours_jar=$out/extracted-ours/$(basename "$ours_jar")
  startup_bare_jar=$out/extracted-bare/$(basename "$bare_jar")
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

fresh_pg_db() {
  su postgres -c "dropdb --if-exists $1" >/dev/null
  OGI_DB_NAME=$1 OGI_DB_USER=$pg_user OGI_DB_PASSWORD=$pg_password scripts/postgres-local.sh start >/dev/null
}
if [[ " $dbs " == *" postgres "* ]]; then
  OGI_DB_NAME=ogi_bench OGI_DB_USER=$pg_user OGI_DB_PASSWORD=$pg_password scripts/postgres-local.sh start
fi

bench_java() { # db main-class [properties...]
  local db=$1 main=$2; shift 2
  # shellcheck disable=SC2086
  java $java_opts -cp "$classpath" -Dbench.db="$db" -Dbench.pgUser=$pg_user \
    -Dbench.pgPassword=$pg_password "$@" "io.github.ogiworkflow.bench.$main"
}

# The settings of the H2 URL the app ships (application.yaml, after the file name): the apps
# measured on H2 write each commit before it returns (WRITE_DELAY=0), as an office's does.
h2_settings=$(sed -n 's/^ *url: jdbc:h2:file:[^;]*//p' src/main/resources/application.yaml)
[ -n "$h2_settings" ] || { echo "no H2 file URL in application.yaml" >&2; exit 1; }
# The app's datasource arguments: H2 file under target/bench, or a PostgreSQL database.
datasource_args() { # db name
  if [ "$1" = postgres ]; then
    # The postgres profile's driver settings (application-postgres.yaml), as an office runs it.
    echo "--spring.profiles.active=postgres --spring.datasource.url=$(pg_url "$2") --spring.datasource.username=$pg_user --spring.datasource.password=$pg_password"
  else
    echo "--spring.datasource.url=jdbc:h2:file:$out/$2$h2_settings --spring.datasource.username=sa --spring.datasource.password="
  fi
}

# Our app outside the demo profile needs the agency's settings that its letters name, as an office
# sets them in a file (README "Running outside the demo profile", ADR 0051); the bare app has none.
ours_settings=(--spring.config.additional-location=file:$root/.ci/bench/agency.yaml)

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

# Starts a jar in the background and waits until $ready answers 200; sets app_pid, started_ms
# (spawn to the "Started" line), ready_ms (spawn to ready), spring_s (Spring's own figure), rss_mb,
# cpu_ms (the JVM's CPU time, user + system, when ready: less dependent on other work than ready_ms).
start_app() { # log ready-url jar args...
  local log=$1 ready=$2 jar=$3; shift 3
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  OGI_ADMIN_PASSWORD='Bench-Secret-2026' OGI_LINK_SECRET='bench-download-link-key-of-32-characters' java $java_opts -jar "$jar" "$@" >"$log" 2>&1 &
  app_pid=$!
  started_ms=
  for _ in $(seq 1 3000); do
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$log"; echo "app died: $log" >&2; exit 1; }
    if [ -z "$started_ms" ] && grep -q "Started .* in .* seconds" "$log"; then
      started_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$ready" || true)" = 200 ]; then
      ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      break
    fi
    sleep 0.1
  done
  [ -n "${ready_ms:-}" ] || { echo "app not ready: $log" >&2; exit 1; }
  if [ -z "$started_ms" ]; then started_ms=$ready_ms; fi
  cpu_ms=$(app_cpu_ms)
  spring_s=$(grep -o "Started [A-Za-z]* in [0-9.]* seconds" "$log" | awk '{print $4}' || true)
  rss_mb=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status")
}

# The app's CPU time (user + system, ms) and the bytes it has written to disk so far.
app_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$app_pid/stat"; }
app_written() { awk '/^write_bytes/ {print $2}' "/proc/$app_pid/io"; }

# One intake measurement (wrk -t2 -c4 for $wrk_seconds), its lines labelled with the phase. Also
# the app's CPU and disk writes per request over the window: on a machine shared with other work
# req/s measure the others too, while these two depend little on them (docs/benchmarks.md,
# session 33).
measure_intake() { # url phase log
  local cpu0 written0 requests
  cpu0=$(app_cpu_ms); written0=$(app_written)
  wrk -t2 -c4 -d"${wrk_seconds}s" --latency -s .ci/bench/intake.lua "$1" \
    | sed "s/^intake:/intake ($2):/" >"$3"
  requests=$(grep -o "^intake ($2): requests [0-9]*" "$3" | awk '{print $NF}' || true)
  if [ "${requests:-0}" -gt 0 ]; then
    awk -v c="$(( $(app_cpu_ms) - cpu0 ))" -v w="$(( $(app_written) - written0 ))" -v n="$requests" -v p="$2" \
      'BEGIN {printf "intake (%s): app CPU per request %.2f ms, written per request %.0f KB\n", p, c / n, w / n / 1024}' >>"$3"
  fi
  grep -E "^intake \($2\):" "$3"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

for db in $dbs; do
  echo "== $db" | tee -a "$summary"
  p=$([ "$db" = postgres ] && echo 5 || echo 0) # port offset

  if wants lifecycle; then
    echo "-- (1) lifecycle throughput"
    [ "$db" = postgres ] && fresh_pg_db ogi_bench_lifecycle
    bench_java "$db" LifecycleBenchmark -Dbench.cases="$cases" -Dbench.warmup="$warmup" \
      -Dbench.pgUrl="$(pg_url ogi_bench_lifecycle)" 2>&1 | tee "$out/lifecycle-$db.log" \
      | grep -E "^(Lifecycle|  )" || true
    grep -E "^(Lifecycle|  )" "$out/lifecycle-$db.log" >>"$summary"
  fi

  if wants tasklist; then
    echo "-- (2) tasklist query"
    # One PostgreSQL database per size, kept between runs like H2's files (so 1,000 and 10,000
    # open cases can be compared without seeding again): ogi_bench holds the full size.
    tasklist_pg_db=ogi_bench
    if [ "$open_cases" != 10000 ]; then tasklist_pg_db=ogi_bench_tasklist_$open_cases; fi
    if [ "$db" = postgres ]; then
      OGI_DB_NAME=$tasklist_pg_db OGI_DB_USER=$pg_user OGI_DB_PASSWORD=$pg_password \
        scripts/postgres-local.sh start >/dev/null
    fi
    bench_java "$db" TasklistQueryBenchmark -Dbench.openCases="$open_cases" -Dbench.calls="$calls" \
      -Dbench.warmupCalls="${BENCH_TASKLIST_WARMUP:-$tasklist_warmup}" \
      -Dbench.port=$((port_base + 0 + p)) -Dbench.pgUrl="$(pg_url "$tasklist_pg_db")" >"$out/tasklist-$db.log" 2>&1
    grep -E "^(Tasklist|  Tasklist|  \[)" "$out/tasklist-$db.log" | tee -a "$summary"
  fi

  if wants intake; then
    echo "-- (4) public intake under wrk"
    # H2 as shipped writes every commit's pages anew: gigabytes after the run, so a file of its own.
    rm -f "$out"/intake-h2.*.db
    # On PostgreSQL too a database of its own, anew: a run leaves about 40,000 applications
    # behind, and the Tasklist benchmark's database must not grow with them (docs/benchmarks.md,
    # session 26).
    [ "$db" = postgres ] && fresh_pg_db ogi_bench_intake
    # shellcheck disable=SC2046
    start_app "$out/intake-app-$db.log" http://localhost:$((port_base + 1 + p))/actuator/health "$ours_jar" \
      --server.port=$((port_base + 1 + p)) \
      $(datasource_args "$db" "$([ "$db" = h2 ] && echo intake-h2 || echo ogi_bench_intake)") \
      --ogi.public.rate-limit.capacity=1000000000 \
      --ogi.public.daily-limit-per-identity=1000000000 --logging.level.root=warn "${ours_settings[@]}"
    intake_url=http://localhost:$((port_base + 1 + p))
    wrk -t1 -c2 -d5s -s .ci/bench/intake.lua "$intake_url" >/dev/null # warm-up
    # Twice: right after the start (the JIT still compiling: the first minutes after a restart)
    # and after $intake_warmup s more of the same load (a server that has been running).
    measure_intake "$intake_url" cold "$out/intake-$db-cold.log"
    wrk -t2 -c4 -d"${intake_warmup}s" -s .ci/bench/intake.lua "$intake_url" >/dev/null
    measure_intake "$intake_url" warm "$out/intake-$db-warm.log"
    stop_app
    rm -f "$out"/intake-h2.*.db
    echo "Public intake on $db: wrk -t2 -c4 -d${wrk_seconds}s, rate limiter capacity 1e9, cold" \
      "(after a 5 s warm-up) and warm (after ${intake_warmup} s more) (goal >= 300 req/s, p99 < 100 ms)" \
      >>"$summary"
    for phase in cold warm; do
      grep -E "^intake \($phase\):|Non-2xx" "$out/intake-$db-$phase.log" | sed 's/^/  /' >>"$summary"
    done
  fi

  if wants startup; then
    echo "-- (5) startup time and RSS"
    if [ "$db" = postgres ]; then fresh_pg_db ogi_bench_startup; fresh_pg_db ogi_bench_bare; fi
    rm -rf "$out"/startup-h2.*.db "$out"/bare-h2.*.db # the databases, not the figures
    : >"$out/startup-$db.tsv"
    for run in $(seq 1 "$startup_runs"); do
      # shellcheck disable=SC2046
      start_app "$out/startup-ours-$db-$run.log" http://localhost:$((port_base + 2 + p))/actuator/health "$startup_ours_jar" \
        --server.port=$((port_base + 2 + p)) $(datasource_args "$db" "$([ "$db" = h2 ] && echo startup-h2 || echo ogi_bench_startup)") \
        "${ours_settings[@]}"
      printf 'ours\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$started_ms" "$ready_ms" "$spring_s" "$rss_mb" "$cpu_ms" | tee -a "$out/startup-$db.tsv"
      stop_app
      # shellcheck disable=SC2046
      start_app "$out/startup-bare-$db-$run.log" http://localhost:$((port_base + 3 + p))/camunda/app/welcome/default/ "$startup_bare_jar" \
        --server.port=$((port_base + 3 + p)) $(datasource_args "$db" "$([ "$db" = h2 ] && echo bare-h2 || echo ogi_bench_bare)")
      printf 'bare\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$started_ms" "$ready_ms" "$spring_s" "$rss_mb" "$cpu_ms" | tee -a "$out/startup-$db.tsv"
      stop_app
    done
    {
      echo "Startup on $db ($startup_runs runs each, run 1 on an empty database; medians;" \
        "$startup_layout layout):"
      for app in ours bare; do
        awk -v a=$app '$1==a' "$out/startup-$db.tsv" > "$out/startup-$db-$app.tsv"
        printf '  %s: to "Started" %s ms (Spring: %s s), to ready %s ms, RSS %s MB, CPU to ready %s ms\n' "$app" \
          "$(cut -f3 "$out/startup-$db-$app.tsv" | median)" "$(cut -f5 "$out/startup-$db-$app.tsv" | median)" \
          "$(cut -f4 "$out/startup-$db-$app.tsv" | median)" "$(cut -f6 "$out/startup-$db-$app.tsv" | median)" \
          "$(cut -f7 "$out/startup-$db-$app.tsv" | median)"
      done
      ours_ready=$(cut -f4 "$out/startup-$db-ours.tsv" | median); bare_ready=$(cut -f4 "$out/startup-$db-bare.tsv" | median)
      ours_rss=$(cut -f6 "$out/startup-$db-ours.tsv" | median); bare_rss=$(cut -f6 "$out/startup-$db-bare.tsv" | median)
      ours_cpu=$(cut -f7 "$out/startup-$db-ours.tsv" | median); bare_cpu=$(cut -f7 "$out/startup-$db-bare.tsv" | median)
      awk -v a="$ours_ready" -v b="$bare_ready" -v c="$ours_rss" -v d="$bare_rss" -v e="$ours_cpu" -v f="$bare_cpu" \
        'BEGIN {printf "  ratio ours/bare: startup %.2f, RSS %.2f, CPU to ready %.2f (goal <= 1.2, startup)\n", a / b, c / d, e / f}'
      if [ "$startup_runs" -lt 3 ]; then
        # Run 1 is on an empty database (ours migrates, deploys and seeds; the bare app does not).
        echo "  (fewer than 3 starts, the first on an empty database:" \
          "a harness check, not the goal's figure)"
      fi
    } | tee -a "$summary"
  fi
done

echo "== summary ($summary)"
cat "$summary"
