#!/usr/bin/env bash
# Measures request throughput of the authenticated API against a no-auth baseline on the same running instance:
#   /health/live              baseline: routing + middleware, no authentication, no database
#   /api/v1/account/me        with a session cookie (claims from the cookie; no database)
#   /api/v1/account/me        with a personal API token (token + user + roles looked up per request)
# Usage: bench/run.sh [seconds-per-run] [connections]   Writes nothing; paste the table into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; connections=${2:-32}
source bench/lib.sh
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F)"
echo "wrk -t2 -c$connections -d${seconds}s; app: Release, SQLite, Production logging"
{ run baseline "" /health/live; run cookie "Cookie: $cookie" /api/v1/account/me; run token "Authorization: Bearer $api_token" /api/v1/account/me; } | table
