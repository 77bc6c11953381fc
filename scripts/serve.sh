#!/usr/bin/env bash
# Builds the site (strict) and serves it, both languages, on http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh requirements.txt
export SITE_URL="${SITE_URL:-http://127.0.0.1:8000/}"
.venv/bin/mkdocs build --strict
echo "Serving on http://127.0.0.1:8000/ (中文) and http://127.0.0.1:8000/en/ (English); Ctrl-C stops."
exec .venv/bin/python -m http.server 8000 --bind 127.0.0.1 --directory site
