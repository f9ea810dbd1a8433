#!/usr/bin/env bash
# The whole test suite, as CI runs it: unit, API (@QuarkusTest) and integration tests (*IT, on the packaged jar),
# the Kubernetes manifest checks and the OpenAPI lint and client type-check.
# On a fresh machine it first installs what the suite needs beyond the JDK: kubectl (Debian's kubernetes-client,
# which renders the Kustomize overlays offline). Maven, the embedded PostgreSQL and the npm tools come through the
# build itself.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v kubectl >/dev/null 2>&1; then
    echo "test.sh: installing kubectl (Debian package kubernetes-client) to render the Kustomize overlays" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq kubernetes-client >/dev/null
fi
exec ./mvnw -B verify "$@"
