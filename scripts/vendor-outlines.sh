#!/usr/bin/env bash
# Country outlines for the map's offline base layer: Natural Earth 1:110m
# countries as TopoJSON, from the npm registry package world-atlas 2.0.2
# (ISC licence, by Mike Bostock; the data is Natural Earth, public domain).
# The tarball's SHA-1 is checked against the registry's published shasum, then
# one file is kept under dossier/web/static/vendor/ (git-ignored). Without npm
# the map is still drawn, without outlines, and says so.
set -euo pipefail
dest=dossier/web/static/vendor/countries-110m.json
version=2.0.2
shasum=4bca4a578f3a413bd409c3f07f2054fe7375824f
[ -s "$dest" ] && exit 0
if ! command -v npm >/dev/null; then
    echo "vendor-outlines: npm not found; the map will have no country outlines" >&2
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$version" >/dev/null 2>&1)
tarball="$tmp/world-atlas-$version.tgz"
if [ "$(sha1sum "$tarball" | cut -d' ' -f1)" != "$shasum" ]; then
    echo "vendor-outlines: world-atlas-$version.tgz does not match its published shasum" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$tmp" package/countries-110m.json package/LICENSE
mkdir -p "$(dirname "$dest")"
cp "$tmp/package/LICENSE" "$(dirname "$dest")/world-atlas-LICENSE"
cp "$tmp/package/countries-110m.json" "$dest"
echo "vendor-outlines: $dest (world-atlas $version)" >&2
