#!/usr/bin/env bash
# Installs Debian's chromium when it is missing (as root); otherwise says in one line what to install.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser tests and the benchmark need Debian's chromium: run 'sudo apt-get install chromium', then try again." >&2
  exit 1
fi
