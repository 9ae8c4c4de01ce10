// Browser test of the public portal: a citizen finds an entity's result by name, by credit code and by
// filter, opens its credit archive, and reaches every tab on a 375 px phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { seedDemoIfEmpty } from '../../src/services/demo.service.ts';
import { browserSkipReason, launchChromium, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason(['portal']);
const PHONE = { width: 375, height: 740 };

interface Row {
  publicId: string;
  entityName: string;
  entityCode: string;
  resultCode: string;
  resultLabel: string;
}

void describe('the public portal: search and reading', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  let rows: Row[];

  before(async () => {
    database = await freshDatabase('pglite');
    await seedDemoIfEmpty(database);
    app = await testApp(database);
    base = await listenOnLoopback(app);
    const res = await fetch(`${base}/api/public/results?pageSize=50`);
    rows = ((await res.json()) as { rows: Row[] }).rows;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const cards = () => page.locator('article.result-card');
  // Enter submits the form as the 搜索 button does; a key press cannot land on a control that moved while the
  // list below was still loading (a clean-clone CI run once lost the click: the URL never got q=).
  const search = async (text: string) => {
    const box = page.getByRole('searchbox', { name: '搜索检查对象' });
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction(
      (q) => new URLSearchParams(location.hash.split('?')[1]).get('q') === q,
      text.trim(),
    );
  };

  test('R-26.1 a citizen searches an entity by name and finds its published result', async () => {
    const target = rows.find((r) => r.resultCode === 'serious-non-cooperation')!;
    await page.goto(`${base}/#/`);
    await cards().first().waitFor();
    assert.equal(await cards().count(), rows.length);
    await search(target.entityName.slice(3));
    await page.getByText(/共 \d+ 条公示结果（/).waitFor();
    const found = cards().filter({ hasText: target.entityName });
    await found.first().waitFor();
    assert.ok((await cards().count()) < rows.length, 'the list is narrowed');
    const tag = found.first().locator('.result-tag');
    assert.equal(await tag.textContent(), target.resultLabel);
    assert.match((await tag.getAttribute('class')) ?? '', /severity-serious/, 'the worst result is red');
  });

  test('R-26.1 R-26.3 by credit code, by result filter, and the CSV link carries the filters', async () => {
    const target = rows.find((r) => /^[0-9A-Z]{18}$/.test(r.entityCode))!;
    await page.goto(`${base}/#/`);
    await search(target.entityCode);
    await page.getByText('共 1 条公示结果', { exact: false }).waitFor();
    assert.ok(await cards().filter({ hasText: target.entityName }).isVisible());
    await page.goto(`${base}/#/`);
    await page.getByRole('combobox', { name: '检查结果' }).selectOption('no-problem');
    await page.getByText('共 3 条公示结果').waitFor();
    const tags = await page
      .locator('.result-tag')
      .evaluateAll((els: Element[]): string[] => els.map((e) => e.className));
    assert.ok(tags.length === 3 && tags.every((c) => c.includes('severity-none')));
    const href = await page.getByRole('link', { name: '下载 CSV' }).getAttribute('href');
    assert.equal(href, '/api/public/results.csv?result=no-problem');
  });

  test('R-26.2 the archive search finds the entity and opens its credit archive', async () => {
    const target = rows.find((r) => r.resultCode === 'serious-non-cooperation')!;
    await page.goto(`${base}/#/archive`);
    await page.getByRole('searchbox').fill(target.entityName);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByRole('link', { name: target.entityName }).click();
    await page.getByText(`${target.entityName} · 信用档案`).waitFor();
    assert.ok(await page.getByText('经营异常名录').first().isVisible());
  });

  test('R-3.1 every tab is reachable on a 375 px phone and no page is wider than the screen', async () => {
    await page.goto(`${base}/#/`);
    const tabs = page.locator('.portal-nav a');
    const labels = await tabs.allTextContents();
    assert.ok(labels.length >= 5);
    for (const label of labels) {
      const tab = page.locator('.portal-nav a', { hasText: label });
      const box = (await tab.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${label} is on screen`);
      await tab.click();
      await page.locator('.portal-nav a.active', { hasText: label }).waitFor();
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wide <= 0, `${label}: the page is ${wide} px wider than the screen`);
    }
  });
});
