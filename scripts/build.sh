#!/usr/bin/env bash
# Builds the site to publish: site/, both languages, `mkdocs build --strict`. Needs SITE_URL, the
# address the site will be served from (the sitemap, canonical links and language menu use it).
# Sets up .venv from requirements.txt first, so it works from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SITE_URL:-}" ]; then
  echo "Set SITE_URL to the address the site will be served from, e.g. SITE_URL=https://example.org/ bash scripts/build.sh" >&2
  exit 2
fi
bash scripts/setup-venv.sh requirements.txt
exec .venv/bin/mkdocs build --strict "$@"
