#!/usr/bin/env bash
# Install the Debian packages the tests need and a fresh machine may lack:
# PostgreSQL (scripts/postgres.sh starts it), poppler-utils (PDF text and page images),
# Chromium (browser tests), the Pango libraries WeasyPrint draws PDFs with, and hunspell with
# its Indonesian dictionary (the spelling check of `sakip check`).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
needed=()
command -v pdftotext >/dev/null || needed+=(poppler-utils)
command -v chromium >/dev/null || needed+=(chromium)
command -v chromedriver >/dev/null || needed+=(chromium-driver)
ldconfig -p | grep -q libpango-1.0 || needed+=(libpango-1.0-0 libpangoft2-1.0-0)
fc-list | grep -qi dejavu || needed+=(fonts-dejavu-core)
fc-list | grep -qi liberation || needed+=(fonts-liberation)
command -v hunspell >/dev/null || needed+=(hunspell)
[ -f /usr/share/hunspell/id_ID.dic ] || needed+=(hunspell-id)
if [ ${#needed[@]} -gt 0 ]; then
    echo "Installing: ${needed[*]}" >&2
    apt-get update -qq >&2
    apt-get install -y -qq "${needed[@]}" >&2
fi
