#!/usr/bin/env bash
# Fetch check: `briefbot ingest --feed` over a feed of 20 invented stories served by a stock
# `python3 -m http.server` (HTTP/1.0, one connection per request, default workers), three runs,
# each on a fresh database: every run must store 20 of 20. Loopback only. Skipped without python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v python3 >/dev/null; then
  echo "fetch-check: skipped (python3 is not installed; it serves the pages)."
  exit 0
fi

site="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$site"
}
trap cleanup EXIT

# The server picks a free port (0) and says which in its first line.
(cd "$site/" && exec python3 -u -m http.server 0 --bind 127.0.0.1 >"$site.log" 2>&1) &
server_pid=$!
port=""
for _ in $(seq 1 50); do
  port="$(sed -n 's/.*port \([0-9][0-9]*\).*/\1/p' "$site.log" 2>/dev/null | head -1)"
  [ -n "$port" ] && break
  sleep 0.1
done
rm -f "$site.log"
if [ -z "$port" ]; then
  echo "fetch-check: python3 -m http.server did not start." >&2
  exit 1
fi

python3 - "$site" "$port" <<'PY'
import sys
site, port = sys.argv[1], sys.argv[2]
topics = ["bridge", "library", "harbour", "market", "school", "orchard", "tram line", "museum", "river path", "bakery"]
items = []
for n in range(1, 21):
    topic = topics[n % len(topics)]
    paragraphs = "".join(
        f"<p>Residents of Lowmere gathered on evening {n} to hear the town council explain its plan for the {topic},"
        f" and part {k} of the plan drew the longest questions about cost, timing and who would do the work.</p>"
        for k in range(1, 9))
    with open(f"{site}/story{n}.html", "w", encoding="utf-8") as page:
        page.write(f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lowmere council and the {topic}, part {n}</title>"
                   f"</head><body><article><h1>Lowmere council and the {topic}, part {n}</h1>{paragraphs}</article></body></html>")
    items.append(f"<item><title>Story {n}</title><link>http://127.0.0.1:{port}/story{n}.html</link><guid>lowmere-{n}</guid></item>")
with open(f"{site}/feed.xml", "w", encoding="utf-8") as feed:
    feed.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Lowmere Gazette</title>"
               f"<link>http://127.0.0.1:{port}/</link><description>Invented local news</description>{''.join(items)}</channel></rss>")
PY

failed=0
for run in 1 2 3; do
  db="$(mktemp -d)"
  summary="$(BRIEFBOT_FETCH_ALLOW_PRIVATE=true ./briefbot ingest --feed "http://127.0.0.1:$port/feed.xml" \
      --db "jdbc:h2:file:$db/briefbot" 2>&1 | tee "$db/out.txt" | tail -1)"
  echo "fetch-check: run $run: $summary"
  # The summary line, as /feeds add words it: all 20 stored now, none failed or already stored.
  if [[ "$summary" != *": 20 stories listed; of the newest 20, 20 stored now (newest: "* ]]; then
    grep -E '^(Will retry|Skipped|briefbot:)' "$db/out.txt" >&2 || true
    failed=1
  fi
  rm -rf "$db"
done
if [ "$failed" -ne 0 ]; then
  echo "fetch-check: FAILED: not every page of the stock static server was stored." >&2
  exit 1
fi
echo "fetch-check: 20 of 20 stored in 3 runs of 3."
