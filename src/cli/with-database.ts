import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf, type DatabaseHandle } from '../db/database.ts';
import { openLog } from '../services/log/log-startup.ts';

/**
 * Opens the configured database (taking the data-folder lock), migrates it, opens the audit log (guards,
 * signing key: a command's checkpoints are signed like the server's), runs `fn`, closes it.
 */
export async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase(targetOf(config));
  try {
    await migrate(handle);
    await openLog(handle.db, config);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
