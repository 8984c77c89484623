#!/usr/bin/env bash
# Builds the four libFuzzer targets (tokenizer, CSV reader, workspace decoder, GeoJSON reader) into .build-fuzz/ and runs each for
# the seconds given (default 60), on the corpus kept in Tests/Fuzz/Corpus/<target>/. New inputs libFuzzer finds go to
# .build-fuzz/corpus/<target>/ (not committed); a crash is written to .build-fuzz/crash-<target>-* and the script
# fails. Usage: Tests/Fuzz/run-fuzz.sh [seconds-per-target] [extra libFuzzer flags...]
# Long run as recorded in the README: Tests/Fuzz/run-fuzz.sh 3000 -runs=1000000. FUZZ_REUSE_LIBS=1 skips rebuilding
# the instrumented WorkbenchCore/WorkbenchWorkspace libraries when they exist. WorkbenchWorkspace locks with
# Synchronization's Mutex, so its targets link the toolchain's libswiftSynchronization.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
out=.build-fuzz
mkdir -p "$out"
features=(-enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
          -enable-upcoming-feature MemberImportVisibility -swift-version 6)
flags=(-parse-as-library -sanitize=fuzzer -O -g "${features[@]}" -I "$out" -L "$out")

# The package's own modules, instrumented for coverage, as static libraries the fuzz targets link.
library() { # name, sources...
    local name="$1"; shift
    swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -suppress-warnings -o "$out/lib$name.a" "$@"
}
if [ -z "${FUZZ_REUSE_LIBS:-}" ] || [ ! -f "$out/libWorkbenchWorkspace.a" ]; then
    echo "fuzz: building WorkbenchCore and WorkbenchWorkspace"
    library WorkbenchCore $(find Sources/WorkbenchCore -name '*.swift' | sort)
    library WorkbenchWorkspace $(find Sources/WorkbenchWorkspace -name '*.swift' | sort)
fi

# The tokenizer lives in WorkbenchShell, which needs the whole package: compile its one file into the target.
echo "fuzz: building the targets"
swiftc "${flags[@]}" -module-name FuzzTokenizer -o "$out/fuzz-tokenizer" \
    Tests/Fuzz/FuzzTokenizer.swift Sources/WorkbenchShell/Engine/Tokenizer.swift -lWorkbenchCore
swiftc "${flags[@]}" -module-name FuzzCSV -o "$out/fuzz-csv" \
    Tests/Fuzz/FuzzCSV.swift -lWorkbenchWorkspace -lWorkbenchCore -lswiftSynchronization
swiftc "${flags[@]}" -module-name FuzzWorkspace -o "$out/fuzz-workspace" \
    Tests/Fuzz/FuzzWorkspace.swift -lWorkbenchWorkspace -lWorkbenchCore -lswiftSynchronization
swiftc "${flags[@]}" -module-name FuzzGeoJSON -o "$out/fuzz-geojson" \
    Tests/Fuzz/FuzzGeoJSON.swift -lWorkbenchWorkspace -lWorkbenchCore -lswiftSynchronization

status=0
for target in tokenizer csv workspace geojson; do
    case "$target" in
        tokenizer) max_len=4096 ;;   # long lines are tested separately (Tokenizer.maxLength)
        csv) max_len=16384 ;;
        workspace) max_len=16384 ;;
        geojson) max_len=16384 ;;
    esac
    mkdir -p "$out/corpus/$target"
    echo "fuzz: $target for ${seconds}s"
    # -rss_limit_mb and -timeout turn unbounded memory and hangs into failures, as crashes are.
    if ! SWIFT_BACKTRACE=enable=no "$out/fuzz-$target" "$out/corpus/$target" "Tests/Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/crash-$target-" "$@" 2>"$out/$target.log"; then
        status=1
        echo "fuzz: $target FAILED; see $out/$target.log and $out/crash-$target-*"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$out/$target.log" || true
done
exit $status
