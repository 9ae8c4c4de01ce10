import { request } from '../../request.ts';
import type { EntitySummary, InspectorSummary, ItemSummary, Page } from '../../services/types.ts';

export interface Overview {
  readonly items: number;
  readonly publishedItems: number;
  readonly draftItems: number;
  readonly entities: number;
  readonly activeEntities: number;
  readonly inspectors: number;
  readonly activeInspectors: number;
}

const countOnly = { page: 1, pageSize: 1 } as const;

/** R-N.9: the year of the working-day calendar a system administrator should enter now, if any. */
export async function fetchCalendarDue(): Promise<number | undefined> {
  const { yearDue } = await request<{ yearDue: { year: number } | null }>('/api/admin/calendar/years');
  return yearDue?.year;
}

/** Counts from the list endpoints' `total`; nothing is loaded beyond one row per query. */
export async function fetchOverview(): Promise<Overview> {
  const [{ items }, entities, activeEntities, inspectors, activeInspectors] = await Promise.all([
    request<{ items: ItemSummary[] }>('/api/admin/items'),
    request<Page<EntitySummary>>('/api/admin/entities', { query: countOnly }),
    request<Page<EntitySummary>>('/api/admin/entities', { query: { ...countOnly, status: 'active' } }),
    request<Page<InspectorSummary>>('/api/admin/inspectors', { query: countOnly }),
    request<Page<InspectorSummary>>('/api/admin/inspectors', { query: { ...countOnly, status: 'active' } }),
  ]);
  return {
    items: items.length,
    publishedItems: items.filter((item) => item.publishedVersion !== null).length,
    draftItems: items.filter((item) => item.latestVersion !== item.publishedVersion).length,
    entities: entities.total,
    activeEntities: activeEntities.total,
    inspectors: inspectors.total,
    activeInspectors: activeInspectors.total,
  };
}
