#!/usr/bin/env bash
# Prints the performance benchmark as a Markdown table: build time, page weight beside plain
# Material, recompute times (scripts/benchmark.py). Sets up .venv as scripts/test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The benchmark needs Debian's chromium: run 'sudo apt-get install chromium', then try again." >&2
    exit 1
  fi
fi
bash scripts/setup-venv.sh requirements-dev.txt
exec .venv/bin/python scripts/benchmark.py "$@"
