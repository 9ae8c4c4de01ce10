import { request } from '../request.ts';
import type { CurrentUser } from './types.ts';

/** The session's user, or null when there is none (a 401 here is not an error to show). */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const { user } = await request<{ user: CurrentUser }>('/api/auth/me', { skipErrorHandler: true });
    return user;
  } catch {
    return null;
  }
}

export async function logout(): Promise<void> {
  await request<undefined>('/api/auth/logout', { method: 'POST' });
}

/** Issue 10.5: changes the officer's own password; their other sessions end. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request<undefined>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

export async function signOutEverywhere(): Promise<void> {
  await request<undefined>('/api/auth/sessions/revoke-all', { method: 'POST' });
}

/** Issue 10.5: the optional second factor (TOTP). */
export async function startTotp(): Promise<{ secret: string; uri: string }> {
  return request<{ secret: string; uri: string }>('/api/auth/totp/setup', { method: 'POST' });
}

export async function enableTotp(totp: string): Promise<void> {
  await request<undefined>('/api/auth/totp/enable', { method: 'POST', body: { totp } });
}

export async function disableTotp(password: string, totp: string): Promise<void> {
  await request<undefined>('/api/auth/totp/disable', { method: 'POST', body: { password, totp } });
}
