#!/usr/bin/env bash
# Offline smoke test of the Linux package (the installer profile's integration test; see installer/README.md):
#   installer/src/test/sh/offline-smoke-test.sh [installer/target]
# Checks the .deb against its SHA-256 file, unpacks it with dpkg-deb -x into a temporary root (no root needed),
# and with networking disabled (a new network namespace: unshare -n, or unshare -rn when not root) makes the
# class-data archive as the postinst does (lib/zenome-cds) and checks that the launcher uses it, then runs
# `zenome --version`, `zenome demo`, imports of the demo trio and tumour/normal pair, `zenome cases`,
# `zenome variants` and `zenome config` against an administrator file. Then checks the runtime's module list
# and that no file of the image refers to a remote URL for loading code or data at run time (ImageUrlScan.java).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$(cd "${1:-$here/../../../target}" && pwd)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

fail() { echo "offline-smoke-test: FAIL: $*" >&2; exit 1; }
step() { echo "offline-smoke-test: $*"; }

deb="$(ls "$target"/zenome_*_amd64.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "no zenome_*_amd64.deb in $target (build it: ./mvnw -B -Pinstaller -DskipTests package)"
(cd "$target" && sha256sum -c --quiet "$(basename "$deb").sha256") || fail "checksum of $deb does not match"

if unshare -n true 2>/dev/null; then offline=(unshare -n)
elif unshare -rn true 2>/dev/null; then offline=(unshare -rn)
else fail "cannot create a network namespace (unshare -n / unshare -rn) to run without network"; fi
# inside the namespace only a loopback exists, and it is down: no address other than 127.0.0.1 can be reached
"${offline[@]}" sh -c '[ "$(awk "NR>2{print \$1}" /proc/self/net/dev)" = lo: ]' \
  || fail "the network namespace still has interfaces other than lo"

work="$(mktemp -d "${TMPDIR:-/tmp}/zenome-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -x "$deb" "$root"
zen="$root/opt/zenome/bin/zenome"
[ -x "$zen" ] || fail "bin/zenome missing from the package"
[ "$(readlink "$root/usr/bin/zenome")" = /opt/zenome/bin/zenome-cli ] || fail "/usr/bin/zenome is not the launcher link"
[ -x "$root/opt/zenome/bin/zenome-cli" ] && [ -x "$root/opt/zenome/bin/zenome-quick" ] \
  || fail "bin/zenome-cli or bin/zenome-quick missing from the package"
grep -q "TieredStopAtLevel=1" "$root/opt/zenome/lib/app/zenome-quick.cfg" || fail "zenome-quick is not the quick launcher"
cli="$root/opt/zenome/bin/zenome-cli"
[ -f "$root/etc/zenome/zenome.properties" ] || fail "/etc/zenome/zenome.properties missing"
[ -f "$root/usr/share/applications/zenome.desktop" ] || fail "desktop menu entry missing"
[ -f "$root/opt/zenome/legal/zenome-sbom.cdx.json" ] || fail "SBOM missing"
[ -f "$root/opt/zenome/legal/igv.js/LICENSE" ] || fail "igv.js licence missing"
if ls "$root"/opt/zenome/lib/app/zenome-report-*.jar >/dev/null 2>&1; then
  ls "$root"/opt/zenome/legal/fonts/*License* >/dev/null 2>&1 || fail "licence of the report font missing"
fi
for m in java.base java.sql jdk.localedata jdk.crypto.ec jdk.httpserver jdk.charsets jdk.jsobject jdk.xml.dom; do
  grep -q "MODULES=.*\b$m\b" "$root/opt/zenome/lib/runtime/release" || fail "runtime lacks module $m"
done

# a user with an empty home; the administrator's file (via the test override) puts the data directory elsewhere
export HOME="$work/home" ZENOME_ADMIN_CONFIG="$work/admin.properties"
unset ZENOME_DB XDG_DATA_HOME DISPLAY WAYLAND_DISPLAY || true
mkdir -p "$HOME"
printf 'data.dir = %s/data/${user.name}\nlanguage = ja\n' "$work" > "$ZENOME_ADMIN_CONFIG"
run() { "${offline[@]}" env HOME="$HOME" ZENOME_ADMIN_CONFIG="$ZENOME_ADMIN_CONFIG" "$zen" "$@"; }
# /usr/bin/zenome: the imports below are small, so they run on bin/zenome-quick
runcli() { "${offline[@]}" env HOME="$HOME" ZENOME_ADMIN_CONFIG="$ZENOME_ADMIN_CONFIG" "$cli" "$@"; }

# what the postinst does after unpacking: the class-data archive of the installed files, from a headless training
# start of the desktop and a command-line import (lib/zenome-cds); the launchers must then take their classes from it,
# the command line's parser (picocli, Java 5 class files) too
"${offline[@]}" "$root/opt/zenome/lib/zenome-cds" "$root/opt/zenome" > "$work/cds.txt" 2>&1 || fail "zenome-cds exited $?"
grep -q "^zenome-cds: wrote " "$work/cds.txt" || fail "the class-data training start failed: $(cat "$work/cds.txt")"
"${offline[@]}" env HOME="$HOME" ZENOME_ADMIN_CONFIG="$ZENOME_ADMIN_CONFIG" \
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt" "$root/opt/zenome/bin/zenome-cli" --version \
  >/dev/null 2>&1 \
  || fail "zenome --version failed with the class-data archive"
grep -q "org.zenome.launcher.Main source: shared objects file" "$work/classes.txt" \
  || fail "the launcher does not take Zenome's classes from lib/zenome.jsa (class path differs from the training's?)"
grep -q "picocli.CommandLine source: shared objects file" "$work/classes.txt" \
  || fail "the command line's parser is not in lib/zenome.jsa"
touch "$work/installed.stamp"
step "offline: class-data archive of the installed files ($(du -h "$root/opt/zenome/lib/zenome.jsa" | cut -f1)) used by the launcher"

version="$(run --version)" || fail "zenome --version exited $?"
[[ "$version" == zenome\ * ]] || fail "unexpected --version output: $version"
step "offline: $version"

run demo --out "$work/demo" > "$work/demo.tsv" || fail "zenome demo failed"
trio_vcf="$(awk -F'\t' '$1=="trio-vcf"{print $2}' "$work/demo.tsv")"
trio_ped="$(awk -F'\t' '$1=="trio-ped"{print $2}' "$work/demo.tsv")"
tn_vcf="$(awk -F'\t' '$1=="tumour-normal-vcf"{print $2}' "$work/demo.tsv")"
[ -s "$trio_vcf" ] && [ -s "$trio_ped" ] && [ -s "$tn_vcf" ] || fail "demo files missing: $(cat "$work/demo.tsv")"

# default database: zenome.db in the administrator's data directory
runcli import --case DEMO-TRIO --ped "$trio_ped" -q "$trio_vcf" || fail "import of the demo trio failed"
runcli import --case DEMO-TN --sample DEMO-TUMOUR=tumour --sample DEMO-NORMAL=normal --disease-area cancer -q "$tn_vcf" \
  || fail "import of the demo tumour/normal pair failed"
db="$work/data/$(id -un)/zenome.db"
[ -f "$db" ] || fail "the database is not in the administrator's data directory ($db)"
run cases > "$work/cases.tsv" || fail "zenome cases failed"
grep -q "^DEMO-TRIO	" "$work/cases.tsv" && grep -q "^DEMO-TN	" "$work/cases.tsv" || fail "cases missing: $(cat "$work/cases.tsv")"
run variants --case DEMO-TRIO --limit 5 > "$work/variants.tsv" || fail "zenome variants failed"
[ "$(wc -l < "$work/variants.tsv")" -ge 2 ] || fail "no variants listed for DEMO-TRIO"
if run help 2>/dev/null | grep -qE '^ +report( |$)'; then
  run report --case DEMO-TRIO --template rare-disease --lang ja --out "$work/demo-trio-ja.pdf" >/dev/null \
    || fail "zenome report of the demo trio failed"
  [ "$(head -c 5 "$work/demo-trio-ja.pdf")" = "%PDF-" ] || fail "the report is not a PDF"
  step "offline: report of the demo trio written ($(du -h "$work/demo-trio-ja.pdf" | cut -f1))"
fi
run config > "$work/config.tsv" || fail "zenome config failed"
grep -q "^data.dir	$work/data/$(id -un)	$ZENOME_ADMIN_CONFIG$" "$work/config.tsv" || fail "admin data.dir not used: $(cat "$work/config.tsv")"
grep -q "^language	ja	" "$work/config.tsv" || fail "admin language not used"
[ -d "$work/data/$(id -un)/logs" ] || fail "no log directory in the user's data directory"
[ ! -e "$root/opt/zenome/logs" ] && [ -z "$(find "$root/opt" -newer "$work/installed.stamp" -type f -print -quit)" ] \
  || fail "something was written into the installation directory"
step "offline: demo trio and tumour/normal imported, $(($(wc -l < "$work/cases.tsv") - 1)) cases listed"

"$java_bin" "$here/../java/ImageUrlScan.java" "$root/opt/zenome" "$here/../../../common/url-audit.tsv" || fail "remote URLs in the image (listed above)"
step "OK ($(du -h "$deb" | cut -f1) package, $(du -sh "$root/opt/zenome" | cut -f1) installed)"
