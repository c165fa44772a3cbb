# Shared by the Linux and macOS packaging scripts (bash). Needs: ZENOME_JDK, ZENOME_INPUT, ZENOME_TARGET,
# ZENOME_INSTALLER_DIR. Windows does the same in windows/package.ps1.

# The explicit module list, comma-separated (lines starting with ! are modules deliberately left out).
zenome_modules() {
  grep -v '^[#!]' "$ZENOME_INSTALLER_DIR/common/modules.txt" | cut -f1 | grep -v '^$' | paste -sd, -
}

zenome_excluded_modules() {
  grep '^!' "$ZENOME_INSTALLER_DIR/common/modules.txt" | cut -f1 | tr -d '!' | paste -sd, -
}

# Fails when jdeps finds that the shipped jars need a JDK module missing from common/modules.txt. The jars go on
# both paths: some (phenopacket-schema) are explicit modules requiring automatic ones. gatk-native-bindings (GKL's)
# cannot be an automatic module ("native" is a keyword): class path only.
zenome_check_modules() {
  local cp mp out needed missing=""
  cp="$(ls "$ZENOME_INPUT"/lib/*.jar | paste -sd: -)"
  mp="$(ls "$ZENOME_INPUT"/lib/*.jar | grep -v '/gatk-native-bindings-[^/]*\.jar$' | paste -sd: -)"
  if ! out="$("$ZENOME_JDK/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      --module-path "$mp" --class-path "$cp" "$ZENOME_INPUT"/lib/*.jar 2>&1)"; then
    echo "$out" | grep -v 'split package' >&2
    echo "installer: jdeps failed" >&2
    return 1
  fi
  needed="$(echo "$out" | tail -1)"
  for m in ${needed//,/ }; do
    case ",$(zenome_modules),$(zenome_excluded_modules)," in *",$m,"*) ;; *) missing="$missing $m";; esac
  done
  if [ -n "$missing" ]; then
    echo "installer: the application needs JDK modules missing from installer/common/modules.txt:$missing" >&2
    return 1
  fi
  echo "installer: jdeps modules ($needed) are all in the runtime or deliberately left out ($(zenome_excluded_modules))"
}

# The jlink-ed runtime in $ZENOME_TARGET/runtime.
zenome_build_runtime() {
  rm -rf "$ZENOME_TARGET/runtime"
  "$ZENOME_JDK/bin/jlink" --add-modules "$(zenome_modules)" --include-locales=en,ja \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
    --output "$ZENOME_TARGET/runtime"
}

# Licences of bundled third-party files and the SBOM, into $1 (the image's legal folder).
zenome_legal() {
  local legal="$1" jar name
  mkdir -p "$legal/jars" "$legal/igv.js"
  if [ ! -f "$ZENOME_INPUT/legal/zenome-sbom.cdx.json" ] || [ -n "$(find "$ZENOME_INPUT/lib" -name '*.jar' -newer "$ZENOME_INPUT/legal/zenome-sbom.cdx.json" -print -quit)" ]; then
    echo "installer: the SBOM is missing or older than the jars (the CycloneDX plugin skips in offline mode: build without -o)" >&2
    return 1
  fi
  cp "$ZENOME_INPUT"/legal/zenome-sbom.cdx.* "$legal/"
  # igv.js (in the desktop jar, served to the WebView): licence, version, checksums
  for f in LICENSE VERSION SHA256SUMS; do
    unzip -p "$ZENOME_INPUT/lib/$ZENOME_MAIN_JAR" "org/zenome/browser/igv/$f" > "$legal/igv.js/$f"
  done
  # fonts bundled with the report templates (zenome-report jar, reports-templates/fonts): their licence texts
  for jar in "$ZENOME_INPUT"/lib/zenome-report-*.jar; do
    [ -f "$jar" ] || continue
    mkdir -p "$legal/fonts"
    unzip -qq -o -j "$jar" 'reports-templates/fonts/*.txt' -d "$legal/fonts" 2>/dev/null || true
    unzip -Z1 "$jar" 'reports-templates/fonts/*' 2>/dev/null | grep -v '/$' | sed 's|.*/||' > "$legal/fonts/FILES.txt" || true
  done
  # every jar's own licence and notice files
  for jar in "$ZENOME_INPUT"/lib/*.jar; do
    name="$(basename "$jar" .jar)"
    if unzip -Z1 "$jar" 2>/dev/null | grep -qiE '^META-INF/(LICEN[CS]E|NOTICE)[^/]*$'; then
      mkdir -p "$legal/jars/$name"
      unzip -qq -o -j "$jar" 'META-INF/LICEN[CS]E*' 'META-INF/NOTICE*' 'META-INF/licen[cs]e*' 'META-INF/notice*' \
        -d "$legal/jars/$name" 2>/dev/null || true
    fi
  done
  cp "$ZENOME_INSTALLER_DIR/common/THIRD-PARTY.md" "$legal/README.md"
}
