#!/usr/bin/env bash
# Renders an xlsx report as the bureau would print it: LibreOffice converts it to PDF, pdftoppm turns each printed
# page into a PNG (80 dpi), so the pages can be looked at before the report goes upward.
#   scripts/render-report.sh <report.xlsx> <out-dir>
# Installs libreoffice-calc and poppler-utils when missing (root or sudo); prints the PDF path and the page count.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  sed -n '2,5p' "$0" >&2
  exit 2
fi
xlsx=$1
out=$2
[[ -f "$xlsx" ]] || { echo "render-report: no such file: $xlsx" >&2; exit 2; }

packages=(libreoffice-calc poppler-utils)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    runner=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    runner=(sudo -n)
  else
    echo "render-report: missing ${missing[*]}; install as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "render-report: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${runner[@]}" apt-get update -qq
  "${runner[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$out"
name=$(basename "${xlsx%.*}")
# A private profile: a LibreOffice already open on the machine would otherwise take the conversion and exit at once.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdf="$out/$name.pdf"
[[ -f "$pdf" ]] || { echo "render-report: LibreOffice wrote no PDF for $xlsx" >&2; exit 1; }
rm -f "$out/$name"-*.png
pdftoppm -png -r 80 "$pdf" "$out/$name"
pages=$(find "$out" -maxdepth 1 -name "$name-*.png" | wc -l)
echo "render-report: $pdf, $pages page(s) as $out/$name-*.png"
