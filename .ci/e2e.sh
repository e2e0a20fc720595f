#!/usr/bin/env bash
# End-to-end check, as a user would meet the analyzers:
#   1. pack SharedResp.Analyzers into a local feed and check the package layout;
#   2. copy samples/InsecureCdkApp and samples/InsecureSdkApp out of the repository and
#      `dotnet add package SharedResp.Analyzers` to them from that feed;
#   3. `dotnet build -warnaserror` must fail with exactly the SR diagnostics the samples annotate with
#      `// SRxxxx` comments (several IDs in one comment when a line has several findings);
#   4. `dotnet format analyzers --diagnostics <the annotated rules> --severity info` must apply the fixes;
#   5. the rebuild must compile, and the only SR diagnostics left must be the lines annotated
#      "(no automatic fix)": the S3Grantee URI and GrantRead header grants (SR3001) and the
#      DeletePublicAccessBlockAsync call (SR3002);
#   6. the analysis modes: .ci/modes.sh, with the same feed.
# Environment: KEEP_E2E_DIR=1 keeps the work folder (logs, feed, apps; the package is still removed from the
# global packages folder at the end, so rebuild the kept apps without --no-restore); E2E_CONFIGURATION (default Release).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION="${E2E_CONFIGURATION:-Release}"
SAMPLES=(InsecureCdkApp InsecureSdkApp)

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sharedresp-e2e.XXXXXX")"
APPS="$WORK/apps"
FAILURES=0

# The package, its local feed and this run's own packages folder (NUGET_PACKAGES): .ci/package-feed.sh.
# shellcheck source=package-feed.sh
source "$REPO/.ci/package-feed.sh"
feed_isolate_packages

cleanup() {
  if [[ "${KEEP_E2E_DIR:-0}" == "1" ]]; then
    echo "e2e: work folder kept at $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

step() { echo; echo "=== e2e: $* ==="; }
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
# Stops the run: later steps make no sense after this failure.
abort() {
  echo "FAIL: $*"
  echo "e2e: FAILED (aborted)"
  exit 1
}
# expect_same_sr EXPECTED ACTUAL PASS-MESSAGE FAIL-MESSAGE: compare two sorted lists of "file:line SRxxxx".
expect_same_sr() {
  if [[ "$1" == "$2" ]]; then
    pass "$3"
  else
    fail "$4"
    diff <(echo "$1") <(echo "$2") | sed 's/^/    /' || true
  fi
}
show_log() { echo "--- last lines of $1 ---"; tail -n "${2:-40}" "$1" | sed 's/^/    /'; echo "---"; }

# "<file>:<line> <rule>" for every SR diagnostic in a build log, files relative to the app folder, deduplicated.
sr_diagnostics() {
  grep -oE "[^ ]+\.cs\([0-9]+,[0-9]+\): (warning|error) SR[0-9]{4}" "$1" \
    | sed -E "s#^$APPS/##; s#\(([0-9]+),[0-9]+\): (warning|error) (SR[0-9]{4})#:\1 \3#" \
    | sort -u || true
}

# "<file>:<line> <rule>" for every `// SRxxxx` annotation in a sample's sources; $2 filters the comment text.
# A comment may name several rules: `// SR1001 SR3003` (each ID after the `//` counts once per line).
sr_annotations() {
  local dir="$1" filter="${2:-}"
  (cd "$APPS" && grep -rnE "// SR[0-9]{4}.*${filter}" --include='*.cs' "$dir" || true) \
    | awk -F: '{ file = $1; line = $2; text = $0; sub(/^[^:]*:[^:]*:/, "", text); comment = substr(text, index(text, "//"));
                 while (match(comment, /SR[0-9][0-9][0-9][0-9]/)) { print file ":" line " " substr(comment, RSTART, RLENGTH); comment = substr(comment, RSTART + RLENGTH) } }' \
    | sort -u
}

# The rule IDs a sample annotates (what its build must name and what dotnet format is asked to fix).
sr_rules() {
  sr_annotations "$1" | awk '{ print $2 }' | sort -u | tr '\n' ' '
}

list_zip() {
  if command -v unzip >/dev/null 2>&1; then
    unzip -Z1 "$1"
  else
    python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"
  fi
}

read_zip_entry() {
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$1" "$2"
  else
    python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8-sig"))' "$1" "$2"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
step "pack $PACKAGE_ID $PACKAGE_VERSION into a local feed"
mkdir -p "$FEED" "$APPS"
if ! feed_pack "$CONFIGURATION" "$WORK/pack.log"; then
  show_log "$WORK/pack.log"
  abort "dotnet pack failed"
fi
NUPKG="$FEED/$PACKAGE_ID.$PACKAGE_VERSION.nupkg"
[[ -f "$NUPKG" ]] || { ls -l "$FEED"; abort "$NUPKG was not produced"; }
pass "packed $(basename "$NUPKG")"

ENTRIES="$(list_zip "$NUPKG")"
for expected in "analyzers/dotnet/cs/SharedResp.Analyzers.dll" "analyzers/dotnet/cs/SharedResp.Analyzers.CodeFixes.dll" "README.md" "LICENSE" "$PACKAGE_ID.nuspec" \
    "buildTransitive/$PACKAGE_ID.props" "buildTransitive/$PACKAGE_ID.targets" "build/$PACKAGE_ID.props" "build/$PACKAGE_ID.targets" \
    "buildTransitive/config/$PACKAGE_ID.Mode.None.globalconfig" "buildTransitive/config/$PACKAGE_ID.Mode.Default.globalconfig" \
    "buildTransitive/config/$PACKAGE_ID.Mode.Recommended.globalconfig" "buildTransitive/config/$PACKAGE_ID.Mode.All.globalconfig"; do
  if grep -qxF "$expected" <<<"$ENTRIES"; then pass "package contains $expected"; else fail "package lacks $expected"; fi
done
if grep -qE '^(lib|ref)/' <<<"$ENTRIES"; then fail "package has lib/ or ref/ assets: $(grep -E '^(lib|ref)/' <<<"$ENTRIES" | tr '\n' ' ')"; else pass "package has no lib/ or ref/ assets"; fi
NUSPEC="$(read_zip_entry "$NUPKG" "$PACKAGE_ID.nuspec")"
if grep -q "<dependenc" <<<"$NUSPEC"; then fail "the nuspec declares NuGet dependencies"; else pass "the nuspec declares no NuGet dependencies"; fi
if grep -q "<developmentDependency>true</developmentDependency>" <<<"$NUSPEC"; then pass "developmentDependency=true"; else fail "the nuspec lacks developmentDependency=true"; fi

# ---------------------------------------------------------------------------------------------------------------
step "copy the insecure samples out of the repository and add the package"
feed_user_folder "$APPS"
clear_cached_package

for sample in "${SAMPLES[@]}"; do
  mkdir -p "$APPS/$sample"
  (cd "$REPO/samples/$sample" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$APPS/$sample" && tar -xf -)
  # As a user does it: dotnet add package (it restores, from the local feed for this package).
  if ! dotnet add "$APPS/$sample/$sample.csproj" package "$PACKAGE_ID" --version "$PACKAGE_VERSION" >"$WORK/$sample.add.log" 2>&1; then
    show_log "$WORK/$sample.add.log"
    abort "$sample: dotnet add package $PACKAGE_ID $PACKAGE_VERSION failed"
  fi
  METADATA="$GLOBAL_PACKAGES/$(echo "$PACKAGE_ID" | tr '[:upper:]' '[:lower:]')/$PACKAGE_VERSION/.nupkg.metadata"
  if grep -q "\"$PACKAGE_ID/$PACKAGE_VERSION\"" "$APPS/$sample/obj/project.assets.json" && grep -qF "$FEED" "$METADATA" 2>/dev/null; then
    pass "$sample: references $PACKAGE_ID $PACKAGE_VERSION, restored from the local feed"
  else
    abort "$sample: $PACKAGE_ID $PACKAGE_VERSION was not restored from the local feed ($METADATA)"
  fi
  # The pristine copy (with the package reference) is the baseline for the diff after the fixes.
  (cd "$APPS/$sample" && tar --exclude=./bin --exclude=./obj -cf - .) | (mkdir -p "$WORK/$sample.orig" && cd "$WORK/$sample.orig" && tar -xf -)
done

# ---------------------------------------------------------------------------------------------------------------
for sample in "${SAMPLES[@]}"; do
  PROJ="$APPS/$sample/$sample.csproj"

  RULES="$(sr_rules "$sample")"
  step "$sample: dotnet build -warnaserror must fail on $RULES"
  BUILD1="$WORK/$sample.build1.log"
  if dotnet build "$PROJ" --no-restore --disable-build-servers -warnaserror -c Debug >"$BUILD1" 2>&1; then
    show_log "$BUILD1"
    fail "$sample: dotnet build -warnaserror succeeded; it must fail on the SR diagnostics"
  else
    pass "$sample: dotnet build -warnaserror failed as expected"
  fi
  for rule in $RULES; do
    if grep -qE "error $rule:" "$BUILD1"; then pass "$sample: the build names $rule"; else fail "$sample: the build does not name $rule"; fi
  done
  if grep -qE "error CS[0-9]+" "$BUILD1"; then
    grep -E "error CS[0-9]+" "$BUILD1" | sort -u | head -n 20 | sed 's/^/    /'
    fail "$sample: the original sample does not compile"
  fi
  if grep -qE "(warning|error) (AD|RS|CS8032|CS8033)[0-9]*" "$BUILD1"; then
    grep -E "(warning|error) (AD|RS|CS8032|CS8033)[0-9]*" "$BUILD1" | sort -u | head -n 10 | sed 's/^/    /'
    fail "$sample: the analyzers failed to load or threw"
  fi
  EXPECTED_ALL="$(sr_annotations "$sample")"
  ACTUAL_ALL="$(sr_diagnostics "$BUILD1")"
  expect_same_sr "$EXPECTED_ALL" "$ACTUAL_ALL" \
    "$sample: the $(grep -c . <<<"$ACTUAL_ALL") SR diagnostics are exactly the annotated lines" \
    "$sample: the SR diagnostics differ from the // SRxxxx annotations (< annotated, > reported)"

  step "$sample: dotnet format analyzers --diagnostics $RULES--severity info"
  FORMAT="$WORK/$sample.format.log"
  if ! dotnet format analyzers "$PROJ" --diagnostics $RULES --severity info --no-restore -v diag >"$FORMAT" 2>&1; then
    show_log "$FORMAT"
    fail "$sample: dotnet format analyzers failed"
  fi
  if diff -ru -x bin -x obj "$WORK/$sample.orig" "$APPS/$sample" >"$WORK/$sample.fix.diff"; then
    show_log "$FORMAT"
    fail "$sample: dotnet format changed nothing"
  else
    pass "$sample: dotnet format applied fixes ($(grep -c '^[-+][^-+]' "$WORK/$sample.fix.diff") changed lines)"
    echo "--- the fixes (diff) ---"
    sed 's/^/    /' "$WORK/$sample.fix.diff"
    echo "---"
  fi

  step "$sample: rebuild after the fixes"
  BUILD2="$WORK/$sample.build2.log"
  if dotnet build "$PROJ" --no-restore --disable-build-servers -c Debug >"$BUILD2" 2>&1; then
    pass "$sample: the fixed code builds"
  else
    show_log "$BUILD2"
    fail "$sample: the fixed code does not build"
  fi
  if grep -qE "error CS[0-9]+" "$BUILD2"; then
    grep -E "error CS[0-9]+" "$BUILD2" | sort -u | sed 's/^/    /'
    fail "$sample: the fixes produced code that does not compile"
  else
    pass "$sample: no compiler error after the fixes"
  fi
  NEW_CS_WARNINGS="$(grep -oE "warning CS[0-9]+" "$BUILD2" | sort -u | tr '\n' ' ' || true)"
  if [[ -n "$NEW_CS_WARNINGS" ]]; then
    echo "note: $sample: compiler warnings after the fixes: $NEW_CS_WARNINGS"
  fi

  # What must be left: the annotated lines that have no automatic fix (found again in the fixed sources,
  # since the fixes move lines).
  EXPECTED_LEFT="$(sr_annotations "$sample" "no automatic fix")"
  ACTUAL_LEFT="$(sr_diagnostics "$BUILD2")"
  expect_same_sr "$EXPECTED_LEFT" "$ACTUAL_LEFT" \
    "$sample: the SR diagnostics left are exactly the $(grep -c . <<<"$EXPECTED_LEFT" || true) forms with no automatic fix" \
    "$sample: the SR diagnostics left after the fixes are not the expected ones (< expected, > reported)"

  step "$sample: a second dotnet format changes nothing"
  # (--verify-no-changes is no use here: it fails on the diagnostics that have no fix.)
  rm -rf "$WORK/$sample.fixed"
  (cd "$APPS/$sample" && tar --exclude=./bin --exclude=./obj -cf - .) | (mkdir -p "$WORK/$sample.fixed" && cd "$WORK/$sample.fixed" && tar -xf -)
  if ! dotnet format analyzers "$PROJ" --diagnostics $RULES --severity info --no-restore >"$WORK/$sample.format2.log" 2>&1; then
    show_log "$WORK/$sample.format2.log" 20
    fail "$sample: the second dotnet format analyzers failed"
  elif diff -ru -x bin -x obj "$WORK/$sample.fixed" "$APPS/$sample" >"$WORK/$sample.fix2.diff"; then
    pass "$sample: the fixes are idempotent"
  else
    sed 's/^/    /' "$WORK/$sample.fix2.diff"
    fail "$sample: a second dotnet format changed the code again"
  fi
done

# ---------------------------------------------------------------------------------------------------------------
step "the fixed code holds the secure settings"
CDK="$APPS/InsecureCdkApp/InsecureStorageStack.cs"
SDK="$APPS/InsecureSdkApp/InsecureStorage.cs"
expect_count() { # file, fixed string, expected count, description
  local n
  n="$(grep -cF -- "$2" "$1" || true)"
  if [[ "$n" == "$3" ]]; then pass "$4"; else fail "$4 (expected $3 × '$2' in $(basename "$1"), found $n)"; fi
}
expect_count "$CDK" "BucketAccessControl.PRIVATE" 2 "CDK: both BucketAccessControl.PUBLIC_READ became PRIVATE"
expect_count "$CDK" "BlockPublicAccess.BLOCK_ALL" 1 "CDK: BLOCK_ACLS became BLOCK_ALL"
expect_count "$CDK" 'AccessControl = "Private"' 1 'CDK: CfnBucket AccessControl became "Private"'
expect_count "$CDK" "PublicReadAccess" 0 "CDK: PublicReadAccess = true was removed"
expect_count "$CDK" "GrantPublicAccess" 0 "CDK: the GrantPublicAccess() call was removed"
expect_count "$CDK" "= false" 0 "CDK: no Block Public Access setting is false"
expect_count "$CDK" "IgnorePublicAcls = true" 2 "CDK: IgnorePublicAcls = true in both configurations"
expect_count "$CDK" "RestrictPublicBuckets = true" 2 "CDK: RestrictPublicBuckets = true in both configurations"
expect_count "$CDK" 'new Bucket(this, "Website"' 1 "CDK: the Website bucket is still there"
expect_count "$SDK" "S3CannedACL.Private" 3 "SDK: the three public canned ACLs became S3CannedACL.Private"
expect_count "$SDK" "= false" 0 "SDK: no Block Public Access setting is false"
for flag in BlockPublicAcls IgnorePublicAcls BlockPublicPolicy RestrictPublicBuckets; do
  expect_count "$SDK" "$flag = true" 1 "SDK: $flag = true in the PutPublicAccessBlock configuration"
done

# ---------------------------------------------------------------------------------------------------------------
step "analysis modes: .ci/modes.sh with this feed"
if SHAREDRESP_FEED="$FEED" bash "$REPO/.ci/modes.sh"; then
  pass "analysis modes (.ci/modes.sh)"
else
  fail "analysis modes (.ci/modes.sh)"
fi

echo
if [[ "$FAILURES" -eq 0 ]]; then
  echo "e2e: PASSED"
else
  echo "e2e: FAILED ($FAILURES checks failed)"
  exit 1
fi
