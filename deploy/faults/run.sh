#!/usr/bin/env bash
# The fault suite: starts werving from its packaged jars on free ports (own PostgreSQL, Kafka,
# mail catcher), streams applications to a published vacancy and injects one fault per scenario;
# prints per scenario: sent, acknowledged, lost, duplicated, 5xx and the time to recover.
#
#   deploy/faults/run.sh                          # every scenario (about 30 minutes)
#   deploy/faults/run.sh kill-9 broker-paused     # only the scenarios whose name starts so
#   FAULTS_OPTS="-Dfaults.applications=100 -Dfaults.seconds=30" deploy/faults/run.sh sigterm
#   deploy/faults/run.sh --list                   # the scenarios' names
# Exit status 1 when a scenario lost or duplicated an application.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then sed -n '2,10p' "$0"; exit 0; fi
need_build=""
for m in vacancy-service candidate-service selection-service reserve-service; do
  [ -f "$ROOT/$m/target/quarkus-app/quarkus-run.jar" ] || need_build=1
done
[ -d "$ROOT/deploy/infra/target/lib" ] && [ -d "$ROOT/deploy/faults/target/lib" ] || need_build=1
if [ -n "$need_build" ] || [ -n "${FAULTS_REBUILD:-}" ]; then
  echo "== building (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests \
      -pl deploy/infra,vacancy-service,candidate-service,selection-service,reserve-service,deploy/faults -am)
fi
cd "$ROOT"
exec java -Xmx512m -Dwerving.root="$ROOT" \
  -Dwerving.infra.classpath="$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" \
  ${FAULTS_OPTS:-} -cp "$ROOT/deploy/faults/target/classes:$ROOT/deploy/faults/target/lib/*" \
  org.werving.faults.FaultSuite "$@"
