import fc from 'fast-check';

/** The JSON Schema subset the OpenAPI document uses for request bodies. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map(day);

/** Values a careless or hostile client sends: the cases and their neighbours. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\udc00\ud800',
    'true',
    true,
    false,
    null,
    0,
    -1,
    1.5,
    1e20,
    -1e308,
    2147483648,
    '',
    ' ',
    '1',
    [],
    {},
    [null],
    'x'.repeat(5000),
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '2026-13-01',
    '00000000-0000-0000-0000-000000000000',
    "'; DROP TABLE entities; --",
    '\u202e<script>',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const stringOf = (s: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> => {
  if (s.format === 'uuid') return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
  if (s.format === 'date-time') return dates.map((d) => `${d}T09:00:00+08:00`);
  if (s.format === 'date') return dates;
  if (s.pattern?.includes('\\d{6}')) return fc.constantFrom('150802', '150821', '110101');
  const max = Math.min(s.maxLength ?? 12, 12);
  if (s.pattern)
    return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? 1e9));
  return fc.string({
    unit: 'grapheme',
    minLength: s.minLength ?? 0,
    maxLength: Math.max(max, s.minLength ?? 0),
  });
};

/** Mostly valid values of a schema (so requests reach the services), reusing real ids for uuids. */
export function fromSchema(s: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  const branches = s.anyOf ?? s.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => fromSchema(b, ids)));
  if (s.allOf)
    return fc
      .tuple(...s.allOf.map((b) => fromSchema(b, ids)))
      .map((parts): unknown =>
        Object.assign({}, ...parts.filter((p): p is object => typeof p === 'object' && p !== null)),
      );
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const type: readonly (string | undefined)[] = Array.isArray(s.type)
    ? s.type
    : [s.type as string | undefined];
  if (type.length > 1) return fc.oneof(...type.map((t) => fromSchema({ ...s, type: t }, ids)));
  switch (type[0]) {
    case 'object': {
      const model = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, fromSchema(v, ids)]),
      );
      return fc.record(model, { requiredKeys: [...(s.required ?? [])] });
    }
    case 'array': {
      const max = Math.min(s.maxItems ?? 3, 3);
      const opts = { minLength: Math.min(s.minItems ?? 0, max), maxLength: max };
      const item = fromSchema(s.items ?? {}, ids);
      return s.uniqueItems
        ? fc.uniqueArray(item, { ...opts, selector: (v) => JSON.stringify(v) })
        : fc.array(item, opts);
    }
    case 'string':
      return stringOf(s, ids);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({
        min: s.exclusiveMinimum ?? s.minimum ?? -1000,
        max: s.maximum ?? 1000,
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every place in a JSON value a nasty value can go: `[]` is the value itself. */
function paths(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (v: unknown, at: (string | number)[]) => {
    const parts: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i): [number, unknown] => [i, x])
      : v !== null && typeof v === 'object'
        ? Object.entries(v)
        : [];
    for (const [k, x] of parts) {
      out.push([...at, k]);
      walk(x, [...at, k]);
    }
  };
  walk(value, []);
  return out;
}

/** `value` with one place (chosen by `pick`) replaced by `bad`. */
export function plant(value: unknown, pick: number, bad: unknown): unknown {
  // The value itself only when it has no parts (a whole nasty body is generated on its own).
  const all = paths(value).slice(1);
  const path = all.length === 0 ? [] : all[pick % all.length]!;
  if (path.length === 0) return bad;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = bad;
  return copy;
}
