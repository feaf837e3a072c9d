#!/bin/sh
# Seeds the fuzz corpus with every campaign file the project has: the
# fixtures, the bundled campaign and the starter. Run from anywhere; the
# corpus (fuzz/corpus/) is not committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mkdir -p "$here/corpus/load"
find "$root/tests/fixtures" -type f -name '*.toml' | while read -r f; do
    rel=${f#"$root/tests/fixtures/"}
    cp "$f" "$here/corpus/load/$(echo "$rel" | tr / _)"
done
cp "$root/campaign.toml" "$here/corpus/load/campaign.toml"
cp "$root/assets/starter.toml" "$here/corpus/load/starter.toml"
echo "seeded $(ls "$here/corpus/load" | wc -l) files into $here/corpus/load"
