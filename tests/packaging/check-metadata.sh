#!/usr/bin/env bash
# The desktop entry, the AppStream metadata and the man page as Debian's tools judge them, and the version
# each of them states. Fails on any finding: desktop-file-validate prints nothing, appstreamcli validate
# --pedantic nothing but cid-contains-uppercase-letter (the id keeps its capital letter, as GNOME's own apps
# do), man no warning (the check lintian runs on man pages).
# Usage: tests/packaging/check-metadata.sh VERSION   (CTest passes the project version)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$1
desktop=$root/packaging/io.github.depot.Depot.desktop
metainfo=$root/packaging/io.github.depot.Depot.metainfo.xml
manpage=$root/packaging/depot.1
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

for tool in desktop-file-validate appstreamcli man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/setup installs it)"; exit 1; }
done

if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
  echo "ok: desktop-file-validate has nothing to say"
else
  fail "desktop-file-validate: $out"
fi
# The entry hands links to Depot: %U in Exec, the depot: scheme in MimeType.
grep -qx 'Exec=depot %U' "$desktop" || fail "the desktop entry lacks Exec=depot %U"
grep -qx 'MimeType=x-scheme-handler/depot;' "$desktop" || fail "the desktop entry lacks MimeType=x-scheme-handler/depot;"

# --no-net: the web addresses are not fetched (CI has no network).
out=$(appstreamcli validate --pedantic --no-net --format=text "$metainfo" 2>&1)
status=$?
findings=$(printf '%s\n' "$out" | grep -E '^\s*[EWIP]: ' | grep -v 'cid-contains-uppercase-letter')
if [ $status -eq 0 ] && [ -z "$findings" ]; then
  echo "ok: appstreamcli validate --pedantic reports only cid-contains-uppercase-letter"
else
  fail "appstreamcli validate --pedantic (status $status):"$'\n'"$out"
fi
for needed in '<project_license>GPL-3.0-or-later</project_license>' '<metadata_license>CC0-1.0</metadata_license>' \
  '<content_rating type="oars-1.1"' '<binary>depot</binary>' '<url type="homepage">' '<screenshot type="default">' \
  '<launchable type="desktop-id">io.github.depot.Depot.desktop</launchable>'; do
  grep -qF -- "$needed" "$metainfo" || fail "the metainfo lacks $needed"
done

if out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$manpage" 2>&1 >/dev/null) &&
  [ -z "$out" ]; then
  echo "ok: man --warnings has nothing to say about depot.1"
else
  fail "man --warnings on depot.1: $out"
fi
for section in 'OPTIONS' 'EXIT STATUS' 'ENVIRONMENT'; do
  grep -qx ".SH $section" "$manpage" || fail "depot.1 lacks the section $section"
done
for name in QT_LOGGING_RULES depot.network depot.registry depot.auth depot.archive depot.views \
  '\-\-registry' '\-\-dialect' '\-\-local\-registry' '\-\-version' '\-\-help'; do
  grep -qF -- "$name" "$manpage" || fail "depot.1 does not mention $name"
done

# One version everywhere: CMakeLists.txt's project(), the newest release, the man page, the Debian changelog.
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
[ "$release" = "$version" ] || fail "the newest release in the metainfo is '$release', the project's version $version"
grep -q "^\.TH DEPOT 1 [^ ]* \"Depot $version\"" "$manpage" || fail "depot.1's .TH line does not say Depot $version"
if [ -f "$root/packaging/debian/changelog" ]; then
  changelog=$(sed -n '1s/^depot (\([^)]*\)).*/\1/p' "$root/packaging/debian/changelog")
  [ "$changelog" = "$version" ] || fail "packaging/debian/changelog is at '$changelog', the project at $version"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "packaging metadata: all checks passed"
