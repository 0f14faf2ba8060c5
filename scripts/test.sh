#!/usr/bin/env bash
# The whole test suite: content check, unit tests, builds (root and sub-path), browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-chromium.sh

echo "== inhoud controleren"
npm run --silent check

echo "== opmaak en lint (Prettier, ESLint)"
npm run --silent lint

echo "== unit tests (vitest)"
npx vitest run

echo "== typen controleren (svelte-check)"
npm run --silent typecheck

# Test builds carry the graph explorer's test hook (window.__kennisgraafGraph); shipped builds do not.
export VITE_KG_TEST_HOOK=1

echo "== site bouwen"
npx vite build --logLevel warn
echo "== nog eens bouwen, elders: de twee builds moeten byte voor byte gelijk zijn"
repro="${BUILD_DIR:-build}-repro"
BUILD_DIR="$repro" KIT_OUT_DIR=.svelte-kit-repro npx vite build --logLevel warn
diff -r --brief "${BUILD_DIR:-build}" "$repro" || { echo "Twee builds van dezelfde inhoud verschillen (zie hierboven)." >&2; exit 1; }
rm -rf "$repro" .svelte-kit-repro
echo "== site bouwen onder een sub-pad (BASE_PATH=/kennisgraaf)"
BASE_PATH=/kennisgraaf BUILD_DIR="${BUILD_DIR:-build}-subpath" npx vite build --logLevel warn

echo "== site bouwen op een gegenereerd corpus van 2.000 knopen (lezersroutes in journeys.spec.ts en listings.spec.ts)"
npx tsx scripts/generate-corpus.ts --nodes 2000 --out bench/corpus/2000 > /dev/null
KENNISGRAAF_CONTENT=bench/corpus/2000 BUILD_DIR="${BUILD_DIR:-build}-corpus" KIT_OUT_DIR=.svelte-kit-corpus npx vite build --logLevel warn

echo "== browser tests (Playwright + Chromium)"
npx playwright test "$@"

echo "== lijsten op hetzelfde corpus van 2.000 knopen"
# Assignments before a command see each other, so the shipped sub-path build is named first.
subpath="${BUILD_DIR:-build}-subpath"
BUILD_DIR="${BUILD_DIR:-build}-corpus" SUBPATH_BUILD_DIR="$subpath" npx playwright test tests/browser/listings.spec.ts

echo "== benchmark smoke run (500 knopen; de volledige benchmark is npm run bench)"
npm run --silent bench:smoke
