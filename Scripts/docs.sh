#!/usr/bin/env bash
# Builds PostplanKit's API documentation with the toolchain's DocC: the `///` comments and
# Sources/PostplanKit/PostplanKit.docc, into .build-docs/PostplanKit.doccarchive (git-ignored).
# DocC's warnings (a broken ``Symbol`` link, a topic that names nothing) fail the run, so CI
# keeps the documentation's links true.
#
#   Scripts/docs.sh                 # build and check
#   Scripts/docs.sh --preview       # the same, then serve it (docc preview) on port 8080
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-docs
graphs="$PWD/$out/symbol-graphs"
rm -rf "$graphs"
mkdir -p "$graphs/all"
swift build --target PostplanKit --scratch-path "$out" \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs/all" >&2
# Only PostplanKit's own symbols: its dependencies' graphs would make a second module.
mv "$graphs"/all/PostplanKit*.symbols.json "$graphs"/
docc="$(dirname "$(readlink -f "$(command -v swift)")")/docc"
mode=convert
if [ "${1:-}" = --preview ]; then mode=preview; fi
"$docc" "$mode" Sources/PostplanKit/PostplanKit.docc \
  --fallback-display-name PostplanKit --fallback-bundle-identifier org.postplan.PostplanKit \
  --additional-symbol-graph-dir "$graphs" \
  --output-path "$out/PostplanKit.doccarchive" \
  --warnings-as-errors
