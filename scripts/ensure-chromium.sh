#!/usr/bin/env bash
# Browser tests and `npm start` use Debian's Chromium (a browser download cannot work on these
# machines). Install it when it is missing and we may (root); otherwise say what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Screenshots of the (Chinese) platform need a CJK font; it is small and only installed where we may.
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null && ! fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk'; then
  apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1; } || echo "ensure-chromium: no CJK font (screenshots will show boxes)"
fi
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium (not found at $CHROMIUM)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: $CHROMIUM not found. Install Chromium (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
