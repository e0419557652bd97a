#!/usr/bin/env bash
# What `cmake --install` puts into a package, from the build CTest runs in: the program without RUNPATH (the
# system's libraries only; lintian: custom-library-search-path), the desktop entry, AppStream metadata,
# hicolor icons and man page, and the AppStream view of that tree (appstreamcli validate-tree).
# scripts/package builds and lintian-checks the real .deb; this is the quick part of it for every test run.
# Usage: tests/packaging/check-install.sh BUILD_DIR
set -uo pipefail
build=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

if ! DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$stage.log" 2>&1; then
  cat "$stage.log"
  rm -f "$stage.log"
  echo "FAIL: cmake --install"
  exit 1
fi
rm -f "$stage.log"
for f in bin/depot share/applications/io.github.depot.Depot.desktop share/metainfo/io.github.depot.Depot.metainfo.xml \
  share/icons/hicolor/scalable/apps/io.github.depot.Depot.svg share/icons/hicolor/48x48/apps/io.github.depot.Depot.png \
  share/icons/hicolor/128x128/apps/io.github.depot.Depot.png share/man/man1/depot.1 \
  share/dbus-1/services/io.github.depot.Depot.service; do
  [ -f "$stage/usr/$f" ] || fail "/usr/$f is not installed"
done
# The bus starts the installed program (DBusActivatable=true in the desktop entry).
grep -qx 'Exec=/usr/bin/depot' "$stage/usr/share/dbus-1/services/io.github.depot.Depot.service" 2>/dev/null ||
  fail "the D-Bus service file does not start /usr/bin/depot"
if dynamic=$(readelf -d "$stage/usr/bin/depot" 2>&1); then
  if printf '%s\n' "$dynamic" | grep -E '\((RPATH|RUNPATH)\)'; then
    fail "the installed depot has a library search path"
  else
    echo "ok: the installed depot has no RPATH or RUNPATH"
  fi
else
  fail "readelf: $dynamic"
fi
out=$(appstreamcli validate-tree --pedantic --no-net "$stage" 2>&1)
status=$?
if [ $status -eq 0 ] && [ -z "$(printf '%s\n' "$out" | grep -E '^\s*[EWIP]: ' | grep -v cid-contains-uppercase-letter)" ]; then
  echo "ok: appstreamcli validate-tree reports only cid-contains-uppercase-letter"
else
  fail "appstreamcli validate-tree (status $status):"$'\n'"$out"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "install tree: all checks passed"
