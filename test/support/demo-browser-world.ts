// The setup most browser tests share: a fresh PGlite with the demo data, the app on a loopback port and
// Debian's Chromium, opened before the suite's tests and closed after them.
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { seedDemoIfEmpty } from '../../src/services/demo.service.ts';
import { launchChromium, listenOnLoopback } from './browser.ts';
import { freshDatabase } from './databases.ts';
import { testApp } from './server.ts';

export interface BrowserWorld {
  database: DatabaseHandle;
  app: FastifyInstance;
  browser: Browser;
  /** The officers' app: `http://127.0.0.1:<port>/admin`. */
  base: string;
}

/** Call inside a `describe`: the world's members are set once its `before` hook has run. */
export function demoBrowserWorld(): BrowserWorld {
  const world = {} as BrowserWorld;
  before(async () => {
    world.database = await freshDatabase('pglite');
    await seedDemoIfEmpty(world.database);
    world.app = await testApp(world.database);
    world.base = `${await listenOnLoopback(world.app)}/admin`;
    world.browser = await launchChromium();
  });
  after(async () => {
    await world.browser?.close();
    await world.app?.close();
    await world.database?.close();
  });
  return world;
}
