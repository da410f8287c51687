#!/usr/bin/env bash
# Builds the libFuzzer target Fuzz/FuzzPlanFile.swift with AddressSanitizer and runs it.
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     # default: 60 seconds
#
# The seed corpus is made afresh from plans/ and ../shared/testdata/yaml-test-suite/ (when
# present); what the fuzzer adds is kept in .build-fuzz/corpus between runs. A crash, a hang
# (over 10 s for one input) or a sanitizer report stops the run with a non-zero status and
# leaves the input as .build-fuzz/crash-*, timeout-* or leak-*; replay one with
#   .build-fuzz/postplan-fuzz .build-fuzz/crash-<hash>
#
# Why swiftc and not `swift build --sanitize fuzzer`: SwiftPM applies the sanitizer flags to
# the package's build-tool plugin too (Plugins/EmbedResources runs `resource-embedder`), which
# then fails to build (`-parse-as-library` on its main.swift, libFuzzer's main in its link).
# So this script compiles the modules itself, in dependency order, with the same sources:
# Mustache and SwiftCSV (address sanitizer only), YAMLTree and PostplanKit (coverage and address
# sanitizer), then links the target with libFuzzer from the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
out=.build-fuzz
mkdir -p "$out/modules" "$out/objects" "$out/corpus" "$out/seeds"

# Dependencies, as the package resolves them (Package.resolved pins the versions).
swift package --scratch-path "$out" resolve >/dev/null
mustache="$out/checkouts/swift-mustache/Sources/Mustache"
csv="$out/checkouts/SwiftCSV/SwiftCSV"

# The built-in profiles and templates, embedded as `swift build` does through the plugin.
swiftc -O -parse-as-library -o "$out/resource-embedder" Sources/resource-embedder/main.swift 2>/dev/null ||
  swiftc -O -o "$out/resource-embedder" Sources/resource-embedder/main.swift
mapfile -t resources < <(find profiles templates schema -type f ! -name '.*' | LC_ALL=C sort)
"$out/resource-embedder" "$out/EmbeddedResources.swift" "$PWD" "${resources[@]/#/$PWD/}"

common=(-g -O -module-cache-path "$out/module-cache" -I "$out/modules")
fuzzed=(-sanitize=fuzzer,address -swift-version 6)
cyaml=(-Xcc "-fmodule-map-file=$PWD/Sources/CYAML/module.modulemap" -I Sources/CYAML)

build_module() {  # name, flags..., -- sources...
  local name="$1"
  shift
  swiftc "${common[@]}" -parse-as-library -wmo -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
    -emit-object -o "$out/objects/$name.o" "$@"
}

echo "fuzz: building (swiftc -sanitize=fuzzer,address)" >&2
build_module Mustache -sanitize=address -swift-version 5 $(find "$mustache" -name '*.swift')
build_module SwiftCSV -sanitize=address -swift-version 5 $(find "$csv" -name '*.swift')
build_module YAMLTree "${fuzzed[@]}" "${cyaml[@]}" -package-name postplan $(find Sources/YAMLTree -name '*.swift')
build_module PostplanKit "${fuzzed[@]}" "${cyaml[@]}" -package-name postplan \
  $(find Sources/PostplanKit -name '*.swift') "$out/EmbeddedResources.swift"
swiftc "${common[@]}" "${fuzzed[@]}" "${cyaml[@]}" -parse-as-library -module-name PostplanFuzz \
  Fuzz/FuzzPlanFile.swift "$out"/objects/*.o $(pkg-config --libs yaml-0.1) -o "$out/postplan-fuzz"

# Seeds: every example plan, the example repo as one file (channels and items together, so
# that the checks have something to check), and the yaml-test-suite's inputs.
rm -rf "$out/seeds" && mkdir -p "$out/seeds"
cp plans/*.yaml "$out/seeds/"
{
  cat plans/channels.yaml
  sed -n '/^items:/,$p' plans/2026-q4.yaml
} >"$out/seeds/repo-in-one-file.yaml"
suite=../shared/testdata/yaml-test-suite
if [ -d "$suite" ]; then
  for kind in valid error; do
    for file in "$suite/$kind"/*.yaml; do cp "$file" "$out/seeds/suite-$kind-$(basename "$file")"; done
  done
fi

echo "fuzz: running for ${seconds}s ($(ls "$out/seeds" | wc -l) seeds, $(ls "$out/corpus" | wc -l) in the kept corpus)" >&2
# The process stops when `-max_total_time` is reached; exit status 0 means nothing was found.
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$out/postplan-fuzz" "$out/corpus" "$out/seeds" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -dict=Fuzz/plan.dict -artifact_prefix="$out/" -print_final_stats=1 "$@"
