#!/usr/bin/env bash
# CI: `sharedresp` is packable as a .NET tool, installs from the package with `dotnet tool install`, and the
# installed command runs: help, a scan of the secure sample (clean at info level) and a map of the samples.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
VERSION="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$REPO/Directory.Build.props" | head -n 1)"

echo "== tool: dotnet pack src/SharedResp.Cli"
dotnet pack "$REPO/src/SharedResp.Cli/SharedResp.Cli.csproj" -c Release -o "$WORK/feed" --disable-build-servers >"$WORK/pack.log" 2>&1 \
  || { cat "$WORK/pack.log"; echo "tool: dotnet pack failed"; exit 1; }
[[ -f "$WORK/feed/SharedResp.Cli.$VERSION.nupkg" ]] || { ls "$WORK/feed"; echo "tool: no SharedResp.Cli.$VERSION.nupkg"; exit 1; }

echo "== tool: dotnet tool install SharedResp.Cli $VERSION (from the local package, into an empty packages folder)"
# An empty packages folder of this run's own: the installed tool is the package just packed, never a cached copy.
NUGET_PACKAGES="$WORK/packages" dotnet tool install SharedResp.Cli --version "$VERSION" --tool-path "$WORK/tools" \
  --add-source "$WORK/feed" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; echo "tool: install failed"; exit 1; }
SHAREDRESP="$WORK/tools/sharedresp"

"$SHAREDRESP" --help | grep -q "Usage: sharedresp" || { echo "tool: 'sharedresp --help' printed no usage"; exit 1; }
"$SHAREDRESP" "$REPO/samples/SecureApp/SecureApp.csproj" --fail-on info \
  || { echo "tool: the installed sharedresp did not scan SecureApp clean"; exit 1; }
"$SHAREDRESP" map "$REPO/samples/Samples.sln" --no-restore --markdown "$WORK/map.md" \
  || { echo "tool: the installed sharedresp map failed"; exit 1; }
grep -q "Amazon S3" "$WORK/map.md" || { echo "tool: the map names no Amazon S3"; exit 1; }
echo "tool: PASSED (packed, installed, scanned, mapped)"
