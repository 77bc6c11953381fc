#!/usr/bin/env bash
# Makes sure Debian's chromium and a Chinese font are installed (as root, with apt-get); otherwise
# says in one line what to install. Without a Chinese font, Chromium prints 中文 pages as empty boxes.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  missing+=(fonts-wqy-microhei)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The browser tests and the benchmark need: sudo apt-get install ${missing[*]} (bash scripts/test.sh --no-browser runs the other tests without them)" >&2
  exit 1
fi
