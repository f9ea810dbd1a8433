#!/bin/sh
# Minimal stand-in for the UBI OpenJDK image's run-java.sh: same variables, no memory heuristics beyond the JVM's own
# container awareness (MaxRAMPercentage below plays the role of JAVA_MAX_MEM_RATIO=50).
set -e
cd "${JAVA_APP_DIR:-/deployments}"
# shellcheck disable=SC2086 # JAVA_OPTS and JAVA_OPTS_APPEND are word lists by contract
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} \
    -jar "${JAVA_APP_JAR:-/deployments/quarkus-run.jar}" "$@"
