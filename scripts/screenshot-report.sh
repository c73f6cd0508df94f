#!/usr/bin/env bash
# Renders an HTML report in headless Chromium at 1280x800 and saves a PNG (full page with a tall window, and the
# first screen). Usage: scripts/screenshot-report.sh [report.html] [out-prefix]
# Default: the example's report, written by the README's main command with -Dspeclint.formats=console,html.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-examples/target/speclint/speclint.html}
out=${2:-target/report-screenshot}
[ -f "$report" ] || { echo "no report at $report; run the example with -Dspeclint.formats=console,html first" >&2; exit 1; }
profile=$(mktemp -d)
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$(dirname "$out")"
chromium "${flags[@]}" --window-size=1280,800 --screenshot="$out-1280x800.png" "$url" 2>/dev/null
chromium "${flags[@]}" --window-size=1280,3200 --screenshot="$out-full.png" "$url" 2>/dev/null
rm -rf "$profile"
ls -l "$out-1280x800.png" "$out-full.png"
