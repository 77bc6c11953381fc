#!/usr/bin/env bash
# Builds the offline bundle, both languages: dist/site-offline.zip (or the path given as $1).
# Unzip it and open site-offline/index.html from the file system: no server, no network.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh requirements.txt
exec .venv/bin/python offline/build.py "$@"
