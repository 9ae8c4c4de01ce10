import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { testApp } from '../../test/support/server.ts';
import { queryRows } from '../db/database.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';

// R-N.10, R-N.2 (and DRAW.md §9): every anonymous GET route, walked on the demo data, shows no ID or
// phone number, no natural person's address, no risk class or group of a named entity, no exclusion
// code, conflict, inspector availability, salt, login name or internal note.

/** Keys that carry confidential facts; none may appear in any public JSON answer. */
const FORBIDDEN_KEYS =
  /^(riskClass|riskFlags|risk|exclusion|exclusions|conflict|conflicts|salt|salts|unavailability|availability|reserve|reserves|note|notes|closingNote|internalNote|username|login|userId|idNumber|phone|mobile|address|legalRepresentative)$/;
// Not inside an id: a UUID's hex groups can read like a dashed mobile number (…164-4568-8865…).
const MOBILE = /(?<![0-9a-fA-F-])1[3-9]\d(?:[\s.-]?\d){8}(?![0-9a-fA-F])/;

interface Secrets {
  readonly personCodes: string[];
  readonly personAddresses: string[];
  readonly texts: string[];
  readonly salts: string[];
  readonly entityIds: Set<string>;
}

async function secrets(db: Parameters<typeof queryRows>[0]): Promise<Secrets> {
  const people = await queryRows<{ code: string; address: string | null }>(
    db,
    sql`SELECT code, address FROM entities WHERE kind = 'person'`,
  );
  const notes = await queryRows<{ t: string | null }>(
    db,
    sql`SELECT note AS t FROM follow_ups UNION ALL SELECT closing_note FROM follow_ups
        UNION ALL SELECT reason FROM replacement_applications UNION ALL SELECT note FROM replacement_applications
        UNION ALL SELECT note FROM targeted_inspections UNION ALL SELECT reason FROM inspector_unavailability
        UNION ALL SELECT reason FROM conflicts UNION ALL SELECT deregistration_reason FROM entities`,
  );
  const draws = await queryRows<{ salts: { salt: string }[] | null }>(db, sql`SELECT salts FROM draws`);
  const ids = await queryRows<{ public_id: string }>(db, sql`SELECT public_id FROM entities`);
  return {
    personCodes: people.map((p) => p.code),
    personAddresses: people.flatMap((p) => (p.address && p.address.length >= 6 ? [p.address] : [])),
    texts: [...new Set(notes.flatMap((n) => (n.t && n.t.trim().length >= 6 ? [n.t.trim()] : [])))],
    salts: draws.flatMap((d) => (d.salts ?? []).map((s) => s.salt)),
    entityIds: new Set(ids.map((r) => r.public_id)),
  };
}

/** Every public GET path of the OpenAPI document, with its parameters filled from the lists. */
async function publicUrls(app: FastifyInstance): Promise<string[]> {
  const doc = (await app.inject({ url: '/docs/json' })).json<{ paths: Record<string, { get?: unknown }> }>();
  const paths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/public/') && doc.paths[p]?.get);
  const get = async <T>(url: string) => (await app.inject({ url })).json<T>();
  const draws = (await get<{ draws: { drawId: string }[] }>('/api/public/draws')).draws;
  const results = await get<Record<string, unknown>>('/api/public/results?pageSize=100');
  const rows = (Object.values(results).find(Array.isArray) ?? []) as Record<string, unknown>[];
  const values: Record<string, string[]> = {
    drawId: draws.map((d) => d.drawId),
    publicId: [
      ...new Set(
        rows.map((r) => r.publicId ?? r.entityPublicId).filter((x): x is string => typeof x === 'string'),
      ),
    ],
  };
  const urls: string[] = [];
  for (const path of paths) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (params.length === 0) {
      urls.push(path, `${path}${path.includes('?') ? '&' : '?'}pageSize=100`);
      continue;
    }
    const [param] = params;
    const candidates = values[param!] ?? [];
    assert.ok(
      candidates.length > 0,
      `the walk has values for {${param}} of ${path}: add them when adding a route`,
    );
    for (const v of candidates) urls.push(path.replace(`{${param}}`, encodeURIComponent(v)));
  }
  return urls;
}

function forbiddenKeys(value: unknown, entityIds: Set<string>, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenKeys(v, entityIds, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const found: string[] = [];
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (FORBIDDEN_KEYS.test(k)) found.push(`${at}.${k}`);
    found.push(...forbiddenKeys(v, entityIds, `${at}.${k}`));
  }
  // A stratum (its group) may be listed, but never beside a named entity (DRAW.md §9).
  const grouped = entries.some(([k]) => /stratum|group/i.test(k));
  const named = entries.some(([, v]) => typeof v === 'string' && entityIds.has(v));
  if (grouped && named) found.push(`${at} (a stratum beside an entity)`);
  return found;
}

onEachDatabase('R-N.10 R-N.2 the public allow-list holds on every public route', (database) => {
  let app: FastifyInstance;

  test('setup: the demo data', { timeout: 180_000 }, async () => {
    await seedDemoIfEmpty(database());
    app = await testApp(database());
  });

  test('R-N.10 R-N.2 no ID or phone number, person address, risk class or group of an entity, exclusion, conflict, availability, salt or internal note', async () => {
    const s = await secrets(database().db);
    assert.ok(
      s.personCodes.length > 0 && s.texts.length > 0 && s.salts.length > 0,
      'the demo has secrets to leak',
    );
    const urls = await publicUrls(app);
    assert.ok(
      urls.some((u) => u.includes('/draws/') && u.endsWith('/view')),
      'the walk reaches a public view',
    );
    for (const url of urls) {
      const res = await app.inject({ url });
      assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
      if (res.statusCode !== 200) continue;
      const body = res.body;
      const where = (what: string) => `${url}: ${what}`;
      for (const code of s.personCodes) assert.ok(!body.includes(code), where('an ID number'));
      for (const address of s.personAddresses)
        assert.ok(!body.includes(address), where('a person’s address'));
      for (const text of s.texts) assert.ok(!body.includes(text), where(`an internal note: ${text}`));
      for (const salt of s.salts) assert.ok(!body.includes(salt), where('a stratum salt'));
      assert.ok(!MOBILE.test(body), where(`a phone number: ${MOBILE.exec(body)?.[0]}`));
      if ((res.headers['content-type'] ?? '').toString().includes('json')) {
        assert.deepEqual(forbiddenKeys(res.json(), s.entityIds), [], where('confidential members'));
      }
    }
  });
});
