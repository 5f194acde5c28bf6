#!/usr/bin/env bash
# A scripted interactive session through a pseudo-terminal (tmux on a
# private socket): a multi-line query, Tab completion of a keyword and of a
# declared prefix's predicate, history recall with the up arrow, Ctrl-C
# cancelling a long query (a cross product over a generated dataset) with
# the shell carrying on, and Ctrl-D leaving with the history saved.
# Usage: pty_test.sh path/to/spoke
# (tmux ends a command at an argument ending in ';', so typed text ends in '\;'.)
set -uo pipefail
SPOKE=${1:?usage: pty_test.sh path/to/spoke}
command -v tmux >/dev/null || { echo "tmux not installed" >&2; exit 1; }
T=$(mktemp -d)
SOCK="spoke-test-$$"
tmx() { tmux -L "$SOCK" "$@"; }
trap 'tmx kill-server 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/xdg"
unset SPOKE_DB
mkdir -p "$HOME"
DB="$T/db"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# capture-pane drops trailing spaces, so patterns end without them.
screen() { tmx capture-pane -p -t test -S -200; }
# wait_for REGEX [SECONDS]: polls the screen until REGEX matches.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    screen | grep -Eq -- "$1" && return 0
    sleep 0.1
  done
  fail "timed out waiting for /$1/; screen:"
  screen | grep -v "^$" | tail -25 >&2
  return 1
}
# wait_prompt: until the last line is a fresh prompt (keys typed before the
# shell reads them are echoed by the terminal and garble the line).
wait_prompt() {
  local deadline=$((SECONDS + 10))
  while ((SECONDS < deadline)); do
    screen | grep -v '^$' | tail -1 | grep -Eq 'spoke>$' && return 0
    sleep 0.1
  done
  fail "timed out waiting for the prompt"
  return 1
}
# count REGEX: lines of the screen matching REGEX.
count() { screen | grep -Ec -- "$1"; }

# Small data, and a generated set big enough that a three-way cross
# product runs far longer than the test waits.
{
  echo '<http://ex.org/a> <http://ex.org/name> "Alice" .'
  echo '<http://ex.org/b> <http://ex.org/name> "Bob" .'
  echo '<http://ex.org/a> <http://ex.org/اسم> "أليس" .'
  for i in $(seq 1 2000); do echo "<http://ex.org/n$i> <http://ex.org/value> \"$i\" ."; done
} >"$T/data.nt"
"$SPOKE" --db "$DB" load --dataset gen "$T/data.nt" 2>/dev/null || { echo "load failed" >&2; exit 1; }

tmx new-session -d -s test -x 160 -y 50 \
  "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' TERM=xterm '$SPOKE' --db '$DB'"
tmx set-option -t test remain-on-exit on >/dev/null
wait_for 'spoke>$' || exit 1

# A multi-line query: the continuation prompt, then the result.
tmx send-keys -t test 'SELECT ?o WHERE {' Enter
wait_for '\.\.\.>$'
tmx send-keys -t test '  ?s <http://ex.org/name> ?o' Enter
tmx send-keys -t test '} ORDER BY ?o\;' Enter
wait_for '2 rows'
screen | grep -q 'Alice' || fail "multi-line query result lacks Alice"

# Tab completion: a keyword, then a predicate under a declared prefix.
wait_prompt
tmx send-keys -t test '.prefixes add ex: <http://ex.org/>' Enter
wait_prompt
tmx send-keys -t test 'sel' Tab
wait_for 'spoke> select$'
tmx send-keys -t test '?o WHERE { ?s ex:na' Tab
wait_for 'spoke> select \?o WHERE \{ \?s ex:name$'
tmx send-keys -t test '?o FILTER(?o = "Bob") }\;' Enter
wait_for '1 row'
wait_prompt
# Completion counts characters, not bytes, in non-ASCII names.
tmx send-keys -t test 'ASK { ?s ex:ا' Tab
wait_for 'spoke> ASK \{ \?s ex:اسم$'
tmx send-keys -t test '"أليس" }\;' Enter
wait_for '│ true'
wait_prompt
tmx send-keys -t test 'select ?o WHERE { ?s ex:name ?o FILTER(?o = "Bob") }\;' Enter
wait_for '1 row.*'
wait_prompt

# History: the up arrow brings the last line back; running it again.
before=$(count '1 row')
tmx send-keys -t test Up
wait_for 'spoke> select \?o WHERE \{ \?s ex:name \?o FILTER\(\?o = "Bob"\) \};$'
tmx send-keys -t test Enter
deadline=$((SECONDS + 10))
while (($(count '1 row') <= before)) && ((SECONDS < deadline)); do sleep 0.1; done
(($(count '1 row') > before)) || fail "history recall did not run the query again"
wait_prompt

# Ctrl-C cancels a long query and the shell carries on.
tmx send-keys -t test 'SELECT (COUNT(*) AS ?n) WHERE { ?a <http://ex.org/value> ?x . ?b <http://ex.org/value> ?y . ?c <http://ex.org/value> ?z }\;' Enter
sleep 1.5
screen | grep -v '^$' | tail -1 | grep -q 'spoke>$' && fail "the long query finished too soon to test Ctrl-C"
tmx send-keys -t test C-c
wait_for 'cancel' 10
wait_prompt
tmx send-keys -t test 'ASK { ?s ?p "Alice" }\;' Enter
wait_for 'true'
wait_prompt
# Ctrl-C at the prompt drops the half-typed statement.
tmx send-keys -t test 'SELECT ?x WHERE {' Enter
wait_for '\.\.\.>$'
tmx send-keys -t test C-c
wait_prompt
tmx send-keys -t test '.timer off' Enter
wait_for 'spoke> \.timer off'
wait_prompt

# Errors show a caret and the shell goes on.
tmx send-keys -t test 'SELECT ?s WHERE { ?s ex:name }\;' Enter
wait_for '^ *\^'
wait_prompt

# Ctrl-D leaves; the history was saved.
tmx send-keys -t test C-d
deadline=$((SECONDS + 10))
while [[ $(tmx display-message -p -t test '#{pane_dead}') != 1 ]] && ((SECONDS < deadline)); do
  sleep 0.1
done
[[ $(tmx display-message -p -t test '#{pane_dead}') == 1 ]] || fail "Ctrl-D did not leave the shell"
# libedit writes spaces in its history file as \040.
grep -qF 'FILTER(?o\040=\040"Bob")' "$XDG_DATA_HOME/spoke/history" 2>/dev/null ||
  fail "history file lacks the typed query"

if ((failures > 0)); then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "pty test passed"
