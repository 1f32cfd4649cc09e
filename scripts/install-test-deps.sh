#!/usr/bin/env bash
# System packages the test suite needs beyond pip: Debian's chromium for the
# Playwright browser tests (tests/test_ui_browser.py). Playwright's own browser
# download (`playwright install`) is never used: it fetches from a CDN that CI
# cannot reach, while Debian's package comes from the package registry.
# postgresql: the server binaries (initdb, pg_ctl) the store tests start a
# throw-away cluster with (tests/conftest.py); the service itself is not used.
set -euo pipefail

have_postgres() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

# poppler-utils: pdftotext/pdftoppm check the brief's PDF (tests/test_brief.py)
# libpango: WeasyPrint renders the brief's PDF with it (dossier/query/brief.py)
if [ -x /usr/bin/chromium ] && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null \
    && ldconfig -p | grep -q libpangoft2-1.0 && have_postgres; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
if ! command -v apt-get >/dev/null; then
    echo "install-test-deps: no apt-get; browser and PostgreSQL tests may be skipped" >&2
    exit 0
fi
echo "install-test-deps: installing chromium, poppler-utils, pango and postgresql with apt-get" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core poppler-utils libpango-1.0-0 libpangoft2-1.0-0 postgresql >/dev/null
/usr/bin/chromium --version >&2
