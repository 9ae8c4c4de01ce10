import { Type } from 'typebox';
import { ItemInputSchema } from './item.schema.ts';
import { List, Nullable, ref, StringEnum } from './ref.ts';

// What the API shows of the item list (response schemas).

const ItemStatus = StringEnum(['draft', 'published']);

export const ItemSummaryView = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    unitId: Type.String(),
    unitName: Type.String(),
    name: Type.String(),
    category: StringEnum(['priority', 'general']),
    latestVersion: Type.Integer(),
    publishedVersion: Nullable(Type.Integer()),
    status: ItemStatus,
    effectiveFrom: Nullable(Type.String()),
    updatedAt: Type.String(),
  },
  { $id: 'ItemSummary' },
);

export const ItemVersionView = Type.Object(
  {
    ...ItemInputSchema.properties,
    version: Type.Integer(),
    status: ItemStatus,
    effectiveFrom: Nullable(Type.String()),
    publishedAt: Nullable(Type.String()),
    publishedBy: Nullable(Type.String()),
  },
  { $id: 'ItemVersion' },
);

export const ItemWithVersionsResponse = Type.Object(
  { item: ref(ItemSummaryView), versions: List(ref(ItemVersionView)) },
  { $id: 'ItemWithVersions' },
);
export const ItemListResponse = Type.Object({ items: List(ref(ItemSummaryView)) });
