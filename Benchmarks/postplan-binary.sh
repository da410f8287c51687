# Sourced by the benchmarks (from the package root, with $out set to the build folder): sets
# $postplan to the binary to time. POSTPLAN=path times another build, such as an older one;
# otherwise postplan is built in release as the README says to install it (the Swift runtime
# linked in, which saves the dynamic loader about 6 ms on every run), unless SKIP_BUILD=1
# asks for the existing build.
if [ -n "${POSTPLAN:-}" ]; then
  postplan="$(cd "$(dirname "$POSTPLAN")" && pwd)/$(basename "$POSTPLAN")"
else
  if [ "${SKIP_BUILD:-}" != 1 ]; then
    echo "bench: swift build -c release --static-swift-stdlib" >&2
    swift build -c release --static-swift-stdlib --scratch-path "$out" --product postplan >&2
  fi
  postplan="$PWD/$out/release/postplan"
fi
