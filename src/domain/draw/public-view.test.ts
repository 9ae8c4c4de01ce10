import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDraw } from './compute.ts';
import { publicDigest } from './digests.ts';
import { HASHERS, vectorJson, vectorText } from './draw.fixture.ts';
import { toHex, utf8 } from './encoding.ts';
import { publicViewOfDraw } from './public-view.ts';
import { parseDrawInput } from './read-input.ts';
import type { JsonObject, JsonValue } from './types.ts';
import { verifyPublicView, verifyPublicViewText } from './verify-public.ts';
import { ed25519Signer } from './signature.ts';

/** A signer's own key (issue 10.4); fixed here so the test is repeatable. */
const supervisorKey = ed25519Signer(new Uint8Array(32).fill(7));
const shown = (signer: string, role: string, digest: string) => ({
  signer,
  role,
  statementDigest: digest,
  ...supervisorKey.sign(digest),
});

const PRIVATE = ['v4-private-sha256', 'v4-private-sm3'] as const;

function computed(name: string, hasher: (typeof HASHERS)[number]) {
  const read = parseDrawInput(vectorText(name, 'input'));
  assert.ok(read.ok);
  const draw = computeDraw(read.input, hasher.make(read.input.plan.suite));
  assert.ok(draw.ok);
  return draw.draw;
}

function copy(json: JsonObject): Record<string, JsonValue> {
  return structuredClone(json);
}

const hasherFor = (HASHERS[0] ?? assert.fail()).make;

for (const name of PRIVATE) {
  void describe(`public view ${name}`, () => {
    for (const hasher of HASHERS) {
      void test(`R-N.2 R-26.1 the public view reproduces the vector exactly, byte for byte (${hasher.name} hasher)`, () => {
        const view = publicViewOfDraw(computed(name, hasher));
        assert.deepStrictEqual(view, vectorJson(name, 'public'));
        assert.equal(`${JSON.stringify(view, null, 2)}\n`, vectorText(name, 'public'));
      });

      void test(`R-26.1 public verification passes every check of the vector's view (${hasher.name} hasher)`, () => {
        const verdict = verifyPublicViewText(vectorText(name, 'public'), hasher.make);
        const failing = verdict.checks.filter((c) => c.passed !== true && c.id !== 'signatures');
        assert.deepStrictEqual(failing, []);
        assert.equal(verdict.checks.length, 14);
        // Without signatures shown, that one check cannot run and the verdict is not a pass.
        assert.equal(verdict.ok, false);
        const signed = verifyPublicViewText(vectorText(name, 'public'), hasher.make, [
          shown('张三', '监督人', verdict.statementDigest ?? ''),
        ]);
        assert.equal(signed.ok, true);
      });
    }

    void test('R-N.2 the view holds no pool record, key, reserve, exclusion, conflict, inspector record or salt', () => {
      const text = vectorText(name, 'public');
      const bundle = vectorJson(name, 'bundle') as { salts: { salt: string }[] };
      for (const { salt } of bundle.salts) assert.ok(!text.includes(salt));
      const keys = new Set<string>();
      const walk = (v: JsonValue): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) {
            keys.add(k);
            walk(x);
          }
      };
      walk(JSON.parse(text) as JsonValue);
      for (const key of ['reserve', 'exclusion', 'conflicts', 'salt', 'salts', 'id', 'stratumOf'])
        assert.equal(keys.has(key), false, key);
      // Team members are listed by badge, but no inspector record (pool membership, exclusion) is.
      assert.ok(!text.includes('"exclusion"'));
    });

    const tamper: [string, string, (v: Record<string, JsonValue>) => void][] = [
      [
        'a selected entity swapped',
        'public-digest',
        (v) => void ((v.selected as string[])[0] = '91150802MA0000000X'),
      ],
      [
        'a quota changed with the digest left',
        'public-digest',
        (v) => void ((v.strata as { quota: number }[])[0]!.quota += 1),
      ],
      [
        'a nonce changed',
        'commitments',
        (v) => void ((v.reveals as { nonce: string }[])[0]!.nonce = '00'.repeat(16)),
      ],
      [
        'the seed changed',
        'seed',
        (v) => void ((v.digests as Record<string, string>).seed = '11'.repeat(32)),
      ],
      [
        'a salt commitment changed',
        'strata-digest',
        (v) => void ((v.strata as { saltCommit: string }[])[0]!.saltCommit = '22'.repeat(32)),
      ],
      ['the plan changed', 'plan-digest', (v) => void ((v.plan as Record<string, JsonValue>).maxLoad = 9)],
      ['a commitment dropped', 'witnesses', (v) => void (v.commitments as unknown[]).pop()],
      ['the selection reordered', 'order', (v) => void (v.selected as string[]).reverse()],
      ['the pool size shrunk', 'pool-size', (v) => void (v.poolSize = 3)],
    ];
    for (const [what, check, change] of tamper) {
      void test(`R-26.1 a tampered view fails with the check named: ${what} → ${check}`, () => {
        const view = copy(vectorJson(name, 'public'));
        change(view);
        const verdict = verifyPublicView(view, hasherFor);
        assert.equal(verdict.ok, false);
        const failing = verdict.checks.filter((c) => c.passed === false).map((c) => c.id);
        assert.ok(failing.includes(check as never), JSON.stringify(verdict.checks));
      });
    }

    void test('R-26.1 a forged selection with a recomputed public digest is caught only by the signatures', () => {
      const original = verifyPublicViewText(vectorText(name, 'public'), hasherFor);
      const view = copy(vectorJson(name, 'public'));
      const teams = view.teams as { entity: string }[];
      const forged = '91150802MA00000000';
      (view.selected as string[])[0] = forged;
      teams[0]!.entity = forged;
      view.selected = [...(view.selected as string[])].sort();
      view.teams = [...teams].sort((a, b) => (a.entity < b.entity ? -1 : 1));
      // Recompute digests.public over the forgery, as a forger would.
      const suite = (view.plan as { suite: 'RDRAW-2-SHA256' | 'RDRAW-2-SM3' }).suite;
      const part = { strata: view.strata, selected: view.selected, teams: view.teams } as JsonObject;
      (view.digests as Record<string, string>).public = toHex(publicDigest(hasherFor(suite), part));
      const signatures = [shown('W1', '见证人', original.statementDigest ?? '')];
      const verdict = verifyPublicView(view, hasherFor, signatures);
      const failing = verdict.checks.filter((c) => c.passed === false).map((c) => c.id);
      assert.deepStrictEqual(failing, ['signatures']);
      assert.notEqual(verdict.statementDigest, toHex(hasherFor(suite).hash(utf8(original.statement ?? ''))));
    });
  });
}

void test('R-26.1 a file that is not a view, truncated, or of an unknown version fails at the format check', () => {
  const text = vectorText('v4-private-sha256', 'public');
  for (const bad of [
    text.slice(0, text.length / 2),
    '[]',
    text.replace('RDRAW-2/public', 'RDRAW-9/public'),
    vectorText('v1-sha256', 'bundle'),
  ]) {
    const verdict = verifyPublicViewText(bad, hasherFor);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.checks[0]?.id, 'format');
    assert.equal(verdict.checks[0]?.passed, false);
    assert.match(verdict.checks[0]?.detail ?? '', /[\u4e00-\u9fff]/);
  }
});
