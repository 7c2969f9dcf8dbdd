#!/usr/bin/env bash
# Rebuilds the PNG previews of the five seed SOPs' documents from the jar's command line:
#   java -jar target/alur.jar sop render SEED --pdf ...   then   pdftoppm (Debian's poppler-utils) per page.
# Run it from anywhere after a change to the document's layout or template; it rebuilds the jar unless
# ALUR_SKIP_BUILD=1. Needs a JDK 21+ (JAVA_HOME or PATH) and pdftoppm (apt-get install poppler-utils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
resolution="${ALUR_PREVIEW_DPI:-70}"

command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }
if [[ "${ALUR_SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$repo" && ./mvnw -q -B package -DskipTests)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$here"/*.png
index="$here/README.md"
{
  echo "# The seed SOPs as printed"
  echo
  echo "Each page of the PDF that \`java -jar target/alur.jar sop render FILE --pdf OUT.pdf\` makes of the five seed"
  echo "SOPs (\`src/main/resources/sop/seeds/\`), at ${resolution} dpi. Rebuilt by \`regenerate.sh\` beside this file."
} >"$index"
for seed in "$repo"/src/main/resources/sop/seeds/*.sop.yaml; do
  name="$(basename "$seed" .sop.yaml)"
  "$java_bin" -jar "$repo/target/alur.jar" sop render "$seed" --pdf "$work/$name.pdf" >/dev/null
  pdftoppm -r "$resolution" -png "$work/$name.pdf" "$here/$name"
  {
    echo
    echo "## $name"
    echo
    for page in "$here/$name"-*.png; do
      echo "![$name, halaman $(basename "$page" .png | sed 's/.*-//;s/^0*//')]($(basename "$page"))"
    done
  } >>"$index"
done
echo "Previews written to $here"
