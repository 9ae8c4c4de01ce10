import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf, type DatabaseHandle } from '../db/database.ts';

/** Opens the configured database (taking the data-folder lock), migrates it, runs `fn`, closes it. */
export async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(targetOf(loadConfig()));
  try {
    await migrate(handle);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
