import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportEvent } from './import-batch.ts';
import { addRejection, copyBatches, MAX_LISTED_REJECTIONS, newSink } from './copy-lines.ts';

async function* events(n: number): AsyncGenerator<ImportEvent<string>[]> {
  for (let row = 2; row < n + 2; row++)
    yield [{ kind: 'rejected', rejection: { row, column: '名称', code: 'x', message: `坏\u0000行 ${row}` } }];
}

test('issue 10 item 6: 200,000 rejections are all counted, the first 10,000 listed, quoted text made storable', async () => {
  const sink = newSink();
  for await (const batch of copyBatches(events(200_000), () => '', sink)) assert.equal(batch, '');
  assert.equal(sink.rejectedCount, 200_000);
  assert.equal(sink.rejected.length, MAX_LISTED_REJECTIONS);
  assert.equal(sink.rejected[0]?.message, '坏\uFFFD行 2');
});

test('issue 10 item 6: a row whose COPY line holds a NUL or a lone surrogate is rejected as invalid-text', async () => {
  async function* rows(): AsyncGenerator<ImportEvent<string>[]> {
    yield [{ kind: 'row', row: 2, value: 'good 😀' }];
    yield [
      { kind: 'row', row: 3, value: 'bad \ud800' },
      { kind: 'row', row: 4, value: 'bad \u0000' },
    ];
  }
  const sink = newSink();
  let csv = '';
  for await (const batch of copyBatches(rows(), (_row, v) => `${v}\n`, sink)) csv += batch;
  assert.equal(csv, 'good 😀\n');
  assert.deepEqual(
    sink.rejected.map((r) => [r.row, r.code]),
    [
      [3, 'invalid-text'],
      [4, 'invalid-text'],
    ],
  );
  addRejection(sink, { row: 5, column: 'a', code: 'c', message: 'm' });
  assert.equal(sink.rejectedCount, 3);
});
