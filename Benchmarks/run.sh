#!/usr/bin/env bash
# postplan's benchmark: builds postplan in release (as installed: the Swift runtime linked
# statically), generates the corpora, times `postplan validate`, `lint` and
# `calendar --format ics` against a bare libyaml event pass and yamllint on the same files,
# measures peak memory, and prints a Markdown table with the goals of issue 6 marked pass or
# fail. The ratios to libyaml come from rounds that alternate the commands
# (Benchmarks/interleaved.py), so that a slow minute on a shared machine moves both sides. BENCHMARKS.md records a run and how to read it.
#
#   Benchmarks/run.sh                      # 1,000, 10,000 and 100,000 items, 5 runs each
#   RUNS=10 SIZES="10000" Benchmarks/run.sh
#
# Environment: RUNS (timed runs per command, default 5; the median is reported), SIZES
# (corpus sizes, default "1000 10000 100000"), YAMLLINT_RUNS (default 3; yamllint is slow),
# SKIP_BUILD=1 (use the existing release build), SKIP_HOSTILE=1 (leave out the hostile inputs),
# POSTPLAN=path (time another postplan binary,
# such as an older build), SKIP_YAMLLINT=1, RESULTS=folder (default .build-bench/results).
# Everything goes to .build-bench/ (git-ignored).
# Uses hyperfine when it is installed (apt-get install hyperfine), else a loop of `date +%s%N`;
# /usr/bin/time (apt-get install time) for peak memory; yamllint (pip install yamllint) if present.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-bench
runs="${RUNS:-5}"
sizes="${SIZES:-1000 10000 100000}"
yamllint_runs="${YAMLLINT_RUNS:-3}"
today=2027-01-01
results="${RESULTS:-$PWD/$out/results}"
mkdir -p "$results"
rm -f "$results"/*.tsv
bench="$PWD/Benchmarks"

source Benchmarks/postplan-binary.sh
cc -O2 -o "$out/libyaml-events" Benchmarks/libyaml-events.c $(pkg-config --cflags --libs yaml-0.1)
events="$PWD/$out/libyaml-events"

# A corpus is made again when the generator changed since it was made.
for n in $sizes; do
  corpus="$out/corpus/items-$n"
  if [ ! -f "$corpus/.made" ] || [ Benchmarks/generate-corpus.py -nt "$corpus/.made" ]; then
    python3 Benchmarks/generate-corpus.py --items "$n" --out "$corpus" >&2
    touch "$corpus/.made"
  fi
done

# time_command NAME RUNS COMMAND...: appends "NAME<TAB>median seconds<TAB>runs" to results.
# One warm-up run first (WARMUP=0 to skip it, as for yamllint, whose runs take minutes).
time_command() {
  local name="$1" count="$2"
  shift 2
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --shell=none --warmup "${WARMUP:-1}" --runs "$count" --ignore-failure --style none \
      --export-json "$results/$name.json" "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(sys.argv[2], r["median"], len(r["times"]), sep="\t")' \
      "$results/$name.json" "$name" >>"$results/times.tsv"
  else
    [ "${WARMUP:-1}" = 0 ] || "$@" >/dev/null 2>&1 || true  # warm-up
    local samples=()
    for _ in $(seq "$count"); do
      local start end
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      samples+=("$((end - start))")
    done
    python3 -c 'import statistics,sys; print(sys.argv[1], statistics.median(int(x) for x in sys.argv[2:]) / 1e9, len(sys.argv) - 2, sep="\t")' \
      "$name" "${samples[@]}" >>"$results/times.tsv"
  fi
}

# peak_memory NAME COMMAND...: appends "NAME<TAB>maximum resident set size in KB".
peak_memory() {
  local name="$1"
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$results/$name.rss" "$@" >/dev/null 2>&1 || true
    printf '%s\t%s\n' "$name" "$(tail -1 "$results/$name.rss")" >>"$results/memory.tsv"
  fi
}

yamllint_config='{extends: default, rules: {line-length: disable, document-start: disable, truthy: disable, comments: disable}}'

for n in $sizes; do
  corpus="$out/corpus/items-$n"
  echo "bench: $n items" >&2
  (
    cd "$corpus"
    mapfile -t files < <(find plans -name '*.yaml' | LC_ALL=C sort)
    printf '%s\t%s\t%s\n' "$n" "${#files[@]}" "$(cat "${files[@]}" | wc -c)" >>"$results/corpora.tsv"
    time_command "libyaml-$n" "$runs" "$events" "${files[@]}"
    time_command "validate-$n" "$runs" "$postplan" validate --today "$today" plans
    time_command "lint-$n" "$runs" "$postplan" lint --today "$today" plans
    time_command "calendar-$n" "$runs" "$postplan" calendar --format ics --from 2027-01-01 --to 2027-12-31 --today "$today" plans
    # The goals' ratios: validate and lint each beside the libyaml pass, round by round.
    python3 "$bench/interleaved.py" --rounds "$runs" --label "$n" \
      "libyaml=$(printf '%q ' "$events" "${files[@]}")" \
      "validate=$(printf '%q ' "$postplan" validate --today "$today" plans)" \
      "lint=$(printf '%q ' "$postplan" lint --today "$today" plans)" >>"$results/ratios.tsv"
    if [ "${SKIP_YAMLLINT:-}" != 1 ] && command -v yamllint >/dev/null 2>&1; then
      # yamllint reads about 0.3 MB a second: one run of the largest corpus is enough.
      WARMUP=0 time_command "yamllint-$n" "$([ "$n" -ge 100000 ] && echo 1 || echo "$yamllint_runs")" yamllint -f parsable -d "$yamllint_config" plans
    fi
    peak_memory "validate-$n" "$postplan" validate --today "$today" plans
    peak_memory "lint-$n" "$postplan" lint --today "$today" plans
    peak_memory "calendar-$n" "$postplan" calendar --format ics --from 2027-01-01 --to 2027-12-31 --today "$today" plans
  )
done

# One small file, end to end: what an editor or a pre-commit hook waits for. A whole plan in
# one file (its channels too), so that every stage runs and the run is clean.
mkdir -p "$out/corpus/small"
cat >"$out/corpus/small/plan.yaml" <<'YAML'
postplan: 1
timezone: Europe/Berlin
channels:
  acme-linkedin: { platform: linkedin, account: company-page }
  urs-linkedin: { platform: linkedin, account: profile }
  acme-x: { platform: x, handle: acme }
items:
  - id: cert-poll
    kind: poll
    channels: [urs-linkedin]
    at: 2026-11-24 09:00
    question: Are project-management certifications worth it?
    options: [Yes, No, Depends on the role]
    other-option: true
    duration: 1w
    checklist: [Reply to every comment within 24 hours]
  - id: weekly-tip
    kind: post
    channels: [acme-linkedin, acme-x]
    repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-24, until: 2026-12-31 }
    text: One planning tip, every Tuesday and Thursday. https://acme.example/tips
    checklist: [Reply to every comment within 24 hours]
YAML
time_command "small-file" 30 "$postplan" validate --today 2026-11-23 "$out/corpus/small/plan.yaml"
time_command "small-repo" 30 "$postplan" validate --today 2026-11-23 plans

python3 - "$results" "$runs" <<'EOF'
import csv, os, platform, sys
results, runs = sys.argv[1], sys.argv[2]
def table(name):
    path = os.path.join(results, name)
    return list(csv.reader(open(path), delimiter="\t")) if os.path.exists(path) else []
times = {row[0]: float(row[1]) for row in table("times.tsv")}
# Median per-round ratios to the libyaml pass, from runs that alternate the commands.
ratios = {f"{row[0]}-{row[1]}": float(row[3]) for row in table("ratios.tsv")}
memory = {row[0]: int(row[1]) for row in table("memory.tsv") if row[1].isdigit()}
corpora = [(int(n), int(files), int(size)) for n, files, size in table("corpora.tsv")]

def ms(name):
    return f"{times[name] * 1000:,.0f} ms" if name in times else "–"
def ratio(name, base):
    if name in ratios:
        return f"{ratios[name]:.2f}×"
    return f"{times[name] / times[base]:.1f}×" if name in times and base in times else "–"
def mib(kb):
    return f"{kb / 1024:,.0f} MiB"

cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
print(f"Machine: {os.cpu_count()} cores, {cpu}, {mem / 1024 / 1024:.0f} GiB; median of {runs} runs "
      f"(yamllint: fewer); times are wall-clock; each × libyaml is the median of per-round ratios "
      f"from {runs} rounds that alternate libyaml, validate and lint.\n")
print("| items | files | size | libyaml events | validate | × libyaml | lint | × libyaml | calendar (ics) | yamllint | peak RSS validate / lint / calendar |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for n, files, size in corpora:
    rss = " / ".join(mib(memory[f"{c}-{n}"]) if f"{c}-{n}" in memory else "–" for c in ("validate", "lint", "calendar"))
    print(f"| {n:,} | {files:,} | {size / 2**20:.1f} MiB | {ms(f'libyaml-{n}')} | {ms(f'validate-{n}')} | {ratio(f'validate-{n}', f'libyaml-{n}')} "
          f"| {ms(f'lint-{n}')} | {ratio(f'lint-{n}', f'libyaml-{n}')} | {ms(f'calendar-{n}')} | {ms(f'yamllint-{n}')} | {rss} |")
print(f"\nOne small file (a whole plan: 3 channels, a poll, a repeating post), validate: {ms('small-file')}; "
      f"the example repo (plans/, 4 files): {ms('small-repo')}.\n")

def verdict(ok):
    return "**pass**" if ok else "**FAIL**"
goals = []
for command, limit in (("validate", 2), ("lint", 3)):
    if f"{command}-10000" in ratios:
        r = ratios[f"{command}-10000"]
        goals.append(f"{command} on 10,000 items ≤ {limit}× libyaml: {r:.2f}× (median of the per-round ratios, "
                     f"commands alternating) — {verdict(r <= limit)}")
for command in ("validate", "lint"):
    if f"{command}-100000" in times and f"{command}-10000" in times:
        r = times[f"{command}-100000"] / times[f"{command}-10000"]
        goals.append(f"{command}: 100,000 items ≤ 11× the 10,000-item time: {r:.1f}× — {verdict(r <= 11)}")
size100k = next((size for n, _, size in corpora if n == 100000), None)
for command in ("validate", "lint"):
    if size100k and f"{command}-100000" in memory:
        r = memory[f"{command}-100000"] * 1024 / size100k
        goals.append(f"{command}: peak memory on 100,000 items < 5× the corpus on disk: {r:.1f}× — {verdict(r < 5)}")
if "small-file" in times:
    goals.append(f"one small file end to end < 20 ms: {times['small-file'] * 1000:.1f} ms — {verdict(times['small-file'] < 0.020)}")
print("Goals:\n")
for goal in goals:
    print(f"- {goal}")
EOF

# Hostile input, each beside a good file: the finding and the time, against one second.
if [ "${SKIP_HOSTILE:-}" != 1 ]; then
  printf '\nHostile input (Benchmarks/hostile-input.sh):\n\n'
  Benchmarks/hostile-input.sh "$postplan"
fi
