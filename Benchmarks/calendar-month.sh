#!/usr/bin/env bash
# The calendar's benchmark (issue 11): a month's calendar of a repo whose items all fall in
# that month, in every format, beside `postplan validate` on the same repo, and peak memory of
# each at 100,000 items against the size of the plan files. Prints a Markdown table and the
# goals, marked pass or fail:
#   - a month's calendar of 10,000 items in any format within 3× the time of validate;
#   - at 100,000 items, peak memory below 4× the size of the plan files, in every format.
# The time ratios come from rounds that alternate the commands (Benchmarks/interleaved.py).
#
#   Benchmarks/calendar-month.sh
#   RUNS=5 SKIP_BUILD=1 Benchmarks/calendar-month.sh
#
# Environment: RUNS (rounds, default 5), SKIP_BUILD=1 (use the existing release build),
# POSTPLAN=path (another postplan binary), RESULTS=folder (default .build-bench/results-month).
# Needs /usr/bin/time (apt-get install time) for peak memory. Everything goes to .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-bench
runs="${RUNS:-5}"
today=2027-01-01
month=(--from 2027-03-01 --to 2027-03-31)
results="${RESULTS:-$PWD/$out/results-month}"
mkdir -p "$results"
rm -f "$results"/*.tsv
bench="$PWD/Benchmarks"

source Benchmarks/postplan-binary.sh

formats=(md html ics json)
for n in 10000 100000; do
  corpus="$out/corpus/month-$n"
  if [ ! -f "$corpus/.made" ] || [ Benchmarks/generate-corpus.py -nt "$corpus/.made" ]; then
    python3 Benchmarks/generate-corpus.py --items "$n" --month 3 --out "$corpus" >&2
    touch "$corpus/.made"
  fi
  echo "bench: month of $n items" >&2
  (
    cd "$corpus"
    mapfile -t files < <(find plans -name '*.yaml' | LC_ALL=C sort)
    printf '%s\t%s\n' "$n" "$(cat "${files[@]}" | wc -c)" >>"$results/corpora.tsv"
    # A repo with an error gets no calendar: timing that refusal would measure nothing.
    if ! "$postplan" calendar --format ics "${month[@]}" --today "$today" plans >/dev/null 2>"$results/refused"; then
      echo "bench: the $n-item repo gets no calendar (postplan calendar failed):" >&2
      grep -m 5 "error:" "$results/refused" >&2 || tail -5 "$results/refused" >&2
      exit 1
    fi
    if [ "$n" = 10000 ]; then
      commands=("validate=$(printf '%q ' "$postplan" validate --today "$today" plans)")
      for format in "${formats[@]}"; do
        commands+=("$format=$(printf '%q ' "$postplan" calendar --format "$format" "${month[@]}" --today "$today" plans)")
      done
      python3 "$bench/interleaved.py" --rounds "$runs" --label "$n" "${commands[@]}" >>"$results/ratios.tsv"
    fi
    /usr/bin/time -f '%M %e' -o "$results/rss" "$postplan" validate --today "$today" plans >/dev/null 2>&1 || true
    printf 'validate\t%s\t%s\n' "$n" "$(tail -1 "$results/rss")" >>"$results/memory.tsv"
    for format in "${formats[@]}"; do
      /usr/bin/time -f '%M %e' -o "$results/rss" "$postplan" calendar --format "$format" "${month[@]}" --today "$today" plans >/dev/null 2>&1 || true
      printf '%s\t%s\t%s\n' "$format" "$n" "$(tail -1 "$results/rss")" >>"$results/memory.tsv"
    done
  )
done

python3 - "$results" "$runs" <<'PY'
import csv, os, sys
results, runs = sys.argv[1], sys.argv[2]
def table(name):
    return list(csv.reader(open(os.path.join(results, name)), delimiter="\t"))
sizes = {int(n): int(size) for n, size in table("corpora.tsv")}
ratios = {row[0]: (float(row[2]), float(row[3])) for row in table("ratios.tsv")}
memory = {(row[0], int(row[1])): tuple(float(x) for x in row[2].split()) for row in table("memory.tsv")}
names = {"validate": "validate", "md": "calendar md", "html": "calendar html", "ics": "calendar ics", "json": "calendar json"}
print(f"Month of 10,000 items ({sizes[10000] / 2**20:.1f} MiB of plans), median of {runs} rounds that alternate the commands; "
      f"month of 100,000 items ({sizes[100000] / 2**20:.1f} MiB), one run each for peak memory.\n")
print("| command | 10,000: time | × validate | 10,000: peak RSS | 100,000: time | 100,000: peak RSS | × plan size |")
print("|---|---:|---:|---:|---:|---:|---:|")
goals = []
for key, name in names.items():
    seconds, ratio = ratios[key]
    small, large = memory[(key, 10000)], memory[(key, 100000)]
    times_size = large[0] * 1024 / sizes[100000]
    print(f"| {name} | {seconds * 1000:,.0f} ms | {ratio:.2f}× | {small[0] / 1024:,.0f} MiB | {large[1]:.2f} s | {large[0] / 1024:,.0f} MiB | {times_size:.2f}× |")
    if key != "validate":
        goals.append(f"{name}, a month of 10,000 items ≤ 3× validate: {ratio:.2f}× — {'**pass**' if ratio <= 3 else '**FAIL**'}")
    goals.append(f"{name}, 100,000 items: peak memory < 4× the plan files: {times_size:.2f}× — {'**pass**' if times_size < 4 else '**FAIL**'}")
print("\nGoals:\n")
for goal in goals:
    print(f"- {goal}")
PY
