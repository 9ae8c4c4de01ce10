// Reads and checks the plan (DRAW.md §2): required members with their types; other members are
// allowed and hashed with the rest.
import type { InputProblem } from './errors.ts';
import { duplicates, isArray, isId, isInteger, isObject, member } from './json-checks.ts';
import { SUITES } from './types.ts';
import type { JsonValue, Plan, QuotaRule, Rate, Suite, TeamSpec } from './types.ts';

export function readPlan(value: JsonValue | undefined, problems: InputProblem[]): Plan | undefined {
  if (!isObject(value)) {
    problems.push({ at: 'plan', problem: 'expected an object' });
    return undefined;
  }
  const start = problems.length;
  const need = (ok: boolean, at: string, problem: string): void => {
    if (!ok) problems.push({ at: `plan.${at}`, problem });
  };
  const drawId = member(value, 'drawId');
  need(typeof drawId === 'string' && drawId !== '', 'drawId', 'a non-empty string');
  const suite = member(value, 'suite');
  need(SUITES.includes(suite as Suite), 'suite', `one of ${SUITES.join(', ')}`);
  const itemIds = member(value, 'itemIds');
  need(
    isArray(itemIds) && itemIds.length > 0 && itemIds.every((x) => typeof x === 'string'),
    'itemIds',
    'a non-empty array of strings',
  );
  const drawDate = member(value, 'drawDate');
  need(isCalendarDate(drawDate), 'drawDate', 'a real calendar date YYYY-MM-DD');
  const quota = readQuota(member(value, 'quota'), problems);
  for (const key of ['reservePerStratum', 'inspectorReserve'] as const) {
    need(isInteger(member(value, key), 0), key, 'an integer ≥ 0');
  }
  need(isInteger(member(value, 'maxLoad'), 1), 'maxLoad', 'an integer ≥ 1');
  const teams = readTeams(member(value, 'teams'), problems);
  const witnesses = readWitnesses(member(value, 'witnesses'), problems);
  if (problems.length > start || !quota || !teams || !witnesses) return undefined;
  return {
    drawId: drawId as string,
    suite: suite as Suite,
    itemIds: itemIds as readonly string[],
    drawDate: drawDate as string,
    quota,
    reservePerStratum: value.reservePerStratum as number,
    teams,
    inspectorReserve: value.inspectorReserve as number,
    maxLoad: value.maxLoad as number,
    witnesses,
    json: value,
  };
}

function isCalendarDate(value: JsonValue | undefined): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function readQuota(value: JsonValue | undefined, problems: InputProblem[]): QuotaRule | undefined {
  const rule = isObject(value) ? member(value, 'rule') : undefined;
  if (isObject(value) && rule === 'total') {
    const k = member(value, 'k');
    if (isInteger(k, 0)) return { rule: 'total', k };
    problems.push({ at: 'plan.quota.k', problem: 'an integer ≥ 0' });
    return undefined;
  }
  if (isObject(value) && rule === 'rate') return readRates(member(value, 'rates'), problems);
  problems.push({
    at: 'plan.quota',
    problem: 'expected { "rule": "rate", "rates" } or { "rule": "total", "k" }',
  });
  return undefined;
}

function readRates(value: JsonValue | undefined, problems: InputProblem[]): QuotaRule | undefined {
  if (!isObject(value)) {
    problems.push({ at: 'plan.quota.rates', problem: 'expected an object of { "num", "den" } by group' });
    return undefined;
  }
  const rates = new Map<string, Rate>();
  for (const [group, rate] of Object.entries(value)) {
    const num = isObject(rate) ? member(rate, 'num') : undefined;
    const den = isObject(rate) ? member(rate, 'den') : undefined;
    if (isInteger(num, 0) && isInteger(den, 1)) rates.set(group, { num, den });
    else
      problems.push({ at: `plan.quota.rates.${group}`, problem: 'num an integer ≥ 0, den an integer ≥ 1' });
  }
  return rates.size === Object.keys(value).length ? { rule: 'rate', rates } : undefined;
}

function readTeams(value: JsonValue | undefined, problems: InputProblem[]): TeamSpec[] | undefined {
  const teams: TeamSpec[] = [];
  if (isArray(value)) {
    for (const team of value) {
      const pool = isObject(team) ? member(team, 'pool') : undefined;
      const size = isObject(team) ? member(team, 'size') : undefined;
      if (isId(pool) && isInteger(size, 1)) teams.push({ pool, size });
    }
  }
  if (!isArray(value) || teams.length !== value.length) {
    problems.push({ at: 'plan.teams', problem: 'an array of { "pool": id, "size": integer ≥ 1 }' });
    return undefined;
  }
  const twice = duplicates(teams.map((t) => t.pool));
  if (twice.length > 0) problems.push({ at: 'plan.teams', problem: 'a team pool named twice', ids: twice });
  // at least two inspectors per entity.
  if (teams.reduce((sum, t) => sum + t.size, 0) < 2)
    problems.push({ at: 'plan.teams', problem: 'team sizes must add up to at least 2' });
  return teams;
}

function readWitnesses(value: JsonValue | undefined, problems: InputProblem[]): string[] | undefined {
  if (!isArray(value) || value.length === 0 || !value.every(isId)) {
    problems.push({ at: 'plan.witnesses', problem: 'a non-empty array of ids (1–255 bytes)' });
    return undefined;
  }
  const witnesses = value;
  const twice = duplicates(witnesses);
  if (twice.length > 0) problems.push({ at: 'plan.witnesses', problem: 'duplicate witness', ids: twice });
  return [...witnesses];
}
