#!/usr/bin/env bash
# Looks at Depot the way a screen reader does: the main window on the local registry's DataPM endpoint
# (demo seed) under gui-probe with tests/probe/steps.txt; fails when a step failed or when a control in the
# accessibility tree has no name. Exits 77 (CTest: skipped) without gui-probe.
# Usage: tests/probe/check-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
# Environment: DEPOT_GUI_PROBE, DEPOT_BIN, PROBE_WAIT (seconds before the steps run, default 6).
set -euo pipefail
source "$(dirname "$0")/probe-common.sh"
out=${2:-$(mktemp -d)}

status=0
run_probe "$root/tests/probe/steps.txt" "$out"
echo "probe output: $out"
check_alive main "$out" || status=1
check_steps main "$out" || status=1
check_named main "$(cat "$out/tree.txt" 2>/dev/null)" || status=1
exit $status
