#!/usr/bin/env bash
# Renders the quarterly briefing deck (GET /api/quarters/{q}/briefing.pptx) the way a reader opens it:
# starts the app on a scratch database with the demo list, issues a read token with the app's own command
# line, downloads the deck, converts it with LibreOffice (Debian's libreoffice-impress) to PDF and with
# pdftoppm (poppler-utils) to one PNG per slide. Outside the unit tests: LibreOffice is slow and large.
#
#   tools/render-briefing.sh [QUARTER] [OUT]     e.g. tools/render-briefing.sh 2026Q3 /tmp/briefing
#
# QUARTER defaults to the newest published quarter; OUT to /tmp/briefing-render. PORT (5191) and
# RESOLUTION (pdftoppm -r, 60) may be set in the environment. Leaves OUT/briefing.pptx, .pdf, slide-NN.png.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quarter=${1:-}
out=${2:-/tmp/briefing-render}
port=${PORT:-5191}
resolution=${RESOLUTION:-60}
base="http://127.0.0.1:$port"

for tool in libreoffice pdftoppm curl jq; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-impress poppler-utils curl jq)" >&2; exit 2; }
done

work=$(mktemp -d)
app_pid=
cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__ScreenBoard="Data Source=$work/screenboard.db"
export Jobs__SQLitePath="$work/hangfire.db"
export Jobs__RunServer=false

dotnet build "$root/ScreenBoard.App" -v q -nologo >/dev/null
dotnet run --no-build --no-launch-profile --project "$root/ScreenBoard.App" --urls "$base" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

token=$(dotnet run --no-build --no-launch-profile --project "$root/ScreenBoard.App" -- tokens issue --name "render-$$" --scope read --days 1 | tail -n 1)
auth=(-H "Authorization: Bearer $token")
if [[ -z "$quarter" ]]; then
  quarter=$(curl -sf "${auth[@]}" "$base/api/quarters" | jq -r '[.[] | select(.published)][0].quarter')
fi

mkdir -p "$out"
rm -f "$out"/slide-*.png
curl -sf "${auth[@]}" -o "$out/briefing.pptx" "$base/api/quarters/$quarter/briefing.pptx"
echo "deck of $quarter: $out/briefing.pptx ($(stat -c %s "$out/briefing.pptx") bytes)"

# LibreOffice wants a profile it may write; a scratch one keeps the user's alone.
libreoffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$out" "$out/briefing.pptx" >/dev/null
pdftoppm -png -r "$resolution" "$out/briefing.pdf" "$out/slide"
echo "$(ls "$out"/slide-*.png | wc -l) slides rendered to $out/slide-*.png"
