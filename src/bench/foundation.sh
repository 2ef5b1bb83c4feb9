#!/usr/bin/env bash
# Foundation benchmark: start-to-ready time and resident memory after start (default settings of the
# run command), then home-page throughput and latency under 32 connections against a static file
# served by the same server, as a ratio. Needs a built WAR: ./mvnw -B package -DskipTests
# Usage: bash src/bench/foundation.sh [starts=5] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
starts=${1:-5}
seconds=${2:-20}
port=18080
java_opts=(-Xmx512m)   # as in the run command (./mvnw -Prun)

[ -f target/seedbed.war ] && [ -f target/payara-micro.jar ] || { echo "build first: ./mvnw -B package -DskipTests"; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
trap 'stop; rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'; }

start() {
  local data=$1
  java "${java_opts[@]}" -Dseedbed.data.dir="$data" -Dseedbed.search.index-dir="$data/index" \
    -jar target/payara-micro.jar --deploy target/seedbed.war --nohazelcast --port $port \
    >"$data.log" 2>&1 &
  pid=$!
}

echo "Start to ready, $starts starts, each with a fresh data directory:"
: >"$work/ready"; : >"$work/rss"
for i in $(seq 1 "$starts"); do
  t0=$(date +%s%N)
  start "$work/data-$i"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "Payara exited; see $work/data-$i.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  sleep 2   # let start-up work that follows readiness settle before reading memory
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "  start $i: ready in $(( (t1 - t0) / 1000000 )) ms, resident $rss MiB"
  echo $(( (t1 - t0) / 1000000 )) >>"$work/ready"; echo "$rss" >>"$work/rss"
  if [ "$i" -lt "$starts" ]; then stop; fi
done
ready_ms=$(median <"$work/ready"); rss_mib=$(median <"$work/rss")

echo "Throughput with 32 connections for ${seconds}s each (server from the last start, warmed up first):"
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/" >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/static/seedbed.css" >/dev/null
run_wrk() { wrk -t2 -c32 -d"${seconds}s" --latency "$1"; }
parse() { # prints: requests/s p50_ms p99_ms
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ {rps=$2}
    $1=="50%" {p50=ms($2)}
    $1=="99%" {p99=ms($2)}
    END {printf "%.0f %.2f %.2f\n", rps, p50, p99}'
}
read -r s_rps s_p50 s_p99 < <(run_wrk "http://127.0.0.1:$port/static/seedbed.css" | parse)
read -r h_rps h_p50 h_p99 < <(run_wrk "http://127.0.0.1:$port/" | parse)
rss_after=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)

echo
echo "| measure | value |"
echo "|---|---|"
echo "| start to ready, median of $starts | ${ready_ms} ms |"
echo "| resident memory after start, median of $starts | ${rss_mib} MiB |"
echo "| resident memory after the load below | ${rss_after} MiB |"
echo "| static file /static/seedbed.css | ${s_rps} req/s, p50 ${s_p50} ms, p99 ${s_p99} ms |"
echo "| home page / | ${h_rps} req/s, p50 ${h_p50} ms, p99 ${h_p99} ms |"
awk -v s="$s_rps" -v h="$h_rps" -v sp="$s_p50" -v hp="$h_p50" -v s9="$s_p99" -v h9="$h_p99" 'BEGIN {
  printf "| home page / static file | throughput %.2fx, p50 %.2fx, p99 %.2fx |\n", h/s, hp/sp, h9/s9 }'
