#!/usr/bin/env bash
# Run every test of PesTor: start the services the tests need, build the
# solution, run all test projects, stop the services again.
#
#   scripts/test.sh                      # everything
#   scripts/test.sh --filter Name~Foo    # extra arguments go to `dotnet test`
#   PESTOR_TEST_ONLY_SERVICES=1 scripts/test.sh
#                                        # only start the services, smoke-check
#                                        # them, stop them (no build, no tests)
#
# Meant for a fresh Debian 12 machine where we are root (CI); missing service
# packages are installed with apt-get. Services run as throwaway instances in
# a temp dir and are always stopped and deleted on exit.
#
# Adding a service (e.g. Redis): write start_<name>/smoke_<name>/stop_<name>
# functions like start_postgres/smoke_postgres/stop_postgres below and append
# <name> to SERVICES. Services are started in that order and stopped in reverse order.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SERVICES=(postgres chromium)
STARTED_SERVICES=()

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Browser tests drive Debian's Chromium (see start_chromium); nothing may fetch
# Playwright's own browser builds.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
section() { printf '\n== %s ==\n' "$1"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- apt -------------------------------------------------------------------

APT_UPDATED=0
apt_install() {
    is_root || die "need to install $* but not running as root; install it yourself"
    if [ "$APT_UPDATED" -eq 0 ]; then
        log "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" </dev/null
}

# --- ports -----------------------------------------------------------------

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]; then
        return 0
    fi
    # Fallback / double check: can we connect to it?
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        return 0
    fi
    return 1
}

# Candidate ports: the preferred one, its neighbours, then a few random ones.
candidate_ports() {
    local base=$1 i
    for i in 0 1 2 3 4 5 6 7 8 9; do echo $((base + i)); done
    for i in 1 2 3 4 5; do echo $((20000 + RANDOM % 40000)); done
}

# --- PostgreSQL --------------------------------------------------------------

PG_BIN=""
PG_DIR=""
PG_PORT=""

find_pg_bin() {
    local d
    PG_BIN=""
    # Newest major version first; initdb, pg_ctl and postgres from one dir.
    while IFS= read -r d; do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
            PG_BIN=$d
            return 0
        fi
    done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r)
    return 1
}

# Run a PostgreSQL server binary as user postgres (root may not run them).
# Run from inside the cluster dir so postgres never needs access to our cwd.
as_pg() {
    if is_root; then
        (cd "$PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_DIR" && "$@")
    fi
}

start_postgres() {
    if ! find_pg_bin; then
        apt_install postgresql
        find_pg_bin || die "PostgreSQL installed but no initdb under /usr/lib/postgresql/*/bin"
    fi
    log "using $PG_BIN ($("$PG_BIN/postgres" --version))"

    if is_root && ! id -u postgres >/dev/null 2>&1; then
        log "creating system user postgres"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin postgres
    fi

    PG_DIR=$(mktemp -d /tmp/pestor-pg.XXXXXXXX)
    if is_root; then chown postgres:postgres "$PG_DIR"; fi

    if ! as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust \
            -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
        cat "$PG_DIR/initdb.log" >&2
        die "initdb failed"
    fi

    local port
    for port in $(candidate_ports "${PESTOR_PG_PORT:-55432}"); do
        if port_in_use "$port"; then
            log "port $port is taken"
            continue
        fi
        rm -f "$PG_DIR/log"
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
                -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
                start >/dev/null; then
            PG_PORT=$port
            break
        fi
        # Lost a race for the port? Try the next one; anything else is fatal.
        if grep -q 'could not bind\|Address already in use' "$PG_DIR/log" 2>/dev/null; then
            log "port $port: could not bind, trying another"
            continue
        fi
        tail -n 50 "$PG_DIR/log" >&2 || true
        die "PostgreSQL failed to start"
    done
    [ -n "$PG_PORT" ] || { tail -n 50 "$PG_DIR/log" >&2 || true; die "no free port for PostgreSQL"; }

    export PESTOR_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"
    log "PostgreSQL running on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
    log "PESTOR_TEST_POSTGRES=$PESTOR_TEST_POSTGRES"
}

smoke_postgres() {
    local psql=psql
    if [ -x "$PG_BIN/psql" ]; then psql="$PG_BIN/psql"; fi
    "$psql" -X -At -v ON_ERROR_STOP=1 \
        "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -c 'select version()'
}

stop_postgres() {
    [ -n "$PG_DIR" ] || return 0
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        log "stopping PostgreSQL"
        if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            # Last resort: kill the postmaster we started.
            local pid
            pid=$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                log "pg_ctl stop failed; killing postmaster $pid"
                kill -9 "$pid" 2>/dev/null || true
                sleep 1
            fi
        fi
    fi
    rm -rf "$PG_DIR"
    PG_DIR=""
}

# --- Chromium ----------------------------------------------------------------

# tests/PesTor.Tests.Browser launches this binary through Playwright (never
# `playwright install`). There is no long-running process: each test class
# starts and stops its own browser, so stop_chromium has nothing to do.
CHROMIUM=/usr/bin/chromium

start_chromium() {
    if [ ! -x "$CHROMIUM" ]; then
        apt_install chromium
        [ -x "$CHROMIUM" ] || die "chromium installed but $CHROMIUM is missing"
    fi
    # Text must render for layout and contrast checks; chromium pulls in
    # fontconfig but not necessarily a font.
    if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null)" ]; then
        apt_install fonts-dejavu-core
    fi
    log "using $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null))"
}

smoke_chromium() {
    local dom
    dom=$(timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-component-update --no-first-run \
        --disable-dev-shm-usage --dump-dom 'data:text/html,<p>chromium-ok</p>' 2>/dev/null) \
        || die "chromium could not render a page"
    case "$dom" in
        *chromium-ok*) log "chromium renders pages" ;;
        *) die "chromium rendered an unexpected page: $dom" ;;
    esac
}

stop_chromium() {
    return 0
}

# --- npm ---------------------------------------------------------------------

# Modules with a package.json get their front-end libraries from npm during the
# build (Directory.Build.targets runs `npm ci`); Debian's packages bring npm.
ensure_npm() {
    if ! command -v npm >/dev/null 2>&1; then
        apt_install nodejs npm
        command -v npm >/dev/null 2>&1 || die "nodejs and npm installed but npm is missing"
    fi
    log "using npm $(npm --version) (node $(node --version))"
}

# --- service orchestration -------------------------------------------------

start_services() {
    local s
    for s in "${SERVICES[@]}"; do
        STARTED_SERVICES+=("$s")   # register first: a half-started service is cleaned up too
        "start_$s"
    done
}

smoke_services() {
    local s
    for s in "${SERVICES[@]}"; do
        "smoke_$s"
    done
}

stop_services() {
    local i
    for ((i = ${#STARTED_SERVICES[@]} - 1; i >= 0; i--)); do
        "stop_${STARTED_SERVICES[i]}" || true
    done
    STARTED_SERVICES=()
}

TEST_LOG=""
cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    stop_services
    [ -n "$TEST_LOG" ] && rm -f "$TEST_LOG"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- main ------------------------------------------------------------------

section "services: ${SERVICES[*]}"
start_services

if [ "${PESTOR_TEST_ONLY_SERVICES:-0}" = 1 ]; then
    section "services smoke test"
    smoke_services
    log "services OK (PESTOR_TEST_ONLY_SERVICES=1: skipping build and tests)"
    exit 0
fi

section "build"
ensure_npm
dotnet build PesTor.sln -c Release

section "tests"
TEST_LOG=$(mktemp /tmp/pestor-test-log.XXXXXXXX)
set +e
# Output goes through tee (not a terminal), and the terminal logger is off,
# so the per-assembly "Passed!/Failed!  - Failed: N, Passed: N, ..." lines
# are printed and can be summed below.
MSBUILDTERMINALLOGGER=off dotnet test PesTor.sln -c Release --no-build \
    --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$TEST_LOG"
test_rc=${PIPESTATUS[0]}
set -e

summary=$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$TEST_LOG" | awk '
    function num(re,   m) {
        if (!match($0, re)) return 0
        m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
    }
    /(Passed|Failed)! *- *Failed: *[0-9]+, *Passed: *[0-9]+/ {
        failed += num("Failed: *[0-9]+"); passed += num("Passed: *[0-9]+"); n++
    }
    END { if (n > 0) printf "%d passed, %d failed\n", passed, failed }')
if [ -n "$summary" ]; then
    echo
    echo "$summary"
fi

exit "$test_rc"
