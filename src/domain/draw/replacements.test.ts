import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vectorJson } from './draw.fixture.ts';
import {
  applyReplacement,
  checkReplacements,
  nextEntityReserve,
  nextInspectorReserve,
  readReplacement,
  replacementState,
} from './replacements.ts';
import { conflictIndex } from './teams.ts';
import type { DrawResult, JsonObject, Replacement } from './types.ts';

const v1 = vectorJson('v1-sha256', 'bundle').result as unknown as DrawResult;
const v3 = vectorJson('v3-joint-sha256', 'bundle').result as unknown as DrawResult;

function replacement(json: JsonObject): Replacement {
  const r = readReplacement(json);
  assert.ok(r, 'a well-formed replacement');
  return r;
}

const entity = (stratum: string, out: string, incoming: string) =>
  replacement({ kind: 'entity', stratum, out, in: incoming });
const inspector = (e: string, pool: string, out: string, incoming: string) =>
  replacement({ kind: 'inspector', entity: e, pool, out, in: incoming });

void test('R-19.2 R-21.2 an entity replacement takes the first unused entry of the stratum’s list, then the next', () => {
  const state = replacementState(v1);
  assert.equal(nextEntityReserve(state, '150802/C'), '91150802MAQA0BCXX2');
  const checked = checkReplacements(
    v1,
    [
      entity('150802/C', '91150802MA7QT7MT88', '91150802MAQA0BCXX2'),
      entity('150802/C', '91150802MA2P66UA5W', '91150802MAR5WLE1XK'),
    ],
    [],
  );
  assert.ok(checked.ok);
  const stratum = checked.state.strata.find((s) => s.stratum === '150802/C');
  assert.deepStrictEqual(stratum?.selected, ['91150802MAQA0BCXX2', '91150802MAR5WLE1XK']);
  assert.equal(nextEntityReserve(checked.state, '150802/C'), undefined, 'the list is used up');
});

void test('R-21.2 an entity replacement is refused when it skips an entry, replaces twice, or names an unselected entity', () => {
  const skip = checkReplacements(v1, [entity('150802/C', '91150802MA7QT7MT88', '91150802MAR5WLE1XK')], []);
  assert.ok(!skip.ok);
  assert.equal(skip.error.name, 'replacement-invalid');
  assert.match(skip.error.message, /递补/);
  assert.deepStrictEqual(skip.error.detail.expected, '91150802MAQA0BCXX2');
  const twice = checkReplacements(
    v1,
    [
      entity('150802/C', '91150802MA7QT7MT88', '91150802MAQA0BCXX2'),
      entity('150802/C', '91150802MA7QT7MT88', '91150802MAR5WLE1XK'),
    ],
    [],
  );
  assert.ok(!twice.ok && twice.error.detail.index === 1);
  assert.ok(!checkReplacements(v1, [entity('150802/C', '91150802MAQA0BCXX2', '91150802MAQA0BCXX2')], []).ok);
  assert.ok(!checkReplacements(v1, [entity('150802/X', '91150802MA7QT7MT88', '91150802MAQA0BCXX2')], []).ok);
});

void test('R-21.2 the incoming entity takes over the outgoing entity’s team', () => {
  const applied = checkReplacements(v1, [entity('150821/B', '931508216309918576', '911508216868505862')], []);
  assert.ok(applied.ok);
  assert.deepStrictEqual(applied.state.teams[0]?.entity, '911508216868505862');
  assert.deepStrictEqual(applied.state.teams[0]?.pools[0]?.inspectors, ['15080220002', '15080219001']);
  const barred = conflictIndex([]);
  const byOld = applyReplacement(
    applied.state,
    inspector('931508216309918576', 'SCJG', '15080220002', '15082121003'),
    barred,
  );
  assert.ok(!byOld.ok, 'the team now belongs to the incoming entity');
  assert.ok(
    applyReplacement(
      applied.state,
      inspector('911508216868505862', 'SCJG', '15080220002', '15082121003'),
      barred,
    ).ok,
  );
});

void test('R-21.2 an inspector replacement takes the first unused reserve without a conflict with the current entity', () => {
  const team = '9115082137477617X9';
  const conflicts = [{ entity: team, inspector: '15080220002' }];
  assert.equal(
    nextInspectorReserve(replacementState(v3), team, 'ZA', conflictIndex(conflicts)),
    '15080223005',
  );
  const skipsConflict = checkReplacements(
    v3,
    [inspector(team, 'ZA', '15080219001', '15080223005')],
    conflicts,
  );
  assert.ok(skipsConflict.ok);
  assert.deepStrictEqual(skipsConflict.state.teams[0]?.pools[0]?.inspectors, ['15080223005']);
  const takesConflict = checkReplacements(
    v3,
    [inspector(team, 'ZA', '15080219001', '15080220002')],
    conflicts,
  );
  assert.ok(!takesConflict.ok && takesConflict.error.detail.expected === '15080223005');
  const exhausted = checkReplacements(
    v3,
    [
      inspector(team, 'ZA', '15080219001', '15080223005'),
      inspector(team, 'ZA', '15080223005', '15080220002'),
    ],
    conflicts,
  );
  assert.ok(!exhausted.ok && exhausted.error.detail.expected === null);
});

void test('R-21.2 an inspector replacement needs a current member of that team and pool', () => {
  const team = '9115082137477617X9';
  assert.ok(!checkReplacements(v3, [inspector(team, 'XF', '15080219001', '15080219007')], []).ok);
  assert.ok(!checkReplacements(v3, [inspector(team, 'JJ', '15080219001', '15080220002')], []).ok);
  assert.ok(checkReplacements(v3, [inspector(team, 'XF', '15080222010', '15080219007')], []).ok);
});

void test('replacement records need kind, out and in, and stratum or entity and pool; other members travel along', () => {
  assert.equal(readReplacement({ kind: 'entity', out: 'a', in: 'b' }), undefined);
  assert.equal(readReplacement({ kind: 'inspector', stratum: 's', out: 'a', in: 'b' }), undefined);
  assert.equal(readReplacement({ kind: 'other', stratum: 's', out: 'a', in: 'b' }), undefined);
  const r = readReplacement({
    kind: 'entity',
    stratum: 's',
    out: 'a',
    in: 'b',
    approval: { leader: '张三' },
  });
  assert.deepStrictEqual(r?.json.approval, { leader: '张三' });
});
