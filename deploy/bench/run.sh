#!/usr/bin/env bash
# The werving benchmark harness (docs/benchmarks.md): starts PostgreSQL, Kafka, the mail catcher and the
# four packaged services on free ports of 127.0.0.1, measures them and prints a table.
#
#   deploy/bench/run.sh                          # the working tree (its jars are built first), quick sizes
#   deploy/bench/run.sh --baseline main          # that revision first (built in a git worktree), then the
#                                                # working tree: both columns side by side
#   deploy/bench/run.sh --full                   # 100,000 stored applications and 1,000 vacancies
#   deploy/bench/run.sh --no-build ...           # use the jars as they are
# Sizes (defaults): --applications 1000 --concurrency 24 --rates 20,50,100 --rate-seconds 10
#   --stored-rate 50 --portal-seconds 10 --portal-connections 16 --pg-clients 32 --pg-seconds 10
#   --warmup 50 --cv-kb 50 --seed-applications 5000 --seed-vacancies 100 --no-seed --outcome-timeout 180
#   --jvm-opts "..." (default: the options deploy/local/run.sh of each checkout gives its services)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/deploy/bench"
MODULES=deploy/infra,vacancy-service,candidate-service,selection-service,reserve-service
BASELINE=""
BUILD=1
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASELINE="${2:?--baseline wants a git revision}"; shift 2 ;;
    --no-build) BUILD=""; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done

build() { # $1: checkout
  echo "== building $1 (./mvnw package -DskipTests -pl $MODULES -am)"
  (cd "$1" && ./mvnw -B -q package -DskipTests -pl "$MODULES" -am)
}

TARGETS=()
if [ -n "$BASELINE" ]; then
  sha="$(git -C "$ROOT" rev-parse --verify "$BASELINE^{commit}")"
  tree="$BENCH/target/baseline-${sha:0:12}"
  if [ ! -d "$tree" ]; then
    mkdir -p "$BENCH/target"
    git -C "$ROOT" worktree add --detach "$tree" "$sha" > /dev/null
  fi
  if [ ! -f "$tree/candidate-service/target/quarkus-app/quarkus-run.jar" ] || [ ! -d "$tree/deploy/infra/target/lib" ]; then
    build "$tree"
  fi
  TARGETS+=(--target "baseline ${BASELINE} (${sha:0:8})=$tree")
fi
if [ -n "$BUILD" ]; then
  build "$ROOT"
fi
head="$(git -C "$ROOT" rev-parse --short=8 HEAD 2>/dev/null || echo unknown)"
[ -z "$(git -C "$ROOT" status --porcelain -- . ':!deploy/bench' ':!docs' ':!*.md' 2>/dev/null)" ] || head="$head+changes"
TARGETS+=(--target "working tree ($head)=$ROOT")

echo "== building the harness"
(cd "$ROOT" && ./mvnw -B -q -f deploy/bench/pom.xml package)

mkdir -p "$BENCH/target"
java -Xmx512m -cp "$BENCH/target/classes:$BENCH/target/lib/*" org.werving.bench.Bench \
  --work "$BENCH/target/run" --demo "$ROOT/deploy/local/demo" "${TARGETS[@]}" "${ARGS[@]}" \
  | tee "$BENCH/target/last-run.txt"
exit "${PIPESTATUS[0]}"
