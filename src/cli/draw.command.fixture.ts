// Test support for the draw and verify commands: runs the real `shuangsui` binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleJson, InputJson } from '../domain/draw/draw.fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/shuangsui.mjs', import.meta.url));
const VECTORS = new URL('../../test/vectors/', import.meta.url);
export const scratch = mkdtempSync(join(tmpdir(), 'shuangsui-draw-'));

export function shuangsui(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function vector(name: string): string {
  return fileURLToPath(new URL(name, VECTORS));
}

/** Writes a tampered copy of a vector file (`*.input.json` or `*.bundle.json`) and returns its path. */
export function tampered<T extends InputJson = BundleJson>(name: string, change: (json: T) => void): string {
  const json = JSON.parse(readFileSync(vector(name), 'utf8')) as T;
  change(json);
  const file = join(scratch, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, JSON.stringify(json));
  return file;
}
