// A frozen pool read once with COPY … TO (text format) and parsed from its bytes into the engine's
// columnar table: no row objects, no JSON. PostgreSQL streams it (pg-copy-streams); PGlite hands the
// whole output back as one Blob.
import { PoolTableBuilder } from '../../domain/draw/pool-table.ts';
import type { PoolTable } from '../../domain/draw/types.ts';
import type { Database } from '../database.ts';

interface PgPool {
  connect(): Promise<{ query(stream: unknown): AsyncIterable<Uint8Array>; release(): void }>;
}
interface Pglite {
  query(sql: string): Promise<{ blob?: Blob }>;
}

/** The output of `COPY (query) TO …` in chunks, on either driver. */
async function* copyOut(db: Database, query: string): AsyncGenerator<Uint8Array> {
  const client = (db as unknown as { $client: PgPool | Pglite }).$client;
  if ('connect' in client) {
    const { to } = await import('pg-copy-streams');
    const connection = await client.connect();
    try {
      yield* connection.query(to(`COPY (${query}) TO STDOUT`));
    } finally {
      connection.release();
    }
    return;
  }
  const { blob } = await client.query(`COPY (${query}) TO '/dev/blob'`);
  if (blob) yield new Uint8Array(await blob.arrayBuffer());
}

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;

/** COPY text lines `id \t stratum \t exclusion` into a builder; a line may span chunks. */
class PoolCopyParser {
  private carry: Uint8Array | null = null;
  private readonly strata = new Map<number, { bytes: Uint8Array; name: string }[]>();
  // ignoreBOM: a U+FEFF that begins an id or a stratum is kept, as the engine keeps it.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(private readonly builder: PoolTableBuilder) {}

  push(chunk: Uint8Array): void {
    const data = this.carry ? concat(this.carry, chunk) : chunk;
    this.carry = null;
    let start = 0;
    let escape = data.indexOf(BACKSLASH);
    for (let end = data.indexOf(NEWLINE); end >= 0; end = data.indexOf(NEWLINE, start)) {
      if (escape >= 0 && escape < start) escape = data.indexOf(BACKSLASH, start);
      this.line(data, start, end, escape >= 0 && escape < end);
      start = end + 1;
    }
    if (start < data.length) this.carry = data.slice(start);
  }

  finish(): void {
    if (this.carry) throw new Error('pool COPY output ended inside a line');
  }

  private line(data: Uint8Array, start: number, end: number, escaped: boolean): void {
    const tab1 = data.indexOf(TAB, start);
    const tab2 = tab1 < 0 ? -1 : data.indexOf(TAB, tab1 + 1);
    if (tab1 < 0 || tab2 < 0 || tab2 > end) throw new Error('pool COPY line without three fields');
    const negative = data[tab2 + 1] === 45;
    let exclusion = 0;
    for (let j = tab2 + (negative ? 2 : 1); j < end; j++) exclusion = exclusion * 10 + data[j]! - 48;
    if (negative) exclusion = -exclusion;
    if (escaped) {
      const text = (a: number, b: number) => unescapeCopy(this.decoder.decode(data.subarray(a, b)));
      this.builder.add(text(start, tab1), text(tab1 + 1, tab2), exclusion);
    } else {
      this.builder.addUtf8(data, start, tab1, this.stratum(data, tab1 + 1, tab2), exclusion);
    }
  }

  /** Strata repeat on every line: each distinct one is decoded once, found again by a hash of its bytes. */
  private stratum(data: Uint8Array, start: number, end: number): string {
    let hash = 0x811c9dc5;
    for (let j = start; j < end; j++) hash = Math.imul(hash ^ data[j]!, 0x01000193);
    const bucket = this.strata.get(hash) ?? [];
    const found = bucket.find((s) => sameBytes(s.bytes, data, start, end));
    if (found) return found.name;
    const bytes = data.slice(start, end);
    bucket.push({ bytes, name: this.decoder.decode(bytes) });
    this.strata.set(hash, bucket);
    return bucket[bucket.length - 1]!.name;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function sameBytes(a: Uint8Array, data: Uint8Array, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== data[start + j]) return false;
  return true;
}

const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** COPY TO writes a backslash, a control character or a delimiter in a value as a backslash escape. */
function unescapeCopy(field: string): string {
  return field.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

/** COPY text output (id, stratum, exclusion), in chunks cut anywhere, as a pool table. */
export async function poolTableFromCopy(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: { readonly shared?: boolean } = {},
): Promise<PoolTable> {
  const builder = new PoolTableBuilder();
  const parser = new PoolCopyParser(builder);
  for await (const chunk of chunks) parser.push(chunk);
  parser.finish();
  return builder.build(options);
}

/** Reads `query` (three columns: id, stratum, exclusion) into a pool table. */
export function copyPoolTable(
  db: Database,
  query: string,
  options: { readonly shared?: boolean } = {},
): Promise<PoolTable> {
  return poolTableFromCopy(copyOut(db, query), options);
}
