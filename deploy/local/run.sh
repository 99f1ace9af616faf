#!/usr/bin/env bash
# Runs the whole of werving on this machine: PostgreSQL, a Kafka broker (KRaft) and the four
# services, with the five demo vacancies published. Ctrl-C stops everything.
#
#   deploy/local/run.sh            # data in deploy/local/.data survives a restart
#   deploy/local/run.sh --fresh    # start from empty databases and topics
#   deploy/local/run.sh --rebuild  # package the services again first
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/deploy/local"
DATA="$HERE/.data"
LOGS="$HERE/.logs"
PG_PORT="${WERVING_PG_PORT:-15432}"
KAFKA_PORT="${WERVING_KAFKA_PORT:-19092}"
SMTP_PORT="${WERVING_SMTP_PORT:-1025}"
MAIL_WEB_PORT="${WERVING_MAIL_WEB_PORT:-8025}"
SERVICES=(vacancy-service:8081 candidate-service:8082 selection-service:8083 reserve-service:8084)
FRESH=""
REBUILD=""
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH="--fresh" ;;
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
need_build="$REBUILD"
[ -d "$ROOT/deploy/infra/target/lib" ] || need_build=1
for s in "${SERVICES[@]}"; do
  [ -f "$ROOT/${s%%:*}/target/quarkus-app/quarkus-run.jar" ] || need_build=1
done
if [ -n "$need_build" ]; then
  echo "== building (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl deploy/infra,vacancy-service,candidate-service,selection-service,reserve-service)
  started=$(date +%s)
fi

mkdir -p "$DATA" "$LOGS"
pids=()
infra_pid=""
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "== stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$infra_pid" ]; then kill "$infra_pid" 2>/dev/null || true; wait "$infra_pid" 2>/dev/null || true; fi
  echo "== stopped"
}
trap stop_all INT TERM EXIT

echo "== starting PostgreSQL (:$PG_PORT), Kafka (:$KAFKA_PORT) and the mail catcher (:$SMTP_PORT)"
java -Xmx64m -XX:+UseSerialGC -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" \
  org.werving.infra.Infra --dir "$DATA" $FRESH --pg-port "$PG_PORT" --kafka-port "$KAFKA_PORT" \
  --databases vacancy,candidate,selection,reserve --smtp-port "$SMTP_PORT" --mail-web-port "$MAIL_WEB_PORT" \
  > "$LOGS/infra.log" 2>&1 &
infra_pid=$!
until grep -q "WERVING-INFRA READY" "$LOGS/infra.log" 2>/dev/null; do
  if ! kill -0 "$infra_pid" 2>/dev/null; then cat "$LOGS/infra.log" >&2; exit 1; fi
  sleep 0.3
done

for s in "${SERVICES[@]}"; do
  name="${s%%:*}"; port="${s##*:}"; db="${name%%-*}"
  QUARKUS_HTTP_PORT="$port" \
  DB_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/$db" DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
  DB_USER=werving DB_PASSWORD=werving KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" QUARKUS_PROFILE=local \
  SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" \
    java -Xmx256m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" > "$LOGS/$name.log" 2>&1 &
  pids+=($!)
done
for s in "${SERVICES[@]}"; do
  name="${s%%:*}"; port="${s##*:}"
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    sleep 0.3
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "a service exited; see $LOGS/" >&2; tail -20 "$LOGS/$name.log" >&2; exit 1; }
    done
  done
done
ready=$(date +%s)

echo "== demo vacancies"
HR_TOKEN="$(java -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" org.werving.infra.DevTokens hr hr.demo 60)"
published="$(curl -sf http://127.0.0.1:8081/vacancies || echo '[]')"
deadline="$(date -u -d '+30 days' +%Y-%m-%dT23:59:00Z)"
for file in "$HERE"/demo/*.json; do
  ref="$(grep -o '"reference"[[:space:]]*:[[:space:]]*"[^"]*"' "$file" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')"
  if grep -q "\"reference\":\"$ref\"" <<< "$published"; then
    echo "   $ref already published"
    continue
  fi
  body="$(sed '0,/{/s//{"applicationDeadline":"'"$deadline"'",/' "$file")"
  location="$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $HR_TOKEN" -H 'Content-Type: application/json' --data-binary "$body" \
      http://127.0.0.1:8081/hr/vacancies | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  if [ -z "$location" ]; then echo "   $ref: could not create" >&2; continue; fi
  curl -sf -X POST -H "Authorization: Bearer $HR_TOKEN" "$location/publish" > /dev/null && echo "   $ref published" || echo "   $ref: publish refused" >&2
done

cat <<EOT

werving is running (ready in $((ready - started)) s). Ctrl-C stops everything.

  vacancy-service    http://localhost:8081/vacancies     Swagger UI http://localhost:8081/q/swagger-ui
  candidate-service  http://localhost:8082               Swagger UI http://localhost:8082/q/swagger-ui
  selection-service  http://localhost:8083               Swagger UI http://localhost:8083/q/swagger-ui
  reserve-service    http://localhost:8084               Swagger UI http://localhost:8084/q/swagger-ui
  PostgreSQL         127.0.0.1:$PG_PORT (user werving; databases vacancy, candidate, selection, reserve)
  Kafka              127.0.0.1:$KAFKA_PORT
  mail to candidates SMTP 127.0.0.1:$SMTP_PORT, read what was sent at http://localhost:$MAIL_WEB_PORT
  logs               $LOGS/

  HR and jury endpoints want a bearer token of the development issuer:
    deploy/local/token.sh hr        (roles: hr, jury, admin, dashboard; see docs/security.md)
EOT
wait "${pids[@]}"
