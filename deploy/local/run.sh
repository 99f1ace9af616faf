#!/usr/bin/env bash
# Runs the whole of werving on this machine: PostgreSQL, a Kafka broker (KRaft), a mail catcher,
# the four services and (when web/ exists) the web front end, with the five demo vacancies
# published. Ctrl-C stops everything.
#
#   deploy/local/run.sh            # data in deploy/local/.data survives a restart
#   deploy/local/run.sh --fresh    # start from empty databases and topics
#   deploy/local/run.sh --rebuild  # package the services again first
#   WERVING_PORT_OFFSET=100 deploy/local/run.sh   # every port + 100, own data and logs: runs beside another
#   deploy/local/run.sh --print-jvm-options        # the services' JVM options ({jsa}: each one's AppCDS archive)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/deploy/local"
OFFSET="${WERVING_PORT_OFFSET:-0}"
if ! [[ "$OFFSET" =~ ^[0-9]+$ ]] || [ "$OFFSET" -gt 40000 ]; then
  echo "WERVING_PORT_OFFSET must be a whole number from 0 to 40000, not '$OFFSET'" >&2
  exit 2
fi
SUFFIX=""
[ "$OFFSET" -eq 0 ] || SUFFIX="-$OFFSET"
DATA="$HERE/.data$SUFFIX"
LOGS="$HERE/.logs$SUFFIX"
PG_PORT="${WERVING_PG_PORT:-$((15432 + OFFSET))}"
KAFKA_PORT="${WERVING_KAFKA_PORT:-$((19092 + OFFSET))}"
SMTP_PORT="${WERVING_SMTP_PORT:-$((1025 + OFFSET))}"
MAIL_WEB_PORT="${WERVING_MAIL_WEB_PORT:-$((8025 + OFFSET))}"
MAIL_MAX="${WERVING_MAIL_MAX:-2000}"
WEB_PORT=$((8080 + OFFSET))
VACANCY_PORT=$((8081 + OFFSET))
SERVICES=("vacancy-service:$VACANCY_PORT" "candidate-service:$((8082 + OFFSET))"
          "selection-service:$((8083 + OFFSET))" "reserve-service:$((8084 + OFFSET))")
# JVM settings of every service and web (docs/operations.md, "JVM settings"): one GC thread and no concurrent GC
# work on 1-2 cores, a heap of six to seven times the live set measured after start, a start-up heap that grows instead of
# being touched at once, capped metaspace, code cache and direct memory so the resident set stays predictable.
# AppCDS (JDK 17 dynamic archive): a jar's first start writes the classes it loaded to app-cds.jsa beside it when
# it stops (that first stop takes a little longer); later starts map them instead of loading and verifying them
# again (cds_for below; a rebuilt jar gets a new archive). deploy/bench reads the java lines here: without archive.
cds=""
JVM_OPTS="-XX:+UseSerialGC -Xms32m -Xmx160m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError"
FRESH=""
REBUILD=""
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH="--fresh" ;;
    --rebuild) REBUILD=1 ;;
    --print-jvm-options) echo "MALLOC_ARENA_MAX=2 $JVM_OPTS -XX:SharedArchiveFile={jsa}"; exit 0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# One run per checkout and offset: the lock is held as long as this script lives (the kernel
# releases it when the script ends, however it ends), so a second run.sh never reads the first
# one's READY line nor overwrites its logs.
mkdir -p "$LOGS"
exec 9>"$LOGS/run.lock"
if ! flock -n 9; then
  other="$(cat "$LOGS/run.pid" 2>/dev/null || echo '?')"
  echo "werving is already running from this checkout with WERVING_PORT_OFFSET=$OFFSET (run.sh pid $other, logs in $LOGS)." >&2
  echo "Stop that one first (Ctrl-C in its terminal, or kill $other), or run a second one beside it:" >&2
  echo "  WERVING_PORT_OFFSET=$((OFFSET + 100)) $0" >&2
  exit 1
fi
echo $$ > "$LOGS/run.pid"

# Web front end: built and started when the checkout has it as a module.
WEB=""
if [ -f "$ROOT/web/pom.xml" ]; then
  if grep -q '<module>web</module>' "$ROOT/pom.xml"; then
    WEB=1
  else
    echo "== web/ is not a module of the root pom yet: the web front end is not started"
  fi
fi

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
taken=""
check_port() { if in_use "$2"; then taken="$taken  $1 port $2"$'\n'; fi; }
check_port PostgreSQL "$PG_PORT"; check_port Kafka "$KAFKA_PORT"
check_port SMTP "$SMTP_PORT"; check_port "mail page" "$MAIL_WEB_PORT"
for s in "${SERVICES[@]}"; do check_port "${s%%:*}" "${s##*:}"; done
[ -z "$WEB" ] || check_port web "$WEB_PORT"
if [ -n "$taken" ]; then
  printf 'another program already listens on:\n%s' "$taken" >&2
  echo "Stop it, or shift every port of this run: WERVING_PORT_OFFSET=$((OFFSET + 100)) $0" >&2
  exit 1
fi

started=$(date +%s)
modules="deploy/infra,vacancy-service,candidate-service,selection-service,reserve-service"
need_build="$REBUILD"
[ -d "$ROOT/deploy/infra/target/lib" ] || need_build=1
for s in "${SERVICES[@]}"; do
  [ -f "$ROOT/${s%%:*}/target/quarkus-app/quarkus-run.jar" ] || need_build=1
done
if [ -n "$WEB" ]; then
  modules="$modules,web"
  [ -f "$ROOT/web/target/quarkus-app/quarkus-run.jar" ] || need_build=1
fi
if [ -n "$need_build" ]; then
  echo "== building (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl "$modules" -am) 9>&-
  started=$(date +%s)
fi

mkdir -p "$DATA"
pids=()
names=()
infra_pid=""
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "== stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$infra_pid" ]; then kill "$infra_pid" 2>/dev/null || true; wait "$infra_pid" 2>/dev/null || true; fi
  rm -f "$LOGS/run.pid"
  echo "== stopped"
}
trap stop_all INT TERM EXIT

echo "== starting PostgreSQL (:$PG_PORT), Kafka (:$KAFKA_PORT) and the mail catcher (SMTP :$SMTP_PORT, page :$MAIL_WEB_PORT)"
java -Xmx128m -XX:+UseSerialGC -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" \
  org.werving.infra.Infra --dir "$DATA" $FRESH --pg-port "$PG_PORT" --kafka-port "$KAFKA_PORT" \
  --databases vacancy,candidate,selection,reserve --smtp-port "$SMTP_PORT" --mail-web-port "$MAIL_WEB_PORT" \
  --mail-max "$MAIL_MAX" > "$LOGS/infra.log" 2>&1 9>&- &
infra_pid=$!
until grep -q "WERVING-INFRA READY" "$LOGS/infra.log" 2>/dev/null; do
  if ! kill -0 "$infra_pid" 2>/dev/null; then cat "$LOGS/infra.log" >&2; exit 1; fi
  sleep 0.3
done

# Sets cds to the AppCDS option of module $1: use its archive when it is newer than the jar, else write one (one
# archive per offset, so two runs side by side never write the same file).
cds_for() {
  local jsa="$ROOT/$1/target/quarkus-app/app-cds$SUFFIX.jsa"
  cds="-XX:ArchiveClassesAtExit=$jsa"
  if [ "$jsa" -nt "$ROOT/$1/target/quarkus-app/quarkus-run.jar" ]; then cds="-XX:SharedArchiveFile=$jsa"; fi
}

# glibc gives threads that allocate their own malloc arenas (up to 8 per core), each fragmenting on its own: two
# arenas keep the JVM's native allocations in less resident memory.
export MALLOC_ARENA_MAX=2
for s in "${SERVICES[@]}"; do
  name="${s%%:*}"; port="${s##*:}"; db="${name%%-*}"
  cds_for "$name"
  QUARKUS_HTTP_PORT="$port" \
  DB_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/$db" DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
  DB_USER=werving DB_PASSWORD=werving KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" QUARKUS_PROFILE=local \
  SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" PORTAL_SELF_SERVICE_URL="http://localhost:$WEB_PORT/mijn-kandidatuur" \
    java $JVM_OPTS $cds -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" > "$LOGS/$name.log" 2>&1 9>&- &
  pids+=($!); names+=("$name")
done
if [ -n "$WEB" ]; then
  cds_for web
  QUARKUS_HTTP_PORT="$WEB_PORT" QUARKUS_PROFILE=local \
  WERVING_VACANCY_URL="http://127.0.0.1:$VACANCY_PORT" WERVING_CANDIDATE_URL="http://127.0.0.1:$((8082 + OFFSET))" \
  WERVING_SELECTION_URL="http://127.0.0.1:$((8083 + OFFSET))" WERVING_RESERVE_URL="http://127.0.0.1:$((8084 + OFFSET))" \
  WERVING_WEB_DEV_KEY_FILE="$ROOT/deploy/infra/src/main/resources/werving-dev-keys/private.pem" \
    java $JVM_OPTS $cds -jar "$ROOT/web/target/quarkus-app/quarkus-run.jar" > "$LOGS/web.log" 2>&1 9>&- &
  pids+=($!); names+=(web)
fi

# Waits for every process's readiness; names the one that exited, with the end of its log.
await_ready() {
  local port="$1" deadline=$(( $(date +%s) + 180 ))
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    sleep 0.3
    for i in "${!pids[@]}"; do
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then
        echo "${names[$i]} exited; the end of $LOGS/${names[$i]}.log:" >&2
        tail -20 "$LOGS/${names[$i]}.log" >&2
        exit 1
      fi
    done
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "port $port not ready in 180 s; see $LOGS/" >&2
      exit 1
    fi
  done
}
for s in "${SERVICES[@]}"; do await_ready "${s##*:}"; done
[ -z "$WEB" ] || await_ready "$WEB_PORT"
ready=$(date +%s)

echo "== demo vacancies"
HR_TOKEN="$(java -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" org.werving.infra.DevTokens hr hr.demo 60)"
published="$(curl -sf "http://127.0.0.1:$VACANCY_PORT/vacancies" || echo '[]')"
deadline="$(date -u -d '+30 days' +%Y-%m-%dT23:59:00Z)"
for file in "$HERE"/demo/*.json; do
  ref="$(grep -o '"reference"[[:space:]]*:[[:space:]]*"[^"]*"' "$file" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')"
  if grep -q "\"reference\":\"$ref\"" <<< "$published"; then
    echo "   $ref already published"
    continue
  fi
  body="$(sed '0,/{/s//{"applicationDeadline":"'"$deadline"'",/' "$file")"
  location="$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $HR_TOKEN" -H 'Content-Type: application/json' --data-binary "$body" \
      "http://127.0.0.1:$VACANCY_PORT/hr/vacancies" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  if [ -z "$location" ]; then echo "   $ref: could not create" >&2; continue; fi
  curl -sf -X POST -H "Authorization: Bearer $HR_TOKEN" "$location/publish" > /dev/null && echo "   $ref published" || echo "   $ref: publish refused" >&2
done

site="(web/ not present: no web front end)"
[ -z "$WEB" ] || site="http://localhost:$WEB_PORT"
cat <<EOT

werving is running (ready in $((ready - started)) s). Ctrl-C stops everything.

  the site           $site
  vacancy-service    http://localhost:$VACANCY_PORT/vacancies     Swagger UI http://localhost:$VACANCY_PORT/q/swagger-ui
  candidate-service  http://localhost:$((8082 + OFFSET))               Swagger UI http://localhost:$((8082 + OFFSET))/q/swagger-ui
  selection-service  http://localhost:$((8083 + OFFSET))               Swagger UI http://localhost:$((8083 + OFFSET))/q/swagger-ui
  reserve-service    http://localhost:$((8084 + OFFSET))               Swagger UI http://localhost:$((8084 + OFFSET))/q/swagger-ui
  PostgreSQL         127.0.0.1:$PG_PORT (user werving; databases vacancy, candidate, selection, reserve)
  Kafka              127.0.0.1:$KAFKA_PORT
  mail to candidates SMTP 127.0.0.1:$SMTP_PORT, read what was sent at http://localhost:$MAIL_WEB_PORT
  logs               $LOGS/

  HR and jury endpoints want a bearer token of the development issuer:
    deploy/local/token.sh hr        (roles: hr, jury, admin, dashboard; see docs/security.md)
EOT
wait "${pids[@]}"
