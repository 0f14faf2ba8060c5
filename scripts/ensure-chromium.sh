#!/usr/bin/env bash
# Browser tests drive Debian's Chromium at /usr/bin/chromium; Playwright cannot download browsers here.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket chromium)…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "Chromium ontbreekt op /usr/bin/chromium. Installeer het als root: apt-get update && apt-get install -y chromium" >&2
exit 1
