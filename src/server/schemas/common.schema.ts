import { Type } from 'typebox';

// `format: date` checks the calendar (2026-02-30 is refused); year 0000 is not a PostgreSQL date.
export const DateString = Type.String({
  pattern: '^[1-9]\\d{3}-\\d{2}-\\d{2}$',
  format: 'date',
  description: 'YYYY-MM-DD',
});
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
/** Bounded: 99999999999999999999 is a 400, not an OFFSET the database cannot hold. */
export const MAX_PAGE = 1_000_000;
export const PageNumber = Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }));
export const PageQuery = {
  page: PageNumber,
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
};
export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});
export const RiskClass = Type.Union([
  Type.Literal('A'),
  Type.Literal('B'),
  Type.Literal('C'),
  Type.Literal('D'),
]);

export const page = (q: { page?: number; pageSize?: number }) => ({
  page: q.page ?? 1,
  pageSize: q.pageSize ?? 20,
});

/** Optional filter text: empty means no filter. */
export const blankToUndefined = <T extends string>(s: T | undefined): Exclude<T, ''> | undefined =>
  s ? (s as Exclude<T, ''>) : undefined;
