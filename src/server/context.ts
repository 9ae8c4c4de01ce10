import type { DatabaseHandle } from '../db/database.ts';
import type { Actor } from '../services/actor.ts';
import type { CurrentUser } from '../services/auth.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    readonly database: DatabaseHandle;
    /** PUBLIC_URL: the portal's address for QR codes in documents (null: the request's host). */
    readonly publicUrl: string | null;
  }
  interface FastifyRequest {
    actor: Actor | null;
    currentUser: CurrentUser | null;
  }
}

export const SESSION_COOKIE = 'ss_session';
