#!/usr/bin/env bash
# Before the browser tests: install Debian's chromium when it is missing and we may (root with
# apt-get). Never fails: where it cannot be installed the tests skip and print why.
set -u
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
  echo "test:browser: $CHROMIUM missing; installing Debian's chromium (apt-get install -y chromium)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > /tmp/test-browser-apt.log 2>&1 \
    || echo "test:browser: apt-get could not install chromium (see /tmp/test-browser-apt.log); the browser tests will be skipped"
else
  echo "test:browser: $CHROMIUM missing and not installable here (needs root and apt-get); the browser tests will be skipped"
fi
exit 0
