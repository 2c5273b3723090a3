#!/usr/bin/env bash
# Writes every output of the quote finder that users and scorers read into one directory, so that
# two versions of the code can be compared with `diff -r`:
#
#   scripts/quote-outputs.sh /tmp/quotes-before    # on the old code
#   scripts/quote-outputs.sh /tmp/quotes-after     # on the new code
#   diff -r /tmp/quotes-before /tmp/quotes-after   # empty when nothing users see has changed
#
# What it writes, each file named after its input:
#   - `quotes`, `quotes --json`, `quotes --explain` and `quotes --json --explain` on the bundled
#     demo story (samples/) and the benchmark texts (bench/src/main/resources/);
#   - `eval quotes` (predictions and the printed scores) on the invented story sets of bot-app's
#     tests, and on the demo story's gold and PolNeAR dev in ../shared when it is there (set
#     BRIEFBOT_SHARED to read it elsewhere). The time a story took is left out of the scores.
#
# The directory holds outputs derived from ../shared: keep it out of the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${BRIEFBOT_SHARED:-$root/../shared}"

if [ $# -ne 1 ]; then
  echo "usage: scripts/quote-outputs.sh OUTPUT_DIRECTORY" >&2
  exit 2
fi
mkdir -p "$1"
out="$(cd "$1" && pwd)"
case "$out/" in
  "$root"/*) echo "quote-outputs: write outside the repository ($out is inside it)." >&2; exit 2 ;;
esac

# ./briefbot builds the jar first when a source is newer; no class data sharing archive is made.
run() { BRIEFBOT_CDS=off "$root/briefbot" "$@"; }

texts=("$root/samples/blinken-rafah.txt" "$root"/bench/src/main/resources/org/briefbot/bench/*.txt)
for text in "${texts[@]}"; do
  name="$(basename "$text" .txt)"
  run quotes "$text" > "$out/$name.quotes.txt"
  run quotes --json "$text" > "$out/$name.quotes.json"
  run quotes --explain "$text" > "$out/$name.quotes-explain.txt"
  run quotes --json --explain "$text" > "$out/$name.quotes-explain.json"
done

# eval quotes DATA NAME: predictions in NAME.eval.jsonl, the printed scores in NAME.eval.txt.
# Run from the output directory so the printed path is the same for every directory.
eval_quotes() {
  (cd "$out" && run eval quotes --data "$1" --out "$2.eval.jsonl") \
    | sed -E 's/[0-9]+(\.[0-9]+)? ms a story/— ms a story/' > "$out/$2.eval.txt"
}

# The invented sets, in the format of InventedQuotesTest, as eval quotes input lines with gold.
if command -v python3 > /dev/null; then
  for set in invented-quotes held-out-quotes; do
    python3 - "$root/bot-app/src/test/resources/eval/$set.txt" > "$out/$set.input.jsonl" << 'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for block in re.split(r"(?m)^=== ", text):
    if block.startswith("#") or not block.strip():
        continue
    story_id, rest = block.split("\n", 1)
    body, gold = rest.split("--- gold\n", 1)
    quotes = []
    for line in gold.split("\n"):
        if line.strip():
            kind, speaker, words = line.split(" | ", 2)
            start = body.find(words)
            # Java String offsets are UTF-16 units
            start16 = len(body[:start].encode("utf-16-le")) // 2
            end16 = start16 + len(words.encode("utf-16-le")) // 2
            quotes.append({"start": start16, "end": end16, "speaker": speaker, "kind": kind})
    print(json.dumps({"id": story_id.strip(), "text": body, "quotes": quotes}, ensure_ascii=False))
PY
    eval_quotes "$out/$set.input.jsonl" "$set"
  done
else
  echo "quote-outputs: skipped the invented story sets: python3 is not installed." >&2
fi

if [ -d "$shared" ]; then
  eval_quotes "$shared/samples/blinken-rafah.quotes.jsonl" demo
  eval_quotes "$shared/eval/quotes-polnear-dev.jsonl" polnear
else
  echo "quote-outputs: skipped the demo gold and PolNeAR: there is no $shared (set BRIEFBOT_SHARED)." >&2
fi
echo "quote-outputs: wrote $(ls "$out" | wc -l) files to $out" >&2
