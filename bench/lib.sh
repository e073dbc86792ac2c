# Shared by the bench scripts: starts Tapbridge in Release on a fresh SQLite demo world, signs in, runs wrk.
# Sourced, not run. Sets: base, work, cookie, api_token; defines run NAME HEADER PATH and table.
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d); port=5199; base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Tapbridge -c Release -nologo -v quiet >/dev/null
start_app() { # [demo: true|false] — starts the app on the bench database and waits until it is ready; sets app
  ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=${1:-true} Demo__SandboxPort=0 Logging__LogLevel__Default=Warning RateLimits__SignInPerMinute=100000 \
    ConnectionStrings__Tapbridge="Data Source=$work/bench.db" Mail__Folder="$work/mail" Links__ClickFolder="$work/clicks" ASPNETCORE_URLS="$base" \
    dotnet src/Tapbridge/bin/Release/net10.0/Tapbridge.dll >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do curl -fs "$base/health/ready" >/dev/null && return; sleep 1; done
  echo "the app did not become ready; see its log:"; tail -20 "$work/app.log"; exit 1
}
start_app

jar="$work/cookies"
token=$(curl -fs -c "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null "$base/account/signin" --data-urlencode "_handler=signin" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=admin@demo.tapbridge.test" \
  --data-urlencode "Input.Password=tapbridge-demo-2026"
cookie=$(awk '$6 == "tapbridge" {print "tapbridge=" $7}' "$jar")
# A change through the API signed in by cookie carries the antiforgery token (ADR 21).
antiforgery=$(curl -fs -b "$jar" -c "$jar" "$base/api/v1/account/antiforgery" | sed 's/.*"token":"\([^"]*\)".*/\1/')
api_token=$(curl -fs -b "$jar" -H "RequestVerificationToken: $antiforgery" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/account/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')

run() { # name, extra header, path
  local rps
  rps=$(wrk -t2 -c"$connections" -d"${seconds}s" ${2:+-H "$2"} "$base$3" | awk '/Requests\/sec/ {print $2}')
  echo "$1 $rps"
}

table() { # reads "name rps" lines; the row named "baseline" is the denominator
  local results baseline
  results=$(cat)
  baseline=$(awk '$1 == "baseline" {print $2}' <<<"$results")
  echo "| request | requests/s | ratio to baseline |"
  echo "|---|---:|---:|"
  while read -r name rps; do
    printf '| %s | %.0f | %.2f |\n' "$name" "$rps" "$(awk -v a="$rps" -v b="$baseline" 'BEGIN {print a / b}')"
  done <<<"$results"
}
