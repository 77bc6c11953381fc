#!/usr/bin/env bash
# Runs every test: sets up .venv from the pinned files, makes sure Debian's chromium and a Chinese
# font are there (installs them as root), lints the Python (ruff, settings in pyproject.toml; a lint
# error stops the run), runs pytest with the arguments given.
# `--no-browser` first: only the tests that need no browser (rules, vectors, build, pages), and
# Chromium is neither needed nor installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh requirements-dev.txt
.venv/bin/ruff check .
if [ "${1:-}" = "--no-browser" ]; then
  shift
  exec .venv/bin/python -m pytest -m "not browser" "$@"
fi
bash scripts/ensure-browser.sh
exec .venv/bin/python -m pytest "$@"
