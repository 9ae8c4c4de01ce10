import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idNumber } from '../../test/support/codes.ts';

const root = new URL('../../', import.meta.url).pathname;
const cli = (args: string[], dataDir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'bin/shuangsui.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });

test('R-N.10 issue 10.7 `shuangsui keys rotate-data` re-seals under a new key; a wrong SS_DATA_KEY is refused at start with exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-keys-cli-'));
  try {
    const file = join(dir, 'people.csv');
    writeFileSync(
      file,
      `名称,主体类型,身份证号,行政区划代码,行业,联系电话\n王五,个人,${idNumber(7)},150802,旅馆业,13912345678\n`,
    );
    const imported = cli(['import', 'entities', file, '--json'], dir);
    assert.equal(imported.status, 0, imported.stderr);
    const before = JSON.parse(readFileSync(join(dir, 'data-keys.json'), 'utf8')) as { current: string };

    const rotated = cli(['keys', 'rotate-data', '--json'], dir);
    assert.equal(rotated.status, 0, rotated.stderr);
    const report = JSON.parse(rotated.stdout) as { keyId: string; retired: string[]; rows: number };
    assert.deepEqual([report.rows, report.retired], [1, [before.current]]);
    const after = JSON.parse(readFileSync(join(dir, 'data-keys.json'), 'utf8')) as {
      current: string;
      keys: { id: string }[];
    };
    assert.deepEqual([after.current, after.keys.map((k) => k.id)], [report.keyId, [report.keyId]]);

    const wrong = cli(['migrate'], dir, {
      SS_DATA_KEY: randomBytes(32).toString('base64'),
      SS_DATA_KEY_ID: report.keyId,
    });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /拒绝启动：配置的数据密钥.*无法解密/);
    assert.doesNotMatch(wrong.stderr, /at .*\.ts:\d+/, 'a message, not a stack trace');
    const usage = cli(['keys', 'rotate'], dir);
    assert.equal(usage.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
