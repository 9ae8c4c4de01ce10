import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why browser tests cannot run here, or false. In CI nothing is skipped: a missing browser or build
 * must fail the run, not hide it.
 */
export function browserSkipReason(apps: readonly ('admin' | 'portal')[] = ['admin']): string | false {
  if (process.env.CI) return false;
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM} (apt-get install chromium)`;
  const missing = apps.filter(
    (a) => !existsSync(fileURLToPath(new URL(`../../dist/${a}/index.html`, import.meta.url))),
  );
  return missing.length ? `not built: ${missing.join(', ')} (npm run build)` : false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Officers' browsers run on Beijing time, as the server's dates do (services/clock.ts); on a UTC
    // machine the two disagree between 16:00 and 24:00 UTC.
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    // Without the background-networking flags Chromium keeps calling out of a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The app turns antd's animations off for reduced motion: no click lands on a dialog still moving.
      '--force-prefers-reduced-motion',
    ],
  });
}

/** Starts the app on a free loopback port; returns its origin. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const DESKTOP = { width: 1440, height: 900 };

/**
 * Opens `url` of the officers' app in a new page, signs in there and waits until the app has brought the
 * officer back to `url` (the login form keeps the asked address).
 */
export async function openSignedIn(
  browser: Browser,
  url: string,
  username: string,
  password: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(password);
  await page.locator('button[type=submit]').click();
  const wanted = url.replace(/\/$/, '');
  await page.waitForURL((at) => at.href.replace(/\/$/, '') === wanted);
  return page;
}
