#!/usr/bin/env bash
# The whole test suite, as CI runs it: unit, API (@QuarkusTest) and integration tests (*IT, on the packaged jar),
# the Kubernetes manifest checks and the OpenAPI lint and client type-check.
# On a fresh machine it first installs what the suite needs beyond the JDK: kubectl (Debian's kubernetes-client,
# which renders the Kustomize overlays offline) and Chromium (Debian's chromium, which BrowserIT drives headless
# through playwright-core; Playwright downloads no browser of its own). Maven, the embedded PostgreSQL and the npm
# tools (Spectral, openapi-typescript, Vite, playwright-core) come through the build itself.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]} (Debian): kubectl renders the Kustomize overlays, chromium runs BrowserIT" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
exec ./mvnw -B verify "$@"
