#!/usr/bin/env bash
# Command-line tests of the `spoke` binary against temporary databases:
# exit codes (0 ok, 1 query/data error, 2 usage), every output format,
# errors on stderr only, --repeat's JSON line, load/dump/datasets/drop/
# stats/check/explain, --read-only, piped shell input, damaged tables and
# the default database. Usage: cli_test.sh path/to/spoke
set -uo pipefail
SPOKE=${1:?usage: cli_test.sh path/to/spoke}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# Never touch the real home directory or $SPOKE_DB.
export HOME="$T/home" XDG_DATA_HOME="$T/xdg"
unset SPOKE_DB
mkdir -p "$HOME"
DB="$T/db"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# run EXPECTED_CODE ARGS...: runs spoke, keeps stdout/stderr in $out/$err.
run() {
  local want=$1
  shift
  "$SPOKE" "$@" >"$T/out" 2>"$T/err"
  code=$?
  out=$(cat "$T/out")
  err=$(cat "$T/err")
  if [[ $code != "$want" ]]; then
    fail "spoke $* exited $code, want $want; stderr: $err"
    return 1
  fi
}
contains() {  # contains HAYSTACK NEEDLE WHAT
  [[ $1 == *"$2"* ]] || fail "$3: expected '$2' in: $1"
}
lacks() {
  [[ $1 != *"$2"* ]] || fail "$3: did not expect '$2' in: $1"
}

cat >"$T/small.nt" <<'NT'
<http://ex.org/a> <http://ex.org/name> "Alice" .
<http://ex.org/b> <http://ex.org/name> "بغداد" .
<http://ex.org/a> <http://ex.org/knows> <http://ex.org/b> .
<http://ex.org/a> <http://ex.org/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
NT
Q='SELECT ?s ?o WHERE { ?s <http://ex.org/name> ?o } ORDER BY ?s'

# --- usage -----------------------------------------------------------------
run 0 --version && contains "$out" "spoke " "--version"
run 0 --help && contains "$out" "spoke query" "--help"
run 0 query --help && contains "$out" "--repeat" "query --help"
run 2 frobnicate && { [[ -z $out ]] || fail "usage error wrote to stdout"; contains "$err" "unknown command" "bad command"; }
run 2 --db "$DB" query && contains "$err" "missing QUERY" "query without text"
run 2 --db "$DB" query --format xml "$Q"
run 2 --db "$DB" query --timeout -1 "$Q"
run 2 --db "$DB" query --bogus "$Q"
run 2 --db "$DB" --cache-mb 0 query "$Q" && contains "$err" "--cache-mb must be between 1 and 1048576" "--cache-mb 0"
run 2 --db "$DB" --cache-mb lots query "$Q"
run 2 --db "$DB" load
[[ -e $DB ]] && fail "a usage error created the database"

# --- load, datasets --------------------------------------------------------
run 0 --db "$DB" load --dataset small "$T/small.nt" && contains "$err" "loaded 4 quads" "load summary"
run 1 --db "$DB" load --dataset small "$T/small.nt" && { [[ -z $out ]] || fail "error wrote to stdout"; }
run 0 --db "$DB" load --dataset small --replace "$T/small.nt"
run 1 --db "$DB" load "$T/missing.nt"
printf '<http://ex.org/c> <http://ex.org/name> "Carol" .\n' >"$T/c.nt"
run 0 --db "$DB" load --dataset viapipe --format nt - <"$T/c.nt"
run 0 --db "$DB" datasets && contains "$out" "small" "datasets" && contains "$out" "viapipe" "datasets"
# A real pipe on stdin is streamed, plain or gzip; errors name /dev/stdin
# (own database: the later counts expect the datasets above only).
printf '<http://ex.org/d> <http://ex.org/name> "Dan" .\n<http://ex.org/e> <http://ex.org/name> "Eve" .\n' >"$T/de.nt"
run 0 --db "$T/pipe.db" load --dataset fifo --format nt - < <(cat "$T/de.nt") &&
  contains "$err" "loaded 2 quads" "load - from a pipe"
run 0 --db "$T/pipe.db" load --dataset fifogz --format nt - < <(gzip -c "$T/de.nt") &&
  contains "$err" "loaded 2 quads" "load - from a gzip pipe"
run 0 --db "$T/pipe.db" query --format tsv 'SELECT ?n WHERE { GRAPH ?g { <http://ex.org/e> <http://ex.org/name> ?n } }' &&
  contains "$out" "Eve" "piped quads are queryable"
run 1 --db "$T/pipe.db" load --dataset fifobad --format nt - < <(printf '<http://ex.org/x> <http://ex.org/p> "x" .\nnot rdf\n') &&
  contains "$err" "/dev/stdin:2:" "a pipe's error names /dev/stdin:LINE"
run 0 --cache-mb 8 --db "$DB" query --format tsv "$Q" && contains "$out" "Alice" "--cache-mb before the command"
printf '<http://ex.org/x> <http://ex.org/name> "X" .\nthis is not rdf\n<http://ex.org/y> <http://ex.org/name> "Y" .\n' >"$T/bad.nt"
run 1 --db "$DB" load --dataset bad "$T/bad.nt" && contains "$err" "bad.nt:2" "load error names FILE:LINE"
run 0 --db "$DB" load --dataset bad --skip-invalid "$T/bad.nt" &&
  contains "$err" "skipped: " "--skip-invalid reports" && contains "$err" "loaded 2 quads" "--skip-invalid loads the rest"
run 0 --db "$DB" drop bad

# --- every output format ---------------------------------------------------
run 0 --db "$DB" query --format json "$Q"
python3 - "$T/out" <<'PY' || fail "json output"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["head"]["vars"] == ["s", "o"], d
b = d["results"]["bindings"]
assert len(b) == 3, b
assert {"type": "literal", "value": "بغداد"} == b[1]["o"], b[1]
PY
run 0 --db "$DB" query --format csv "$Q"
[[ $(head -c 5 "$T/out") == "s,o"$'\r' ]] || fail "csv header: $(head -1 "$T/out" | od -c | head -2)"
contains "$out" "http://ex.org/a,Alice" "csv row"
run 0 --db "$DB" query --format tsv "$Q"
[[ $(head -1 "$T/out") == $'?s\t?o' ]] || fail "tsv header: $(head -1 "$T/out")"
contains "$out" $'<http://ex.org/b>\t"بغداد"' "tsv row"
run 0 --db "$DB" query "$Q" && contains "$out" "3 rows" "table footer" && contains "$out" "Alice" "table"
run 0 --db "$DB" query --format json 'ASK { ?s <http://ex.org/knows> ?o }'
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d=={"head":{},"boolean":True}, d' "$T/out" || fail "ask json: $out"
echo "$Q" >"$T/q.rq"
run 0 --db "$DB" query --format csv -f "$T/q.rq" && contains "$out" "Alice" "query -f"
run 0 --db "$DB" query --format csv - <"$T/q.rq" && contains "$out" "Alice" "query -"
run 1 --db "$DB" query -f "$T/nope.rq"

# --- errors ----------------------------------------------------------------
run 1 --db "$DB" query 'SELECT ?s WHERE { ?s <http://ex.org/name> }'
[[ -z $out ]] || fail "syntax error wrote to stdout: $out"
contains "$err" "syntax error" "syntax error message"
contains "$err" "^" "caret under the error"
run 1 --db "$DB" query --format json 'SELECT ?s WHERE { ?s ?p ?o } GROUP BY'

# --- --repeat ----------------------------------------------------------------
run 0 --db "$DB" query --format csv --repeat 3 "$Q"
python3 - "$err" <<'PY' || fail "--repeat line: $err"
import json, sys
d = json.loads(sys.argv[1].strip().splitlines()[-1])
assert list(d) == ["runs", "min_ms", "median_ms", "p90_ms", "max_ms", "rows"], d
assert d["runs"] == 3 and d["rows"] == 3, d
assert 0 <= d["min_ms"] <= d["median_ms"] <= d["p90_ms"] <= d["max_ms"], d
PY
contains "$out" "Alice" "--repeat prints the result once"

# --- updates, dump, stats, check, explain ----------------------------------
run 0 --db "$DB" query 'INSERT DATA { <http://ex.org/d> <http://ex.org/name> "Dora" }' && contains "$out" "1 quad inserted" "insert"
run 0 --db "$DB" dump --format nquads && [[ $(grep -c . "$T/out") == 6 ]] || fail "dump has $(grep -c . "$T/out") lines, want 6"
run 0 --db "$DB" dump --dataset small -o "$T/small.nq"
[[ $(grep -c . "$T/small.nq") == 4 ]] || fail "dump --dataset -o"
run 0 --db "$DB" stats && contains "$out" "ex.org/name" "stats lists predicates"
run 0 --db "$DB" check && contains "$out" "ok" "check"
run 0 --db "$DB" explain "$Q" && [[ -n $out ]] || fail "explain printed nothing"
run 0 --db "$DB" explain --analyze "$Q" && [[ -n $out ]] || fail "explain --analyze printed nothing"
run 1 --db "$DB" explain 'SELECT ?s WHERE {'

# --- time limit and default-graph modes -------------------------------------
# Dora is in the unnamed graph; the rest in the datasets' graphs.
run 0 --db "$DB" query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
[[ $(tail -1 "$T/out" | tr -d '\r') == 6 ]] || fail "union default graph count: $out"
run 0 --db "$DB" query --strict-default-graph --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
[[ $(tail -1 "$T/out" | tr -d '\r') == 1 ]] || fail "--strict-default-graph count: $out"

# --- read-only -------------------------------------------------------------
run 1 --db "$DB" --read-only query 'INSERT DATA { <http://ex.org/e> <http://ex.org/name> "Eve" }'
run 1 --read-only --db "$DB" load --dataset again "$T/small.nt"
run 1 --db "$DB" drop small --read-only
run 0 --db "$DB" --read-only query --format csv "$Q" && contains "$out" "Alice" "read-only query"

# --- a second writer is refused, and so is a reader beside it -----------------
# A piped shell holds the database open while its input stays open.
mkfifo "$T/fifo"
"$SPOKE" --db "$DB" <"$T/fifo" >"$T/holder.out" 2>&1 &
holder=$!
exec 3>"$T/fifo"
echo '.datasets' >&3
for _ in $(seq 100); do grep -q viapipe "$T/holder.out" && break; sleep 0.1; done
grep -q viapipe "$T/holder.out" || fail "holder shell did not start: $(cat "$T/holder.out")"
run 1 --db "$DB" datasets && contains "$err" "busy" "second writer" && contains "$err" "hint: one process at a time" "busy hint"
run 1 --db "$DB" --read-only datasets && contains "$err" "open for writing by process" "read-only beside a writer"
exec 3>&-
wait "$holder" || fail "holder shell failed"

# --- drop --------------------------------------------------------------------
run 0 --db "$DB" drop small
run 1 --db "$DB" drop small
run 0 --db "$DB" datasets && lacks "$out" "small" "dropped dataset listed"

# --- the shell with a pipe on stdin ------------------------------------------
printf '.format csv\nSELECT ?o WHERE {\n  ?s <http://ex.org/name> ?o\n} ORDER BY ?o;\n' |
  "$SPOKE" --db "$DB" >"$T/out" 2>"$T/err"
code=$?
[[ $code == 0 ]] || fail "piped shell exited $code: $(cat "$T/err")"
[[ $(cat "$T/out") == $'o\r\nCarol\r\nDora\r' ]] || fail "piped shell output: $(od -c "$T/out" | head)"
lacks "$(cat "$T/out")" "spoke>" "prompt in piped mode"
lacks "$(cat "$T/out")" $'\033[' "colour in piped mode"
printf 'SELECT nonsense;\n.format tsv\nASK { ?s ?p ?o }\n' | "$SPOKE" --db "$DB" >"$T/out" 2>"$T/err"
code=$?
[[ $code == 1 ]] || fail "piped shell with an error exited $code, want 1"
contains "$(cat "$T/err")" "error" "piped error on stderr"
contains "$(cat "$T/out")" "true" "piped shell carries on after an error"

# --- dot-commands through a pipe --------------------------------------------
printf '.format csv\nSELECT ?o WHERE { ?s <http://ex.org/name> ?o } ORDER BY ?o\n' >"$T/script.rq"
"$SPOKE" --db "$T/dots" >"$T/out" 2>"$T/err" <<DOTS
.load $T/small.nt people
.datasets
.prefixes add ex: <http://ex.org/>
.bogus
.read $T/script.rq
.output $T/redirected.tsv
.format tsv
SELECT ?s WHERE { ?s ex:knows ?o };
.output
.stats
.drop people
.datasets
.quit
SELECT ?never WHERE { ?never ?p ?o };
DOTS
code=$?
[[ $code == 1 ]] || fail "dot-command script exited $code, want 1 (one bad command)"
contains "$(cat "$T/err")" "unknown command '.bogus'" ".bogus reported"
contains "$(cat "$T/err")" "loaded 4 quads" ".load summary"
contains "$(cat "$T/err")" "dropped dataset 'people'" ".drop"
contains "$(cat "$T/out")" $'Alice\r\nبغداد' ".read ran the script with its .format"
[[ $(cat "$T/redirected.tsv") == $'?s\n<http://ex.org/a>' ]] || fail ".output file: $(cat "$T/redirected.tsv")"
lacks "$(cat "$T/out")" "?never" ".quit stops reading"
contains "$(cat "$T/out")" "http://ex.org/name" ".stats"
# The declared prefix is kept in the database.
printf 'SELECT ?o WHERE { ex:a ex:name ?o };\n' | "$SPOKE" --db "$T/dots" >"$T/out" 2>"$T/err" ||
  fail "prefix not kept: $(cat "$T/err")"

# --- dump in every format loads back -----------------------------------------
run 0 --db "$DB" load --dataset g1 --graph http://ex.org/g1 "$T/small.nt"
for f in nquads trig; do  # everything: 2 quads left + 4 in g1
  run 0 --db "$DB" dump --format "$f" -o "$T/all.$f"
  rm -rf "$T/copy"
  run 0 --db "$T/copy" load --format "$f" --dataset back "$T/all.$f" &&
    contains "$err" "loaded 6 quads" "dump --format $f loads back"
done
for f in ntriples turtle; do  # formats without graphs: one graph
  run 1 --db "$DB" dump --format "$f"
  run 0 --db "$DB" dump --graph http://ex.org/g1 --format "$f" -o "$T/g1.$f"
  rm -rf "$T/copy"
  run 0 --db "$T/copy" load --format "$f" --dataset back "$T/g1.$f" &&
    contains "$err" "loaded 4 quads" "dump --graph --format $f loads back"
done

# --- the default database ------------------------------------------------------
run 0 --read-only datasets && contains "$out" "kadhimi-drone-attack-2021" "default database seeded"
[[ -d $XDG_DATA_HOME/spoke/default ]] || fail "default database not under XDG_DATA_HOME"
run 0 query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
[[ $(tail -1 "$T/out" | tr -d '\r') -gt 100 ]] || fail "story looks empty: $out"
SPOKE_DB="$DB" run 0 datasets && contains "$out" "viapipe" "SPOKE_DB honoured"
# A cross product over the story runs far past the limit.
run 1 query --timeout 300 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }' &&
  contains "$err" "timed out" "--timeout"

# --- a damaged database: check and queries fail with exit 1 ---------------------
CDB="$T/damaged"
run 0 --db "$CDB" load --dataset small "$T/small.nt"
run 0 --db "$CDB" check
ssts=("$CDB"/*.sst)
[[ -f ${ssts[0]} ]] || fail "no table file in $CDB"
for f in "${ssts[@]}"; do  # flip four bytes of the first data block
  python3 -c 'import sys
with open(sys.argv[1], "r+b") as f:
    f.seek(16); b = f.read(4); f.seek(16); f.write(bytes(x ^ 0x5a for x in b))' "$f"
done
run 1 --db "$CDB" check && contains "$err" "corrupt" "check on damaged tables" && contains "$err" ".sst" "check names the file"
run 1 --db "$CDB" query 'SELECT * WHERE { ?s ?p ?o }' && contains "$err" "corrupt" "query on damaged tables"
# A table file cut short: the open itself fails and says so.
truncate -s 100 "${ssts[0]}"
run 1 --db "$CDB" datasets && contains "$err" "corrupt" "open of a truncated table"

if ((failures > 0)); then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all cli tests passed"
