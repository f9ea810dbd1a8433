#!/usr/bin/env bash
# Prints a bearer token signed with the local development key (data/dev-jwt, made on first use), which the service
# started by scripts/run.sh trusts. Usage: scripts/dev-token.sh [role ...]   (default role: editor; also admin, reader)
#   TOKEN=$(scripts/dev-token.sh editor admin)
#   curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"text": "..."}' localhost:8080/articles
# Valid for DEV_TOKEN_TTL seconds (default 8 hours). Never use this key outside a developer's machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/dev-key.sh
ensure_dev_key
roles=("$@")
[ ${#roles[@]} -eq 0 ] && roles=(editor)
groups=$(printf '"%s",' "${roles[@]}")
now=$(date +%s)
exp=$((now + ${DEV_TOKEN_TTL:-28800}))
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"$DEV_JWT_ISSUER\",\"sub\":\"developer\",\"upn\":\"developer@localhost\",\"groups\":[${groups%,}],\"iat\":$now,\"exp\":$exp,\"jti\":\"$(openssl rand -hex 12)\"}"
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$DEV_JWT_DIR/private.pem" | b64url)
echo "$signing_input.$signature"
