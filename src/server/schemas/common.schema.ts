import { Type } from 'typebox';

export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
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
