#!/usr/bin/env bash
# Builds the macOS app and .dmg/.pkg (run by `./mvnw -B -Pinstaller -DskipTests package` on a Mac build host;
# prerequisites in installer/macos/README.md). Output in $ZENOME_TARGET: image/Zenome.app, Zenome-<version>.dmg,
# Zenome-<version>.pkg and their .sha256 files.
set -euo pipefail
: "${ZENOME_VERSION:?}" "${ZENOME_INPUT:?}" "${ZENOME_TARGET:?}" "${ZENOME_JDK:?}" "${ZENOME_INSTALLER_DIR:?}" "${ZENOME_MAIN_JAR:?}"
version="${ZENOME_VERSION%-SNAPSHOT}"
here="$ZENOME_INSTALLER_DIR"
source "$here/common/runtime.sh"

zenome_check_modules
zenome_build_runtime

image_root="$ZENOME_TARGET/image"
rm -rf "$image_root"
mkdir -p "$image_root"
common=(--name Zenome --app-version "$version" --vendor Zenome --copyright "Zenome contributors"
  --description "Whole-genome expert panel workbench (offline)")
sign=()
if [ -n "${ZENOME_MAC_SIGNING_IDENTITY:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$ZENOME_MAC_SIGNING_IDENTITY")
fi
"$ZENOME_JDK/bin/jpackage" --type app-image --dest "$image_root" "${common[@]}" \
  --input "$ZENOME_INPUT/lib" --main-jar "$ZENOME_MAIN_JAR" --main-class org.zenome.launcher.Main \
  --runtime-image "$ZENOME_TARGET/runtime" --mac-package-identifier org.zenome.desktop --mac-package-name Zenome \
  --java-options "-Xmx1536m -XX:+UseParallelGC -XX:Tier4InvocationThreshold=15000 -XX:Tier4CompileThreshold=45000 -Dfile.encoding=UTF-8 -Dzenome.install.dir=\$ROOTDIR" "${sign[@]}"
app="$image_root/Zenome.app"
# licences, SBOM and the example administrator file inside the bundle (Contents/Resources is not code-signed
# as executable content)
zenome_legal "$app/Contents/Resources/legal"
cp "$here/common/zenome.properties" "$app/Contents/Resources/zenome.properties.example"

for type in dmg pkg; do
  "$ZENOME_JDK/bin/jpackage" --type "$type" --dest "$ZENOME_TARGET" "${common[@]}" --app-image "$app" \
    --mac-package-identifier org.zenome.desktop "${sign[@]}"
  f="$ZENOME_TARGET/Zenome-$version.$type"
  (cd "$ZENOME_TARGET" && shasum -a 256 "$(basename "$f")" > "$(basename "$f").sha256")
done
echo "installer: $ZENOME_TARGET/Zenome-$version.dmg and .pkg"
