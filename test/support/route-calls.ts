import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { queryRows, type DatabaseHandle } from '../../src/db/database.ts';
import { fromSchema, type JsonSchema } from './schema-arbitrary.ts';
import { multipartFile } from './server.ts';

export interface RouteSpec {
  readonly method: string;
  /** OpenAPI form: /api/admin/plans/{id}. */
  readonly path: string;
  readonly operationId: string;
  readonly query: readonly { name: string; required?: boolean; schema: JsonSchema }[];
  readonly body: JsonSchema | null;
  readonly multipart: boolean;
}

interface Operation {
  readonly operationId?: string;
  readonly parameters?: readonly { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  readonly requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

/** Every route the app documents, from its own OpenAPI document. */
export function documentedRoutes(app: FastifyInstance): RouteSpec[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId ?? '',
      query: (op.parameters ?? []).filter((p) => p.in === 'query'),
      body: op.requestBody?.content['application/json']?.schema ?? null,
      multipart: Boolean(op.requestBody?.content['multipart/form-data']),
    })),
  );
}

const first = async (handle: DatabaseHandle, query: string): Promise<string> => {
  const [row] = await queryRows<{ v: string }>(handle.db, sql.raw(query));
  if (!row) throw new Error(`no row for ${query}`);
  return String(row.v);
};

// 治安's own: every demo officer writes there or above it.
const ZHIAN = "unit_id = (SELECT id FROM units WHERE code = 'LH-ZA')";

/** Real objects of the demo data, so an answer reflects authorisation, not a missing row. */
export async function demoObjects(handle: DatabaseHandle): Promise<Record<string, string>> {
  const q = (table: string, where = 'true') =>
    `SELECT id AS v FROM ${table} WHERE ${where} ORDER BY id LIMIT 1`;
  return {
    items: await first(handle, q('items', ZHIAN)),
    entities: await first(handle, q('entities', ZHIAN)),
    inspectors: await first(handle, q('inspectors', ZHIAN)),
    plans: await first(handle, q('plans')),
    tasks: await first(handle, q('tasks')),
    draws: await first(handle, q('draws', "status = 'confirmed'")),
    'replacement-applications': await first(handle, q('replacement_applications')),
    'targeted-inspections': await first(handle, q('targeted_inspections')),
    inspections: await first(
      handle,
      q('inspection_records', 'id IN (SELECT record_id FROM inspection_files)'),
    ),
    files: await first(handle, 'SELECT id AS v FROM inspection_files ORDER BY id LIMIT 1'),
    reports: await first(handle, q('inspection_reports')),
    'follow-ups': await first(handle, q('follow_ups')),
    'signing-keys': await first(handle, q('account_keys')),
    publicDraw: await first(handle, "SELECT draw_id AS v FROM draws WHERE status = 'confirmed' LIMIT 1"),
    publicEntity: await first(handle, 'SELECT public_id AS v FROM entities ORDER BY id LIMIT 1'),
  };
}

/** The URL with each `{param}` replaced by the object the segment before it names. */
export function urlOf(path: string, objects: Record<string, string>): string {
  const segments = path.split('/');
  return segments
    .map((s, i) => {
      if (!s.startsWith('{')) return s;
      const before = segments[i - 1] ?? '';
      if (s === '{drawId}') return encodeURIComponent(objects.publicDraw!);
      if (s === '{publicId}') return encodeURIComponent(objects.publicEntity!);
      if (s === '{index}') return '0';
      if (s === '{year}') return '2026';
      const id = objects[before];
      if (!id) throw new Error(`no object for ${path} ${s}`);
      return id;
    })
    .join('/');
}

const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/;

/** A schema-valid request (fixed seed), so validation never answers before the access check. */
export function requestFor(route: RouteSpec, objects: Record<string, string>, seed: number): InjectOptions {
  const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { seed, numRuns: 1 })[0]!;
  const query = Object.fromEntries(
    route.query.filter((p) => p.required).map((p) => [p.name, asText(sample(fromSchema(p.schema, [])))]),
  );
  const request: InjectOptions = {
    method: route.method,
    url: urlOf(route.path, objects),
    query,
  };
  if (route.multipart) {
    const { payload, headers } = multipartFile('file', 'a.csv', Buffer.from('名称\n甲\n'));
    return { ...request, payload, headers };
  }
  if (!route.body) return request;
  const body = sample(
    fromSchema(
      route.body,
      Object.values(objects).filter((v) => UUID.test(v)),
    ),
  );
  return { ...request, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}
