#!/usr/bin/env bash
# Installs Debian's Chromium for looking at the HTML report headless. Not needed by `mvn verify`.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  chromium --version
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
chromium --version
