#!/usr/bin/env bash
# The command line's contract: help, usage errors with exit code 2, and the
# normalize command's outputs.
set -u
vanban=$1
fixtures=$2
fail=0
check() {  # check NAME EXPECTED_EXIT COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >/tmp/vanban_cli_out.$$ 2>/tmp/vanban_cli_err.$$
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, want $want"; cat /tmp/vanban_cli_err.$$; fail=1
  else
    echo "ok   $name"
  fi
}
check "--help" 0 "$vanban" --help
grep -q "Commands:" /tmp/vanban_cli_out.$$ || { echo "FAIL --help lists no commands"; fail=1; }
check "normalize --help" 0 "$vanban" normalize --help
grep -q -- "--footnotes" /tmp/vanban_cli_out.$$ || { echo "FAIL normalize --help"; fail=1; }
check "no command" 2 "$vanban"
check "unknown command" 2 "$vanban" frobnicate
check "unknown option" 2 "$vanban" normalize --bogus "$fixtures/lookalike.txt"
[ "$(wc -l </tmp/vanban_cli_err.$$)" = 1 ] || { echo "FAIL unknown option: not one line"; fail=1; }
check "unknown global option" 2 "$vanban" --bogus
check "missing argument" 2 "$vanban" normalize
check "normalize" 0 "$vanban" normalize "$fixtures/lookalike.txt"
grep -q "CQTTBCĐ" /tmp/vanban_cli_out.$$ || { echo "FAIL normalize output"; fail=1; }
check "normalize --footnotes" 0 "$vanban" normalize --footnotes "$fixtures/footnote_report.txt"
grep -q "^\[3\]" /tmp/vanban_cli_out.$$ || { echo "FAIL --footnotes output"; fail=1; }
check "normalize --map" 0 "$vanban" normalize --map 0:8 "$fixtures/markdown_plan.md"
check "normalize --map bad span" 2 "$vanban" normalize --map 9:1 "$fixtures/markdown_plan.md"
check "missing file" 1 "$vanban" normalize "$fixtures/none.txt"
check "summary" 0 "$vanban" summary "$fixtures"
rm -f /tmp/vanban_cli_out.$$ /tmp/vanban_cli_err.$$
exit $fail
