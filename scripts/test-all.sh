#!/usr/bin/env bash
# The whole test suite: types, unit, integration (embedded PostgreSQL), build, end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PRISMA_SCHEMA_ENGINE_BINARY=/bin/false

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium}: install it (apt-get install chromium fonts-noto-core) or run .ci/run" >&2
  exit 1
fi

echo "== types";        node_modules/.bin/tsc --noEmit
echo "== unit";         node_modules/.bin/vitest run --project unit
echo "== integration";  node_modules/.bin/vitest run --project integration
echo "== build";        node_modules/.bin/next build > /tmp/einehand-build.log 2>&1 || { cat /tmp/einehand-build.log; exit 1; }
echo "== end-to-end";   node_modules/.bin/playwright test
