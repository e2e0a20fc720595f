#!/usr/bin/env bash
# Analysis modes in real builds: tests/ModeFixtures/ModesApp is copied out of the repository, given the packed
# SharedResp.Analyzers with `dotnet add package`, restored once, and built (--no-restore, on the same obj/, as a
# user switching modes does) once per build named in its expected-findings.txt:
#   - each mode via -p:SharedRespAnalysisMode (in varied case), a value that is no mode (an MSBuild warning naming the
#     property and the valid values, then Default), and All with the user's own .editorconfig and .globalconfig;
#   - each build writes the compiler's SARIF log (-p:ErrorLog=...,version=2.1, which holds Info findings and their
#     levels too); its (rule, level) pairs must be exactly the ones expected-findings.txt lists for that build.
# Called by .ci/e2e.sh with SHAREDRESP_FEED (the feed it packed into) and NUGET_PACKAGES set; on its own it packs
# the package first (.ci/package-feed.sh). KEEP_MODES_DIR=1 keeps the work folder.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIXTURE="$REPO/tests/ModeFixtures/ModesApp"
EXPECTED_FILE="$FIXTURE/expected-findings.txt"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sharedresp-modes.XXXXXX")"
cleanup() {
  if [[ "${KEEP_MODES_DIR:-0}" == "1" ]]; then echo "modes: work folder kept at $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

FAILURES=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
abort() { echo "FAIL: $*"; echo "modes: FAILED (aborted)"; exit 1; }
show_log() { echo "--- last lines of $1 ---"; tail -n "${2:-30}" "$1" | sed 's/^/    /'; echo "---"; }

# shellcheck source=package-feed.sh
source "$REPO/.ci/package-feed.sh"
if [[ -n "${SHAREDRESP_FEED:-}" ]]; then
  FEED="$SHAREDRESP_FEED"   # packed by the caller, restored into the caller's NUGET_PACKAGES
else
  echo "== modes: pack $PACKAGE_ID $PACKAGE_VERSION into a local feed"
  feed_isolate_packages
  feed_pack Release "$WORK/pack.log" || { show_log "$WORK/pack.log"; abort "dotnet pack failed"; }
fi

APPS="$WORK/apps"
APP="$APPS/ModesApp"
PROJ="$APP/ModesApp.csproj"
feed_user_folder "$APPS"
mkdir -p "$APP"
cp "$FIXTURE"/*.cs "$FIXTURE"/*.csproj "$APP/"

echo "== modes: dotnet add package $PACKAGE_ID $PACKAGE_VERSION (restores once)"
if ! dotnet add "$PROJ" package "$PACKAGE_ID" --version "$PACKAGE_VERSION" >"$WORK/add.log" 2>&1; then
  show_log "$WORK/add.log"
  abort "dotnet add package failed"
fi

# The (rule, level) pairs of a SARIF 2.1 log, one "SRxxxx level" line each, sorted (a missing level means warning).
sarif_findings() {
  python3 - "$1" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
pairs = [f"{r['ruleId']} {r.get('level', 'warning')}" for run in log.get("runs", []) for r in run.get("results", [])
         if r.get("ruleId", "").startswith("SR") and not r.get("suppressions")]
print("\n".join(sorted(pairs)))
PY
}

# The expected "SRxxxx level" lines of one build.
expected_findings() {
  awk -v build="$1" '$1 == build && $2 != "-" { print $2 " " $3 }' "$EXPECTED_FILE" | sort
}

# build NAME MODE-VALUE: build with -p:SharedRespAnalysisMode=MODE-VALUE and compare the SARIF log to NAME's lines.
build() {
  local name="$1" value="$2" log="$WORK/$1.build.log" sarif="$WORK/$1.sarif"
  echo "== modes: $name (-p:SharedRespAnalysisMode=$value)"
  if ! dotnet build "$PROJ" --no-restore --disable-build-servers -c Debug \
      "-p:SharedRespAnalysisMode=$value" "-p:ErrorLog=$sarif%2Cversion=2.1" >"$log" 2>&1; then
    show_log "$log"
    fail "$name: the build failed"
    return
  fi
  if grep -qE "(warning|error) (AD0001|CS8032|CS8033|CS9057)" "$log"; then
    grep -E "(warning|error) (AD0001|CS8032|CS8033|CS9057)" "$log" | sort -u | head -n 5 | sed 's/^/    /'
    fail "$name: the analyzers failed to load or threw"
  fi
  if [[ ! -f "$sarif" ]]; then
    fail "$name: no SARIF log at $sarif"
    return
  fi
  local expected actual
  expected="$(expected_findings "$name")"
  actual="$(sarif_findings "$sarif")"
  if [[ "$expected" == "$actual" ]]; then
    pass "$name: $(grep -c . <<<"$actual" || true) findings, exactly the expected rules and levels"
  else
    fail "$name: the findings differ from $(basename "$EXPECTED_FILE") (< expected, > reported)"
    diff <(echo "$expected") <(echo "$actual") | sed 's/^/    /' || true
  fi
}

# Every build the data file names must be run below, and the other way round.
NAMED="$(awk '!/^#/ && NF { print $1 }' "$EXPECTED_FILE" | sort -u | tr '\n' ' ')"
RUN="All Default None Recommended override unknown "
[[ "$NAMED" == "$RUN" ]] || abort "$(basename "$EXPECTED_FILE") names the builds '$NAMED', this script runs '$RUN'"

# Varied case: the property is case-insensitive. Built in this order on one obj/: each change of mode must recompile.
build Default ""
build None none
build Recommended RECOMMENDED
build All All
build unknown Strict
if grep -qE "warning SRMODE001: SharedRespAnalysisMode has the unknown value 'Strict'\. The valid values are None, Default, Recommended and All" "$WORK/unknown.build.log"; then
  pass "unknown: MSBuild warning SRMODE001 names the property, the value and the valid values"
else
  fail "unknown: no SRMODE001 warning naming SharedRespAnalysisMode and the valid values"
fi

# The user's own settings, next to the project, beat the mode.
cat >"$APP/.editorconfig" <<'EOF'
root = true

[*.cs]
dotnet_diagnostic.SR1001.severity = none
EOF
cat >"$APP/.globalconfig" <<'EOF'
is_global = true
dotnet_diagnostic.SR3008.severity = suggestion
EOF
build override All

echo
if [[ "$FAILURES" -eq 0 ]]; then
  echo "modes: PASSED"
else
  echo "modes: FAILED ($FAILURES checks failed)"
  exit 1
fi
