#!/usr/bin/env bash
# Looks at Depot the way a screen reader does: starts the local registry (demo seed), runs build/bin/depot
# on its DataPM endpoint under gui-probe with tests/probe/steps.txt, then fails when a step failed or when
# a control in the accessibility tree has no name.
# Usage: tests/probe/check-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
# Environment: DEPOT_GUI_PROBE (default /work/shared/tools/gui-probe), DEPOT_BIN (default build/bin/depot,
#              used when no binary is given), PROBE_WAIT (seconds before the steps run, default 6).
# Without gui-probe it prints "skipped: gui-probe not available" and exits 77 (CTest: skipped).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
probe=${DEPOT_GUI_PROBE:-/work/shared/tools/gui-probe}
bin=${1:-${DEPOT_BIN:-$root/build/bin/depot}}
out=${2:-$(mktemp -d)}

if [ ! -x "$probe" ]; then
  echo "skipped: gui-probe not available"
  exit 77 # CTest's SKIP_RETURN_CODE for this test
fi
[ -x "$bin" ] || { echo "check-probe: $bin not built (cmake --build build)"; exit 2; }

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

# The server prints exactly one line when it is ready: "listening on http://127.0.0.1:PORT".
base=""
for _ in $(seq 1 600); do
  base=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$base" ] && break
  kill -0 "$registry_pid" 2>/dev/null || { echo "check-probe: the local registry exited:"; cat "$log"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "check-probe: the local registry did not start in 60 s"; exit 1; }

status=0
PROBE_STEPS="$root/tests/probe/steps.txt" "$probe" "$out" "${PROBE_WAIT:-6}" "$bin" \
  --registry "$base/datapm/graphql" || status=$?
echo "probe output: $out"
[ "$(cat "$out/alive" 2>/dev/null)" = alive ] || { echo "FAIL: depot did not stay up ($(cat "$out/alive" 2>/dev/null))"; status=1; }

if [ ! -s "$out/steps.txt" ]; then
  echo "FAIL: no steps report ($out/steps.txt)"; status=1
elif grep -v '^ok ' "$out/steps.txt" | grep -Ev '^(wait|key) ' | grep -q .; then
  echo "FAIL: steps:"; grep -v '^ok ' "$out/steps.txt" | grep -Ev '^(wait|key) '; status=1
else
  echo "steps: $(grep -c '^ok ' "$out/steps.txt") ok"
fi

# A control without a name is a control a screen reader cannot announce.
roles='push button|toggle button|radio button|check box|combo box|text|password text|entry|table|tree|tree table|list|list box|menu item|check menu item|radio menu item|page tab|spin button|slider|label'
if [ ! -s "$out/tree.txt" ]; then
  echo "FAIL: no accessibility tree ($out/tree.txt)"; status=1
elif unnamed=$(grep -nE "^ *\[($roles)\] *(\| .*)?$" "$out/tree.txt"); then
  echo "FAIL: controls without a name:"; echo "$unnamed"; status=1
else
  echo "tree: every control has a name"
fi
exit $status
