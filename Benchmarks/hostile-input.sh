#!/usr/bin/env bash
# Times `postplan validate` on the hostile inputs of issue 6, each in a plan folder beside a
# good plan file, and prints a Markdown table: the finding for the bad file, and the wall
# time (median of RUNS, default 5) against the goal of one second. The tests in
# Tests/PostplanKitTests/Hardening assert the findings; this measures the time, where a slow
# machine cannot make a test flaky.
#
#   Benchmarks/hostile-input.sh [path/to/postplan]     # default: .build-bench/release/postplan
set -euo pipefail
cd "$(dirname "$0")/.."

postplan="${1:-$PWD/.build-bench/release/postplan}"
runs="${RUNS:-5}"
work="$PWD/.build-bench/hostile"
rm -rf "$work" && mkdir -p "$work"

good='postplan: 1
timezone: Europe/Berlin
channels:
  acme-linkedin: { platform: linkedin, account: company-page }
items:
  - id: good-post
    kind: post
    channels: [acme-linkedin]
    at: 2026-11-24 09:00
    text: A good post beside the bad file.
'

# case NAME: a folder $work/NAME/plans holding the good file; the caller adds the bad one.
new_case() {
  mkdir -p "$work/$1/plans"
  printf '%s' "$good" >"$work/$1/plans/good.yaml"
  echo "$work/$1/plans"
}

plans=$(new_case alias-bomb)
{
  echo 'postplan: 1'
  echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  previous=a
  for name in b c d e f g h i; do
    printf '%s: &%s [' "$name" "$name"
    for index in 1 2 3 4 5 6 7 8 9; do printf '*%s%s' "$previous" "$([ "$index" -lt 9 ] && echo , || true)"; done
    echo ']'
    previous=$name
  done
} >"$plans/bomb.yaml"

plans=$(new_case deep-nesting)
{ printf 'postplan: 1\nitems: '; head -c 100000 /dev/zero | tr '\0' '['; echo; } >"$plans/deep.yaml"

plans=$(new_case file-200mb)
printf 'postplan: 1\n' >"$plans/huge.yaml"
truncate -s 200M "$plans/huge.yaml"

plans=$(new_case files-10000)
for index in $(seq -w 1 10000); do
  printf 'postplan: 1\nitems:\n  - id: post-%s\n    kind: post\n    channels: [acme-linkedin]\n    at: 2026-11-24 09:00\n    text: One of ten thousand.\n' \
    "$index" >"$plans/item-$index.yaml"
done
printf 'postplan: 1\nitems: [\n' >"$plans/item-broken.yaml"

plans=$(new_case not-utf8)
printf 'postplan: 1\nitems:\n  - id: latin-1\n    text: "caf\xe9"\n' >"$plans/latin1.yaml"

plans=$(new_case symlink-loop)
mkdir -p "$plans/loop"
ln -s .. "$plans/loop/up"
ln -s ../plans "$plans/again"

plans=$(new_case unreadable)
mkfifo "$plans/pipe.yaml"
ln -s missing.yaml "$plans/broken.yaml"

echo "| hostile input | findings | summary (files and items read) | median wall time | within 1 s |"
echo "| --- | --- | --- | ---: | --- |"
for name in alias-bomb deep-nesting file-200mb files-10000 not-utf8 symlink-loop unreadable; do
  cd "$work/$name"
  output=$("$postplan" validate --today 2026-11-23 plans 2>/dev/null || true)
  rules=$(grep -oE '\[[a-z-]+\]$' <<<"$output" | sort | uniq -c | awk '{printf "%s%s × %s", sep, $1, $2; sep=", "}')
  summary=$("$postplan" validate --today 2026-11-23 plans 2>&1 >/dev/null | tail -n 1 || true)
  samples=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$postplan" validate --today 2026-11-23 plans >/dev/null 2>&1 || true
    samples+=("$(($(date +%s%N) - start))")
  done
  median=$(python3 -c 'import statistics,sys; print(round(statistics.median(int(x) for x in sys.argv[1:]) / 1e6))' "${samples[@]}")
  echo "| $name | ${rules:-nothing} | $summary | $median ms | $([ "$median" -lt 1000 ] && echo yes || echo **no**) |"
  cd - >/dev/null
done
