#!/usr/bin/env bash
# Prints the performance benchmark as a Markdown table: build time, page weight beside plain
# Material, recompute times (scripts/benchmark.py). Sets up .venv as scripts/test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
bash scripts/setup-venv.sh requirements-dev.txt
exec .venv/bin/python scripts/benchmark.py "$@"
