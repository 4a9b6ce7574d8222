#!/usr/bin/env bash
# System packages the test suite uses: Chromium (browser tests), CJK fonts (so screenshots show
# Chinese text), xmllint (manifest check), and for the annotated-copy fidelity suite LibreOffice
# (opens and recalculates copies) and Python's openpyxl and XlsxWriter (make its workbooks).
# Idempotent; skips what is already there. Needs root (CI runs as root).
# LibreOffice also makes test/fixtures/legacy (scripts/make-legacy-fixtures.sh); those tests read the
# committed fixtures and need no LibreOffice.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import xlsxwriter' >/dev/null 2>&1 || need+=(python3-xlsxwriter)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system: missing ${need[*]}; run as root or install them (tests needing them will skip)" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
