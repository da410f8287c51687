#!/usr/bin/env bash
# The report's benchmark (issue 14): `postplan report` in every format over a repo of 10,000
# items with a result for every one-off item on each of its channels (two measurements each),
# beside `postplan validate` on the same repo. Prints a Markdown table and the goal, marked
# pass or fail. Issue 14 sets no speed goal; the report is held to the calendar's (issue 11):
#   - the report of 10,000 items and their results, in any format, within 3× the time of
#     validate (which reads and checks the same results).
# The ratios come from rounds that alternate the commands (Benchmarks/interleaved.py).
#
#   Benchmarks/report.sh
#   RUNS=5 SKIP_BUILD=1 Benchmarks/report.sh
#
# Environment: RUNS (rounds, default 5), SKIP_BUILD=1 (use the existing release build),
# POSTPLAN=path (another postplan binary). Everything goes to .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-bench
runs="${RUNS:-5}"
today=2027-04-15
n=10000
bench="$PWD/Benchmarks"

source Benchmarks/postplan-binary.sh

corpus="$out/corpus/report-$n"
if [ ! -f "$corpus/.made" ] || [ Benchmarks/generate-corpus.py -nt "$corpus/.made" ] || [ Benchmarks/report.sh -nt "$corpus/.made" ]; then
  python3 Benchmarks/generate-corpus.py --items "$n" --month 3 --out "$corpus" >&2
  # A result for each one-off item on each channel: counts the channel's platform reports,
  # measured a day and a week after it went out.
  python3 - "$corpus/plans" <<'PY'
import datetime, glob, os, random, re, sys
plans = sys.argv[1]
platforms = dict(re.findall(r"^  ([\w.-]+):\s*\{ platform: (\w+)", open(os.path.join(plans, "channels.yaml")).read(), re.M))
seen = {"x", "linkedin", "threads", "instagram", "facebook"}
rng = random.Random(14)
entries = []
for path in sorted(glob.glob(os.path.join(plans, "items", "*.yaml"))):
    for block in open(path).read().split("\n  - id: ")[1:]:
        item = block.split("\n", 1)[0].strip()
        channels = re.search(r"^    channels: \[(.*)\]", block, re.M)
        at = re.search(r"^    at: (\d{4}-\d\d-\d\d) (\d\d:\d\d)\s*$", block, re.M)
        kind = re.search(r"^    kind: (\S+)", block, re.M)
        if not channels or not at or kind.group(1) in ("ad", "product-page"):
            continue
        day = datetime.date.fromisoformat(at.group(1))
        for channel in [c.strip() for c in channels.group(1).split(",")]:
            lines = [f"  - item: {item}", f"    channel: {channel}", f"    published: {at.group(1)} {at.group(2)}", "    measurements:"]
            for later in (1, 7):
                counts = {"reactions": rng.randint(0, 400), "comments": rng.randint(0, 60), "reposts": rng.randint(0, 50), "followers": rng.randint(500, 9000)}
                if platforms.get(channel) in seen:
                    counts["impressions"] = rng.randint(500, 30000)
                counts["minutes-spent"] = rng.choice([5, 10, 15])
                written = ", ".join(f"{k}: {v}" for k, v in counts.items())
                lines.append(f"      - {{ date: {day + datetime.timedelta(days=later)}, {written} }}")
            entries.append("\n".join(lines))
os.makedirs(os.path.join(plans, "results"), exist_ok=True)
with open(os.path.join(plans, "results", "bench.yaml"), "w") as file:
    file.write("postplan: 1\n\nresults:\n" + "\n".join(entries) + "\n")
print(f"{len(entries)} results", file=sys.stderr)
PY
  touch "$corpus/.made"
fi

results=$(mktemp)
(
  cd "$corpus"
  commands=("validate=$(printf '%q ' "$postplan" validate --today "$today" plans)")
  for format in md html json; do
    commands+=("$format=$(printf '%q ' "$postplan" report --format "$format" --today "$today" plans)")
  done
  python3 "$bench/interleaved.py" --rounds "$runs" --label "$n" "${commands[@]}"
) >"$results"

python3 - "$results" "$runs" "$(grep -c '^  - item:' "$corpus/plans/results/bench.yaml")" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter="\t"))
print(f"10,000 items with {int(sys.argv[3]):,} results, median of {sys.argv[2]} rounds that alternate the commands.\n")
print("| command | time | × validate |")
print("|---|---:|---:|")
goals = []
for name, _, seconds, ratio, _ in rows:
    label = "validate" if name == "validate" else f"report {name}"
    print(f"| {label} | {float(seconds) * 1000:,.0f} ms | {float(ratio):.2f}× |")
    if name != "validate":
        goals.append(f"{label} ≤ 3× validate: {float(ratio):.2f}× — {'**pass**' if float(ratio) <= 3 else '**FAIL**'}")
print("\nGoals:\n")
for goal in goals:
    print(f"- {goal}")
PY
rm -f "$results"
