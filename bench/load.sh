#!/usr/bin/env bash
# Bounded load test against 127.0.0.1 only: starts the packaged app on a fresh PostgreSQL
# database with the demo data, runs wrk for each target at each number of connections
# (the static stylesheet first, as the yardstick), prints throughput, latency and errors,
# then stops the app and drops the database.
# Usage: bench/load.sh [connections...] [seconds]   e.g. bench/load.sh "20 100" 20
# (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-"20 100"}
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
  --spring.datasource.password= --fazhi.data-dir="$DATA" --fazhi.demo-data=true --fazhi.public-url=http://127.0.0.1:$PORT \
  --logging.level.fazhi.access=WARN ${EXTRA_ARGS:-} > "$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start:" >&2; tail -n 30 "$DATA/app.log" >&2; exit 1; }
  sleep 1
done
REPORT=$(curl -fs "http://127.0.0.1:$PORT/api/v1/reports?size=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
TOWNSHIP=$(curl -fs "http://127.0.0.1:$PORT/api/v1/reports/$REPORT" | grep -o '"publisherCode":"[0-9A-Z]*"' | cut -d'"' -f4)
echo "app ready; report $REPORT, township $TOWNSHIP; connections: $CONNECTIONS; $SECONDS_EACH s per target, 2 threads"
TARGETS=${TARGETS:-"/assets/css/fazhi.css / /reports/\$REPORT /browse /agencies/\$TOWNSHIP /search?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C"}
TARGETS=${TARGETS//\$REPORT/$REPORT}
TARGETS=${TARGETS//\$TOWNSHIP/$TOWNSHIP}
for connections in $CONNECTIONS; do
  for target in $TARGETS; do
    echo "== $target at $connections connections"
    wrk -t2 -c"$connections" -d"${SECONDS_EACH}s" --timeout 10s --latency "http://127.0.0.1:$PORT$target" \
      | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|requests in'
  done
done
