import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf, type DatabaseHandle } from '../db/database.ts';
import { openLog } from '../services/log/log-startup.ts';
import { openPersonalData } from '../services/personal-data/personal-data-startup.ts';

/**
 * Opens the configured database (taking the data-folder lock), migrates it, opens the audit log (guards,
 * signing key: a command's checkpoints are signed like the server's) and the personal-data keys, runs `fn`, closes it.
 */
export async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase(targetOf(config));
  try {
    await migrate(handle);
    await openLog(handle.db, config);
    // Like the log-signing key, a data key made here is silent: `start` warns in its log.
    await openPersonalData(handle.db, config);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
