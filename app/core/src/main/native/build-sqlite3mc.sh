#!/usr/bin/env bash
# Builds SQLite3 Multiple Ciphers (page-level encryption of SQLite files, https://utelle.github.io/SQLite3MultipleCiphers)
# as the native library of the xerial SQLite JDBC driver the store uses: xerial's own JNI glue (NativeDB.c, from the
# driver's sources jar of the same version as its classes) compiled with the SQLite3MC amalgamation instead of plain
# SQLite. Encrypted case stores need it (docs/adr/encryption-at-rest.md); without it Zenome uses the driver's bundled
# SQLite and reports encryption as unavailable. The same library carries the import's bulk insert (zenome_bulk.c,
# used by org.zenome.store.sqlite.NativeBulk; without it the import binds through JDBC, slower).
#
# Usage: build-sqlite3mc.sh SOURCES_JAR DRIVER_JAR OUT_DIR WORK_DIR
# (writes OUT_DIR/<uname -s>-<uname -m>/libzenome-sqlite3mc.so, where the store looks for it at run time)
# The amalgamation comes from the pinned npm package better-sqlite3-multiple-ciphers (it ships SQLite3MC's
# amalgamation unchanged, deps/sqlite3), checked against its published SHA-512; set SQLITE3MC_TGZ to a local copy to
# build without network. Needs gcc and a JDK (javac -h, jni.h); without gcc it warns and builds nothing (exit 0).
set -euo pipefail

SQLITE3MC_PKG_VERSION=12.9.0   # SQLite3 Multiple Ciphers 2.3.3, SQLite 3.53.0
SQLITE3MC_SHA512=e3bd62ceec0928282f08627454fd7467420decd5855bea64fc0f0a5c8b595d5274576004001e4765f99cf54dd52cc989e3a6d168f6dd81a05b816a4127f6e252
sources_jar=$1 driver_jar=$2 out="$3/$(uname -s)-$(uname -m)/libzenome-sqlite3mc.so" work=$4

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64|Linux-aarch64) ;;
  *) echo "[zenome] SQLite3MC: no native build for $(uname -s)-$(uname -m); encrypted stores are unavailable there" >&2; exit 0 ;;
esac
if ! command -v gcc >/dev/null 2>&1; then
  echo "[zenome] WARNING: gcc not found: SQLite3MC (encrypted case stores) not built; install gcc to build it" >&2
  exit 0
fi

stamp="$work/stamp"
bulk="$(dirname "$0")/zenome_bulk.c"
want="$SQLITE3MC_PKG_VERSION $(sha256sum "$sources_jar" | cut -c1-64) $(sha256sum "$0" | cut -c1-64) $(sha256sum "$bulk" | cut -c1-64)"
if [ -f "$out" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
mkdir -p "$work" "$(dirname "$out")"

tgz="${SQLITE3MC_TGZ:-}"
if [ -z "$tgz" ]; then
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/zenome-build"
  mkdir -p "$cache"
  tgz="$cache/better-sqlite3-multiple-ciphers-$SQLITE3MC_PKG_VERSION.tgz"
  if ! [ -f "$tgz" ] || ! echo "$SQLITE3MC_SHA512  $tgz" | sha512sum -c --status; then
    url="https://registry.npmjs.org/better-sqlite3-multiple-ciphers/-/better-sqlite3-multiple-ciphers-$SQLITE3MC_PKG_VERSION.tgz"
    fetched=false
    if command -v curl >/dev/null 2>&1; then curl -fsSL -o "$tgz.part" "$url" && fetched=true
    elif command -v wget >/dev/null 2>&1; then wget -q -O "$tgz.part" "$url" && fetched=true; fi
    if ! $fetched; then
      # no network or no downloader: plain stores only, said here and by every encryption test (skipped)
      rm -f "$tgz.part"
      echo "[zenome] WARNING: cannot download $url: SQLite3MC (encrypted stores) not built (set SQLITE3MC_TGZ)" >&2
      exit 0
    fi
    mv "$tgz.part" "$tgz"
  fi
fi
if ! echo "$SQLITE3MC_SHA512  $tgz" | sha512sum -c --status; then
  echo "[zenome] ERROR: $tgz: SHA-512 does not match the pinned SQLite3MC sources; not building" >&2
  exit 1
fi

rm -rf "$work/src" && mkdir -p "$work/src/h"
tar -xzf "$tgz" -C "$work/src" package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h package/deps/sqlite3/sqlite3ext.h
(cd "$work/src" && unzip -q -o "$sources_jar" org/sqlite/core/NativeDB.c org/sqlite/core/NativeDB.java)
javac -h "$work/src/h" -cp "$driver_jar" -d "$work/src/classes" "$work/src/org/sqlite/core/NativeDB.java"
cp "$work/src/h/org_sqlite_core_NativeDB.h" "$work/src/h/NativeDB.h"
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"

# The driver's own compile options (PRAGMA compile_options of its bundled library), so the store behaves the same,
# except temporary tables and sorts in memory unless a connection asks for files: SQLite3MC does not encrypt them
gcc -O2 -fPIC -shared -o "$out.part" -I "$work/src/h" -I "$work/src/package/deps/sqlite3" \
  -I "$jdk/include" -I "$jdk/include/linux" \
  -DSQLITE_ENABLE_LOAD_EXTENSION=1 -DSQLITE_HAVE_ISNAN -DHAVE_USLEEP -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_CORE \
  -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE \
  -DSQLITE_ENABLE_STAT4 -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_THREADSAFE=1 \
  -DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_DEFAULT_FILE_PERMISSIONS=0600 -DSQLITE_MAX_VARIABLE_NUMBER=250000 \
  -DSQLITE_MAX_MMAP_SIZE=1099511627776 -DSQLITE_MAX_LENGTH=2147483647 -DSQLITE_MAX_COLUMN=32767 \
  -DSQLITE_MAX_SQL_LENGTH=1073741824 -DSQLITE_MAX_FUNCTION_ARG=127 -DSQLITE_MAX_ATTACHED=125 \
  -DSQLITE_MAX_PAGE_COUNT=4294967294 -DSQLITE_DISABLE_PAGECACHE_OVERFLOW_STATS -DSQLITE_DIRECT_OVERFLOW_READ \
  -DSQLITE_TEMP_STORE=2 \
  "$work/src/org/sqlite/core/NativeDB.c" "$bulk" "$work/src/package/deps/sqlite3/sqlite3.c" -lpthread -ldl -lm 2> "$work/gcc.log" \
  || { cat "$work/gcc.log" >&2; exit 1; }
mv "$out.part" "$out"
echo "$want" > "$stamp"
echo "[zenome] built $out (SQLite3 Multiple Ciphers, SQLite3MC npm package $SQLITE3MC_PKG_VERSION)"
