import { Type } from 'typebox';
import { DateString } from './common.schema.ts';

export const ItemInputSchema = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64 }),
  unitId: Type.String({ format: 'uuid' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  category: Type.Union([Type.Literal('priority'), Type.Literal('general')]),
  legalBasis: Type.Array(
    Type.Object({ law: Type.String({ maxLength: 200 }), article: Type.String({ maxLength: 200 }) }),
    {
      maxItems: 50,
    },
  ),
  objectType: Type.String({ minLength: 1, maxLength: 100 }),
  needsEntityDirectory: Type.Boolean(),
  ratioPercent: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
  roundsPerYear: Type.Integer({ minimum: 1, maximum: 366 }),
  methods: Type.Array(
    Type.Union([Type.Literal('on-site'), Type.Literal('document'), Type.Literal('online')]),
    {
      minItems: 1,
      uniqueItems: true,
    },
  ),
  checklist: Type.Array(
    Type.Object({ code: Type.String({ maxLength: 32 }), text: Type.String({ maxLength: 500 }) }),
    {
      maxItems: 200,
    },
  ),
  procedure: Type.String({ maxLength: 10000 }),
  higherRule: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]),
});

export const ItemVersionSchema = Type.Intersect([
  ItemInputSchema,
  Type.Object({
    version: Type.Integer(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
    effectiveFrom: Type.Union([Type.String(), Type.Null()]),
    publishedAt: Type.Union([Type.String(), Type.Null()]),
    publishedBy: Type.Union([Type.String(), Type.Null()]),
  }),
]);

export const ItemListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('')])),
});

export const PublishBody = Type.Object({ effectiveFrom: DateString });
