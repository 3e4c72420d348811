#!/usr/bin/env bash
# System packages the tests need, from Debian's archive: docker-compose (to validate docker-compose.yml),
# chromium (the dashboard's browser tests) and a CJK font (so its screenshots show Chinese, not boxes);
# Tesseract with its simplified-Chinese model (OCR of scanned PDF pages) and LibreOffice Writer (.doc/.wps).
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail
want=()
command -v docker-compose >/dev/null 2>&1 || want+=(docker-compose)
[ -x /usr/bin/chromium ] || want+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || want+=(fonts-wqy-microhei)
command -v tesseract >/dev/null 2>&1 || want+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || want+=(tesseract-ocr-chi-sim)
command -v soffice >/dev/null 2>&1 || want+=(libreoffice-writer-nogui)
[ ${#want[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "missing system packages: ${want[*]}; install them with: apt-get install ${want[*]}" >&2
    exit 1
  fi
fi
echo "installing system packages: ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
