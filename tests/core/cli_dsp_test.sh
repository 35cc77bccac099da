#!/bin/sh
# End-to-end test of `noiseloss-cli noise` and `noiseloss-cli perturb`: exit codes, output files,
# determinism and one-line errors. Usage: cli_dsp_test.sh PATH/TO/noiseloss-cli
set -u
CLI="$1"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/noiseloss_cli_dsp.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
expect_ok() { # expect_ok DESCRIPTION COMMAND...
    what="$1"; shift
    "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || { fail "$what (exit $?): $(cat "$WORK/err.txt")"; return 1; }
}
expect_error() { # expect_error DESCRIPTION EXPECTED_TEXT COMMAND...
    what="$1"; text="$2"; shift 2
    if "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"; then fail "$what: exit code 0"; return; fi
    [ "$(wc -l <"$WORK/err.txt")" -eq 1 ] || fail "$what: error is not one line: $(cat "$WORK/err.txt")"
    grep -q -- "$text" "$WORK/err.txt" || fail "$what: stderr lacks '$text': $(cat "$WORK/err.txt")"
}
# Byte size of a file (portable).
size_of() { wc -c <"$1" | tr -d ' '; }

# --- noise ---
expect_ok "noise --help" "$CLI" noise --help
grep -q -- "--level-dbfs" "$WORK/out.txt" || fail "noise --help does not describe --level-dbfs"
expect_ok "pink noise" "$CLI" noise --color pink --seconds 2 --rate 32000 --level-dbfs -20 --seed 1 --out "$WORK/a.wav"
grep -q "RMS -20.00 dBFS" "$WORK/out.txt" || fail "pink noise level not reported as -20.00 dBFS: $(cat "$WORK/out.txt")"
expect_ok "same seed" "$CLI" noise --color pink --seconds 2 --rate 32000 --level-dbfs -20 --seed 1 --out "$WORK/b.wav"
expect_ok "other seed" "$CLI" noise --color pink --seconds 2 --rate 32000 --level-dbfs -20 --seed 2 --out "$WORK/c.wav"
cmp -s "$WORK/a.wav" "$WORK/b.wav" || fail "same seed gave different files"
cmp -s "$WORK/a.wav" "$WORK/c.wav" && fail "different seeds gave identical files"
# 2 s x 32000 float32 samples + a WAV header (< 100 bytes).
bytes=$(size_of "$WORK/a.wav")
[ "$bytes" -ge 256000 ] && [ "$bytes" -lt 256100 ] || fail "a.wav has $bytes bytes, expected 256000 + header"
expect_ok "study brown noise as FLAC" "$CLI" noise --color brown --method noiseloss --seconds 1 --rate 44100 \
    --level-dbfs -12 --seed 3 --out "$WORK/brown.flac"
[ -s "$WORK/brown.flac" ] || fail "brown.flac missing"
expect_error "bad colour" "unknown value 'green'" "$CLI" noise --color green --seconds 1 --rate 32000 \
    --level-dbfs -20 --seed 1 --out "$WORK/x.wav"
expect_error "violet with study filters" "violet" "$CLI" noise --color violet --method noiseloss --seconds 1 \
    --rate 32000 --level-dbfs -20 --seed 1 --out "$WORK/x.wav"
expect_error "missing --seed" "seed" "$CLI" noise --color white --seconds 1 --rate 32000 --level-dbfs -20 \
    --out "$WORK/x.wav"
expect_error "negative seconds" "--seconds" "$CLI" noise --color white --seconds -1 --rate 32000 --level-dbfs -20 \
    --seed 1 --out "$WORK/x.wav"
expect_error "unknown output type" "extension" "$CLI" noise --color white --seconds 1 --rate 32000 \
    --level-dbfs -20 --seed 1 --out "$WORK/x.mp4"

# --- perturb ---
expect_ok "perturb --help" "$CLI" perturb --help
expect_ok "input clip" "$CLI" noise --color white --seconds 6 --rate 44100 --level-dbfs -20 --seed 9 --out "$WORK/in.wav"
cat >"$WORK/plan.json" <<'JSON'
{"regions": [
  {"kind": "noise", "start": 1.0, "end": 2.0, "color": "pink", "level_dbfs": -30, "seed": 4},
  {"kind": "shuffle", "start": 3.0, "end": 4.0, "block_tokens": 5, "scheme": "random_pairs", "seed": 2},
  {"kind": "delete", "start": 5.0, "end": 5.5}
]}
JSON
expect_ok "perturb" "$CLI" perturb "$WORK/in.wav" --plan "$WORK/plan.json" --out "$WORK/out.wav" \
    --frame-map "$WORK/map.npy"
grep -q "6.000 s -> 5.500 s at 32000 Hz, 300 -> 275 token frames" "$WORK/out.txt" \
    || fail "perturb summary unexpected: $(cat "$WORK/out.txt")"
bytes=$(size_of "$WORK/out.wav")
[ "$bytes" -ge 704000 ] && [ "$bytes" -lt 704100 ] || fail "out.wav has $bytes bytes, expected 5.5 s x 32000 x 4 + header"
# int64 map of 275 entries after a 128-byte .npy header.
[ "$(size_of "$WORK/map.npy")" -eq $((128 + 275 * 8)) ] || fail "map.npy size $(size_of "$WORK/map.npy")"
expect_ok "perturb to FLAC at 16 kHz" "$CLI" perturb "$WORK/in.wav" --plan "$WORK/plan.json" --out "$WORK/out.flac" \
    --rate 16000
grep -q "at 16000 Hz" "$WORK/out.txt" || fail "perturb --rate 16000 not honoured: $(cat "$WORK/out.txt")"
if command -v soxi >/dev/null 2>&1; then
    [ "$(soxi -r "$WORK/out.flac")" = 16000 ] || fail "soxi: out.flac is not 16 kHz"
    [ "$(soxi -s "$WORK/out.flac")" = 88000 ] || fail "soxi: out.flac has $(soxi -s "$WORK/out.flac") samples"
fi

cat >"$WORK/late.json" <<'JSON'
{"regions": [{"kind": "noise", "start": 5.0, "end": 7.0}]}
JSON
expect_error "region past the end" "ends after the clip (6.00 s)" "$CLI" perturb "$WORK/in.wav" \
    --plan "$WORK/late.json" --out "$WORK/x.wav"
cat >"$WORK/bad.json" <<'JSON'
{"regions": [{"kind": "noise", "start": 1.0, "end": 2.0, "color": "green"}]}
JSON
expect_error "bad colour in plan" "regions\[0\].color: unknown colour 'green'" "$CLI" perturb "$WORK/in.wav" \
    --plan "$WORK/bad.json" --out "$WORK/x.wav"
expect_error "missing audio" "not found" "$CLI" perturb "$WORK/nothing.wav" --plan "$WORK/plan.json" \
    --out "$WORK/x.wav"
printf 'not audio at all' >"$WORK/fake.flac"
expect_error "garbage audio" "fake.flac" "$CLI" perturb "$WORK/fake.flac" --plan "$WORK/plan.json" \
    --out "$WORK/x.wav"
expect_error "rate not a multiple of 50" "--rate" "$CLI" perturb "$WORK/in.wav" --plan "$WORK/plan.json" \
    --out "$WORK/x.wav" --rate 22051
expect_error "missing --plan" "plan" "$CLI" perturb "$WORK/in.wav" --out "$WORK/x.wav"

if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed"
    exit 1
fi
echo "all CLI checks passed"
