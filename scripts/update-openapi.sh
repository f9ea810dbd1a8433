#!/usr/bin/env bash
# Refreshes the committed contract openapi/openapi.yaml from the code: the build generates the spec (SmallRye OpenAPI,
# quarkus.smallrye-openapi.store-schema-directory=target/openapi) and this copies it over the committed file. Review
# the diff (`git diff openapi/openapi.yaml`) and commit it with the change that caused it. OpenApiDriftTest fails
# `./mvnw -B verify` while the two differ. With --check (needs Node 20 and npm) it then lints the spec and type-checks
# the TypeScript client and examples, as the build does.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/openapi/openapi.yaml
./mvnw -B -q package -DskipTests -Dopenapi.check.skip=true
cp target/openapi/openapi.yaml openapi/openapi.yaml
echo "openapi/openapi.yaml refreshed:"
git --no-pager diff --stat -- openapi/openapi.yaml || true
if [ "${1:-}" = "--check" ]; then
    (cd openapi && npm ci --prefer-offline --no-audit --no-fund && npm run check)
fi
