import type { FastifyReply } from 'fastify';
import { toCsv, type CsvColumn } from '../domain/open-data/csv.ts';
import type { TSchema } from 'typebox';
import { CSV, fileResponse } from './schemas/media.schema.ts';

/** a page of a public list as a CSV download; the list's total travels in `X-Total-Count`. */
export function csvReply<T>(
  reply: FastifyReply,
  name: string,
  columns: readonly CsvColumn<T>[],
  list: { readonly total?: number; readonly rows: readonly T[] },
): Buffer {
  void reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .header('x-total-count', String(list.total ?? list.rows.length));
  return Buffer.from(toCsv(columns, list.rows), 'utf8');
}

/** The schema of a CSV export: its query, and `text/csv` as its declared media type (OpenAPI). */
export const csvSchema = <Q extends TSchema>(operationId: string, querystring: Q) => ({
  operationId,
  tags: ['public'],
  querystring,
  response: { 200: fileResponse('CSV（UTF-8，带 BOM）', [CSV]) },
});
