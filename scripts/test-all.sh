#!/usr/bin/env bash
# `npm test`: typecheck, unit + integration tests (vitest) and end-to-end tests (Playwright, Chromium)
# against the real keychain, a temp SQLite file per test and the local Lusha simulator. Prints one
# closing line "N passed, N failed, N skipped" over both runners.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports

status=0
rm -f reports/*.json
npm run --silent typecheck || status=1
npm run --silent build:renderer >/dev/null || { echo "renderer build failed"; status=1; }
npm run --silent build:electron || { echo "main-process build failed"; status=1; }

bash scripts/with-keyring.sh bash -c '
  npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json; v=$?
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json; p=$?
  exit $(( v || p ))
' || status=1

node scripts/test-summary.mjs || status=1
exit $status
