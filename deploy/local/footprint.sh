#!/usr/bin/env bash
# Start-up time and idle memory of the packaged services, one service at a time, under one or more sets of JVM
# options (docs/operations.md, "JVM settings"). PostgreSQL and Kafka come from the infrastructure launcher of the
# local run (fresh, on free ports); each service is started once unmeasured (its database migrated, and an AppCDS
# archive written where the options ask for one), then RUNS times per option set, the sets taking turns, so that
# a change of machine load hits every set alike. Per start: seconds from exec to /q/health/ready UP (polled every
# 50 ms), the CPU seconds the JVM used until then, and VmRSS after IDLE seconds of rest; after the first start of each set also the heap in use after a full
# collection (the live set) and the metaspace. Prints every figure and the medians, with the load average.
#
#   deploy/local/footprint.sh                          # the local run's options (run.sh) against -Xmx256m
#   deploy/local/footprint.sh --runs 5 --idle 20 --services vacancy-service,web --nice -10 \
#       --set "old=-Xmx256m" --set "new=$(deploy/local/run.sh --print-jvm-options)"
# --nice N runs the launcher and the services at that niceness: on a machine other jobs keep busy, a negative N
# (as root) measures what the service needs rather than its share of the queue; say so beside the figures.
# In an option set, {jsa} stands for <module>/target/quarkus-app/app-cds.jsa. Build the jars first (run.sh --rebuild).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS=3
IDLE=15
SERVICES="vacancy-service,candidate-service,selection-service,reserve-service,web"
SETS=()
NICE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --idle) IDLE="$2"; shift 2 ;;
    --services) SERVICES="$2"; shift 2 ;;
    --set) SETS+=("$2"); shift 2 ;;
    --nice) NICE="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ ${#SETS[@]} -eq 0 ]; then
  SETS=("before=-Xmx256m" "run.sh=$("$ROOT/deploy/local/run.sh" --print-jvm-options)")
fi
IFS=, read -r -a MODULES <<< "$SERVICES"
WORK="$ROOT/deploy/local/.footprint"
rm -rf "$WORK"; mkdir -p "$WORK/logs"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SMTP_PORT=$(free_port)
mkfifo "$WORK/infra.in"
nice -n "$NICE" java -Xmx128m -XX:+UseSerialGC -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" \
  org.werving.infra.Infra --watch-stdin --dir "$WORK/data" --fresh --databases vacancy,candidate,selection,reserve \
  --smtp-port "$SMTP_PORT" --mail-web-port "$(free_port)" < "$WORK/infra.in" > "$WORK/logs/infra.log" 2>&1 &
exec 7> "$WORK/infra.in" # the launcher stops when this script ends and the pipe closes
until grep -q "WERVING-INFRA READY" "$WORK/logs/infra.log"; do sleep 0.3; done
PG_PORT=$(sed -n 's/.*READY postgres=\([0-9]*\).*/\1/p' "$WORK/logs/infra.log")
KAFKA_PORT=$(sed -n 's/.*READY .*kafka=\([0-9]*\).*/\1/p' "$WORK/logs/infra.log")

# Starts one module in the background with the given options; sets PID and PORT.
# Words of the options of the form NAME=value (upper case) are set in the environment, the rest go to java.
start() { # $1 module, $2 options, $3 log
  local module="$1" db="${1%%-*}" envs=() jvm=() word
  for word in $2; do
    if [[ "$word" =~ ^[A-Z_]+= ]]; then envs+=("$word"); else jvm+=("$word"); fi
  done
  PORT=$(free_port)
  (cd "$ROOT/$module/target/quarkus-app" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_PROFILE=local \
    DB_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/$db" DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
    DB_USER=werving DB_PASSWORD=werving KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" \
    WERVING_WEB_DEV_KEY_FILE="$ROOT/deploy/infra/src/main/resources/werving-dev-keys/private.pem" \
    "${envs[@]}" nice -n "$NICE" java "${jvm[@]}" -jar quarkus-run.jar > "$3" 2>&1) &
  PID=$!
}

await_ready() { # prints the seconds from $1 (ns) to the first 200 of /q/health/ready, and the JVM's CPU seconds
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { echo "exited, see its log" >&2; return 1; }
    sleep 0.05
  done
  local now stat
  now=$(date +%s%N)
  read -r -a stat < "/proc/$PID/stat" # fields 14 and 15: user and system time in clock ticks
  echo "scale=2; ($now - $1) / 1000000000" | bc
  echo "scale=2; (${stat[13]} + ${stat[14]}) / $(getconf CLK_TCK)" | bc
}

# After a full collection: the heap still in use (the live set) and the metaspace, from jcmd; into live-set.txt.
live_set() {
  local jvm; jvm="$(pgrep -P "$PID" java || echo "$PID")"
  jcmd "$jvm" GC.run > /dev/null 2>&1 || return 0
  { echo "== $1"; jcmd "$jvm" GC.heap_info 2>/dev/null | grep -E "total|used" | sed 's/^ */   /'; } >> "$WORK/live-set.txt"
}

stop() { kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$(pgrep -P "$PID" java || echo "$PID")/status") / 1024 )); }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "== $(nproc) cores, niceness $NICE; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for module in "${MODULES[@]}"; do
  jsa="$ROOT/$module/target/quarkus-app/app-cds.jsa"
  for set in "${SETS[@]}"; do
    opts="${set#*=}"
    if [[ "$opts" == *"SharedArchiveFile={jsa}"* && ! "$jsa" -nt "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]]; then
      # the unmeasured first start writes the archive when it stops (as run.sh's first start does)
      first="$(sed 's/-XX:SharedArchiveFile={jsa}/-XX:ArchiveClassesAtExit={jsa}/' <<< "$opts")"
      start "$module" "${first//\{jsa\}/$jsa}" "$WORK/logs/$module-first.log"
      await_ready "$(date +%s%N)" > /dev/null
      stop
    fi
  done
  start "$module" "-Xmx256m" "$WORK/logs/$module-migrate.log" # migrates its database once, unmeasured
  await_ready "$(date +%s%N)" > /dev/null
  stop
  for run in $(seq 1 "$RUNS"); do
    for set in "${SETS[@]}"; do
      label="${set%%=*}"; opts="${set#*=}"
      t0=$(date +%s%N)
      start "$module" "${opts//\{jsa\}/$jsa}" "$WORK/logs/$module-$label-$run.log"
      { read -r ready; read -r cpu; } < <(await_ready "$t0")
      [ -n "$cpu" ] || { echo "$module ($label) did not get ready, see $WORK/logs/$module-$label-$run.log" >&2; exit 1; }
      sleep "$IDLE"
      rss=$(rss_mb)
      [ "$run" -gt 1 ] || live_set "$module $label"
      stop
      echo "$module $label run $run: ready ${ready} s (CPU ${cpu} s), RSS idle ${rss} MB (load $(cut -d' ' -f1 /proc/loadavg))"
      echo "$module|$label|$ready|$rss|$cpu" >> "$WORK/figures"
    done
  done
done
echo "== load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== after the first start of each set and a full GC (jcmd GC.heap_info):"
cat "$WORK/live-set.txt" 2>/dev/null || true
echo "== medians of $RUNS runs (ready s / CPU s to ready / RSS idle MB)"
column() { awk -F'|' -v m="$1" -v l="$2" -v c="$3" '$1==m && $2==l {printf "%s ", $c}' "$WORK/figures" | median; }
for module in "${MODULES[@]}"; do
  for set in "${SETS[@]}"; do
    label="${set%%=*}"
    printf '%-18s %-10s %6s s %6s s %5s MB\n' "$module" "$label" "$(column "$module" "$label" 3)" \
      "$(column "$module" "$label" 5)" "$(column "$module" "$label" 4)"
  done
done
