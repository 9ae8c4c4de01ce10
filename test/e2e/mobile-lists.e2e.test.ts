// Browser test of the officers' list pages on a phone: the page never gets wider than the screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { drawRepository } from '../../src/db/repositories/draw.repository.ts';
import { inspectionService } from '../../src/services/inspection.service.ts';
import { replacementService } from '../../src/services/replacement.service.ts';
import { targetedInspectionService } from '../../src/services/targeted-inspection.service.ts';
import { browserSkipReason, launchChromium, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { userActor } from '../support/draw-fixture.ts';
import { PASSWORD } from '../support/fixtures.ts';
import { confirmedDraw } from '../support/inspection-fixture.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason();
const PHONE = { width: 375, height: 740 };

/**
 * Each list page (and tab) and the link its first row must show: the column kept on the left; or,
 * for a list this world leaves empty, the empty state it must show instead.
 */
const LISTS: readonly { path: string; tab?: string; firstLink?: string; empty?: string }[] = [
  { path: '/items', firstLink: '.ant-table-row a' },
  { path: '/entities', firstLink: '.ant-table-row a' },
  { path: '/inspectors', firstLink: '.ant-table-row a' },
  { path: '/plans', firstLink: '.ant-table-row a' },
  { path: '/tasks', firstLink: '.ant-table-row a' },
  { path: '/draws', firstLink: '.ant-table-row a' },
  { path: '/changes', firstLink: '.ant-card-head a' },
  { path: '/inspections', firstLink: '.ant-table-row a' },
  { path: '/inspections', tab: '检查登记表', firstLink: '.ant-table-row a:visible' },
  { path: '/audit?objectType=item', firstLink: '.ant-table-row a' },
  { path: '/targeted', firstLink: '.ant-table-row a' },
  { path: '/reports', empty: '暂无检查结果' },
  { path: '/follow-ups', empty: '暂无后续处置' },
];

void describe('the list pages on a phone', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const shots = mkdtempSync(join(tmpdir(), 'ss-mobile-'));

  before(async () => {
    database = await freshDatabase('pglite');
    const db = database.db;
    // A confirmed draw with one pending change application, one inspection record and one targeted
    // inspection: every list but the results and the follow-ups (no report yet) has a row.
    const { w, inspector, drawId } = await confirmedDraw(database, 'inspector-mobile');
    const draw = (await drawRepository.get(db, drawId))!.draw;
    const out = draw.result!.strata.find((s) => s.selected.length > 0 && s.reserve.length > 0)!.selected[0]!;
    await replacementService.apply(db, userActor(w.users.drawer, w.org.zhian), drawId, {
      kind: 'entity',
      out,
      reason: '该旅馆已停业装修，无法实施检查',
      evidence: [{ fileName: '停业证明.txt', contentBase64: Buffer.from('停业证明').toString('base64') }],
    });
    const drawn = await inspectionService.drawEntities(db, inspector, drawId);
    const target = drawn.find((row) => row.entity.publicId !== out)!;
    await inspectionService.create(db, inspector, { drawId, entityId: target.entity.id, itemId: w.itemId });
    await targetedInspectionService.record(db, userActor(w.users.admin, w.org.zhian), {
      reference: 'TS-2026-001',
      entityId: target.entity.id,
      itemId: null,
      reason: 'complaint',
      from: '2026-03-20',
      to: null,
      note: '12345 热线转办：反映未登记住宿人员身份信息',
    });
    app = await testApp(database);
    base = `${await listenOnLoopback(app)}/admin`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${base}/login?redirect=%2Fitems`);
    await page.locator('input#username').fill(w.users.leader.username);
    await page.locator('input#password').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/admin\/items$/);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  for (const { path, tab, firstLink, empty } of LISTS) {
    const name = tab ? `${path} (${tab})` : path;
    const what = empty === undefined ? "the first row's link in view" : 'its empty state shown';
    test(`R-3.1 ${name} fits a 375 px phone: no page-wide scroll, ${what}`, async (t) => {
      await page.goto(`${base}${path}`);
      if (tab) await page.getByRole('tab', { name: tab }).click();
      const shown =
        empty === undefined
          ? page.locator(firstLink!).first()
          : page.locator('.ant-table .ant-empty', { hasText: empty });
      const shot = join(shots, `${name.replace(/\W+/g, '_')}.png`);
      try {
        await shown.waitFor({ timeout: 15_000 });
        // Measured once the table is settled: no spinner, no faded rows.
        await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-spin-blur'));
      } finally {
        await page.screenshot({ path: shot, fullPage: true });
        t.diagnostic(`screenshot: ${shot}`);
      }
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      assert.ok(
        scrollWidth <= innerWidth,
        `${name}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`,
      );
      assert.ok(await shown.isVisible(), `${name}: ${what}`);
      const box = (await shown.boundingBox())!;
      assert.ok(box.x >= 0 && box.x < innerWidth, `${name}: it starts on screen (x = ${box.x})`);
    });
  }

  test('R-3.1 scrolled down a list on a phone, the menu button sits in the header, not over the rows, and opens the menu', async () => {
    await page.goto(`${base}/entities`);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.waitForFunction(() => window.scrollY > 0);
    const header = (await page.locator('.ant-layout-header').boundingBox())!;
    const button = (await page.locator('.ant-layout-sider-zero-width-trigger').boundingBox())!;
    assert.ok(header.y >= -1 && header.y <= 1, `the header stays at the top (y = ${header.y})`);
    assert.ok(
      button.y >= header.y && button.y + button.height <= header.y + header.height + 1,
      `the button (y ${button.y}–${button.y + button.height}) lies within the header (y ${header.y}–${header.y + header.height})`,
    );
    await page.locator('.ant-layout-sider-zero-width-trigger').click();
    await page.getByRole('menuitem', { name: '市场主体名录库' }).waitFor({ timeout: 5_000 });
  });
});
