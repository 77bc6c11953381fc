#!/usr/bin/env bash
# Builds the site (strict) and serves it, both languages, on http://127.0.0.1:$PORT/ (PORT=8000
# unless set). A port that is not a number or already taken stops it at once, before the build.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
if ! [[ "$PORT" =~ ^[0-9]{1,5}$ ]] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then
  echo "PORT must be a number from 1 to 65535, not '$PORT'" >&2
  exit 2
fi
# Bind as http.server will (SO_REUSEADDR), so a port that only lingers in TIME_WAIT counts as free.
if ! python3 -c 'import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))' "$PORT" 2>/dev/null; then
  echo "Port $PORT on 127.0.0.1 is taken (or not allowed): choose another, e.g. PORT=8001 bash scripts/serve.sh" >&2
  exit 1
fi
bash scripts/setup-venv.sh requirements.txt
export SITE_URL="${SITE_URL:-http://127.0.0.1:$PORT/}"
.venv/bin/mkdocs build --strict
echo "Serving on http://127.0.0.1:$PORT/ (中文) and http://127.0.0.1:$PORT/en/ (English); Ctrl-C stops."
exec .venv/bin/python -m http.server "$PORT" --bind 127.0.0.1 --directory site
