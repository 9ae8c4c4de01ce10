import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apiFiles } from '../../scripts/api-types.ts';

const root = new URL('../../', import.meta.url);

test("R-26.3 docs/openapi.json and the web apps' generated API types are current (else: run npm run gen:api)", async () => {
  for (const [path, expected] of Object.entries(await apiFiles())) {
    const committed = await readFile(new URL(path, root), 'utf8').catch(() => '');
    // assert.ok, not equal: a 100 kB diff would bury the instruction.
    assert.ok(committed === expected, `${path} is out of date with the server's routes: run npm run gen:api`);
  }
});
