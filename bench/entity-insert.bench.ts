// What an insert of N staged rows into a table shaped like `entities` costs on PostgreSQL 15, with and
// without the per-row foreign key to units and with time-ordered ids (docs/BENCHMARKS.md, import).
// Usage: node --import tsx bench/entity-insert.bench.ts [--rows 1000000]
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres } from '../scripts/postgres-cluster.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const UNIT = '00000000-0000-0000-0000-000000000001';
const INDEXES = (t: string) =>
  `CREATE UNIQUE INDEX ON ${t} (unit_id, code); CREATE UNIQUE INDEX ON ${t} (unit_id, public_id);
   CREATE INDEX ON ${t} (unit_id, region_code); CREATE INDEX ON ${t} (unit_id, industry);`;
const ORDERED_ID = `encode(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send((extract(epoch from clock_timestamp()) * 1000000)::bigint) from 2 for 7) from 1 for 7), 'hex')::uuid`;
const variants: [string, { fk: boolean; orderedIds: boolean }][] = [
  ['five indexes', { fk: false, orderedIds: false }],
  ['five indexes + foreign key to units', { fk: true, orderedIds: false }],
  ['five indexes + foreign key, time-ordered ids', { fk: true, orderedIds: true }],
  ['five indexes, time-ordered ids', { fk: false, orderedIds: true }],
];

const cluster = await startPostgres();
const client = new pg.Client({ connectionString: cluster.env.TEST_DATABASE_URL });
await client.connect();
try {
  await client.query(`CREATE UNLOGGED TABLE stage AS SELECT 'organisation' AS kind,
    '91150802' || lpad(g::text, 10, '0') AS code, '某某旅馆有限公司' || g AS name, '临河区市场监督管理局' AS ra,
    '张三' AS lr, '内蒙古巴彦淖尔市临河区某某路' || g || '号' AS addr, 'L' || g AS lic, '2030-01-01' AS valid,
    '150802' AS region, '旅馆业' AS industry, (ARRAY['A','B','C','D'])[1 + g % 4] AS risk, '{}' AS flags,
    'active' AS status FROM generate_series(1, ${Number(values.rows)}) g`);
  await client.query('ANALYZE stage');
  await client.query(`CREATE TABLE units (id uuid PRIMARY KEY); INSERT INTO units VALUES ('${UNIT}')`);
  for (const [i, [label, v]] of variants.entries()) {
    const t = `e${i}`;
    await client.query(`CREATE TABLE ${t} (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL ${v.fk ? 'REFERENCES units(id)' : ''}, kind text, code text, public_id text, name text,
      ra text, lr text, addr text, lic text, valid date, region_code text, industry text, risk text,
      flags text[], status text, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now());
      ${INDEXES(t)}`);
    const start = performance.now();
    await client.query(`INSERT INTO ${t} (${v.orderedIds ? 'id, ' : ''}unit_id, kind, code, public_id, name, ra, lr,
      addr, lic, valid, region_code, industry, risk, flags, status)
      SELECT ${v.orderedIds ? `${ORDERED_ID}, ` : ''}'${UNIT}', kind, code, code, name, ra, lr, addr, lic,
        valid::date, region, industry, risk, flags::text[], status FROM stage`);
    process.stdout.write(`${label.padEnd(48)} ${((performance.now() - start) / 1000).toFixed(2)} s\n`);
  }
} finally {
  await client.end();
  cluster.stop();
}
