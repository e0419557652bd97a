#!/usr/bin/env bash
# Looks at every page of the publish wizard the way a screen reader does: for each page, runs
# tst_publish-wizard's holdForProbe (which starts its own local registry and opens the wizard on that page)
# under gui-probe, then fails when a control in the accessibility tree has no name. Screenshots are kept in
# OUTDIR/<page>/shot.png for a person to look at.
# Usage: tests/publish-wizard/probe-pages.sh BUILD_DIR [OUTDIR]     exit 77: gui-probe not available
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
probe=${DEPOT_GUI_PROBE:-$root/../shared/tools/gui-probe}
build=${1:?usage: probe-pages.sh BUILD_DIR [OUTDIR]}
out=${2:-$(mktemp -d)}
[ -x "$probe" ] || { echo "skipped: gui-probe not available"; exit 77; }
bin="$build/bin/tst_publish-wizard"
[ -x "$bin" ] || { echo "probe-pages: $bin not built"; exit 2; }
roles='push button|toggle button|radio button|check box|combo box|text|password text|entry|table|tree|tree table|list|list box|menu item|check menu item|radio menu item|page tab|spin button|slider|label'
status=0
for page in ${PROBE_PAGES:-source details catalog progress version result}; do
  mkdir -p "$out/$page"
  # The progress page lasts as long as the registry's delay (up to the 15 s inactivity timeout): look early.
  wait_s=12; [ "$page" = progress ] && wait_s=7
  # Its own XDG folders: the probe's keyring must not meet the calling test run's (see probe-common.sh).
  env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME \
    DEPOT_PUBLISH_PROBE=$page DEPOT_PUBLISH_PROBE_HOLD=20 "$probe" "$out/$page" "$wait_s" "$bin" holdForProbe >/dev/null
  if [ ! -s "$out/$page/tree.txt" ]; then
    echo "FAIL $page: no accessibility tree"; status=1; continue
  fi
  if ! grep -q 'Publish a Package' "$out/$page/tree.txt"; then
    echo "FAIL $page: the wizard is not in the tree"; status=1; continue
  fi
  if unnamed=$(grep -nE "^ *\[($roles)\] *(\| .*)?$" "$out/$page/tree.txt"); then
    echo "FAIL $page: controls without a name:"; echo "$unnamed"; status=1
  else
    echo "ok $page: every control has a name ($(grep -cE "^ *\[($roles)\]" "$out/$page/tree.txt") controls)"
  fi
done
echo "probe output: $out"
exit $status
