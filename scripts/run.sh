#!/usr/bin/env bash
# Builds Claimbase (if the jar is missing or older than the sources) and runs it on port 8080.
# With no QUARKUS_DATASOURCE_* variables set it starts an embedded PostgreSQL with its data in
# ${CLAIMBASE_DATA_DIR:-data/postgres} and loads seeds/ (idempotently).
# With no token key configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION / MP_JWT_VERIFY_PUBLICKEY) it trusts a local
# development key in data/dev-jwt (made on first use); scripts/dev-token.sh prints a token for writes.
# It runs the dev profile (QUARKUS_PROFILE=dev): the seed articles are loaded, the development cursor secret is
# accepted, and a frontend's local dev server may call it from http://localhost:5173, :4173 or :3000 (or 127.0.0.1).
# The jar run any other way (the image, Kubernetes) is the prod profile: no demo seeds, its own cursor secret.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/dev-key.sh
use_dev_key_unless_configured
# human-readable log lines on a terminal; production (the image, Kubernetes) keeps the JSON lines of the prod profile
export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
export QUARKUS_PROFILE=${QUARKUS_PROFILE:-dev}
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    if [ -f "$jar" ]; then
        echo "run.sh: the sources changed since the jar was built: building it again (./mvnw package, ~30 s)..." >&2
    else
        echo "run.sh: building the jar the first time (./mvnw package; Maven and the dependencies are downloaded on a fresh machine, then ~30 s)..." >&2
    fi
    ./mvnw -B -q package -DskipTests -Dopenapi.check.skip=true
    echo "run.sh: built $jar; starting it (the embedded PostgreSQL takes a few seconds the first time)" >&2
fi
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
