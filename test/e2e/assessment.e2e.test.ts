// Browser test of the assessment dashboard and the to-do home page (R-27.1, issue 11.2).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { queryRows, type DatabaseHandle } from '../../src/db/database.ts';
import { inspectionReportService } from '../../src/services/inspection-report.service.ts';
import { browserSkipReason, launchChromium, openSignedIn, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { PASSWORD } from '../support/fixtures.ts';
import { at, confirmedDraw, type ConfirmedDraw } from '../support/inspection-fixture.ts';
import { reportAwaitingReview } from '../support/report-fixture.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason(['admin']);
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 740 };
const SHOTS = process.env.SCREENSHOTS_DIR ?? '/tmp';

void describe('assessment dashboard and to-do list in a browser (R-27.1)', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let c: ConfirmedDraw;

  before(async () => {
    database = await freshDatabase('pglite');
    c = await confirmedDraw(database, 'inspector-dash');
    const ids: string[] = [];
    for (const n of [0, 1, 2]) ids.push(await reportAwaitingReview(database.db, c, n));
    for (const id of ids.slice(0, 2))
      await inspectionReportService.act(
        database.db,
        c.leader,
        id,
        { type: 'approve', opinion: null },
        at('2026-11-24'),
      );
    await inspectionReportService.act(
      database.db,
      c.leader,
      ids[0]!,
      { type: 'publish', privacyApproval: false },
      at('2026-11-25'),
    );
    app = await testApp(database);
    origin = await listenOnLoopback(app);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const loggedIn = (username: string, path: string, viewport = DESKTOP): Promise<Page> =>
    openSignedIn(browser, `${origin}/admin${path}`, username, PASSWORD, viewport);

  test('R-27.1 the leader opens 考核统计 from the menu: charts drawn, figures equal the database’s, a figure opens its records', async () => {
    const page = await loggedIn(c.w.users.leader.username, '/');
    await page.getByRole('menuitem', { name: '考核统计' }).click();
    await page.waitForURL(/\/admin\/assessment/);
    await page.locator('[data-testid=chart-rounds] canvas').waitFor();
    const [db] = await queryRows<{ inspected: number; pool: number }>(
      database.db,
      sql`SELECT (SELECT count(DISTINCT entity_id)::int FROM inspection_records WHERE status = 'submitted') AS inspected,
                 (SELECT pool_size FROM tasks WHERE id = ${c.taskId}) AS pool`,
    );
    const ratio = Math.round((db!.inspected * 1000) / db!.pool) / 10;
    await page.getByTestId('figure-rounds').getByText('1 / 2').waitFor();
    await page
      .getByTestId('figure-ratio')
      .getByText(`已检查 ${db!.inspected} 户 / 名录 ${db!.pool} 户`)
      .waitFor();
    assert.match(
      (await page.getByTestId('figure-ratio').innerText()).replace(/\s/g, ''),
      new RegExp(`${ratio}%`),
    );
    await page.getByTestId('figure-timeliness').getByText('按期 1 / 审核通过 2', { exact: false }).waitFor();
    for (const key of ['ratio', 'results', 'timeliness', 'workload', 'coverage'])
      await page.locator(`[data-testid=chart-${key}] canvas`).waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-assessment-desktop.png`, fullPage: true });

    // The result pie has one code: any point of its ring opens the results of that code.
    const pie = await page.locator('[data-testid=chart-results] canvas').boundingBox();
    assert.ok(pie);
    await page.mouse.click(
      pie.x + pie.width / 2,
      pie.y + pie.height * 0.45 - Math.min(pie.width, pie.height) * 0.25,
    );
    // The list keeps the dashboard's unit (the leader's 分局) and year (issue 11: drill-downs carry the filter).
    const year = new Date().getFullYear();
    await page.waitForURL(
      new RegExp(
        `/admin/reports\\?resultCode=no-problem&status=approved%2Cpublished&unitId=${c.w.org.district.id}&year=${year}$`,
      ),
    );
    await page.getByTestId('scope-tag').getByText(`统计范围：临河区分局 · ${year} 年`).waitFor();
    // The dashboard's own tables are gone once the results list stands alone.
    await page.getByText('共 2 条').waitFor();
    assert.equal(
      await page.locator('.ant-table-row').count(),
      2,
      'the two approved results, not the one awaiting review',
    );

    await page.goBack();
    await page.getByTestId('figure-changes').click();
    await page.waitForURL(
      new RegExp(`/admin/changes\\?status=all&unitId=${c.w.org.district.id}&year=${year}$`),
    );

    // A plan whose second round closed undrawn is red; its tag opens that plan's tasks.
    await page.goBack();
    await page.getByRole('link', { name: '已逾期' }).click();
    await page.waitForURL(new RegExp(`/admin/tasks\\?planId=${c.planId}$`));
    await page.getByText('只看计划 ').waitFor();
    // The tag shows before the list has loaded: wait for a row, then count.
    await page.locator('.ant-table-row').first().waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), 1);
    await page.close();
  });

  test('R-27.1 the dashboard on a phone, and the to-do home page of a leader and a department administrator', async () => {
    const phone = await loggedIn(c.w.users.leader.username, '/assessment', PHONE);
    await phone.locator('[data-testid=chart-rounds] canvas').waitFor();
    await phone.screenshot({ path: `${SHOTS}/admin-assessment-phone.png`, fullPage: true });
    await phone.close();

    const leader = await loggedIn(c.w.users.leader.username, '/');
    const todo = leader.getByTestId('todo');
    await todo.getByText('待审核的检查报告').waitFor();
    await todo.getByText('待公示的检查结果').waitFor();
    await leader.screenshot({ path: `${SHOTS}/admin-home-todo-desktop.png`, fullPage: true });
    await todo
      .getByRole('link', { name: /临河区测试宾馆/ })
      .first()
      .click();
    await leader.waitForURL(/\/admin\/reports\/[0-9a-f-]{36}$/);
    await leader.close();

    const admin = await loggedIn(c.w.users.admin.username, '/', PHONE);
    await admin.getByTestId('todo').getByText('待公示的检查结果').waitFor();
    await admin.screenshot({ path: `${SHOTS}/admin-home-todo-phone.png`, fullPage: true });
    await admin.close();
  });
});
