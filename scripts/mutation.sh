#!/usr/bin/env bash
# Mutation check of the calculator rules (finance.py with mutmut, finance.js with the mutations
# of scripts/mutation_js.py): prints each mutant no test caught, then `survived: N`.
# Not part of CI: about 20 minutes on 2 cores (more when busy). Options: --python-only, --js-only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
bash scripts/setup-venv.sh requirements-dev.txt
exec .venv/bin/python scripts/mutation.py "$@"
