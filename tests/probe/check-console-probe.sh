#!/usr/bin/env bash
# The GraphQL console the way a screen reader meets it: Depot under gui-probe with tests/probe/console-steps.txt
# (Tools ▸ GraphQL Console, a query typed and run through the accessibility bus). Fails when a step failed, depot
# did not stay up, or a control of the console window has no name. Exits 77 (CTest: skipped) without gui-probe.
# Usage: tests/probe/check-console-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
set -euo pipefail
source "$(dirname "$0")/probe-common.sh"
out=${2:-$(mktemp -d)}

status=0
run_probe "$root/tests/probe/console-steps.txt" "$out"
echo "console: probe output $out"
check_alive console "$out" || status=1
check_steps console "$out" || status=1
# The console is a top-level window after the main one: everything from its "[frame]" line on.
check_named console "$(sed -n '/^  \[frame\] GraphQL Console/,$p' "$out/tree.txt" 2>/dev/null)" || status=1
exit $status
