#!/usr/bin/env bash
# The whole test suite: content check, unit tests, builds (root and sub-path), browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-chromium.sh

# Two steps at once: each uses about one core of the two, so the pair takes little longer than one.
# Their output is shown after both have finished, one after the other.
together() {
	local logs
	logs=$(mktemp -d)
	(eval "$1") > "$logs/1" 2>&1 &
	local first=$!
	(eval "$2") > "$logs/2" 2>&1 &
	local second=$!
	local status=0
	wait "$first" || status=1
	cat "$logs/1"
	wait "$second" || status=1
	cat "$logs/2"
	rm -rf "$logs"
	return "$status"
}

# Each step says how long the run has taken so far, so a slow step shows in CI's log.
step() { echo "== [${SECONDS} s] $1"; }

step "inhoud controleren"
npm run --silent check

step "opmaak en lint (Prettier, ESLint) en typen controleren (svelte-check), tegelijk"
together 'npm run --silent lint' 'npm run --silent typecheck'

step "unit tests (vitest)"
npx vitest run

# Test builds carry the graph explorer's test hook (window.__kennisgraafGraph); shipped builds do not.
export VITE_KG_TEST_HOOK=1
out="${BUILD_DIR:-build}"

step "site bouwen, en tegelijk onder een sub-pad (BASE_PATH=/kennisgraaf)"
together 'node scripts/build.js --logLevel warn' \
	'BASE_PATH=/kennisgraaf BUILD_DIR="$out-subpath" KIT_OUT_DIR=.svelte-kit-subpath node scripts/build.js --logLevel warn'

step "nog eens bouwen, elders, en tegelijk op een gegenereerd corpus van 2.000 knopen (journeys.spec.ts en listings.spec.ts)"
echo "   de twee builds van dezelfde inhoud moeten byte voor byte gelijk zijn"
npx tsx scripts/generate-corpus.ts --nodes 2000 --out bench/corpus/2000 > /dev/null
# Bundles do not depend on content, so both start from the site's bundles (npm run build's path without bundling).
# That two full bundlings agree byte for byte, and that the path without bundling writes what a full build writes,
# tests/unit/page-reuse.test.ts checks.
for kit in .svelte-kit-repro .svelte-kit-corpus .svelte-kit-xss; do
	rm -rf "$kit" && mkdir -p "$kit" && cp -r "${KIT_OUT_DIR:-.svelte-kit}/output" "$kit/output"
done
together 'KENNISGRAAF_CONTENT_CACHE=0 KENNISGRAAF_LAYOUT_CACHE=0 KENNISGRAAF_PAGE_CACHE=0 BUILD_DIR="$out-repro" KIT_OUT_DIR=.svelte-kit-repro node scripts/build.js --logLevel warn' \
	'KENNISGRAAF_CONTENT=bench/corpus/2000 BUILD_DIR="$out-corpus" KIT_OUT_DIR=.svelte-kit-corpus node scripts/build.js --logLevel warn'
diff -r --brief "$out" "$out-repro" || { echo "Twee builds van dezelfde inhoud verschillen (zie hierboven)." >&2; exit 1; }
rm -rf "$out-repro" .svelte-kit-repro
echo "   en het corpus met aanvallen in de inhoud (xss.spec.ts)"
KENNISGRAAF_CONTENT=tests/fixtures/xss BUILD_DIR="$out-xss" KIT_OUT_DIR=.svelte-kit-xss node scripts/build.js --logLevel warn

step "browser tests (Playwright + Chromium; reader journeys and listings also on the 2.000 knopen)"
npx playwright test "$@"

step "klaar"
