#!/usr/bin/env bash
# The benchmark of the queue (issue 13): 10,000 queued items (`at: next-slot`) placed into a
# year of posting slots on 13 channels. The corpus is Benchmarks/generate-corpus.py's, with
# six daily slots on each of its 13 channels and its first 10,000 dated posts, polls and
# stories queued (every fifth with a window, every seventh with a priority); ads and repeats
# stay pinned. Times, in alternating rounds (Benchmarks/interleaved.py): `validate` of the
# queued corpus (which plans the queue too, for its findings; the base), `validate` of the
# same corpus with its times pinned (what planning the queue costs), and `schedule`. Goal: `schedule` within 2x
# one `validate` of the same repo. BENCHMARKS.md ("The queue") records a run.
#
#   Benchmarks/schedule.sh                  # 10,000 queued items, 11 rounds
#   ROUNDS=5 QUEUED=1000 Benchmarks/schedule.sh
#
# Environment: QUEUED (default 10000), ROUNDS (default 11), SKIP_BUILD=1, POSTPLAN=path.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-bench
queued="${QUEUED:-10000}"
items=$((queued * 6 / 5))
rounds="${ROUNDS:-11}"
today=2027-01-01

source Benchmarks/postplan-binary.sh

pinned="$PWD/$out/queue-pinned-$items"
repo="$PWD/$out/queue-$queued"
if [ ! -f "$repo/.made" ] || [ Benchmarks/generate-corpus.py -nt "$repo/.made" ] || [ Benchmarks/schedule.sh -nt "$repo/.made" ]; then
  rm -rf "$pinned" "$repo"
  python3 Benchmarks/generate-corpus.py --items "$items" --out "$pinned" >&2
  cp -R "$pinned" "$repo"
  python3 - "$repo/plans" "$queued" <<'PY'
import pathlib, re, sys
plans, wanted = pathlib.Path(sys.argv[1]), int(sys.argv[2])
channels = plans / "channels.yaml"
slots = 'slots: { daily: ["08:00", "10:00", "12:00", "14:00", "16:00", "18:00"] }'
channels.write_text(re.sub(r"^(  [a-z-]+: \{ .*) \}$", lambda m: f"{m.group(1)}, {slots} }}", channels.read_text(), flags=re.M))
count = 0
for path in sorted((plans / "items").glob("*.yaml")):
    entries = path.read_text().split("\n  - id: ")
    for number, entry in enumerate(entries[1:], start=1):
        kind = re.search(r"^    kind: (\w[\w-]*)", entry, re.M).group(1)
        if count >= wanted or kind not in ("post", "poll", "story") or not re.search(r"^    at: ", entry, re.M):
            continue
        queue = []
        if count % 5 == 0:
            queue.append(f"until: 2027-{1 + count % 12:02d}-28")
        if count % 7 == 0:
            queue.append(f"priority: {1 + count % 3}")
        line = "    at: next-slot" + (f"\n    queue: {{ {', '.join(queue)} }}" if queue else "")
        entries[number] = re.sub(r"^    at: .*$", line, entry, count=1, flags=re.M)
        count += 1
    path.write_text("\n  - id: ".join(entries))
print(f"bench: queued {count} items", file=sys.stderr)
PY
  touch "$repo/.made"
fi

"$postplan" schedule "$repo/plans" --today "$today" --from 2027-01-01 --to 2027-12-31 > "$out/schedule-year.txt" 2> /dev/null || true
echo "bench: $(head -n 1 "$out/schedule-year.txt")" >&2

echo "| command | queued items | median seconds | × validate | rounds |"
echo "| --- | --- | --- | --- | --- |"
python3 Benchmarks/interleaved.py --rounds "$rounds" --label "$queued" \
  "validate=$postplan validate --today $today $repo/plans" \
  "validate (the corpus pinned, no queue)=$postplan validate --today $today $pinned/plans" \
  "schedule (a year, text)=$postplan schedule --today $today --from 2027-01-01 --to 2027-12-31 $repo/plans" \
  "schedule (a year, json)=$postplan schedule --today $today --from 2027-01-01 --to 2027-12-31 --format json $repo/plans" \
  "schedule (4 weeks)=$postplan schedule --today $today $repo/plans" |
  while IFS=$'\t' read -r name label seconds ratio count; do
    echo "| $name | $label | $seconds | $ratio | $count |"
  done
