import { request } from '../../request.ts';
import type { SigningKey } from '../../services/types.ts';

export async function fetchSigningKeys(): Promise<readonly SigningKey[]> {
  return (await request<{ keys: SigningKey[] }>('/api/admin/signing-keys')).keys;
}

export async function revokeSigningKey(id: string): Promise<void> {
  await request<undefined>(`/api/admin/signing-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}
