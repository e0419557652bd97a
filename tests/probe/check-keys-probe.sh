#!/usr/bin/env bash
# Sign-in and API keys the way a screen reader meets them: starts the local registry (demo seed) and runs the
# built depot on its DataPM endpoint under gui-probe twice, with tests/probe/signin-steps.txt (the sign-in
# dialog left open after a wrong password) and tests/probe/keys-steps.txt (sign in, open API keys, create a key
# and keep it in the keychain, through the accessibility bus alone). Fails when a step failed, depot did not
# stay up, or a control in a dialog's accessibility tree has no name.
# Usage: tests/probe/check-keys-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
# Environment: DEPOT_GUI_PROBE (default /work/shared/tools/gui-probe), PROBE_WAIT (default 6).
# Without gui-probe it prints "skipped: gui-probe not available" and exits 77 (CTest: skipped).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
probe=${DEPOT_GUI_PROBE:-/work/shared/tools/gui-probe}
bin=${1:-${DEPOT_BIN:-$root/build/bin/depot}}
out=${2:-$(mktemp -d)}

if [ ! -x "$probe" ]; then
  echo "skipped: gui-probe not available"
  exit 77
fi
[ -x "$bin" ] || { echo "check-keys-probe: $bin not built (cmake --build build)"; exit 2; }

data=$(mktemp -d)
log=$(mktemp)
node "$root/local-registry/server.mjs" --port 0 --data "$data" --seed demo >"$log" 2>&1 &
registry_pid=$!
cleanup() {
  kill "$registry_pid" 2>/dev/null || true
  wait "$registry_pid" 2>/dev/null || true
  rm -rf "$data" "$log"
}
trap cleanup EXIT

base=""
for _ in $(seq 1 600); do
  base=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$base" ] && break
  kill -0 "$registry_pid" 2>/dev/null || { echo "check-keys-probe: the local registry exited:"; cat "$log"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "check-keys-probe: the local registry did not start in 60 s"; exit 1; }

# The controls a person can reach must have a name; fillers, panels and separators need none.
roles='push button|toggle button|radio button|check box|combo box|text|password text|entry|table|tree|tree table|list|list box|menu item|check menu item|radio menu item|page tab|spin button|slider|label'
status=0
for run in signin keys; do
  dir="$out/$run"
  mkdir -p "$dir"
  PROBE_STEPS="$root/tests/probe/$run-steps.txt" "$probe" "$dir" "${PROBE_WAIT:-6}" "$bin" \
    --registry "$base/datapm/graphql" >/dev/null || true
  echo "$run: probe output $dir"
  [ "$(cat "$dir/alive" 2>/dev/null)" = alive ] || { echo "FAIL $run: depot did not stay up ($(cat "$dir/alive" 2>/dev/null))"; status=1; }
  if [ ! -s "$dir/steps.txt" ]; then
    echo "FAIL $run: no steps report"; status=1
  elif grep -v '^ok ' "$dir/steps.txt" | grep -v '^wait ' | grep -q .; then
    echo "FAIL $run: steps:"; grep -v '^ok ' "$dir/steps.txt" | grep -v '^wait '; status=1
  else
    echo "$run: $(grep -c '^ok ' "$dir/steps.txt") steps ok"
  fi
  # The dialogs are top-level windows after the main one: everything from the first "[dialog]" line on.
  dialogs=$(sed -n '/^  \[dialog\]/,$p' "$dir/tree.txt" 2>/dev/null)
  if [ -z "$dialogs" ]; then
    echo "FAIL $run: no dialog in the accessibility tree"; status=1
  elif unnamed=$(printf '%s\n' "$dialogs" | grep -E "^ *\[($roles)\] *(\| .*)?$"); then
    echo "FAIL $run: controls without a name:"; echo "$unnamed"; status=1
  else
    echo "$run: every control of the dialog has a name ($(printf '%s\n' "$dialogs" | grep -cE "^ *\[($roles)\]") controls)"
  fi
done
exit $status
