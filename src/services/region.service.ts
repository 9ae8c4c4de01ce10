import { childRegions } from '../domain/region/region.ts';

export const regionService = {
  /** GB/T 2260 children of a region (provinces without a parent), for pickers. */
  children(parent: string | undefined): { code: string; name: string }[] {
    return childRegions(parent).map((r) => ({ code: r.code, name: r.name }));
  },
};
