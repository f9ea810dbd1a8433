#!/usr/bin/env bash
# Builds the Claimbase JVM image from src/main/docker/Dockerfile.jvm WITHOUT Docker, runs it and smoke-tests it.
# Opt-in (not part of the test command); needs root, Debian packages and about 3-5 minutes the first time.
#
#   scripts/build-image.sh            # all steps: tools, base image, package, image, run + smoke test
#   SKIP_PACKAGE=1 scripts/build-image.sh      # reuse target/quarkus-app
#   REBUILD_BASE=1 scripts/build-image.sh      # rebuild the local JRE 17 base image
#   scripts/build-image.sh base                # steps 1-2 only
#
# Steps:
#   1. apt-get install podman buildah runc debootstrap (only those missing)
#   2. a local JRE 17 base image from Debian packages (no registry is reachable here): debootstrap --variant=minbase
#      bookworm -> podman import -> buildah bud --isolation chroot scripts/image/Containerfile.jre17-base, which
#      installs openjdk-17-jre-headless and mimics the UBI OpenJDK runtime contract (user 185, run-java.sh)
#   3. ./mvnw package (fast-jar in target/quarkus-app)
#   4. buildah bud --isolation chroot --build-arg BASE_IMAGE=<local base> -f src/main/docker/Dockerfile.jvm
#   5. a fresh database on the machine's PostgreSQL (127.0.0.1:5432, trust auth), the image run with podman (runc,
#      host network: the database listens on loopback only), then /q/health/ready, GET /articles, GET /claims and
#      /q/metrics are checked; the container and the database are removed at the end, whatever happened.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly BASE_ROOTFS_IMAGE=localhost/debian-bookworm-minbase:latest
readonly BASE_IMAGE=localhost/claimbase-jre17-base:bookworm
readonly APP_IMAGE=localhost/claimbase:jvm
readonly HTTP_PORT=${HTTP_PORT:-18080}
readonly PG_HOST=${PG_HOST:-127.0.0.1}
readonly PG_PORT=${PG_PORT:-5432}
readonly PG_USER=${PG_USER:-postgres}
readonly DB_NAME=claimbase_image_smoke_$$
readonly CONTAINER=claimbase-image-smoke-$$
readonly MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# The pod's memory limit (k8s/base/deployment.yaml): the JVM sizes its heap from it, as it will in the cluster.
readonly MEMORY_LIMIT=${MEMORY_LIMIT:-512m}
readonly LOAD_SECONDS=${LOAD_SECONDS:-20}

log() { printf '\n== %s [%s]\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

install_tools() {
    log "1. tools"
    local missing=()
    for tool in podman buildah runc debootstrap; do
        command -v "$tool" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin" command -v "$tool" >/dev/null 2>&1 \
            || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
    podman --version
    buildah --version
}

build_base() {
    log "2. local JRE 17 base image ($BASE_IMAGE)"
    if [[ -z "${REBUILD_BASE:-}" ]] && podman image exists "$BASE_IMAGE"; then
        echo "reusing $BASE_IMAGE (REBUILD_BASE=1 to rebuild)"
        return
    fi
    if [[ -n "${REBUILD_BASE:-}" ]] || ! podman image exists "$BASE_ROOTFS_IMAGE"; then
        local rootfs
        rootfs=$(mktemp -d /tmp/claimbase-rootfs.XXXXXX)
        timeout 900 debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >/tmp/claimbase-debootstrap.log 2>&1 \
            || { tail -20 /tmp/claimbase-debootstrap.log; fail "debootstrap"; }
        tar -C "$rootfs" -c . | podman import - "$BASE_ROOTFS_IMAGE"
        rm -rf "$rootfs"
    fi
    timeout 900 buildah bud --isolation chroot -f scripts/image/Containerfile.jre17-base -t "$BASE_IMAGE" scripts/image
}

package_app() {
    log "3. package (fast-jar)"
    if [[ -n "${SKIP_PACKAGE:-}" ]]; then
        echo "SKIP_PACKAGE set: using the existing target/quarkus-app"
    else
        timeout 900 ./mvnw -B -q package -DskipTests
    fi
    [[ -f target/quarkus-app/quarkus-run.jar ]] || fail "target/quarkus-app/quarkus-run.jar is missing"
}

build_app() {
    log "4. application image ($APP_IMAGE) from src/main/docker/Dockerfile.jvm"
    timeout 900 buildah bud --isolation chroot --build-arg BASE_IMAGE="$BASE_IMAGE" \
        -f src/main/docker/Dockerfile.jvm -t "$APP_IMAGE" .
    podman image inspect "$APP_IMAGE" --format 'user={{.Config.User}} entrypoint={{.Config.Entrypoint}}'
    podman image ls "$APP_IMAGE"
}

cleanup() {
    podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "DROP DATABASE IF EXISTS $DB_NAME" >/dev/null 2>&1 || true
}

# expect URL PATTERN: GET URL, print status and the start of the body, fail unless 200 and PATTERN is in the body.
expect() {
    local url=$1 pattern=$2 body status
    body=$(curl -sS --max-time 10 -w '\n%{http_code}' "$url") || fail "GET $url"
    status=${body##*$'\n'}
    body=${body%$'\n'*}
    printf 'GET %s -> %s %s\n' "${url#http://127.0.0.1:$HTTP_PORT}" "$status" "$(head -c 240 <<<"$body" | tr '\n' ' ')"
    [[ "$status" == 200 ]] || fail "GET $url returned $status"
    grep -q -- "$pattern" <<<"$body" || fail "GET $url: body lacks $pattern"
}

run_and_smoke_test() {
    log "5. run $APP_IMAGE against PostgreSQL $PG_HOST:$PG_PORT/$DB_NAME and smoke-test it"
    trap cleanup EXIT
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE $DB_NAME" \
        || fail "cannot create database $DB_NAME (is PostgreSQL running with trust auth?)"
    podman --runtime runc run -d --name "$CONTAINER" \
        --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 \
        --network host \
        --read-only --tmpfs /tmp --memory "$MEMORY_LIMIT" \
        -e QUARKUS_HTTP_PORT="$HTTP_PORT" \
        -e QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$PG_HOST:$PG_PORT/$DB_NAME" \
        -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" \
        -e QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
        -e QUARKUS_DATASOURCE_PASSWORD=unused-with-trust-auth \
        -e CLAIMBASE_API_CURSOR_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" \
        "$APP_IMAGE" >/dev/null
    local ready=""
    for _ in $(seq 1 90); do
        if curl -fsS --max-time 2 "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1; then
            ready=yes
            break
        fi
        [[ "$(podman inspect -f '{{.State.Running}}' "$CONTAINER")" == true ]] || break
        sleep 1
    done
    echo "--- container log (JSON, first and last start-up lines)"
    podman logs "$CONTAINER" 2>&1 | sed -n '1p;/started in/p' | cut -c1-300
    [[ -n "$ready" ]] || fail "not ready within 90 s"
    expect "http://127.0.0.1:$HTTP_PORT/q/health/ready" '"UP"'
    expect "http://127.0.0.1:$HTTP_PORT/articles" '"items"'
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/claims")" != 404 ]]; then
        expect "http://127.0.0.1:$HTTP_PORT/claims" '"items"'
    else
        echo "GET /claims -> 404 (endpoint not in this build yet)"
    fi
    expect "http://127.0.0.1:$HTTP_PORT/q/metrics" 'http_server_requests_seconds'
    echo "--- inside the container"
    podman exec "$CONTAINER" sh -c 'echo "uid=$(id -u) seeds=$CLAIMBASE_SEEDS_DIRECTORY ($(ls "$CLAIMBASE_SEEDS_DIRECTORY" | wc -l) files)"'
    podman exec "$CONTAINER" sh -c 'echo "read-only root: $(touch /deployments/x 2>&1 | head -c 60)"'
    podman exec "$CONTAINER" sh -c 'echo "memory limit $(($(cat /sys/fs/cgroup/memory.max 2>/dev/null \
        || cat /sys/fs/cgroup/memory/memory.limit_in_bytes) / 1048576)) MiB, $(grep VmRSS /proc/1/status)"'
    if command -v wrk >/dev/null 2>&1; then
        echo "--- ${LOAD_SECONDS} s of GET /articles?limit=50 (wrk, 2 threads, 16 connections)"
        timeout $((LOAD_SECONDS + 30)) wrk -t2 -c16 -d"${LOAD_SECONDS}s" "http://127.0.0.1:$HTTP_PORT/articles?limit=50" \
            | grep -E 'Latency|Requests/sec|Non-2xx'
        podman exec "$CONTAINER" sh -c 'grep -E "VmRSS|VmHWM" /proc/1/status | tr -s " \t" " " | paste -sd " "'
    fi
    local started=$SECONDS
    podman stop -t 30 "$CONTAINER" >/dev/null
    echo "stopped in $((SECONDS - started)) s (exit code $(podman inspect -f '{{.State.ExitCode}}' "$CONTAINER"): 143 = SIGTERM)"
    podman logs "$CONTAINER" 2>&1 | grep -o '"message":"claimbase stopped[^"]*"' || true
    log "image smoke test PASSED"
}

install_tools
build_base
[[ "${1:-}" == base ]] && exit 0
package_app
build_app
run_and_smoke_test
