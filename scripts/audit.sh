#!/usr/bin/env bash
# Known-vulnerability audit of the installed packages (make audit).
#
# pip-audit needs a vulnerability database online: PyPI's JSON API (its default
# service) or OSV. Where neither answers (an offline or mirror-only machine),
# pip-audit would skip every package and still print "No known vulnerabilities
# found"; --strict turns those skips into a failure, and this script says
# plainly that no audit was done (exit 2) instead of passing.
set -uo pipefail
BIN="${1:-.venv/bin}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$BIN/pip-audit" --local --strict --skip-editable --progress-spinner off --desc off >"$out" 2>&1
status=$?
if grep -qE "could not be audited|ConnectionError|NameResolutionError|Failed to resolve|Max retries" "$out"; then
  echo "audit NOT done: pip-audit could not reach its vulnerability database"
  echo "(PyPI JSON API or api.osv.dev) from this machine; run 'make audit' where it can."
  grep -m1 -E "could not be audited|Error" "$out" | sed 's/^/  first problem: /'
  exit 2
fi
cat "$out"
exit $status
