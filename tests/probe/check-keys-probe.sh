#!/usr/bin/env bash
# Sign-in and API keys the way a screen reader meets them: Depot under gui-probe twice, with
# tests/probe/signin-steps.txt (the sign-in dialog left open after a wrong password) and
# tests/probe/keys-steps.txt (sign in, open API keys, create a key and keep it in the keychain, through the
# accessibility bus alone). Fails when a step failed, depot did not stay up, or a control in a dialog has no
# name. Exits 77 (CTest: skipped) without gui-probe.
# Usage: tests/probe/check-keys-probe.sh [DEPOT_BINARY [OUTDIR]]   (CTest passes the built depot)
set -euo pipefail
source "$(dirname "$0")/probe-common.sh"
out=${2:-$(mktemp -d)}

status=0
for run in signin keys; do
  dir="$out/$run"
  mkdir -p "$dir"
  run_probe "$root/tests/probe/$run-steps.txt" "$dir"
  echo "$run: probe output $dir"
  check_alive "$run" "$dir" || status=1
  check_steps "$run" "$dir" || status=1
  # The dialogs are top-level windows after the main one: everything from the first "[dialog]" line on.
  check_named "$run" "$(sed -n '/^  \[dialog\]/,$p' "$dir/tree.txt" 2>/dev/null)" || status=1
done
exit $status
