#!/usr/bin/env bash
# Creates .venv from the pinned requirements file given as $1; pip skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
