import assert from 'node:assert/strict';
import { test } from 'node:test';
import { poolTableFromRecords } from '../../domain/draw/pool-table.ts';
import type { PoolRecord } from '../../domain/draw/types.ts';
import { poolTableFromCopy } from './pool-copy.ts';

/** A value as COPY … TO (text format) writes it. */
const copyField = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

const records: PoolRecord[] = Array.from({ length: 500 }, (_, i) => ({
  id: `9115080${String(i * 7919).padStart(10, '0')}X`,
  stratum: `15080${i % 3}/G${(i % 4) + 1}${i % 11 === 0 ? '-150802' : ''}`,
  exclusion: i % 6,
}));
records.push(
  { id: '名称\t带制表符', stratum: '150802/G1', exclusion: 0 },
  { id: 'back\\slash\nnewline', stratum: '层\\级', exclusion: 3 },
);
const text = new TextEncoder().encode(
  records.map((r) => `${copyField(r.id)}\t${copyField(r.stratum)}\t${r.exclusion}\n`).join(''),
);

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

test('R-N.6 issue 12.2: the frozen pool read with COPY gives the table the records give, however the output is cut', async () => {
  const expected = poolTableFromRecords(records);
  for (const size of [1, 2, 7, 64, 4096, text.length]) {
    const table = await poolTableFromCopy(chunked(text, size));
    assert.deepEqual(table, expected, `chunks of ${size} bytes`);
  }
});

test('issue 12.2: COPY output cut inside a line is refused, not read as a shorter pool', async () => {
  await assert.rejects(() => poolTableFromCopy([text.subarray(0, text.length - 3)]), /inside a line/);
});
