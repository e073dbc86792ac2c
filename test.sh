#!/usr/bin/env bash
# Runs every Tapbridge test — unit, integration on SQLite and PostgreSQL, browser — on a clean machine.
# Installs what is missing (Chromium, PostgreSQL from Debian packages, when run as root), starts a throwaway
# PostgreSQL on loopback, builds with warnings as errors, runs the tests, stops what it started, and ends with
# the line "N passed, N failed, N skipped" summed over every test project.
set -uo pipefail
cd "$(dirname "$0")"

log() { echo "test.sh: $*" >&2; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Payout statements are written as PDF in a system TrueType font (DejaVu or Liberation).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || missing+=(fonts-dejavu-core)
# Screenshots of Thai pages need a Thai font (Debian's Chromium has none of its own).
[ -d /usr/share/fonts/truetype/tlwg ] || missing+=(fonts-thai-tlwg)
pg_bin=$(find_pg_bin)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || log "could not install ${missing[*]}; the tests that need them will fail"
    pg_bin=$(find_pg_bin)
  else
    log "missing ${missing[*]}; run as root to install them, or the tests that need them will fail"
  fi
fi

work=$(mktemp -d /tmp/tapbridge-test.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
pg_started=0
stop_all() {
  if [ "$pg_started" = 1 ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop_all EXIT

run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 40000 ))
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null || { echo "$port"; return; }
  done
  echo 54329
}

if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  mkdir -p "$pg_data"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
  port=$(free_port)
  if run_pg "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 >"$work/initdb.log" 2>&1 \
    && run_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null; then
    pg_started=1
    export TAPBRIDGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
    log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    log "PostgreSQL did not start:"; cat "$work/initdb.log" "$pg_data/server.log" 2>/dev/null >&2
  fi
fi
export TAPBRIDGE_REQUIRE_POSTGRES=1
export TAPBRIDGE_REQUIRE_BROWSER=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p artifacts
results="$work/results.log"
if ! dotnet build Tapbridge.slnx -c Release -warnaserror -nologo -v quiet >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

# -a: test output can carry any byte (the bad-input tests send NULs); grep must not switch to "binary file matches".
dotnet test --solution Tapbridge.slnx -c Release --no-build --max-parallel-test-modules 1 2>&1 | tee "$results" \
  | grep -avE '^\s*\{"Timestamp"' || true

sum() { grep -aE "^\s+$1: [0-9]+" "$results" | awk '{s += $2} END {print s + 0}'; }
total=$(sum total); failed=$(sum failed); passed=$(sum succeeded); skipped=$(sum skipped)
if [ "$total" = 0 ]; then
  log "no test ran"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
