import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_STAGE_COLUMNS } from '../../db/repositories/entity-import.repository.ts';
import type { EntityRow } from '../../domain/directory/entity-row.ts';
import { openEntityFields } from '../../domain/privacy/entity-seal.ts';
import { dataKeys } from '../personal-data/data-keys.ts';
import { newSink } from './copy-lines.ts';
import { DEREGISTERED_BY_IMPORT, entityCopyBatches } from './entity-copy.ts';
import type { ImportEvent } from './import-batch.ts';

const UNIT = '11111111-2222-4333-8444-555555555555';
const IMPORT = '66666666-7777-4888-8999-aaaaaaaaaaaa';

function row(code: string, overrides: Partial<EntityRow> = {}): EntityRow {
  return {
    kind: 'organisation',
    name: `名称${code}`,
    creditCode: code,
    idNumber: null,
    registrationAuthority: null,
    legalRepresentative: null,
    address: null,
    contactPhone: null,
    licenceNumber: null,
    licenceValidUntil: null,
    regionCode: '150802',
    industry: '旅馆业',
    riskClass: 'B',
    riskFlags: [],
    status: 'active',
    ...overrides,
  };
}

async function lines(values: readonly EntityRow[], sink = newSink()) {
  async function* events(): AsyncGenerator<ImportEvent<EntityRow>[]> {
    // In batches of 1,000 events, as the parser hands them over.
    for (let at = 0; at < values.length; at += 1000)
      yield values.slice(at, at + 1000).map((value, i) => ({ kind: 'row', row: at + i + 2, value }));
  }
  let csv = '';
  for await (const batch of entityCopyBatches(events(), sink, {
    unitId: UNIT,
    importId: IMPORT,
    today: '2026-12-05',
    dataKey: dataKeys().current,
  }))
    csv += batch;
  return csv
    .trimEnd()
    .split('\n')
    .map((l): Readonly<Record<string, string>> =>
      Object.fromEntries(l.split(',').map((v, k) => [ENTITY_STAGE_COLUMNS[k]!, v.replace(/^"|"$/g, '')])),
    );
}

test('R-13.2 issue 12.3: COPY lines name the unit and the import, with time-ordered ids and codes in order', async () => {
  // 10,000 rows: more than the first window, so several windows, each in code order.
  const codes = Array.from({ length: 10_000 }, (_, i) => `C${String((i * 7919) % 10_000).padStart(5, '0')}`);
  const out = await lines(codes.map((c) => row(c)));
  assert.equal(out.length, 10_000);
  assert.deepEqual(new Set(out.map((l) => l.code)).size, 10_000);
  assert.ok(out.every((l) => l.unit_id === UNIT && l.created_by_import === IMPORT && l.public_id === l.code));
  const ids = out.map((l) => l.id ?? '');
  assert.ok(
    ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
  );
  assert.deepEqual(ids, [...ids].sort(), 'ids increase in the order the rows go in');
  const firstWindow = out.slice(0, 4096).map((l) => l.code ?? '');
  assert.deepEqual(firstWindow, [...firstWindow].sort(), 'the first window is in code order');
  assert.notDeepEqual(
    out.map((l) => l.code),
    [...codes].sort(),
    'but not the whole file: memory stays bounded',
  );
});

test('R-14.1 issue 12.3: a person gets a random public number, a deregistered row its date and reason; bad text is rejected', async () => {
  const sink = newSink();
  const out = await lines(
    [
      row('150802199001011234', { kind: 'person', creditCode: null, idNumber: '150802199001011234' }),
      row('91150802MA0000001B', { status: 'deregistered' }),
      row('91150802MA0000002B', { name: 'bad \u0000' }),
    ],
    sink,
  );
  assert.equal(out.length, 2);
  const person = out.find((l) => l.kind === 'person')!;
  assert.match(person.public_id ?? '', /^NP-[0-9A-F]{16}$/);
  const gone = out.find((l) => l.status === 'deregistered')!;
  assert.equal(gone.deregistered_at, '2026-12-05');
  assert.equal(gone.deregistration_reason, DEREGISTERED_BY_IMPORT);
  assert.equal(person.deregistered_at, '');
  assert.deepEqual(
    sink.rejected.map((r) => [r.row, r.code]),
    [[4, 'invalid-text']],
  );
});

test("R-N.10 issue 10.7: a COPY line holds a person's ID number and any phone only sealed (hash, ciphertext, masked form)", async () => {
  const id = '150802199001011234';
  const out = await lines([
    row('p', { kind: 'person', name: '王五', creditCode: null, idNumber: id, contactPhone: '13912345678' }),
    row('91150802MA0000001B', { contactPhone: '0478-8123456' }),
  ]);
  const person = out.find((l) => l.kind === 'person')!;
  const org = out.find((l) => l.kind === 'organisation')!;
  assert.ok(!JSON.stringify(out).includes(id) && !JSON.stringify(out).includes('13912345678'));
  assert.ok(!JSON.stringify(out).includes('8123456'));
  assert.match(person.code ?? '', /^h1:[^:]+:[0-9a-f]{64}$/);
  assert.equal(person.id_number_masked, '1508**********1234');
  assert.equal(person.contact_phone_masked, '139****5678');
  assert.equal(org.code, '91150802MA0000001B');
  const opened = (l: Readonly<Record<string, string>>) =>
    openEntityFields(dataKeys(), {
      unitId: UNIT,
      kind: l.kind as 'person' | 'organisation',
      code: l.code ?? '',
      idNumberEnc: l.id_number_enc || null,
      contactPhoneEnc: l.contact_phone_enc || null,
    });
  assert.deepEqual(opened(person), { idNumber: id, contactPhone: '13912345678' });
  assert.deepEqual(opened(org), { idNumber: null, contactPhone: '0478-8123456' });
});
