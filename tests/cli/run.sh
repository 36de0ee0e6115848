#!/bin/bash
# CLI tests: exit codes, exact messages, conversions and round trips, --help.
# Usage: tests/cli/run.sh <claimscope binary> <repo root>
set -u
BIN=$1
ROOT=$2
SAMPLE=$ROOT/tests/data/sample.claimscope.json
BRAT=$ROOT/tests/data/formats/brat
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
PASS=0
FAIL=0

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*"; }

# run EXPECTED_RC CMD...: runs CMD with stdout in $T/out, stderr in $T/err; checks the exit code.
run() {
    local want=$1
    shift
    "$@" >"$T/out" 2>"$T/err"
    local rc=$?
    if [ "$rc" -eq "$want" ]; then ok; else bad "exit $rc (wanted $want): $*"; sed 's/^/  stderr: /' "$T/err" | head -5; fi
}
# has_line FILE LINE: FILE (out or err) holds exactly this line.
has_line() {
    if grep -qxF -- "$2" "$T/$1"; then ok; else bad "$1 lacks line: $2"; sed "s/^/  $1: /" "$T/$1" | head -5; fi
}
same() { if cmp -s "$1" "$2"; then ok; else bad "$1 and $2 differ"; diff "$1" "$2" | head -5; fi; }

# ---- help ------------------------------------------------------------------------------------
run 0 "$BIN" --help
has_line out "Usage: claimscope <command> [options]"
for c in validate convert stats; do
    run 0 "$BIN" "$c" --help
    grep -q "^Usage: claimscope $c" "$T/out" && ok || bad "$c --help prints no usage"
done
run 2 "$BIN" frobnicate
has_line err "claimscope: unknown command 'frobnicate'"

# ---- validate --------------------------------------------------------------------------------
run 0 "$BIN" validate "$SAMPLE"
has_line out "$SAMPLE: valid (14 annotations, 6 relations)"
sed 's/"end": 85/"end": 99999/' "$SAMPLE" >bad-end.json
run 1 "$BIN" validate bad-end.json
has_line err "bad-end.json: annotations[0].end: must be ≤ 3300 (the text length in code points), found 99999"
printf '{"format": "claimscope", ' >truncated.json
run 1 "$BIN" validate "$SAMPLE" truncated.json missing.json
has_line out "$SAMPLE: valid (14 annotations, 6 relations)"
has_line err "truncated.json: line 1, column 26: malformed JSON: syntax error while parsing object key - unexpected end of input; expected string literal"
has_line err "missing.json: cannot read: No such file or directory"
run 2 "$BIN" validate
has_line err "claimscope validate: no file given"
run 2 "$BIN" validate --strict "$SAMPLE"
has_line err "claimscope validate: unknown option '--strict'"

# ---- convert: usage errors -------------------------------------------------------------------
run 2 "$BIN" convert "$SAMPLE"
has_line err "claimscope convert: no output given (-o OUT)"
run 2 "$BIN" convert "$SAMPLE" -o
has_line err "claimscope convert: -o needs a value"
run 2 "$BIN" convert "$SAMPLE" -o out.xyz
has_line err "claimscope convert: cannot tell the output format from 'out.xyz'; use --to FORMAT"
run 2 "$BIN" convert "$SAMPLE" -o out.json --to pdf
has_line err "claimscope convert: unknown format 'pdf' (expected claimscope, w3c, brat, doccano, csv or html)"
run 1 "$BIN" convert missing.json -o out.csv
has_line err "missing.json: cannot read: No such file or directory"
run 1 "$BIN" convert "$SAMPLE" -o no/such/dir/out.csv
has_line err "no/such/dir/out.csv: cannot write: No such file or directory"
run 1 "$BIN" convert truncated.json -o out.csv
run 1 "$BIN" convert "$ROOT/tests/data/formats/fixture.csv" -o out.json
has_line err "$ROOT/tests/data/formats/fixture.csv: csv files cannot be read back (export only)"
cp "$BRAT/news1.ann" lonely.ann
run 1 "$BIN" convert lonely.ann -o out.json
has_line err "lonely.ann: a brat .ann needs its text: put the .txt beside it or use --article TEXT_FILE"

# ---- convert: exports match the golden files ---------------------------------------------------
run 0 "$BIN" convert "$SAMPLE" -o sample.csv
has_line out "wrote sample.csv (csv, 14 annotations, 6 relations)"
same sample.csv "$ROOT/tests/data/formats/sample.csv"
run 0 "$BIN" convert "$SAMPLE" -o sample.report.html
same sample.report.html "$ROOT/tests/data/formats/sample.report.html"
run 0 "$BIN" convert "$SAMPLE" -o sample.jsonl
same sample.jsonl "$ROOT/tests/data/formats/sample.doccano.jsonl"
has_line err "sample.jsonl: warning: doccano: 3 note(s) not exported (doccano entities have no notes)"
run 0 "$BIN" convert "$SAMPLE" -o sample.ann
same sample.ann "$ROOT/tests/data/formats/sample.ann"
[ -s sample.txt ] && [ -s annotation.conf ] && ok || bad "brat .ann export did not write sample.txt and annotation.conf"
has_line err "sample.ann: warning: brat: 8 entity name(s) not exported (brat has no field for them)"

# ---- round trips -----------------------------------------------------------------------------
# brat zip -> claimscope -> brat: the same .ann (spans, types, relations, attributes, notes).
run 0 "$BIN" convert "$SAMPLE" -o sample.zip
# Debian's unzip inflates every entry and checks its CRC-32; the export deflates all three files.
unzip -tq sample.zip >unzip.out 2>&1 && ok || bad "unzip -t rejects sample.zip: $(cat unzip.out)"
has_line unzip.out "No errors detected in compressed data of sample.zip."
[ "$(unzip -v sample.zip | grep -c ' Defl:N ')" = 3 ] && ok || bad "sample.zip: not every entry is deflated"
mkdir unzipped && unzip -q sample.zip -d unzipped
same unzipped/afghanistan-urges-joint-solution-with-pakistan-as-refugee.ann sample.ann
run 0 "$BIN" convert sample.zip -o from-brat.claimscope.json
run 0 "$BIN" validate from-brat.claimscope.json
run 0 "$BIN" convert from-brat.claimscope.json -o again.ann
same again.ann sample.ann
# A zip made by Info-ZIP's zip (deflate) from the .ann and .txt exported above reads the same.
zip -q -X made.zip sample.ann sample.txt
run 0 "$BIN" convert made.zip -o from-made.claimscope.json
run 0 "$BIN" convert from-made.claimscope.json -o again-made.ann
same again-made.ann sample.ann
# Zips that cannot be read: the message names the file, the entry and the problem.
run 1 "$BIN" convert "$ROOT/tests/data/formats/zip/bzip2.zip" -o x.json
has_line err "$ROOT/tests/data/formats/zip/bzip2.zip: entry 'news1.ann' is compressed with method 12 (bzip2); only stored (0) and deflate (8) entries are read: zip it again with a plain zip tool"
run 1 "$BIN" convert "$ROOT/tests/data/formats/zip/bomb.zip" -o x.json
has_line err "$ROOT/tests/data/formats/zip/bomb.zip: entry 'zeros.txt' expands 1023 times (2049 bytes to 2097152); over 100 times is refused as a possible zip bomb"
# brat .ann with its .txt beside it (brat's naming convention), no --article needed.
run 0 "$BIN" convert sample.ann -o from-ann.json
# doccano -> claimscope -> doccano: the same line (spans, labels, relations).
run 0 "$BIN" convert sample.jsonl -o from-doccano.json
run 0 "$BIN" convert from-doccano.json -o again.jsonl
same again.jsonl sample.jsonl
# W3C -> claimscope keeps types, spans, notes, attributes, entities, relations: the same CSV.
run 0 "$BIN" convert "$SAMPLE" -o sample.w3c.jsonld
run 1 "$BIN" convert sample.w3c.jsonld -o from-w3c.json
run 0 "$BIN" convert sample.w3c.jsonld --article sample.txt -o from-w3c.json
run 0 "$BIN" convert from-w3c.json -o from-w3c.csv
same from-w3c.csv sample.csv
# Format given explicitly when the extension says nothing.
cp sample.jsonl doccano.data
run 0 "$BIN" convert doccano.data --from doccano -o x.csv --to csv
has_line out "wrote x.csv (csv, 14 annotations, 6 relations)"

# ---- a hand-written brat file with bad lines: good ones kept, each bad one reported ---------------
run 0 "$BIN" convert "$BRAT/bad.ann" -o from-bad.json
has_line err "$BRAT/bad.ann: line 5: expected an id, a tab and the annotation (e.g. 'T1<TAB>Claim 0 5<TAB>text')"
has_line err "$BRAT/bad.ann: line 12: 'T99' is not a text-bound annotation of this file"
has_line out "wrote from-bad.json (claimscope, 4 annotations, 1 relations)"

# ---- stats -----------------------------------------------------------------------------------
run 0 "$BIN" stats "$SAMPLE"
has_line out "Claims with a source: 3 of 6 (50%)"
has_line out "Source mentions: 3 named, 0 anonymous/unclear, 0 kind not set"
has_line out "  3  Abdul Qahar Balkhi"
run 0 "$BIN" stats "$SAMPLE" --json
has_line out '  "claims_with_source": 3,'
run 0 "$BIN" stats sample.jsonl
has_line out "  Claim: 6"
run 1 "$BIN" stats bad-end.json
has_line err "bad-end.json: annotations[0].end: must be ≤ 3300 (the text length in code points), found 99999"
run 2 "$BIN" stats
run 2 "$BIN" stats "$SAMPLE" --csv
has_line err "claimscope stats: unknown option '--csv'"

# ---- never a crash on junk -----------------------------------------------------------------------
head -c 4096 /dev/urandom >junk.bin 2>/dev/null || printf '\x00\xff\xfe junk' >junk.bin
for f in claimscope w3c brat doccano; do
    "$BIN" convert junk.bin --from $f --article sample.txt -o junk.csv >/dev/null 2>&1
    rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 1 ] && ok || bad "convert junk --from $f exited $rc"
done

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
