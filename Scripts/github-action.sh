#!/usr/bin/env bash
# The steps of postplan's GitHub Action (action.yml at the root of this repository), kept in
# a script so that they run, and are tested, the same way outside GitHub.
#
#   github-action.sh cache-key   the key of the build cache, from the toolchain and the
#                                action's source (key=… and build-path=… to $GITHUB_OUTPUT)
#   github-action.sh install     libyaml when it is missing, a release build of postplan from
#                                this checkout, its folder on PATH (through $GITHUB_PATH)
#   github-action.sh lint        postplan lint with the action's inputs
#
# The inputs arrive as environment variables, never spliced into code:
#   INPUT_PATH               plan files or folders, one per line (default: plans)
#   INPUT_FORMAT             the format of the log (default: github)
#   INPUT_SARIF              a SARIF file to write as well; empty for none
#   INPUT_FAIL_ON            error, warning or info (default: error)
#   INPUT_ARGS               more arguments for postplan lint, split at white space
#   INPUT_WORKING_DIRECTORY  the folder lint runs in (default: .)
# POSTPLAN_BIN, when set, is a postplan binary to use instead of building one (a binary of a
# release, or one a test built); POSTPLAN_PACKAGE_PATH the package to build (default: the
# checkout this script is in).
#
# Written for bash 3.2 too (macOS runners): no mapfile, and empty arrays guarded under set -u.
set -euo pipefail

package="${POSTPLAN_PACKAGE_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

fail() {
  echo "postplan action: $*" >&2
  # An error annotation too, so the reason is on the run's summary page.
  [ "${GITHUB_ACTIONS:-}" = "true" ] && echo "::error title=postplan action::$*"
  exit 2
}

# sha256 of standard input or of the files named, in `sha256sum` form, on Linux and macOS.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}

# What the build depends on: the package manifest and the folders the targets and the
# EmbedResources plugin read. Names starting with "." are left out, as the plugin does.
source_hash() {
  (
    cd "$package"
    local roots=() root
    for root in Package.swift Package.resolved Sources Plugins profiles templates schema; do
      [ -e "$root" ] && roots+=("$root")
    done
    [ ${#roots[@]} -gt 0 ] || fail "no Package.swift or sources in $package"
    find "${roots[@]}" -type f ! -name '.*' -print | LC_ALL=C sort | while IFS= read -r file; do
      sha256 "$file"
    done | sha256 | cut -c1-20
  )
}

cache_key() {
  local toolchain os arch key
  toolchain="$( (swift --version 2>/dev/null || echo no-swift) | sha256 | cut -c1-12)"
  os="${RUNNER_OS:-$(uname -s)}"
  arch="${RUNNER_ARCH:-$(uname -m)}"
  key="postplan-build-$os-$arch-swift-$toolchain-source-$(source_hash)"
  echo "key=$key"
  echo "build-path=$package/.build"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    { echo "key=$key"; echo "build-path=$package/.build"; } >>"$GITHUB_OUTPUT"
  fi
}

run_privileged() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi
}

# libyaml's header and library (the CYAML module links -lyaml; pkg-config only adds paths).
ensure_libyaml() {
  if pkg-config --exists yaml-0.1 2>/dev/null; then return 0; fi
  if [ -f /usr/include/yaml.h ] || [ -f /usr/local/include/yaml.h ] || [ -f /opt/homebrew/include/yaml.h ]; then
    return 0
  fi
  echo "postplan action: installing libyaml"
  if command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    run_privileged apt-get install -y -qq libyaml-dev pkg-config ||
      { run_privileged apt-get update -qq && run_privileged apt-get install -y -qq libyaml-dev pkg-config; }
  elif command -v brew >/dev/null 2>&1; then
    brew install libyaml pkg-config
  elif command -v dnf >/dev/null 2>&1; then
    run_privileged dnf install -y libyaml-devel pkgconf-pkg-config
  else
    fail "libyaml is missing and this runner has neither apt-get, brew nor dnf; install libyaml's development files before this step"
  fi
}

install() {
  local bin_dir
  if [ -n "${POSTPLAN_BIN:-}" ]; then
    [ -x "$POSTPLAN_BIN" ] || fail "POSTPLAN_BIN is '$POSTPLAN_BIN', which is not an executable file"
    bin_dir="$(cd "$(dirname "$POSTPLAN_BIN")" && pwd)"
    echo "postplan action: using $POSTPLAN_BIN, not building"
  else
    command -v swift >/dev/null 2>&1 ||
      fail "there is no Swift toolchain on this runner. GitHub's ubuntu-latest and macOS runners have one; elsewhere run swift-actions/setup-swift before this action, or install the toolchain from swift.org"
    ensure_libyaml
    swift build -c release --package-path "$package" --product postplan
    bin_dir="$(swift build -c release --package-path "$package" --show-bin-path)"
  fi
  "${POSTPLAN_BIN:-$bin_dir/postplan}" --version >/dev/null ||
    fail "the postplan binary in $bin_dir does not run"
  if [ -n "${GITHUB_PATH:-}" ]; then echo "$bin_dir" >>"$GITHUB_PATH"; fi
  echo "postplan action: postplan $("${POSTPLAN_BIN:-$bin_dir/postplan}" --version) in $bin_dir"
}

lint() {
  local postplan="${POSTPLAN_BIN:-postplan}"
  local format="${INPUT_FORMAT:-github}" fail_on="${INPUT_FAIL_ON:-error}" sarif="${INPUT_SARIF:-}"
  local paths=() extra=() line status sarif_status=0

  while IFS= read -r line || [ -n "$line" ]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && paths+=("$line")
  done <<<"${INPUT_PATH:-plans}"
  [ ${#paths[@]} -gt 0 ] || paths=(plans)

  # Split at white space, with globbing off: no quotes, no expansion of anything.
  set -f
  read -r -a extra <<<"${INPUT_ARGS:-}" || true
  set +f

  # The SARIF file is named relative to where the action was started (the repository root
  # on GitHub), like upload-sarif's sarif_file, whatever the working directory.
  if [ -n "$sarif" ] && [ "${sarif#/}" = "$sarif" ]; then sarif="$PWD/$sarif"; fi
  cd "${INPUT_WORKING_DIRECTORY:-.}" || fail "working-directory '${INPUT_WORKING_DIRECTORY:-}' does not exist"
  command -v "$postplan" >/dev/null 2>&1 || fail "postplan is not on PATH; run the action's install step first (or set POSTPLAN_BIN)"

  if [ -n "$sarif" ]; then
    # Written first and whatever the findings, so code scanning gets it when the lint fails.
    mkdir -p "$(dirname "$sarif")" 2>/dev/null || fail "cannot create the folder of the SARIF report '$sarif'"
    local sarif_log
    sarif_log="$(mktemp)"
    "$postplan" lint --format sarif --output "$sarif" ${extra[@]+"${extra[@]}"} -- "${paths[@]}" 2>"$sarif_log" || sarif_status=$?
    if [ "$sarif_status" -gt 1 ]; then cat "$sarif_log" >&2; fi
    rm -f "$sarif_log"
  fi

  status=0
  "$postplan" lint --format "$format" --fail-on "$fail_on" ${extra[@]+"${extra[@]}"} -- "${paths[@]}" || status=$?
  if [ "$status" -eq 0 ] && [ "$sarif_status" -gt 1 ]; then
    fail "the SARIF report '$sarif' could not be written (status $sarif_status)"
  fi
  return "$status"
}

case "${1:-}" in
  cache-key) cache_key ;;
  install) install ;;
  lint) lint ;;
  *)
    echo "usage: $0 cache-key | install | lint" >&2
    exit 2
    ;;
esac
