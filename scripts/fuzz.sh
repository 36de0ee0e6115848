#!/usr/bin/env bash
# Builds the fuzz preset and runs the libFuzzer harnesses of tests/fuzz/ (tests/fuzz/README.md):
#   scripts/fuzz.sh [seconds-per-harness] [harness...]      default: 20 s, every harness
# For each harness: its regression inputs (tests/fuzz/regressions/<harness>/, *.gz unpacked first)
# are replayed one by one, then it fuzzes from its seed corpus (tests/fuzz/corpus/<harness>/) and
# what earlier runs found (build/fuzz/corpus/<harness>/) for the given seconds. New crashers land in
# tests/fuzz/crashes/<harness>-*. One summary line per harness; the exit status is 1 when anything
# crashed, ran out of time (10 s per input) or of memory (2 GB).
# JOBS (default 2) is both the build's parallelism and how many harnesses run at once.
# FUZZ_TIMEOUT (default 10 s) is the per-input limit while fuzzing. libFuzzer measures it in wall-clock
# time, so a run niced under other work may raise it; inputs slower than 10 s are still written out as
# slow-unit-* files (libFuzzer's -report_slow_units) for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-20}
shift $(($# > 0 ? 1 : 0))
JOBS=${JOBS:-2}
ALL=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')
HARNESSES=("$@")
[ ${#HARNESSES[@]} -gt 0 ] || read -r -a HARNESSES <<<"$(echo $ALL)"
for h in "${HARNESSES[@]}"; do
    grep -qx "$h" <<<"$ALL" || { echo "fuzz: no harness '$h' (have: $(echo $ALL))" >&2; exit 2; }
done

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$JOBS" --target $(printf 'fuzz_%s ' "${HARNESSES[@]}")

BIN=build/fuzz
OUT=$BIN/runs
mkdir -p tests/fuzz/crashes "$OUT"
FLAGS=(-rss_limit_mb=2048 -timeout="${FUZZ_TIMEOUT:-10}" -report_slow_units=10)
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} # a stack for UBSan reports too, not only its line

# Replays every regression input of harness $1; prints "N ok" or names the first failures.
replay() {
    local h=$1 dir=tests/fuzz/regressions/$1 unpacked=$OUT/$1-regressions failed=() n=0
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    for f in "$dir"/*; do
        [ -f "$f" ] || continue # also when $dir is missing or empty: the glob stays unexpanded
        case $f in
            *.gz) gunzip -c "$f" >"$unpacked/$(basename "${f%.gz}")" ;;
            *) cp "$f" "$unpacked/" ;;
        esac
    done
    for f in "$unpacked"/*; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        # 30 s, not the fuzzing's 10: some regressions are multi-megabyte files by design (the doccano
        # one is 4 MB and replays in ~7 s under ASan on a busy 2-core machine).
        "$BIN/fuzz_$h" -rss_limit_mb=2048 -timeout=30 "$f" </dev/null >"$f.log" 2>&1 || failed+=("$(basename "$f")")
    done
    if [ ${#failed[@]} -eq 0 ]; then echo "$n regressions ok"; else echo "${#failed[@]} of $n regressions FAIL (${failed[*]})"; fi
    [ ${#failed[@]} -eq 0 ]
}

# How many crashers harness $1 has left in tests/fuzz/crashes/ (libFuzzer's slow-unit-* files are none).
found() { ls tests/fuzz/crashes | grep -cE "^$1-(crash|timeout|oom|leak)-" || true; }

# Runs harness $1: regressions, then fuzzing; writes its summary line to $OUT/$1.summary.
run_one() {
    local h=$1 log=$OUT/$1.log status=0 regressions before after
    regressions=$(replay "$h") || status=1
    mkdir -p "$BIN/corpus/$h"
    before=$(found "$h")
    "$BIN/fuzz_$h" "${FLAGS[@]}" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
        -artifact_prefix="tests/fuzz/crashes/$h-" "$BIN/corpus/$h" "tests/fuzz/corpus/$h" </dev/null >"$log" 2>&1 || status=1
    after=$(found "$h")
    local execs rate units
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    units=$(sed -n 's/^stat::new_units_added: *//p' "$log")
    local line
    line=$(printf '%-13s %9s execs (%s/s), %s new corpus units, %d crashes; %s' "$h" "${execs:-?}" "${rate:-?}" \
        "${units:-?}" $((after - before)) "$regressions")
    if [ $status -ne 0 ]; then
        local art
        art=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | head -1)
        line+=" — FAILED${art:+: $art}; log $log"
    fi
    echo "$line" >"$OUT/$h.summary"
    return $status
}

echo "== fuzz: ${#HARNESSES[@]} harnesses, ${SECONDS_EACH} s each, $JOBS at a time"
failed=0
running=0
for h in "${HARNESSES[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
    (if run_one "$h"; then s=0; else s=1; fi; cat "$OUT/$h.summary"; exit $s) &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
if [ $failed -ne 0 ]; then
    echo "== fuzz: FAILED — inputs in tests/fuzz/crashes/ (reproduce: build/fuzz/fuzz_<harness> <file>)"
    exit 1
fi
echo "== fuzz: ok, no crashes"
