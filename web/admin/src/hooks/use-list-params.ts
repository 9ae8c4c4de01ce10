// Filters and paging of a list kept in the URL, so "back" from a detail page returns to the same view.
import { useSearchParams } from 'react-router';

export interface ListParams<K extends string> {
  readonly filters: Readonly<Partial<Record<K, string>>>;
  readonly page: number;
  readonly pageSize: number;
  /** New filters start again at page 1. */
  readonly setFilters: (filters: Readonly<Partial<Record<K, string | undefined>>>) => void;
  readonly setPage: (page: number, pageSize: number) => void;
}

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export function useListParams<K extends string>(keys: readonly K[], defaultPageSize = 20): ListParams<K> {
  const [params, setParams] = useSearchParams();
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }

  const update = (patch: Readonly<Record<string, string | number | undefined>>) =>
    void setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );

  return {
    filters,
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), defaultPageSize),
    setFilters: (next) =>
      update({ ...Object.fromEntries(keys.map((key) => [key, next[key]?.trim()])), page: 1 }),
    setPage: (page, pageSize) => update({ page, pageSize }),
  };
}

/** Narrows a URL value to one of the allowed literals. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
