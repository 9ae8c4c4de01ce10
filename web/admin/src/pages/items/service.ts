import { request } from '../../request.ts';
import type { ItemInput, ItemStatus, ItemSummary, ItemWithVersions } from '../../services/types.ts';

export interface ItemQuery {
  readonly q?: string;
  readonly status?: ItemStatus;
}

export async function fetchItems(query: ItemQuery): Promise<readonly ItemSummary[]> {
  const { items } = await request<{ items: ItemSummary[] }>('/api/admin/items', { query: { ...query } });
  return items;
}

export function fetchItem(id: string): Promise<ItemWithVersions> {
  return request<ItemWithVersions>(`/api/admin/items/${encodeURIComponent(id)}`);
}

export function createItem(input: ItemInput): Promise<ItemWithVersions> {
  return request<ItemWithVersions>('/api/admin/items', { method: 'POST', body: input });
}

/** Edits the draft; when the latest version is published the server opens a new draft version. */
export function saveDraft(id: string, input: ItemInput): Promise<ItemWithVersions> {
  return request<ItemWithVersions>(`/api/admin/items/${encodeURIComponent(id)}/draft`, {
    method: 'PUT',
    body: input,
  });
}

/** 409 `legal-basis-required` / `no-draft` are shown by the publish dialog itself. */
export function publishItem(id: string, effectiveFrom: string): Promise<ItemWithVersions> {
  return request<ItemWithVersions>(`/api/admin/items/${encodeURIComponent(id)}/publish`, {
    method: 'POST',
    body: { effectiveFrom },
    skipErrorHandler: true,
  });
}
