#!/usr/bin/env bash
# Fetch the toponym-resolution gold sets for bench/geo_eval.py (LGL, TR-News:
# Gritta et al. 2019, GPL-3.0) into a folder OUTSIDE the repository, then run
# `DOSSIER_GEO_GOLD=<folder> make bench-geo_eval`. Needs network access to GitHub.
set -euo pipefail
dest=${1:-../geo-gold}
repo=https://github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation
commit=6947d46
if [ ! -d "$dest/.git" ]; then
    git clone --quiet --filter=blob:none "$repo" "$dest"
fi
git -C "$dest" checkout --quiet "$commit" -- data/Corpora/lgl.xml data/Corpora/TR-News.xml
echo "export DOSSIER_GEO_GOLD=$(cd "$dest" && pwd)"
