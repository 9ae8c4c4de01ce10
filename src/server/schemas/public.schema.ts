import { Type, type Static } from 'typebox';

/** Bounded paging of the public lists: anything else is a 400 `validation-failed`, never a 500. */
export const MAX_PUBLIC_PAGE = 100_000;
export const paging = (maxPageSize: number, defaultPageSize: number) => ({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PUBLIC_PAGE, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: maxPageSize, default: defaultPageSize })),
});

const resultFilters = {
  q: Type.Optional(
    Type.String({ maxLength: 100, description: '检查对象名称（包含）或统一社会信用代码（18 位）' }),
  ),
  item: Type.Optional(Type.String({ maxLength: 64, description: '抽查事项编码' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: '检查年度' })),
  result: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]*$', description: '检查结果编码' })),
};

export const PublicPageQuery = Type.Object(paging(200, 20));
export const PublicCsvPageQuery = Type.Object(paging(5000, 1000));
export const PublicResultQuery = Type.Object({
  ...paging(200, 20),
  ...resultFilters,
  after: Type.Optional(
    Type.String({ maxLength: 40, description: '上一页返回的 next：从其后继续（键集翻页，深页更快）' }),
  ),
});
export const NextCursor = Type.Object({
  next: Type.Union([Type.String(), Type.Null()], { description: '下一页的 after 参数；没有下一页时为 null' }),
});
export const PublicResultCsvQuery = Type.Object({ ...paging(5000, 1000), ...resultFilters });
export const PublicEntityQuery = Type.Object({ ...paging(200, 20), q: resultFilters.q });
export const PublicEntityCsvQuery = Type.Object({ ...paging(5000, 1000), q: resultFilters.q });

export type PublicResultQueryT = Static<typeof PublicResultQuery>;

export const PublicEntitySchema = Type.Object({
  publicId: Type.String(),
  entityName: Type.String(),
  entityCode: Type.String(),
  results: Type.Integer(),
  lastPublishedOn: Type.String(),
});

export const pageOf = (q: { page?: number; pageSize?: number }, pageSize = 20) => ({
  page: q.page ?? 1,
  pageSize: q.pageSize ?? pageSize,
});

export const resultFilterOf = (q: PublicResultQueryT) => ({
  q: q.q?.trim() || undefined,
  itemCode: q.item || undefined,
  year: q.year,
  resultCode: q.result || undefined,
});

export const PlanYearQuery = Type.Object({
  ...paging(5000, 1000),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
});
