#!/usr/bin/env bash
# The benchmark of `postplan diff` (issue 15): two revisions of a 10,000-item plan repo
# (Benchmarks/generate-corpus.py, committed to a scratch git repo, then a second commit that
# moves, edits and deletes items in every tenth file), timed against one `postplan validate`
# of the same repo, in alternating rounds (Benchmarks/interleaved.py). Goal: a diff of two
# revisions within 3x one validate. BENCHMARKS.md ("postplan diff") records a run.
#
#   Benchmarks/diff.sh                     # 10,000 items, 11 rounds
#   ROUNDS=5 ITEMS=1000 Benchmarks/diff.sh
#
# Environment: ITEMS (default 10000), ROUNDS (default 11), SKIP_BUILD=1 (use the existing
# release build in .build-bench), POSTPLAN=path (time another build). Needs git and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-bench
items="${ITEMS:-10000}"
rounds="${ROUNDS:-11}"
today=2027-01-01

source Benchmarks/postplan-binary.sh

repo="$PWD/$out/diff-repo-$items"
if [ ! -f "$repo/.made" ] || [ Benchmarks/generate-corpus.py -nt "$repo/.made" ] || [ Benchmarks/diff.sh -nt "$repo/.made" ]; then
  rm -rf "$repo"
  python3 Benchmarks/generate-corpus.py --items "$items" --out "$repo" >&2
  git -C "$repo" init -q -b main
  git -C "$repo" add plans
  git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m base
  # The change a pull request makes: in every tenth item file, the first dated item moves by
  # an hour, the first text gains a sentence, and the last item is deleted.
  python3 - "$repo/plans/items" <<'PY'
import pathlib, re, sys
for number, path in enumerate(sorted(pathlib.Path(sys.argv[1]).glob("*.yaml"))):
    if number % 10:
        continue
    text = path.read_text()
    text = re.sub(r"(    at: \d{4}-\d\d-\d\d )(\d\d)", lambda m: m.group(1) + f"{(int(m.group(2)) + 1) % 24:02d}", text, count=1)
    text = text.replace("    text: ", "    text: Updated. ", 1)
    text = text[: text.rindex("\n  - id: ") + 1]
    path.write_text(text)
PY
  git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -a -m change
  touch "$repo/.made"
fi

echo "bench: $(git -C "$repo" diff --shortstat HEAD~1 HEAD)" >&2
(cd "$repo" && "$postplan" diff HEAD~1 HEAD --today "$today" | tail -n 1) >&2

cd "$repo"
echo "| command | items | median seconds | × validate | rounds |"
echo "| --- | --- | --- | --- | --- |"
python3 "$OLDPWD/Benchmarks/interleaved.py" --rounds "$rounds" --label "$items" \
  "validate=$postplan validate --today $today plans" \
  "lint=$postplan lint --today $today plans" \
  "diff=$postplan diff HEAD~1 HEAD --today $today" \
  "diff (md)=$postplan diff HEAD~1 HEAD --format md --today $today" |
  while IFS=$'\t' read -r name label seconds ratio count; do
    echo "| $name | $label | $seconds | $ratio | $count |"
  done
