#!/usr/bin/env bash
# Runs every test: sets up .venv from the pinned files, makes sure Debian's chromium and a Chinese font are there,
# lints the Python (ruff, settings in pyproject.toml; a lint error stops the run), runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
bash scripts/setup-venv.sh requirements-dev.txt
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
