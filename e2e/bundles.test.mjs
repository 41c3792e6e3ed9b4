// What the built bundles carry, read from the build after it is built (the native tests run
// before the build, so they can check only the source: tests/problems.rs). The Chinese problem
// tables are only in the bundle that shows a broken story's problems (the editor's): the reader's
// wasm, the file each page's loader starts, has none of their words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { DIST } from './lib/browser.mjs';
import { EDITIONS } from './lib/story.mjs';

// Words only the Chinese problem tables hold (src/views/words/zh_hans/problems.rs).
const MARKERS = ['不能为空', '缺少必填字段', '未知的取值'];

/** The markers among the bytes of `file`, which is read as bytes (a wasm holds its strings as UTF-8). */
function markersIn(file) {
  const bytes = readFileSync(file);
  return MARKERS.filter((marker) => bytes.includes(Buffer.from(marker, 'utf8')));
}

/** A file the page at `folder` names by `address` (relative to the page), in the build. */
function inBuild(folder, address) {
  const file = normalize(join(DIST, folder, address));
  assert.ok(file.startsWith(normalize(DIST)), `${address} is outside the build`);
  assert.ok(existsSync(file), `${file} is missing`);
  return file;
}

for (const { name, page: folder } of EDITIONS) {
  test(`the reader's wasm, as the loader of the ${name} names it, carries no Chinese problem table`, () => {
    const html = readFileSync(join(DIST, folder, 'index.html'), 'utf8');
    // The loader (src/bin/prerender/loader.rs) starts the bundle with `{ module_or_path: '…' }`.
    const named = [...html.matchAll(/module_or_path: '([^']+\.wasm)'/g)].map((m) => m[1]);
    assert.equal(named.length, 1, `the page's loader names one wasm: ${named.join(', ')}`);
    const wasm = inBuild(folder, named[0]);
    assert.ok(readFileSync(wasm).length > 10000, `${wasm} is a wasm of some size`);
    assert.deepEqual(markersIn(wasm), [], `${wasm} carries the problem tables`);
  });
}

test('the renderer\'s wasm, which shows a draft\'s problems in the page\'s language, carries them: the check above can see them', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const glue = html.match(/ data-renderer="([^"]+\/summit-render\.js)"/)?.[1];
  assert.ok(glue, 'the page names the renderer bundle');
  const wasmName = readFileSync(inBuild('', glue), 'utf8').match(/['"]([\w.-]+_bg\.wasm)['"]/)?.[1];
  assert.ok(wasmName, `${glue} names its wasm`);
  const wasm = inBuild('', join(dirname(glue), wasmName));
  assert.deepEqual(markersIn(wasm), MARKERS, `${wasm} lacks the problem tables' words`);
});
