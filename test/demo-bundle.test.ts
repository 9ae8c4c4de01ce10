import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { nodeHasher } from '../src/domain/draw/hash-node.ts';
import { parseBundle } from '../src/domain/draw/read-bundle.ts';
import { verifyPublicViewText } from '../src/domain/draw/verify-public.ts';
import { verifyBundle } from '../src/domain/draw/verify.ts';

const FILE = new URL('../docs/examples/demo-draw.bundle.json', import.meta.url);

test('R-N.6 R-21.2 the committed demo bundle (scripts/demo-draw.ts) verifies, replacements included', async () => {
  const parsed = parseBundle(await readFile(FILE, 'utf8'));
  assert.ok(parsed.ok, 'the bundle reads');
  const verdict = verifyBundle(nodeHasher(parsed.input.plan.suite), parsed.input, parsed.claims);
  assert.ok(verdict.ok);
  assert.deepEqual(verdict.mismatches, []);
  assert.ok(parsed.claims.replacements.length >= 1, 'it carries an applied replacement');
  assert.ok(
    ['system', 'supervisor'].every((w) => parsed.input.plan.witnesses.includes(w)),
    'DRAW.md §6: system and supervisor witness',
  );
});

test('R-26.1 R-N.2 the demo draw is RDRAW-2; its committed public view passes public verification and holds no stratum of an entity', async () => {
  const bundle = parseBundle(await readFile(FILE, 'utf8'));
  assert.ok(bundle.ok);
  assert.equal(bundle.input.plan.suite, 'RDRAW-2-SHA256');
  const viewText = await readFile(new URL('../docs/examples/demo-draw.public.json', import.meta.url), 'utf8');
  const verdict = verifyPublicViewText(viewText, nodeHasher);
  assert.deepEqual(
    verdict.checks.filter((c) => c.passed !== true && c.id !== 'signatures'),
    [],
  );
  for (const salt of bundle.input.salts ?? [])
    assert.ok(!viewText.includes(salt.salt), 'no salt in the view');
  assert.ok(!viewText.includes('"exclusion"') && !viewText.includes('"reserve"'));
});
