#!/bin/sh
# The browser tests drive Debian's Chromium through Debian's chromedriver. `mvn verify`
# runs this first, so a fresh Debian machine needs nothing installed by hand.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
else
    echo "The browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver" >&2
    exit 1
fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
