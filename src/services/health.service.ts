import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/database.ts';
import { DatabaseUnavailableError } from './errors.ts';

/** A hung connection must not hang the probe that load balancers and operators poll. */
const PROBE_TIMEOUT_MS = 3000;

/** GET /api/health: the server answers, and so does its database (one `SELECT 1`). */
export async function checkHealth(
  handle: DatabaseHandle,
): Promise<{ status: 'ok'; database: 'pglite' | 'postgres' }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([handle.db.execute(sql`SELECT 1`), timeout]);
  } catch {
    throw new DatabaseUnavailableError();
  } finally {
    clearTimeout(timer);
  }
  return { status: 'ok', database: handle.kind };
}
