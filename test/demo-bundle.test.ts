import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scratch, shuangsui } from '../src/cli/draw.command.fixture.ts';
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

test('R-20.2 issue 10.4 `shuangsui verify` checks every signer’s own signature in the demo bundle; one changed byte fails', async () => {
  const text = await readFile(FILE, 'utf8');
  const bundle = JSON.parse(text) as {
    signatures: { role: string; publicKey?: string; signature?: string }[];
  };
  const personal = bundle.signatures.filter((s) => s.signature);
  assert.deepEqual(
    personal.map((s) => s.role),
    ['drawer', 'supervisor', 'witness', 'witness'],
    'the drawer, the supervisor and both witnesses sign with keys of their own',
  );
  const ok = shuangsui('verify', FILE.pathname, '--json');
  assert.equal(ok.code, 0, ok.stdout);
  const sig = personal[1]!;
  sig.signature = `${sig.signature!.slice(0, 20)}${sig.signature![20] === 'a' ? 'b' : 'a'}${sig.signature!.slice(21)}`;
  const changed = join(scratch, 'demo-changed-signature.bundle.json');
  writeFileSync(changed, JSON.stringify(bundle));
  const run = shuangsui('verify', changed, '--json');
  assert.equal(run.code, 1);
  const out = JSON.parse(run.stdout) as { mismatches: { kind: string; key: string }[] };
  assert.deepEqual(
    out.mismatches.map((m) => [m.kind, m.key]),
    [['signature', 'signatures[2] supervisor']],
  );
  assert.match(shuangsui('verify', changed).stdout, /✗ 签名 signature signatures\[2\] supervisor/);
});
