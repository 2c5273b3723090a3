#!/usr/bin/env bash
# Proves the service shape on this machine, offline: builds a base image, a PostgreSQL image and
# an HAProxy image from Debian's packages (debootstrap, docker import), builds Briefbot's image on
# that base with Jib, starts PostgreSQL, two Briefbot replicas in Slack's HTTP mode and HAProxy in
# front of them with compose (host networking: all traffic on loopback) against a stand-in for
# Slack's Web API, then shows, every Slack request going through HAProxy: both ready and sent
# requests; one signed Slack command answered once, its replay not run again, and counted in
# /metrics; a digest due now posted exactly once and counted; a clean stop on SIGTERM; nothing
# lost across `compose down` and `up`; the first start of each fresh container already mapping the
# class data sharing archive the image carries, and the later start too. Skips with a printed reason when no Docker engine can run.
#
#   deploy/prove.sh            # as root (debootstrap and dockerd need it)
#   PROVE_KEEP=1 deploy/prove.sh   # leaves the containers and volumes up afterwards
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${PROVE_WORK:-/tmp/briefbot-prove}"
base_image=briefbot-base:bookworm-jre17
pg_image=briefbot-postgres:bookworm-15
lb_image=briefbot-haproxy:bookworm
project=briefbot-prove
# Ports of this machine (host networking), away from the usual ones.
pg_port=55432 ops_1=19090 ops_2=19091 slack_1=13000 slack_2=13001 standin_port=18099
lb_port=13080 lb_health=13081

say() { printf 'prove: %s\n' "$*"; }
skip() { say "skipped: $*"; exit 0; }
fail() { say "FAILED: $*"; exit 1; }

# --- a Docker engine, or a reason -------------------------------------------------------------
# What is missing comes from Debian's packages, where this runs as root with apt-get.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null \
    && ! { command -v dockerd && command -v debootstrap \
      && { docker compose version || command -v docker-compose; }; } >/dev/null 2>&1; then
  say "installing docker.io, docker-compose and debootstrap from Debian's packages"
  mkdir -p "$work"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      docker.io docker-compose debootstrap; } >"$work/apt.log" 2>&1 \
    || say "could not install them (see $work/apt.log)"
fi
command -v docker >/dev/null || skip "no docker client (apt-get install docker.io docker-compose)"
if ! docker info >/dev/null 2>&1; then
  if command -v dockerd >/dev/null && [ "$(id -u)" = 0 ]; then
    say "starting dockerd"
    mkdir -p "$work"
    nohup dockerd >"$work/dockerd.log" 2>&1 &
    for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  fi
  docker info >/dev/null 2>&1 || skip "no Docker engine runs here ($(tail -n 1 "$work/dockerd.log" 2>/dev/null || echo 'no dockerd'))"
fi
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  skip "no docker compose (apt-get install docker-compose)"
fi
command -v python3 >/dev/null || skip "no python3 for the Slack stand-in"

# --- images from Debian's packages ------------------------------------------------------------
# debootstrap's own default mirror is used: the same Debian archive apt-get uses.
bootstrap() { # image, packages, extra setup
  local image="$1" packages="$2" rootfs="$work/rootfs-$1"
  docker image inspect "$image" >/dev/null 2>&1 && return 0
  command -v debootstrap >/dev/null || skip "no debootstrap to build $image (apt-get install debootstrap)"
  say "building $image from Debian's packages ($packages)"
  rm -rf "$rootfs"
  debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" >"$work/debootstrap-$1.log" 2>&1 \
    || fail "debootstrap failed; see $work/debootstrap-$1.log"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  "$3" "$rootfs"
  rm -rf "$rootfs"
}
jre_setup() {
  tar -C "$1" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' - "$base_image" >/dev/null
}
pg_setup() {
  rm -rf "$1/var/lib/postgresql/15" "$1/etc/postgresql/15"
  install -m 755 "$here/proof/postgres-entrypoint.sh" "$1/usr/local/bin/postgres-entrypoint"
  mkdir -p "$1/var/lib/postgresql/data" "$1/run/postgresql"
  chroot "$1" chown -R postgres:postgres /var/lib/postgresql /run/postgresql
  chmod 700 "$1/var/lib/postgresql/data"
  tar -C "$1" -c . | docker import \
    --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' --change 'USER postgres' \
    --change 'VOLUME /var/lib/postgresql/data' \
    --change 'ENTRYPOINT ["/usr/local/bin/postgres-entrypoint"]' --change 'CMD ["postgres"]' \
    - "$pg_image" >/dev/null
}
lb_setup() {
  mkdir -p "$1/usr/local/etc/haproxy"
  tar -C "$1" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' --change 'USER haproxy' \
    --change 'ENTRYPOINT ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]' \
    - "$lb_image" >/dev/null
}
mkdir -p "$work"
bootstrap "$base_image" openjdk-17-jre-headless,ca-certificates jre_setup
bootstrap "$pg_image" postgresql-15 pg_setup
bootstrap "$lb_image" haproxy lb_setup

say "building briefbot:latest with Jib on $base_image"
(cd "$root" && mvn -B -q -Pimage -pl bot-app -am package -DskipTests \
  -Djib.from.image="docker://$base_image" >"$work/jib.log" 2>&1) || fail "image build failed; see $work/jib.log"

# --- the stand-in for Slack and the settings ----------------------------------------------------
standin_log="$work/slack-standin.jsonl"
: >"$standin_log"
rm -f "$standin_log.pid"
python3 "$here/proof/slack-standin.py" serve "$standin_port" "$standin_log" &
for _ in $(seq 50); do [ -s "$standin_log.pid" ] && break; sleep 0.1; done
standin_pid="$(cat "$standin_log.pid" 2>/dev/null || echo $!)"
env_file="$work/proof.env"
cat >"$env_file" <<ENV
BRIEFBOT_DB_PASSWORD=proof-$(date +%s)
SLACK_BOT_TOKEN=xoxb-proof-token
SLACK_SIGNING_SECRET=proof-signing-secret
BRIEFBOT_SLACK_API_URL=http://127.0.0.1:$standin_port/api/
BRIEFBOT_SLACK_FEED_MANAGERS=U0PROOF
BRIEFBOT_POSTGRES_IMAGE=$pg_image
BRIEFBOT_PG_PORT=$pg_port
BRIEFBOT_OPS_PORT=$ops_1
BRIEFBOT_OPS_PORT_2=$ops_2
BRIEFBOT_SLACK_PORT=$slack_1
BRIEFBOT_SLACK_PORT_2=$slack_2
BRIEFBOT_LB_IMAGE=$lb_image
BRIEFBOT_SLACK_LB_PORT=$lb_port
BRIEFBOT_SLACK_LB_HEALTH_PORT=$lb_health
BRIEFBOT_JAVA_TOOL_OPTIONS=-Xlog:class+load=info:file=/data/class-load.log
ENV
dc() {
  "${compose[@]}" -p "$project" --env-file "$env_file" --profile slack-http \
    -f "$here/compose.yaml" -f "$here/compose.replicas.yaml" "$@"
}
finish() {
  local status=$?
  if [ "$status" != 0 ]; then dc logs --no-color >"$work/compose.log" 2>&1 || true; say "logs: $work/compose.log"; fi
  kill "$standin_pid" 2>/dev/null || true
  if [ -z "${PROVE_KEEP:-}" ]; then dc down -v >/dev/null 2>&1 || true; fi
}
trap finish EXIT

get() { python3 -c 'import sys,urllib.request
try:
  r=urllib.request.urlopen(sys.argv[1],timeout=5); print(r.status); print(r.read().decode())
except urllib.error.HTTPError as e: print(e.code); print(e.read().decode())
except Exception as e: print(0); print(e)' "$1"; }
await_ready() { # port
  for _ in $(seq 150); do
    [ "$(get "http://127.0.0.1:$1/health/ready" | sed -n 1p)" = 200 ] && return 0
    sleep 2
  done
  fail "the replica with the operator's port $1 was not ready: $(get "http://127.0.0.1:$1/health/ready" | tail -n +2)"
}
metric() { # port, sample prefix with labels: the sum of the matching samples
  get "http://127.0.0.1:$1/metrics" | awk -v p="$2" 'index($0, p) == 1 { s += $NF } END { print s + 0 }'
}
slack() { # command text, response path, how many times the same signed request is sent
  python3 "$here/proof/slack-standin.py" command "http://127.0.0.1:$lb_port/slack/events" \
    proof-signing-secret "$1" "http://127.0.0.1:$standin_port/respond/$2" "${3:-1}"
}
both() { # sample prefix: the sum over the two replicas' /metrics
  echo $(( $(metric "$ops_1" "$1") + $(metric "$ops_2" "$1") ))
}
await_lb() { # HAProxy sends requests to both replicas
  local answer
  for _ in $(seq 30); do
    answer="$(get "http://127.0.0.1:$lb_health/health/ready")"
    [ "$(printf '%s\n' "$answer" | sed -n 2p)" = "Briefbot processes ready: 2" ] && return 0
    sleep 1
  done
  fail "HAProxy does not send requests to both replicas: $(printf '%s' "$answer" | tr '\n' ' ')"
}
shared_classes() { # service: Briefbot's own classes its JVM took from the class data sharing archive
  dc exec -T "$1" sh -c 'grep "org\.briefbot\..* source: shared objects file" /data/class-load.log | wc -l' \
    2>/dev/null | tr -d '[:space:]'
}
baked_archive() { # service: the archive its JVM was told to map, when it is the one the image carries
  dc exec -T "$1" sh -c 'tr "\0" "\n" </proc/1/cmdline | grep "^-XX:SharedArchiveFile=/app/cds/"' \
    2>/dev/null | tr -d '[:space:]'
}
cds_mapped() { # service, which start: the image's archive was mapped, with how many of Briefbot's classes
  local shared archive
  shared="$(shared_classes "$1")"
  archive="$(baked_archive "$1")"
  [ -n "$archive" ] || fail "the $2 start of $1 was not given the class data sharing archive the image carries"
  [ "${shared:-0}" -gt 0 ] || fail "the $2 start of $1 did not map the class data sharing archive the image carries"
  say "the $2 start of $1 took $shared of Briefbot's classes from the image's archive (${archive#*=})"
}
posts() { # path prefix, words: how many requests the stand-in got there holding the words
  python3 -c 'import json,sys
n=0
for line in open(sys.argv[1]):
  r=json.loads(line)
  if r["path"].startswith(sys.argv[2]) and sys.argv[3] in r["body"]: n+=1
print(n)' "$standin_log" "$1" "$2"
}

# --- up, ready, one command -----------------------------------------------------------------
say "starting PostgreSQL, two replicas and HAProxy in front of them"
dc down -v >/dev/null 2>&1 || true # fresh containers and volumes
dc up -d >"$work/up.log" 2>&1 || fail "compose up failed; see $work/up.log"
await_ready "$ops_1"
await_ready "$ops_2"
await_lb
say "both replicas ready, and HAProxy sends requests to both"
for service in briefbot briefbot-2; do cds_mapped "$service" first; done

# /help: its answer needs no story (a replica finds the stories the other stored within 30 s).
# The very same signed request twice: HAProxy takes turns, so the second reaches the other
# replica, which knows it from the database and does not run it again.
statuses="$(slack "/help" help-1 2 | tr '\n' ' ')"
[ "$statuses" = "200 200 " ] || fail "the signed /help and its replay got HTTP $statuses, not 200 twice"
sleep 5
[ "$(posts /respond/help-1 /whosaid)" = 1 ] || fail "the signed /help was answered $(posts /respond/help-1 /whosaid) times, not once"
[ "$(both 'briefbot_commands_total{command="help",outcome="answered"')" = 1 ] \
  || fail "/metrics of the two count $(both 'briefbot_commands_total{command="help",outcome="answered"') /help, not 1"
say "one signed Slack command (sent twice) answered once through HAProxy, and counted once in /metrics"

# --- a digest due now, posted once by one of the two -------------------------------------------
due="$(date -u -d '+2 minutes' +%H:%M)"
slack "/digest subscribe $due UTC empty:line" subscribe >/dev/null
sleep 3
[ "$(posts /respond/subscribe "$due")" = 1 ] || fail "the digest subscription was not confirmed"
say "waiting for the digest due at $due UTC"
for _ in $(seq 90); do
  [ "$(posts /api/chat.postMessage Digest)" -ge 1 ] && break
  sleep 2
done
sleep 20 # time for a second post, were there one
[ "$(posts /api/chat.postMessage Digest)" = 1 ] || fail "the digest was posted $(posts /api/chat.postMessage Digest) times, not once"
delivered="$(both 'briefbot_digests_total{outcome="delivered"')"
[ "$delivered" = 1 ] || fail "/metrics of the two count $delivered delivered digests, not 1"
say "the digest was posted exactly once, and counted once"

# --- down and up: the volumes keep the data -----------------------------------------------------
# SIGTERM: java is each container's first process; it stops well within the grace period (a kill
# at its end would be exit status 137).
say "compose stop (SIGTERM), down, then up"
dc stop >>"$work/up.log" 2>&1
for service in briefbot briefbot-2; do
  status="$(docker inspect -f '{{.State.ExitCode}}' "$(dc ps -q "$service")")"
  case "$status" in 0|143) ;; *) fail "$service stopped with exit status $status, not by its SIGTERM" ;; esac
done
say "both replicas stopped cleanly on SIGTERM"
dc down >>"$work/up.log" 2>&1
dc up -d >>"$work/up.log" 2>&1 || fail "compose up (again) failed; see $work/up.log"
await_ready "$ops_1"
await_ready "$ops_2"
await_lb
for service in briefbot briefbot-2; do cds_mapped "$service" later; done
slack "/digest list" list >/dev/null
sleep 5
[ "$(posts /respond/list "$due")" = 1 ] || fail "after down and up, /digest list does not show the digest at $due"
say "after down and up the subscription is still there"
say "passed"
