#!/usr/bin/env bash
# Installs the Debian packages the project needs at run/test time when they are missing:
#   fonts-wqy-microhei — the CJK font the portal simulator draws its national HNTE PDFs with (and Chromium draws
#                        the dashboard's Chinese with in the browser tests);
#   chromium           — the browser tests/Browser.Tests drives through Playwright (/usr/bin/chromium).
# Needs root or sudo to install; otherwise names what is missing and how to install it.
set -euo pipefail

packages=(fonts-wqy-microhei chromium)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  runner=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  runner=(sudo -n)
else
  echo "ensure-system-packages: missing ${missing[*]}; install as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "ensure-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Once, before the first install: a fresh machine's package lists do not know chromium's current version.
"${runner[@]}" apt-get update -qq
"${runner[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
