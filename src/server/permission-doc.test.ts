import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DOC_END, DOC_START, permissionDoc } from './permission-doc.ts';

test('R-17.1 R-21.2 R-N.8 docs/security.md shows the permission table the code uses (else: run npm run gen:permissions)', async () => {
  const doc = await readFile(new URL('../../docs/security.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf(DOC_START), doc.indexOf(DOC_END) + DOC_END.length);
  assert.ok(section === permissionDoc(), 'docs/security.md is out of date: run npm run gen:permissions');
});
