# Sourced by .ci/e2e.sh and .ci/modes.sh: the locally packed SharedResp.Analyzers in a local feed, restored into a
# packages folder of this run's own. Needs REPO and WORK; sets PACKAGE_ID, PACKAGE_VERSION, FEED, GLOBAL_PACKAGES and
# exports NUGET_PACKAGES.
#
# The locally built package has the same id and version on every run: NuGet must never serve a stale copy, and
# two checkouts running this at once must not delete each other's copy. So the run restores into its own
# packages folder (NUGET_PACKAGES), seeded with hard links to the machine's global packages folder (fast, no
# download for what is already there) minus any SharedResp.Analyzers.
PACKAGE_ID="SharedResp.Analyzers"
PACKAGE_VERSION="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$REPO/Directory.Build.props" | head -n 1)"
PACKAGE_VERSION="${PACKAGE_VERSION:-0.1.0}"
FEED="$WORK/feed"
GLOBAL_PACKAGES="$WORK/nuget-packages"

feed_isolate_packages() {
  local machine_packages
  machine_packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p' | head -n 1)"
  machine_packages="${machine_packages%/}"
  mkdir -p "$GLOBAL_PACKAGES"
  if [[ -n "$machine_packages" && -d "$machine_packages" ]]; then
    cp -al "$machine_packages/." "$GLOBAL_PACKAGES/" 2>/dev/null || cp -a "$machine_packages/." "$GLOBAL_PACKAGES/" 2>/dev/null || true
  fi
  export NUGET_PACKAGES="$GLOBAL_PACKAGES"
  clear_cached_package
}

clear_cached_package() {
  local dir
  dir="$GLOBAL_PACKAGES/$(echo "$PACKAGE_ID" | tr '[:upper:]' '[:lower:]')"
  rm -rf "${dir:?}/$PACKAGE_VERSION"
  rmdir "$dir" 2>/dev/null || true
}

# feed_pack CONFIGURATION LOG: dotnet pack into $FEED; non-zero when it fails or produces no package.
feed_pack() {
  mkdir -p "$FEED"
  dotnet pack "$REPO/src/SharedResp.Analyzers.Package/SharedResp.Analyzers.Package.csproj" \
    -c "$1" -o "$FEED" --disable-build-servers >"$2" 2>&1 && [[ -f "$FEED/$PACKAGE_ID.$PACKAGE_VERSION.nupkg" ]]
}

# feed_user_folder DIR: a user's folder — nothing above it is imported (the chain stops here), and NuGet sees the
# local feed in addition to the sources configured for the machine (no <clear/>, so nuget.org still works).
feed_user_folder() {
  mkdir -p "$1"
  cat >"$1/Directory.Build.props" <<'PROPS'
<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
  </PropertyGroup>
</Project>
PROPS
  echo '<Project />' >"$1/Directory.Build.targets"
  cat >"$1/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="sharedresp-local" value="$FEED" />
  </packageSources>
</configuration>
CONFIG
}
