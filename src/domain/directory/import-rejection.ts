import type { ColumnMap } from './column-map.ts';

/** Why one cell (or, with row 1 and code missing-column, the whole file) was not imported. */
export interface ImportRejection {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** The column as headed in the file (its Chinese name when the column is missing). */
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

export type RowParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly rejections: readonly ImportRejection[] };

/** Collects one rejection per failing column of one row. */
export class RowRejections<K extends string> {
  readonly list: ImportRejection[] = [];
  readonly #failed = new Set<K>();

  constructor(
    private readonly row: number,
    private readonly columns: ColumnMap<K>,
    private readonly labels: Readonly<Record<K, string>>,
  ) {}

  add(key: K, code: string, message: string): void {
    if (this.#failed.has(key)) return;
    this.#failed.add(key);
    this.list.push({ row: this.row, column: this.columns.get(key) ?? this.labels[key], code, message });
  }

  has(key: K): boolean {
    return this.#failed.has(key);
  }
}
