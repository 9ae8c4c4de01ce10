import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../services/auth.service.ts';
import type { Actor } from '../services/actor.ts';
import { PasswordChangeRequiredError, UnauthenticatedError } from '../services/errors.ts';
import { SESSION_COOKIE } from './context.ts';

const PASSWORD_CHANGE_ROUTES = new Set([
  '/api/auth/password',
  '/api/auth/me',
  '/api/auth/sessions/revoke-all',
]);

/**
 * Every route in the scope requires a logged-in user; the access checks themselves are in the services.
 * Checked on the request, before its body is read or validated: an outsider gets 401, never the fields
 * a body needs, and uploads nothing.
 */
export function requireLogin(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const { actor, user } = await authenticate(app.database.db, request.cookies[SESSION_COOKIE]);
    // Issue 10.5: the demo password outside demo mode opens only the way to change it.
    if (user.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? ''))
      throw new PasswordChangeRequiredError();
    request.actor = actor;
    request.currentUser = user;
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}
