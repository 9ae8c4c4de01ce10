import { request } from '../../request.ts';
import type { CurrentUser } from '../../services/types.ts';

export interface LoginParams {
  readonly username: string;
  readonly password: string;
  /** Asked for once the server answers `totp-required`. */
  readonly totp?: string;
}

/** Wrong credentials are shown inline by the form, not by the global error handler. */
export async function login(params: LoginParams): Promise<CurrentUser> {
  const { user } = await request<{ user: CurrentUser }>('/api/auth/login', {
    method: 'POST',
    body: params,
    skipErrorHandler: true,
  });
  return user;
}
