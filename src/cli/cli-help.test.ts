import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Runs the CLI in a throwaway data folder, so nothing here can touch ./data. */
function shuangsui(...args: string[]) {
  return shuangsuiWith({}, ...args);
}

function shuangsuiWith(env: Record<string, string>, ...args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ss-help-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'bin/shuangsui.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const COMMANDS = ['start', 'migrate', 'seed', 'import', 'draw', 'verify'];

test('issue 11 the top-level help lists every command with what it does, on stdout, exit 0', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const r = shuangsui(flag);
    assert.equal(r.code, 0, `${flag}: ${r.stderr}`);
    for (const name of COMMANDS) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`  ${name}`));
      // The usage words, then a sentence in Chinese: never a bare name.
      assert.match(
        line ?? '',
        new RegExp(`^  ${name}\\b.*\\s{2,}\\p{Script=Han}{4,}`, 'u'),
        `${flag}: ${name}`,
      );
    }
  }
  const bare = shuangsui();
  assert.equal(bare.code, 2, 'no command is a usage error');
  assert.match(bare.stderr, /命令 commands:/);
  const unknown = shuangsui('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /未知命令：frobnicate/);
});

test('issue 11 every command answers --help (and -h) with its usage, options and exit codes, exit 0', () => {
  const cases = [
    ['start', '--help'],
    ['migrate', '--help'],
    ['seed', '--help'],
    ['seed', 'demo', '-h'],
    ['import', '--help'],
    ['import', 'entities', 'missing.csv', '--json', '--help'],
    ['help', 'import'],
    ['draw', 'compute', '--help'],
    ['draw', 'public', '--help'],
    ['verify', '--help'],
  ];
  for (const args of cases) {
    const r = shuangsui(...args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stdout, /用法 usage: shuangsui /, args.join(' '));
    assert.match(r.stdout, /退出码 exit/, args.join(' '));
  }
  // `start --help` explains and returns: it must not have started a server (the call above came back).
  assert.match(shuangsui('start', '--help').stdout, /DATABASE_URL/);
});

test('issue 11 import --json puts every outcome on stdout as JSON, errors included', () => {
  const usage = shuangsui('import', 'things', 'x.csv', '--json');
  assert.equal(usage.code, 2);
  assert.deepEqual(JSON.parse(usage.stdout), {
    error: 'usage',
    message: '未知名录：things（entities 或 inspectors）',
  });
  const missing = shuangsui('import', 'entities', 'no-such-file.csv', '--json');
  assert.equal(missing.code, 2);
  assert.equal((JSON.parse(missing.stdout) as { error: string }).error, 'file-not-found');
  const unreadable = shuangsui('import', 'entities', 'package-lock.json', '--json');
  assert.equal(unreadable.code, 1);
  const body = JSON.parse(unreadable.stdout) as { error: string; message: string };
  assert.match(body.error, /^(not-a-spreadsheet|missing-column|bad-csv)$/);
  assert.match(body.message, /\p{Script=Han}/u);
  assert.equal(unreadable.stderr, '', 'nothing for a script to miss on stderr');
  // A failure before the command's own work (bad configuration) is JSON on stdout too.
  const config = shuangsuiWith(
    { PORT: 'abc' },
    'import',
    'entities',
    'test/fixtures/import/entities.xlsx',
    '--json',
  );
  assert.equal(config.code, 1, config.stderr);
  assert.deepEqual(JSON.parse(config.stdout), { error: 'config', message: 'PORT 无效: abc' });
});

test('issue 11 usage errors are said in Chinese with the command’s help, exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['import', 'entities', 'x.csv', '--bogus'], /未知选项 --bogus/],
    [['import', 'entities', 'x.csv', '--unit'], /选项 --unit 缺少值/],
    [['import', 'entities'], /缺少文件 FILE/],
    [['migrate', 'now'], /多余的参数 now/],
    [['seed', 'everything'], /未知数据集：everything（只有 demo）/],
    [['start', '--port', '80'], /未知选项 --port/],
  ];
  for (const [args, message] of cases) {
    const r = shuangsui(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /用法 usage: shuangsui /, args.join(' '));
    assert.doesNotMatch(r.stderr, /Unknown option|argument missing|Unexpected argument/);
  }
});

test('issue 11 docs/cli.md documents every command, its exit codes and examples', () => {
  const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
  for (const name of [...COMMANDS, 'draw compute', 'draw public'])
    assert.match(doc, new RegExp(`^#+ .*\`(shuangsui )?${name}\\b`, 'm'), name);
  assert.match(doc, /退出码|exit code/i);
  assert.match(doc, /--json/);
});
