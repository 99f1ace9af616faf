#!/usr/bin/env bash
# Prints a development bearer token for the local run (signed with the development key that only
# the services' "local" and "test" profiles trust).
#   deploy/local/token.sh hr                 # HR selection officer "hr.demo", valid 8 hours
#   deploy/local/token.sh jury jury.an 60    # juror "jury.an", valid 60 minutes
#   curl -H "Authorization: Bearer $(deploy/local/token.sh hr)" http://localhost:8081/hr/vacancies/...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ -d "$ROOT/deploy/infra/target/lib" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl deploy/infra)
exec java -cp "$ROOT/deploy/infra/target/classes:$ROOT/deploy/infra/target/lib/*" org.werving.infra.DevTokens "$@"
