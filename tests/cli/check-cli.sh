#!/usr/bin/env bash
# The command line with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), as in a terminal
# over SSH or a package check in a chroot: --help and --version answer with status 0, internal options stay
# out of --help, and mistakes end with status 2 (the man page's table), links Depot cannot open among them.
# Usage: tests/cli/check-cli.sh DEPOT_BINARY VERSION   (CTest passes the built depot and the project version)
set -uo pipefail
bin=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run EXPECTED_STATUS ARGS...: runs depot with no display, English texts and a throwaway HOME.
run() {
  local expected=$1
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= \
    HOME="$work" XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/config" \
    "$bin" "$@" >"$work/out" 2>"$work/err"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL: depot $* exited $status, expected $expected"
    sed 's/^/  stdout: /' "$work/out"
    sed 's/^/  stderr: /' "$work/err"
    failures=$((failures + 1))
    return 1
  fi
  if grep -qi "display\|platform plugin" "$work/err"; then
    echo "FAIL: depot $* looked for a display:"
    sed 's/^/  stderr: /' "$work/err"
    failures=$((failures + 1))
    return 1
  fi
  echo "ok: depot $* exited $status"
}

# expect FILE TEXT / refuse FILE TEXT: what the last run printed must (not) contain TEXT.
expect() {
  grep -qF -- "$2" "$work/$1" || { echo "FAIL: $1 lacks '$2'"; sed 's/^/  /' "$work/$1"; failures=$((failures + 1)); }
}
refuse() {
  ! grep -qF -- "$2" "$work/$1" || { echo "FAIL: $1 shows '$2'"; failures=$((failures + 1)); }
}

run 0 --version && [ "$(cat "$work/out")" = "Depot $version" ] ||
  { echo "FAIL: --version printed '$(cat "$work/out")', expected 'Depot $version'"; failures=$((failures + 1)); }
run 0 -v && expect out "Depot $version"
run 0 --help && { expect out "--registry <url>"; expect out "--dialect <name>"; expect out "--local-registry <url>"
                  expect out "--version"; refuse out "bench"; }
run 0 -h && expect out "Usage:"
run 0 --help-all && expect out "--registry <url>"
# Positional arguments: depot: links and registry web addresses, as the desktop entry's %U passes them; those
# Depot cannot open are mistakes (tests/links opens the others, in a running Depot and in a new one).
run 0 --version "depot://open?registry=https://datapm.io/graphql&ref=a/b" https://datapm.io/a/b
run 0 --help && expect out "[url...]"
run 2 https://example.org/a/b && expect err "https://example.org/a/b: Depot opens depot: links"
run 2 "depot://open?ref=a/b" && expect err "names no registry"
run 2 "depot://open?registry=https://datapm.io/graphql&dialect=npm" && expect err "unknown registry kind"
run 2 --registry https://datapm.io/graphql https://datapm.io/a/b && expect err "cannot go with --registry"

run 2 --no-such-option && expect err "no-such-option"
run 2 -x && expect err "'x'"
run 2 --registry && expect err "registry"
run 2 --registry not-an-address && expect err "--registry not-an-address"
run 2 --registry ftp://example.org/graphql
run 2 --dialect datapm && expect err "--dialect needs --registry"
run 2 --registry https://example.org/graphql --dialect nope && expect err "--dialect nope"
run 2 --local-registry "" && expect err "--local-registry"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "command line: all checks passed"
