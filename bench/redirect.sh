#!/usr/bin/env bash
# Measures the short link redirect (GET /l/{code}: lookup, 302, click queued and stored in batches) against nginx
# answering a bare 302 on the same machine in the same run, then stops Tapbridge cleanly and checks that every
# redirected click was stored. Every request comes from a different user agent, so each one is a counted click.
#   throughput  wrk -t2 -c$connections, as fast as it goes
#   latency     about $rate requests/s offered (bench/visitors.lua paces each connection), p50/p99 from wrk --latency
# Usage: bench/redirect.sh [seconds-per-run] [connections] [rate]   Paste the tables into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; connections=${2:-64}; rate=${3:-5000}
command -v nginx >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx >/dev/null; }
source bench/lib.sh
db="$work/bench.db"
code=$(sqlite3 "$db" "select Code from showcase_items order by AddedAt limit 1")
target=$(sqlite3 "$db" "select TikTokLink from showcase_items where Code = '$code'")
before=$(sqlite3 "$db" "select count(*) from link_clicks")

nginx_port=5198
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; location /l/ { return 302 $target; } }
}
CONF
nginx -c "$work/nginx/nginx.conf"
trap 'nginx -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true; kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

curl -fsI -A "Mozilla/5.0 (iPhone) Mobile" "$base/l/$code" | grep -qi "^location: $target" || { echo "the redirect does not answer"; exit 1; }

measure() { # name url → "name rps p50 p99 requests"
  local out
  out=$(RUN="$1" PACE_RPS=${3:-0} CONNECTIONS=$connections wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/visitors.lua "$2")
  echo "$1 $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out") $(awk '/requests in/ {print $1}' <<<"$out")"
}

warm=$(measure warm-up "$base/l/$code")
results=$(
  measure nginx "http://127.0.0.1:$nginx_port/l/$code"
  measure tapbridge "$base/l/$code"
  measure nginx@$rate "http://127.0.0.1:$nginx_port/l/$code" "$rate"
  measure tapbridge@$rate "$base/l/$code" "$rate"
)
sent=$(( $(awk '{print $5}' <<<"$warm") + $(awk '$1 ~ /^tapbridge/ {s += $5} END {print s}' <<<"$results") ))

kill -TERM "$app"; wait "$app" || true
stored=$(( $(sqlite3 "$db" "select count(*) from link_clicks") - before ))

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F); wrk -t2 -c$connections -d${seconds}s on the same machine; app: Release, SQLite, Production logging; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///')"
echo
echo "| run | requests/s | ratio to nginx | p50 | p99 |"
echo "|---|---:|---:|---:|---:|"
nginx_rps=$(awk '$1 == "nginx" {print $2}' <<<"$results")
while read -r name rps p50 p99 _; do
  printf '| %s | %.0f | %.2f | %s | %s |\n' "$name" "$rps" "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {print a / b}')" "$p50" "$p99"
done <<<"$results"
echo
echo "clicks: $sent redirects answered to distinct visitors, $stored stored after a clean stop (the queue is drained on shutdown)"
[ "$stored" -ge "$sent" ] || { echo "CLICKS LOST: $((sent - stored))"; exit 1; }
