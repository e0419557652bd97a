#!/usr/bin/env bash
# A Wasmer registry the way a screen reader meets it (issue 14): the main window on the local registry's
# Wasmer endpoint under gui-probe with tests/probe/wasmer-steps.txt (sidebar, a package page, the downloads
# panel, the folder publisher). Fails when a step failed, depot did not stay up, or a control anywhere in the
# accessibility tree has no name. Exits 77 (CTest: skipped) without gui-probe.
# Usage: tests/probe/check-wasmer-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
set -euo pipefail
source "$(dirname "$0")/probe-common.sh"
out=${2:-$(mktemp -d)}

status=0
run_probe "$root/tests/probe/wasmer-steps.txt" "$out" wasmer
echo "probe output: $out"
check_alive wasmer "$out" || status=1
check_steps wasmer "$out" || status=1
check_named wasmer "$(cat "$out/tree.txt" 2>/dev/null)" || status=1
exit $status
