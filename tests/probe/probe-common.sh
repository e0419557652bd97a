# Shared by the check-*-probe.sh scripts (sourced, not run): finds gui-probe, starts the local registry and
# runs Depot under the probe. Sets: root, probe, bin, base (the registry's base URL), roles.
# gui-probe is not shipped with Depot: DEPOT_GUI_PROBE, else ../shared/tools/gui-probe beside the repository.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
probe=${DEPOT_GUI_PROBE:-$root/../shared/tools/gui-probe}
bin=${1:-${DEPOT_BIN:-$root/build/bin/depot}}

if [ ! -x "$probe" ]; then
  echo "skipped: gui-probe not available"
  exit 77 # CTest's SKIP_RETURN_CODE for the probe tests
fi
[ -x "$bin" ] || { echo "probe: $bin not built (cmake --build build)"; exit 2; }

# The controls a person can reach must have a name; fillers, panels and separators need none.
roles='push button|toggle button|radio button|check box|combo box|text|password text|entry|table|tree|tree table|list|list box|menu item|check menu item|radio menu item|page tab|spin button|slider|label'

probe_data=$(mktemp -d)
probe_log=$(mktemp)
node "$root/local-registry/server.mjs" --port 0 --data "$probe_data" --seed demo >"$probe_log" 2>&1 &
probe_registry=$!
probe_cleanup() {
  kill "$probe_registry" 2>/dev/null || true
  wait "$probe_registry" 2>/dev/null || true
  rm -rf "$probe_data" "$probe_log"
}
trap probe_cleanup EXIT

# The server prints exactly one line when it is ready: "listening on http://127.0.0.1:PORT".
base=""
for _ in $(seq 1 600); do
  base=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$probe_log" | head -n 1)
  [ -n "$base" ] && break
  kill -0 "$probe_registry" 2>/dev/null || { echo "probe: the local registry exited:"; cat "$probe_log"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "probe: the local registry did not start in 60 s"; exit 1; }

# run_probe STEPS OUTDIR [DIALECT]: Depot on the registry's DataPM (or DIALECT's) endpoint under gui-probe. The probe starts its own
# keyring with its own password in a fresh HOME; the XDG folders of the calling test run (scripts/test) would
# point it at that run's keyring, locked with another password, and gnome-keyring would ask for it.
run_probe() {
  env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME PROBE_STEPS="$1" \
    "$probe" "$2" "${PROBE_WAIT:-6}" "$bin" --registry "$base/${3:-datapm}/graphql" >/dev/null || true
}

# check_steps NAME OUTDIR: fails (returns 1) when a step failed; "wait" and "key" lines are not checks.
check_steps() {
  if [ ! -s "$2/steps.txt" ]; then
    echo "FAIL $1: no steps report ($2/steps.txt)"; return 1
  elif grep -v '^ok ' "$2/steps.txt" | grep -Ev '^(wait|key) ' | grep -q .; then
    echo "FAIL $1: steps:"; grep -v '^ok ' "$2/steps.txt" | grep -Ev '^(wait|key) '; return 1
  fi
  echo "$1: $(grep -c '^ok ' "$2/steps.txt") steps ok"
}

# check_alive NAME OUTDIR
check_alive() {
  [ "$(cat "$2/alive" 2>/dev/null)" = alive ] && return 0
  echo "FAIL $1: depot did not stay up ($(cat "$2/alive" 2>/dev/null))"; return 1
}

# check_named NAME TREE_TEXT: fails when a control in the given part of the accessibility tree has no name.
check_named() {
  local unnamed
  if [ -z "$2" ]; then
    echo "FAIL $1: no accessibility tree"; return 1
  elif unnamed=$(printf '%s\n' "$2" | grep -E "^ *\[($roles)\] *(\| .*)?$"); then
    echo "FAIL $1: controls without a name:"; echo "$unnamed"; return 1
  fi
  echo "$1: every control has a name ($(printf '%s\n' "$2" | grep -cE "^ *\[($roles)\]") controls)"
}
