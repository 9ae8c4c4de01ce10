// Browser test (issue 11 item 5): the officers' app in Chinese shows no word of the code's vocabulary.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { browserSkipReason } from '../support/browser.ts';
import { demoBrowserWorld } from '../support/demo-browser-world.ts';

const skip = browserSkipReason();

/** Member names, role ids, audit actions, requirement numbers and leaked JS values. */
const DENY =
  /\b(drawId|taskId|planId|entityId|itemId|pool|seed|result|inspectors|supervisor|witness|system|drawer|(?:inspection|draw|plan|entity|task|item|report|replacement)\.\w+|R-\d+\.\d+|R-N\.\d+|undefined|null|NaN|true|false)\b/g;

/** Every menu route with no parameter; the witness page needs a one-time code and is not walked. */
const LISTS = [
  '/',
  '/assessment',
  '/items',
  '/items/new',
  '/entities',
  '/inspectors',
  '/plans',
  '/plans/new',
  '/tasks',
  '/draws',
  '/inspections',
  '/targeted',
  '/reports',
  '/follow-ups',
  '/changes',
  '/audit',
  '/system/calendar',
];

/** Detail pages: the first row's link of a list (or of one of its tabs), optionally with a suffix. */
const DETAILS: readonly { from: string; tab?: string; link: string; suffix?: string }[] = [
  { from: '/items', link: '.ant-table-row a' },
  { from: '/entities', link: '.ant-table-row a' },
  { from: '/inspectors', link: '.ant-table-row a' },
  { from: '/plans', link: '.ant-table-row a' },
  { from: '/tasks', link: '.ant-table-row a' },
  { from: '/draws', link: '.ant-table-row a' },
  { from: '/draws', link: '.ant-table-row a', suffix: '/record' },
  { from: '/inspections', link: '.ant-table-row a' },
  { from: '/inspections', tab: '检查登记表', link: '.ant-table-row a:visible' },
  { from: '/targeted', link: '.ant-table-row a' },
  { from: '/reports', link: '.ant-table-row a' },
];

const USERS = ['admin', 'zhian', 'leader', 'drawer', 'auditor'];

/** The words of the deny-list in a page's visible text, with a little context each. */
function hits(text: string): string[] {
  return [...text.matchAll(DENY)].map((m) => {
    const at = m.index;
    return `${m[0]} in “${text.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\s+/g, ' ')}”`;
  });
}

void describe('the officers’ app speaks Chinese', { skip }, () => {
  const w = demoBrowserWorld();

  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton'));
  }

  async function visibleText(page: Page, path: string): Promise<string> {
    await page.goto(`${w.base}${path}`);
    await settle(page);
    return page.evaluate(() => document.body.innerText);
  }

  for (const username of USERS) {
    test(`R-3.1 every page ${username} opens shows no English code word`, { timeout: 300_000 }, async () => {
      const context = await w.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      try {
        await page.goto(`${w.base}/login?redirect=%2F`);
        await page.locator('input#username').fill(username);
        await page.locator('input#password').fill(DEMO_PASSWORD);
        await page.locator('button[type=submit]').click();
        await page.locator('.ant-layout-sider').waitFor();
        const found: string[] = [];
        const visit = async (path: string) => {
          // The user's own name in the header is a name, not code vocabulary.
          const text = (await visibleText(page, path)).replaceAll(username, '');
          for (const hit of hits(text)) found.push(`${path}: ${hit}`);
        };
        for (const path of LISTS) await visit(path);
        for (const { from, tab, link, suffix } of DETAILS) {
          await page.goto(`${w.base}${from}`);
          await settle(page);
          if (tab) {
            await page.getByRole('tab', { name: tab }).click();
            await settle(page);
          }
          const first = page.locator(link).first();
          if ((await first.count()) === 0) {
            found.push(`${from}: no row to open a detail page from`);
            continue;
          }
          const href = await first.getAttribute('href');
          const path = `${href!.replace(/^\/admin/, '')}${suffix ?? ''}`;
          await visit(path);
        }
        assert.deepEqual(found, [], `${username} sees:\n${found.join('\n')}`);
      } finally {
        await context.close();
      }
    });
  }
});
