#!/bin/sh
# Lints processes/*.bpmn with bpmnlint's recommended rules (.bpmnlintrc at the top level);
# any error or warning fails. Maven runs it in `verify` (pom.xml, execution lint-models);
# run it by hand with: sh build/bpmnlint/lint.sh
# bpmnlint's version is pinned in package.json and package-lock.json next to this script;
# `npm ci` installs exactly that into node_modules here, once and again when the lock changes.
# Needs Node.js 20 or later and npm; the first run needs the npm registry.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
installed="$here/node_modules/.installed-package-lock.json"
if ! cmp -s "$here/package-lock.json" "$installed"; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$installed"
fi
cd "$root"
"$here/node_modules/.bin/bpmnlint" --max-warnings=0 'processes/*.bpmn'
