#!/usr/bin/env bash
# Creates .venv from the pinned requirements file given as $1; pip skips what is already there.
# Repairs itself: a .venv without a working pip (what a failed `python3 -m venv` leaves behind) is
# rebuilt. A Python without its venv module (Debian's python3.X-venv) gets it from apt-get as
# root, as scripts/ensure-browser.sh does for chromium; otherwise one line says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ]; then
  echo "usage: bash scripts/setup-venv.sh REQUIREMENTS_FILE" >&2
  exit 2
fi
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "This project needs Python 3.11 or later as python3: sudo apt-get install python3" >&2
  exit 1
fi

if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    package="python3.$(python3 -c 'import sys; print(sys.version_info[1])')-venv"
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "Installing $package (Python's venv module) with apt-get" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    else
      echo "Python's venv module is missing: sudo apt-get install $package (then run this again)" >&2
      exit 1
    fi
  fi
  if [ -e .venv ] || [ -L .venv ]; then
    echo "Rebuilding .venv: it has no working pip (a set-up that stopped halfway)" >&2
    rm -rf .venv
  fi
  if ! python3 -m venv .venv; then
    rm -rf .venv
    echo "python3 -m venv .venv failed (see above); nothing is left half-made, so run this again once that is fixed" >&2
    exit 1
  fi
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
