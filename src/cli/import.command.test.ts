import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cli = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, [join(root, 'bin/shuangsui.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });

test('R-13.2 `shuangsui import entities FILE --json` on a fresh data folder prints the import report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-cli-'));
  try {
    const first = cli(['import', 'entities', 'test/fixtures/import/entities-gb18030.csv', '--json'], dir);
    assert.equal(first.status, 0, first.stderr || first.stdout);
    const report = JSON.parse(first.stdout) as {
      imported: number;
      updated: number;
      rejected: { row: number; column: string; code: string; message: string }[];
    };
    assert.equal(report.imported, 6);
    assert.equal(report.updated, 0);
    assert.deepEqual([...new Set(report.rejected.map((r) => r.row))], [5, 6, 7, 8, 10]);
    assert.ok(report.rejected.every((r) => r.column && r.code && r.message));
    // The same rows again, from the XLSX: idempotent.
    const again = cli(['import', 'entities', 'test/fixtures/import/entities.xlsx', '--json'], dir);
    assert.equal(again.status, 0, again.stderr || again.stdout);
    const second = JSON.parse(again.stdout) as { imported: number; updated: number; unchanged: number };
    assert.deepEqual([second.imported, second.updated + second.unchanged], [0, 6]);
    // inspectors against the item list the fresh folder received.
    const officers = cli(['import', 'inspectors', 'test/fixtures/import/inspectors.xlsx', '--json'], dir);
    assert.equal(officers.status, 0, officers.stderr || officers.stdout);
    const third = JSON.parse(officers.stdout) as {
      imported: number;
      rejected: { row: number; code: string }[];
    };
    assert.equal(third.imported, 4);
    assert.deepEqual(
      third.rejected.map((r) => [r.row, r.code]),
      [
        [5, 'badge-number-format'],
        [6, 'level-unknown'],
        [7, 'duplicate-in-file'],
        [8, 'value-required'],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not a spreadsheet fails with its code; usage errors exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-cli-'));
  try {
    const bad = cli(['import', 'entities', 'package-lock.json', '--json'], dir);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /"error":"(not-a-spreadsheet|missing-column|bad-csv)"/);
    assert.equal(cli(['import', 'things', 'x.csv'], dir).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
