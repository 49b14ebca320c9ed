#!/usr/bin/env bash
# Bounded load test against 127.0.0.1 only: starts the packaged app on a fresh PostgreSQL
# database with the demo data, runs wrk for 60 s per target with 100 connections, prints
# throughput, latency and errors, then stops the app and drops the database.
# Usage: bench/load.sh [connections] [seconds]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-100}
SECONDS_EACH=${2:-60}
PORT=18080
DB=fazhi_load_$$
JAR=$(ls target/fazhi-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -z "$JAR" ]; then ./mvnw -B -q -DskipTests package; JAR=$(ls target/fazhi-*.jar | grep -v plain | head -n 1); fi
DATA=$(mktemp -d)
psql -h 127.0.0.1 -U postgres -q -c "create database $DB"
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB with (force)" || true
  rm -rf "$DATA"
}
trap cleanup EXIT
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
"$JAVA" -Xmx1g -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --spring.datasource.password= --fazhi.data-dir="$DATA" --fazhi.demo-data=true \
  --logging.level.fazhi.access=WARN ${EXTRA_ARGS:-} > "$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
REPORT=$(curl -fs "http://127.0.0.1:$PORT/api/v1/reports?size=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
echo "app ready; report $REPORT; $CONNECTIONS connections, $SECONDS_EACH s per target, 2 threads"
TARGETS=${TARGETS:-"/assets/css/fazhi.css / /reports/$REPORT /browse /search?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C /api/v1/search?q=%E8%B0%83%E8%A7%A3"}
for target in ${TARGETS//\$REPORT/$REPORT}; do
  echo "== $target"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency "http://127.0.0.1:$PORT$target" \
    | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|requests in'
done
