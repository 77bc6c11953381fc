#!/usr/bin/env bash
# Runs every test: sets up .venv from the pinned files, makes sure Debian's chromium is there, runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium: run 'sudo apt-get install chromium', then try again." >&2
    exit 1
  fi
fi
bash scripts/setup-venv.sh requirements-dev.txt
exec .venv/bin/python -m pytest "$@"
