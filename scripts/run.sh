#!/usr/bin/env bash
# Builds Claimbase (if the jar is missing or older than the sources) and runs it on port 8080.
# With no QUARKUS_DATASOURCE_* variables set it starts an embedded PostgreSQL with its data in
# ${CLAIMBASE_DATA_DIR:-data/postgres} and loads seeds/ (idempotently).
# With no token key configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION / MP_JWT_VERIFY_PUBLICKEY) it trusts a local
# development key in data/dev-jwt (made on first use); scripts/dev-token.sh prints a token for writes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/dev-key.sh
use_dev_key_unless_configured
# human-readable log lines on a terminal; production (the image, Kubernetes) keeps the JSON lines of the prod profile
export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    ./mvnw -B -q package -DskipTests
fi
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
