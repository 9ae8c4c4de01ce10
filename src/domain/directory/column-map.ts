import type { ImportRejection } from './import-rejection.ts';

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** Chinese header, as written in the template. */
  readonly label: string;
  readonly required: boolean;
  /** Extra accepted headers besides `label` and `key`. */
  readonly aliases?: readonly string[];
  /** One line for the template's 说明 sheet. */
  readonly description: string;
  /** A valid example value for the template. */
  readonly example: string;
  /** Closed list of values offered as a drop-down in the template. */
  readonly choices?: readonly string[];
}

/** Column key → the header text it has in this file. */
export type ColumnMap<K extends string> = ReadonlyMap<K, string>;

export type ColumnMapResult<K extends string> =
  | { readonly ok: true; readonly value: ColumnMap<K> }
  | {
      readonly ok: false;
      readonly rejection: ImportRejection;
      /** How many of the specs' columns the headers have (to tell a header from a row above it). */
      readonly found?: number;
    };

// Headers match ignoring case, spaces, a required-marker star and a bracketed hint: “名称*”, “名称（必填）”.
function headerKey(header: string): string {
  return header
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .toLowerCase();
}

/** Maps the file's headers onto the specs; unknown headers are ignored, a missing required one is fatal. */
export function mapColumns<K extends string>(
  specs: readonly ColumnSpec<K>[],
  headers: readonly string[],
): ColumnMapResult<K> {
  const byHeader = new Map<string, K>();
  for (const spec of specs) {
    for (const name of [spec.label, spec.key, ...(spec.aliases ?? [])])
      byHeader.set(headerKey(name), spec.key);
  }
  const map = new Map<K, string>();
  for (const header of headers) {
    const key = byHeader.get(headerKey(header));
    if (key === undefined) continue;
    const earlier = map.get(key);
    if (earlier !== undefined) {
      return {
        ok: false,
        rejection: {
          row: 1,
          column: header,
          code: 'duplicate-column',
          message: `列“${header}”与列“${earlier}”重复`,
        },
      };
    }
    map.set(key, header);
  }
  const missing = specs.filter((s) => s.required && !map.has(s.key)).map((s) => s.label);
  if (missing.length > 0) {
    const column = missing.join('、');
    return {
      ok: false,
      rejection: { row: 1, column, code: 'missing-column', message: `表头缺少必填列：${column}` },
      found: map.size,
    };
  }
  return { ok: true, value: map };
}

/** The raw cell of `key` in a record keyed by the file's headers ('' when the column is absent). */
export function cell<K extends string>(
  values: Readonly<Record<string, string>>,
  columns: ColumnMap<K>,
  key: K,
): string {
  const header = columns.get(key);
  return header === undefined ? '' : (values[header] ?? '');
}

/** The template's example value of a column. */
export function exampleOf<K extends string>(specs: readonly ColumnSpec<K>[], key: K): string {
  return specs.find((s) => s.key === key)?.example ?? '';
}

/** Labels by key, for rejections on a column the file does not have. */
export function labelsOf<K extends string>(specs: readonly ColumnSpec<K>[]): Readonly<Record<K, string>> {
  return Object.fromEntries(specs.map((s) => [s.key, s.label])) as Record<K, string>;
}
