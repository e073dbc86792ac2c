#!/usr/bin/env bash
# Measures the short link redirect (GET /l/{code}: lookup, 302, click journaled and stored in bulk) against nginx
# answering a bare 302 on the same machine in the same run, and counts lost clicks. Every request comes from a
# different user agent, so each one is a counted click.
#   throughput  wrk -t2 -c$connections for $seconds, as fast as it goes
#   latency     about $rate requests/s offered (bench/visitors.lua paces each connection), p50/p99 from wrk --latency
#   clean stop  SIGTERM, then every answered redirect must be a stored click
#   kill -9     full speed for $kill_seconds, SIGKILL halfway, restart (segments replayed), SIGTERM: what was lost,
#               in clicks and in time (kill to the last stored click); at most one flush interval (Links:FlushMilliseconds,
#               1 s) and the flush under way
# Usage: bench/redirect.sh [seconds-per-run] [connections] [rate] [kill-seconds]   Exits non-zero when a click is lost
# beyond that. Paste the tables into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; connections=${2:-64}; rate=${3:-5000}; kill_seconds=${4:-20}; flush_ms=1000
command -v nginx >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx >/dev/null; }
source bench/lib.sh
db="$work/bench.db"
code=$(sqlite3 "$db" "select Code from showcase_items order by AddedAt limit 1")
target=$(sqlite3 "$db" "select TikTokLink from showcase_items where Code = '$code'")
stored_since() { sqlite3 "$db" "select count(*) from link_clicks where At >= $1"; } # unix ms
now_ms() { date +%s%3N; }

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

measure() { # name url [rate] [duration] → "name rps p50 p99 requests"
  local out
  out=$(RUN="$1" PACE_RPS=${3:-0} CONNECTIONS=$connections wrk -t2 -c"$connections" -d"${4:-$seconds}s" --latency -s bench/visitors.lua "$2")
  echo "$1 $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out") $(awk '/requests in/ {print $1}' <<<"$out")"
}

start=$(now_ms)
warm=$(measure warm-up "$base/l/$code" 0 5)
results=$(
  measure nginx "http://127.0.0.1:$nginx_port/l/$code"
  measure tapbridge "$base/l/$code"
  measure nginx@$rate "http://127.0.0.1:$nginx_port/l/$code" "$rate"
  measure tapbridge@$rate "$base/l/$code" "$rate"
)
sent=$(( $(awk '{print $5}' <<<"$warm") + $(awk '$1 ~ /^tapbridge/ {s += $5} END {print s}' <<<"$results") ))
kill -TERM "$app"; wait "$app" || true
stored=$(stored_since "$start")
lost=$(( sent > stored ? sent - stored : 0 ))

# kill -9 at full load: answered redirects that are not stored after the restart replayed the segments
start_app false
kill_start=$(now_ms)
measure kill "$base/l/$code" 0 "$kill_seconds" >"$work/kill.txt" &
wrk_job=$!
sleep $(( kill_seconds / 2 ))
killed_at=$(now_ms)
kill -KILL "$app"; wait "$app" 2>/dev/null || true
wait "$wrk_job" || true
answered=$(awk '{print $5}' "$work/kill.txt")
left=$(find "$work/clicks" -maxdepth 1 \( -name '*.clicks' -o -name '*.part' \) | wc -l)
start_app false
kill -TERM "$app"; wait "$app" || true
replayed=$(stored_since "$kill_start")
kill_lost=$(( answered > replayed ? answered - replayed : 0 ))
# The traffic lost, in time: from the last click stored to the kill.
kill_lost_ms=$(( killed_at - $(sqlite3 "$db" "select coalesce(max(At), $kill_start) from link_clicks where At >= $kill_start") ))

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F); wrk -t2 -c$connections -d${seconds}s on the same machine; app: Release, SQLite, Production logging; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///')"
echo
echo "| run | requests/s | ratio to nginx | p50 | p99 |"
echo "|---|---:|---:|---:|---:|"
nginx_rps=$(awk '$1 == "nginx" {print $2}' <<<"$results")
while read -r name rps p50 p99 _; do
  printf '| %s | %.0f | %.2f | %s | %s |\n' "$name" "$rps" "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {print a / b}')" "$p50" "$p99"
done <<<"$results"
echo
echo "clean stop: $sent redirects answered to distinct visitors, $stored stored after SIGTERM; lost: $lost"
echo "kill -9: $answered redirects answered in $((kill_seconds / 2)) s, $left segments on disk after the kill," \
  "$replayed stored after the restart replayed them; lost: $kill_lost, the last ${kill_lost_ms} ms before the kill (flush interval ${flush_ms} ms)"
status=0
[ "$lost" -eq 0 ] || { echo "CLICKS LOST on a clean stop: $lost"; status=1; }
# One interval, plus the time the flush under way takes to hash and write (clicks arriving meanwhile wait for the next).
[ "$kill_lost_ms" -le $(( flush_ms * 3 / 2 )) ] || { echo "CLICKS LOST by kill -9 beyond one flush interval: $kill_lost"; status=1; }
exit $status
