#!/usr/bin/env bash
# Builds the Linux app image and .deb (run by `./mvnw -B -Pinstaller -DskipTests package`; see installer/README.md).
# Input: the runtime jars and the SBOM that Maven put in $ZENOME_INPUT. Output in $ZENOME_TARGET:
#   image/zenome/                the app image (bin/zenome, lib/app, lib/runtime, legal/, conf/)
#   zenome_<version>_amd64.deb   and zenome_<version>_amd64.deb.sha256
set -euo pipefail
: "${ZENOME_VERSION:?}" "${ZENOME_INPUT:?}" "${ZENOME_TARGET:?}" "${ZENOME_JDK:?}" "${ZENOME_INSTALLER_DIR:?}" "${ZENOME_MAIN_JAR:?}"
version="${ZENOME_VERSION%-SNAPSHOT}"
here="$ZENOME_INSTALLER_DIR"
source "$here/common/runtime.sh"
for tool in dpkg-deb unzip sha256sum; do
  command -v "$tool" >/dev/null || { echo "installer: $tool is needed to build the .deb (apt-get install dpkg unzip)" >&2; exit 1; }
done

zenome_check_modules
zenome_build_runtime

image_root="$ZENOME_TARGET/image"
rm -rf "$image_root" "$ZENOME_TARGET/deb-work"
mkdir -p "$image_root"
# bin/zenome: no arguments (or `gui`) opens the desktop window, a sub-command runs the command line; both launchers
# start from lib/zenome.jsa, the class-data archive the postinst makes (lib/zenome-cds); bin/zenome-quick:
# the command line with the quick compiler only, for small imports (chosen by bin/zenome-cli). The heap in transparent
# huge pages where the kernel offers them (a whole genome spends ~1.3 s less CPU on page faults; the warning on a kernel
# without them is silenced), as ./zenome does on Linux.
"$ZENOME_JDK/bin/jpackage" --type app-image --dest "$image_root" \
  --name zenome --app-version "$version" \
  --vendor "Zenome" --copyright "Zenome contributors" \
  --description "Whole-genome expert panel workbench (offline)" \
  --input "$ZENOME_INPUT/lib" --main-jar "$ZENOME_MAIN_JAR" --main-class org.zenome.launcher.Main \
  --runtime-image "$ZENOME_TARGET/runtime" \
  --java-options "-Xmx1536m -XX:+UseParallelGC -XX:Tier4InvocationThreshold=15000 -XX:Tier4CompileThreshold=45000 -XX:+UseTransparentHugePages -Xlog:pagesize=error -XX:SharedArchiveFile=\$ROOTDIR/lib/zenome.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dzenome.install.dir=\$ROOTDIR" \
  --add-launcher "zenome-quick=$here/linux/zenome-quick.properties"
image="$image_root/zenome"
# bin/zenome-cli (what /usr/bin/zenome links to, and the menu entry's command): starts the runtime's java with the
# launchers' configuration itself (the jpackage launchers ask rpm and dpkg for their package at every start, 0.3-1 s);
# small imports with bin/zenome-quick's options, the rest with bin/zenome's
install -m 0755 "$here/linux/zenome-cli" "$image/bin/zenome-cli"
# lib/zenome-cds writes lib/zenome.jsa, the class-data archive both launchers name (-XX:SharedArchiveFile): made on
# the installed files by the postinst, since a JDK 17 archive holds the class path it was made with
install -m 0755 "$here/linux/zenome-cds" "$image/lib/zenome-cds"
# until then (and in the bare app image) it is the runtime's own JDK archive: a named archive that is missing would
# leave the JVM with none at all
install -m 0644 "$image/lib/runtime/lib/server/classes.jsa" "$image/lib/zenome.jsa"
zenome_legal "$image/legal"
mkdir -p "$image/conf"
cp "$here/common/zenome.properties" "$image/conf/zenome.properties.example"

# The .deb, assembled from the app image with dpkg-deb (jpackage's own .deb step drops the image's legal/ and
# conf/ folders and compresses twice as slowly): /opt/zenome (the image), /usr/bin/zenome (the console launcher
# on the PATH), /etc/zenome/zenome.properties (a commented conffile, kept on upgrades), a desktop menu entry.
# Every file belongs to root; users cannot change the installation or the administrator's file.
tree="$ZENOME_TARGET/deb-work/tree"
mkdir -p "$tree/DEBIAN" "$tree/opt" "$tree/usr/bin" "$tree/etc/zenome" "$tree/usr/share/applications" \
  "$tree/usr/share/doc/zenome"
cp -a "$image" "$tree/opt/zenome"
ln -s /opt/zenome/bin/zenome-cli "$tree/usr/bin/zenome"
install -m 0644 "$here/common/zenome.properties" "$tree/etc/zenome/zenome.properties"
install -m 0644 "$here/linux/zenome.desktop" "$tree/usr/share/applications/zenome.desktop"
install -m 0644 "$here/common/THIRD-PARTY.md" "$tree/usr/share/doc/zenome/copyright"
echo "/etc/zenome/zenome.properties" > "$tree/DEBIAN/conffiles"
installed_kb="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" "$here/linux/control" > "$tree/DEBIAN/control"
install -m 0755 "$here/linux/postinst" "$tree/DEBIAN/postinst"
install -m 0755 "$here/linux/postrm" "$tree/DEBIAN/postrm"
install -m 0755 "$here/linux/prerm" "$tree/DEBIAN/prerm"
chmod -R u+rwX,go+rX,go-w "$tree/opt/zenome"
deb="$ZENOME_TARGET/zenome_${version}_amd64.deb"
rm -f "$ZENOME_TARGET"/zenome_*.deb "$ZENOME_TARGET"/zenome_*.deb.sha256
# gzip: the jars and the jlink image are compressed already, xz would save 3 % for ten times the build time
dpkg-deb --root-owner-group -Zgzip -b "$tree" "$deb" >/dev/null
rm -rf "$ZENOME_TARGET/deb-work"
(cd "$ZENOME_TARGET" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
echo "installer: $deb ($(du -h "$deb" | cut -f1)), app image $image ($(du -sh "$image" | cut -f1))"
