#!/usr/bin/env bash
# Legacy binary copies of the bundled samples, as Excel 97–2003 would save them: LibreOffice
# (Debian's libreoffice-calc-nogui) converts each assets/samples/*.xlsx with its "MS Excel 97"
# filter into test/fixtures/legacy/*.xls. The .et fixture is the .xls under WPS's name: WPS saves
# .et as the same BIFF8 compound file (or, in newer versions, as an .xlsx zip), and the reader
# goes by content, not by name. The outputs are committed; rerun after changing the samples.
set -euo pipefail
cd "$(dirname "$0")/.."
soffice=$(command -v soffice || echo /usr/lib/libreoffice/program/soffice)
out=test/fixtures/legacy
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$soffice" --headless -env:UserInstallation=file://"$tmp"/profile --convert-to xls --outdir "$out" assets/samples/*.xlsx
cp "$out/gaoxin-forms.xls" "$out/gaoxin-forms.et"
