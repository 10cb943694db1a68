#!/usr/bin/env bash
# Before npm test: install Debian's python3-magnumclient (for /usr/bin/python3) when it is missing
# and we may (root with apt-get), so the python-magnumclient life cycle against the NKS fake runs.
# Never fails: where it cannot be installed that test is skipped and says why.
set -u
# Present? (found without importing it: the import costs 0.7 s on every npm test; the test itself imports it)
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('magnumclient.client') else 1)" > /dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
  echo "pretest: python3-magnumclient missing; installing it with apt-get (Debian's OpenStack client)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-magnumclient) > /tmp/pretest-apt.log 2>&1 \
    || echo "pretest: apt-get could not install python3-magnumclient (see /tmp/pretest-apt.log); its test will be skipped"
else
  echo "pretest: python3-magnumclient missing and not installable here (needs root and apt-get); its test will be skipped"
fi
exit 0
