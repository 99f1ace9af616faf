#!/usr/bin/env bash
# The dashboard benchmark (docs/benchmarks.md): fills reserve-service's dashboard read model in the real
# PostgreSQL of its tests with one million applications of 2024 over 200 vacancies (rows in SQL with the
# counting triggers off, then the pre-aggregates rebuilt in SQL), then prints the dashboard API's p50/p95/p99
# over 200 requests per scenario beside the per-row queries of before the pre-aggregates (SQL only) and the
# baseline of the same funnel from raw events.
#
#   deploy/bench/dashboard.sh                                  # 1,000,000 applications, 200 vacancies
#   deploy/bench/dashboard.sh -Dwerving.bench.applications=100000 -Dwerving.bench.requests=50
# Other properties: werving.bench.vacancies (200), werving.bench.warmup (20), werving.bench.baseline-runs (5),
# werving.bench.per-row-runs (10).
# Not part of ./mvnw verify: the class is not named *Test and runs only with -Dwerving.bench.dashboard=true.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
./mvnw -pl chassis,deploy/infra,reserve-service -am verify -Dtest=DashboardBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dwerving.bench.dashboard=true "$@" \
  | sed -n '/^dashboard benchmark:/,/^$/p; /^filled the read model/p; /^read model already/p; /^load average/p; /BUILD/p'
