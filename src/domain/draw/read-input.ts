// Reads a draw input (the `*.input.json` format: plan, pool, inspectors, conflicts, reveals and
// optionally commitments) from strict JSON into typed values; checks shapes and types only,
// the rules come in validate-input.ts.
import { invalidInput } from './errors.ts';
import type { InputProblem, Outcome } from './errors.ts';
import { exactMembers, isArray, isObject, member } from './json-checks.ts';
import { PoolTableBuilder } from './pool-table.ts';
import { parseStrictJson } from './strict-json.ts';
import type {
  Commitment,
  Conflict,
  DrawInput,
  InspectorRecord,
  JsonObject,
  JsonValue,
  PoolTable,
  Reveal,
  Salt,
} from './types.ts';
import { readPlan } from './validate-plan.ts';

type FieldType = 'string' | 'integer';
type Fields = Readonly<Record<string, FieldType>>;
type Row = Readonly<Record<string, string | number>>;

const INPUT_MEMBERS = ['plan', 'pool', 'inspectors', 'conflicts', 'reveals', 'commitments', 'salts'];

export function parseDrawInput(text: string): Outcome<{ input: DrawInput }> {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: invalidInput([{ at: `JSON @${parsed.error.position}`, problem: parsed.error.message }]),
    };
  return readDrawInput(parsed.value);
}

export function readDrawInput(json: JsonValue): Outcome<{ input: DrawInput }> {
  if (!isObject(json)) return { ok: false, error: invalidInput([{ at: '', problem: 'expected an object' }]) };
  const problems: InputProblem[] = [];
  const extra = Object.keys(json).filter((k) => !INPUT_MEMBERS.includes(k));
  if (extra.length > 0) problems.push({ at: '', problem: 'unexpected member', ids: extra });
  const input = readInputMembers(json, problems);
  return input && problems.length === 0 ? { ok: true, input } : { ok: false, error: invalidInput(problems) };
}

/** The input members shared by input files and bundles. */
export function readInputMembers(json: JsonObject, problems: InputProblem[]): DrawInput | undefined {
  const plan = readPlan(member(json, 'plan'), problems);
  const pool = readPool(member(json, 'pool'), problems);
  const inspectors = readRows<InspectorRecord>(
    json,
    'inspectors',
    { id: 'string', pool: 'string', exclusion: 'integer' },
    problems,
  );
  const conflicts = readRows<Conflict>(
    json,
    'conflicts',
    { entity: 'string', inspector: 'string' },
    problems,
  );
  const reveals = readRows<Reveal>(json, 'reveals', { witness: 'string', nonce: 'string' }, problems);
  const commitments = Object.hasOwn(json, 'commitments')
    ? readRows<Commitment>(json, 'commitments', { witness: 'string', commit: 'string' }, problems)
    : [];
  const salts = Object.hasOwn(json, 'salts')
    ? readRows<Salt>(json, 'salts', { stratum: 'string', salt: 'string' }, problems)
    : [];
  if (!plan || !pool || !inspectors || !conflicts || !reveals || !commitments || !salts) return undefined;
  return {
    plan,
    pool,
    inspectors,
    conflicts,
    reveals,
    ...(Object.hasOwn(json, 'commitments') ? { commitments } : {}),
    ...(Object.hasOwn(json, 'salts') ? { salts } : {}),
  };
}

function readRows<T>(
  json: JsonObject,
  key: string,
  fields: Fields,
  problems: InputProblem[],
): T[] | undefined {
  const value = member(json, key);
  if (!isArray(value)) {
    problems.push({ at: key, problem: 'expected an array' });
    return undefined;
  }
  const start = problems.length;
  const rows = value.map((row, i) => readRow(row, fields, `${key}[${i}]`, problems));
  // Every row has exactly the typed fields of T once no problem was added.
  return problems.length === start ? (rows as unknown as T[]) : undefined;
}

function readRow(value: JsonValue, fields: Fields, at: string, problems: InputProblem[]): Row | undefined {
  const problem = exactMembers(value, Object.keys(fields), at);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  const row = value as Row;
  for (const [field, type] of Object.entries(fields)) {
    const ok = type === 'string' ? typeof row[field] === 'string' : Number.isSafeInteger(row[field]);
    if (!ok)
      problems.push({
        at: `${at}.${field}`,
        problem: `expected ${type === 'string' ? 'a string' : 'an integer'}`,
      });
  }
  return row;
}

const MAX_POOL_PROBLEMS = 50;

// Straight into the columnar table: a pool may hold millions of records.
function readPool(value: JsonValue | undefined, problems: InputProblem[]): PoolTable | undefined {
  if (!isArray(value)) {
    problems.push({ at: 'pool', problem: 'expected an array' });
    return undefined;
  }
  const builder = new PoolTableBuilder();
  let bad = 0;
  value.forEach((record, i) => {
    const problem = poolRecordProblem(record, `pool[${i}]`);
    if (problem === undefined) {
      const r = record as Row;
      builder.add(r.id as string, r.stratum as string, r.exclusion as number);
    } else if (bad++ < MAX_POOL_PROBLEMS) problems.push(problem);
  });
  return bad === 0 ? builder.build() : undefined;
}

function poolRecordProblem(record: JsonValue, at: string): InputProblem | undefined {
  if (
    isObject(record) &&
    typeof record.id === 'string' &&
    typeof record.stratum === 'string' &&
    typeof record.exclusion === 'number' &&
    Object.keys(record).length === 3
  ) {
    return undefined;
  }
  return (
    exactMembers(record, ['id', 'stratum', 'exclusion'], at) ?? {
      at,
      problem: 'id and stratum strings, exclusion an integer',
    }
  );
}
