#!/usr/bin/env bash
# The Firefox browser test uses Debian's firefox-esr (puppeteer drives it over WebDriver BiDi).
# Install it when it is missing and we may (root); otherwise say what to do.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-firefox: installing Debian's firefox-esr (not found at $FIREFOX)…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null; }
  exit 0
fi
echo "ensure-firefox: $FIREFOX not found. Install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH." >&2
exit 1
