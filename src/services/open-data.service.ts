// the public lists other than results (items, plans, draws) as pages for the open-data exports.
import type { Database } from '../db/database.ts';
import { offsetOf, type PageRequest } from '../db/repositories/directory-filter.ts';
import { today } from './clock.ts';
import { itemService } from './item.service.ts';
import { planService } from './plan.service.ts';
import { publicDrawService } from './public-draw.service.ts';

export type PublicItemRow = Awaited<ReturnType<typeof itemService.inForce>>[number];
export type PublicPlanRow = Awaited<ReturnType<typeof planService.published>>[number];
export type PublicDrawRow = Awaited<ReturnType<typeof publicDrawService.list>>[number];

// These lists hold tens of rows: read whole, paged in memory.
function pageOf<T>(all: readonly T[], p: PageRequest) {
  const start = offsetOf(p);
  return {
    total: all.length,
    page: p.page,
    pageSize: p.pageSize,
    rows: all.slice(start, start + p.pageSize),
  };
}

export const openDataService = {
  async items(db: Database, p: PageRequest) {
    return pageOf(await itemService.inForce(db, today()), p);
  },
  async plans(db: Database, p: PageRequest, year?: number) {
    return pageOf(await planService.published(db, year), p);
  },
  async draws(db: Database, p: PageRequest) {
    return pageOf(await publicDrawService.list(db), p);
  },
};
