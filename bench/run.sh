#!/usr/bin/env bash
# Measures request throughput of the authenticated API against a no-auth baseline on the same running instance:
#   /health/live              baseline: routing + middleware, no authentication, no database
#   /api/v1/account/me        with a session cookie (claims from the cookie; no database)
#   /api/v1/account/me        with a personal API token (token + user + roles looked up per request)
# Usage: bench/run.sh [seconds-per-run] [connections]   Writes nothing; paste the table into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; connections=${2:-32}
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d); port=5199; base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Tapbridge -c Release -nologo -v quiet >/dev/null
ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Logging__LogLevel__Default=Warning RateLimits__SignInPerMinute=100000 \
  ConnectionStrings__Tapbridge="Data Source=$work/bench.db" Mail__Folder="$work/mail" ASPNETCORE_URLS="$base" \
  dotnet src/Tapbridge/bin/Release/net10.0/Tapbridge.dll >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done

jar="$work/cookies"
token=$(curl -fs -c "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null "$base/account/signin" --data-urlencode "_handler=signin" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=admin@demo.tapbridge.test" \
  --data-urlencode "Input.Password=tapbridge-demo-2026"
cookie=$(awk '$6 == "tapbridge" {print "tapbridge=" $7}' "$jar")
api_token=$(curl -fs -H "Cookie: $cookie" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/account/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')

run() { # name, extra header
  local rps
  rps=$(wrk -t2 -c"$connections" -d"${seconds}s" ${2:+-H "$2"} "$base$3" | awk '/Requests\/sec/ {print $2}')
  echo "$1 $rps"
}
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F)"
echo "wrk -t2 -c$connections -d${seconds}s; app: Release, SQLite, Production logging"
results=$( { run baseline "" /health/live; run cookie "Cookie: $cookie" /api/v1/account/me; run token "Authorization: Bearer $api_token" /api/v1/account/me; } )
baseline=$(awk '$1 == "baseline" {print $2}' <<<"$results")
echo "| request | requests/s | ratio to baseline |"
echo "|---|---:|---:|"
while read -r name rps; do
  printf '| %s | %.0f | %.2f |\n' "$name" "$rps" "$(awk -v a="$rps" -v b="$baseline" 'BEGIN {print a / b}')"
done <<<"$results"
