# Sourced by run.sh, dev-token.sh and soak.sh: the local development signing key for bearer tokens.
# ensure_dev_key creates data/dev-jwt/private.pem + public.pem (RSA 2048, never committed: data/ is gitignored) when
# they are missing, and, unless an operator configured a key of their own (MP_JWT_VERIFY_PUBLICKEY_LOCATION,
# MP_JWT_VERIFY_PUBLICKEY), points the service at the development public key with the development issuer.
DEV_JWT_DIR="${CLAIMBASE_DEV_JWT_DIR:-data/dev-jwt}"
DEV_JWT_ISSUER="claimbase-dev"

ensure_dev_key() {
    if [ ! -f "$DEV_JWT_DIR/private.pem" ]; then
        mkdir -p "$DEV_JWT_DIR"
        chmod 700 "$DEV_JWT_DIR"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DEV_JWT_DIR/private.pem" 2>/dev/null
        openssl pkey -in "$DEV_JWT_DIR/private.pem" -pubout -out "$DEV_JWT_DIR/public.pem"
        echo "Generated a development signing key in $DEV_JWT_DIR (scripts/dev-token.sh prints tokens)" >&2
    fi
}

use_dev_key_unless_configured() {
    if [ -z "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ] && [ -z "${MP_JWT_VERIFY_PUBLICKEY:-}" ]; then
        ensure_dev_key
        export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$(cd "$DEV_JWT_DIR" && pwd)/public.pem"
        export MP_JWT_VERIFY_ISSUER="$DEV_JWT_ISSUER"
    fi
}
