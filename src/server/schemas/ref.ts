import { Type, type Static, type TSchema } from 'typebox';

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * A response's reference to a shared schema (one with an $id, registered in components.ts): the OpenAPI document
 * names it once and the generated web types get that name. Readonly, so services' readonly arrays fit.
 */
export function ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<DeepReadonly<Static<T>>>({ $ref: id });
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One of these strings: `{ type: 'string', enum }`, which generators turn into a union of literals. */
export const StringEnum = <const V extends readonly string[]>(
  values: V,
  options: { description?: string } = {},
) => Type.Unsafe<V[number]>({ ...options, type: 'string', enum: values });

/** An array whose handler may hand over a readonly one (services return readonly lists). */
export const List = <T extends TSchema>(item: T) => Type.Unsafe<readonly Static<T>[]>(Type.Array(item));

/** One page of a list: its rows and where they sit in the whole. */
export const pageOf = <T extends TSchema>(row: T) =>
  Type.Object({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), rows: List(row) });
