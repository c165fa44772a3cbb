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
for tool in dpkg-deb fakeroot unzip sha256sum; do
  command -v "$tool" >/dev/null || { echo "installer: $tool is needed to build the .deb (apt-get install dpkg-dev fakeroot unzip)" >&2; exit 1; }
done

zenome_check_modules
zenome_build_runtime

image_root="$ZENOME_TARGET/image"
rm -rf "$image_root" "$ZENOME_TARGET/deb-work"
mkdir -p "$image_root"
# One launcher, bin/zenome: no arguments (or `gui`) opens the desktop window, a sub-command runs the command line.
"$ZENOME_JDK/bin/jpackage" --type app-image --dest "$image_root" \
  --name zenome --app-version "$version" \
  --vendor "Zenome" --copyright "Zenome contributors" \
  --description "Whole-genome expert panel workbench (offline)" \
  --input "$ZENOME_INPUT/lib" --main-jar "$ZENOME_MAIN_JAR" --main-class org.zenome.launcher.Main \
  --runtime-image "$ZENOME_TARGET/runtime" \
  --java-options "-Xmx1536m -Dfile.encoding=UTF-8 -Dzenome.install.dir=\$ROOTDIR"
image="$image_root/zenome"
zenome_legal "$image/legal"
mkdir -p "$image/conf"
cp "$here/common/zenome.properties" "$image/conf/zenome.properties.example"

# The .deb: jpackage installs the image under /opt/zenome with a desktop menu entry; then the package gets
# /usr/bin/zenome (the console launcher on the PATH) and /etc/zenome/zenome.properties (a commented conffile,
# kept on upgrades) added, and is rebuilt with root as the owner of every file.
"$ZENOME_JDK/bin/jpackage" --type deb --dest "$ZENOME_TARGET/deb-work" \
  --app-image "$image" --name zenome --app-version "$version" \
  --vendor "Zenome" --copyright "Zenome contributors" \
  --description "Whole-genome expert panel workbench (offline)" \
  --linux-package-name zenome --linux-deb-maintainer "hospital-it@localhost" \
  --linux-menu-group "Science;MedicalSoftware" --linux-app-category science --linux-shortcut \
  --license-file "$here/common/THIRD-PARTY.md"
deb_in="$(ls "$ZENOME_TARGET"/deb-work/zenome_*.deb)"
tree="$ZENOME_TARGET/deb-work/tree"
dpkg-deb -R "$deb_in" "$tree"
mkdir -p "$tree/usr/bin" "$tree/etc/zenome"
ln -s /opt/zenome/bin/zenome "$tree/usr/bin/zenome"
install -m 0644 "$here/common/zenome.properties" "$tree/etc/zenome/zenome.properties"
echo "/etc/zenome/zenome.properties" >> "$tree/DEBIAN/conffiles"
deb="$ZENOME_TARGET/$(basename "$deb_in")"
fakeroot dpkg-deb --root-owner-group -Zxz -b "$tree" "$deb" >/dev/null
rm -rf "$ZENOME_TARGET/deb-work"
(cd "$ZENOME_TARGET" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
echo "installer: $deb ($(du -h "$deb" | cut -f1)), app image $image ($(du -sh "$image" | cut -f1))"
