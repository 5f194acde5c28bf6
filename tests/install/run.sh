#!/usr/bin/env bash
# Installs Spoke from a build dir into a temporary prefix, builds the
# examples against it as an outside project would (C++ via find_package(Spoke),
# shared and static; C via pkg-config), runs them on the story and checks what
# they print.
# Usage: tests/install/run.sh BUILD_DIR [SOURCE_DIR]
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "${2:-$(dirname "$0")/../..}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/spoke_install_test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
story=$src/datasets/kadhimi-drone-attack-2021/story.trig

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {  # expect FILE LINE: FILE has LINE exactly
  grep -qxF -- "$2" "$1" || { cat "$1" >&2; fail "$1 lacks line: $2"; }
}

cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(ls -d "$prefix"/lib*/ | head -1); libdir=${libdir%/}
for f in include/spoke/spoke.h include/spoke/spoke_c.h; do
  [ -f "$prefix/$f" ] || fail "missing $f"
done
[ -f "$libdir/libspoke.a" ] || fail "missing libspoke.a"
[ -e "$libdir/libspoke.so" ] || fail "missing libspoke.so"
[ -f "$libdir/cmake/Spoke/SpokeConfig.cmake" ] || fail "missing SpokeConfig.cmake"
[ -f "$libdir/pkgconfig/spoke.pc" ] || fail "missing spoke.pc"
# Public headers name no third-party library.
if grep -rlE '#include [<"](rocksdb|antlr4|boost|serd)' "$prefix/include"; then
  fail "a public header includes a third-party header"
fi
# libspoke.so exports the API only.
exported=$(nm -DC --defined-only "$libdir/libspoke.so")
grep -q ' spoke_open$' <<<"$exported" || fail "spoke_open not exported"
grep -q 'spoke::Database::Open' <<<"$exported" || fail "Database::Open not exported"
if grep -E ' [A-Za-z] ((vtable|typeinfo|typeinfo name) for )?(spoke::(storage|engine|internal)::|rocksdb::|antlr4::)' \
     <<<"$exported" | head -3 | grep .; then
  fail "libspoke.so exports internals"
fi

export PKG_CONFIG_PATH=$libdir/pkgconfig
cmake -S "$src/examples" -B "$work/shared" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_RPATH="$libdir" >/dev/null
cmake --build "$work/shared" >/dev/null
cmake -S "$src/examples" -B "$work/static" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DSPOKE_USE_STATIC_LIBS=ON >/dev/null
cmake --build "$work/static" --target spoke-ask >/dev/null
# The C example again with nothing but a C compiler and pkg-config.
cc -std=c11 -Wall -Werror -o "$work/spoke-ask-c" "$src/examples/spoke_ask_c.c" \
  $(pkg-config --cflags --libs spoke) -Wl,-rpath,"$libdir"

readelf -d "$work/shared/spoke-ask" | grep -q 'libspoke.so' ||
  fail "shared spoke-ask does not use libspoke.so"
if readelf -d "$work/static/spoke-ask" | grep -q 'libspoke.so'; then
  fail "static spoke-ask uses libspoke.so"
fi

questions='who attacked
target
injured
where
when
Baghdad
Nobody" } here'
for kind in shared static; do
  db=$work/db-$kind
  "$work/$kind/spoke-ask" "$db" "$story" <<<"$questions" >"$work/out-$kind"
  out=$work/out-$kind
  grep -qE '^loaded [0-9]+ facts$' "$out" || fail "$kind: no load line"
  expect "$out" "? who attacked"
  expect "$out" "  false"
  expect "$out" "  Mustafa al-Kadhimi"
  expect "$out" "  6 | Mustafa al-Kadhimi's personal protection unit"
  expect "$out" "  Mustafa al-Kadhimi's residence"
  expect "$out" "  2021-11-07"
  expect "$out" "  https://spoke.example/kadhimi-drone-attack-2021/entity/baghdad | https://schema.org/City"
  grep -qF '  (unknown: ' "$out" || fail "$kind: unknown name not reported"
done
# The same database, reopened by the C programs (the CMake-built and the
# cc-built one).
printf 'sentence 3\nBaghdad\n' | "$work/shared/spoke-ask-c" "$work/db-shared" >"$work/out-c1"
printf 'sentence 3\nBaghdad\n' | "$work/spoke-ask-c" "$work/db-shared" >"$work/out-c2"
for out in "$work/out-c1" "$work/out-c2"; do
  expect "$out" "anyone claimed the attack: no"
  expect "$out" "  https://spoke.example/kadhimi-drone-attack-2021/sentence/3 (sentence at position 3)"
  expect "$out" "  https://spoke.example/kadhimi-drone-attack-2021/entity/baghdad"
done
echo "install test passed"
cat "$work/out-shared"
cat "$work/out-c2"
