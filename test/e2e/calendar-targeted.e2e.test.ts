// Browser test of the working-day calendar (R-N.9) and targeted inspections (R-4.1) in the officers' app.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { targetedInspectionService } from '../../src/services/targeted-inspection.service.ts';
import { browserSkipReason, launchChromium, openSignedIn, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { makeDrawWorld, userActor, type DrawWorld } from '../support/draw-fixture.ts';
import { makeUser, PASSWORD } from '../support/fixtures.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason(['admin']);
/** 2031 is not in the `chinese-days` package: 元旦 and 春节 (1-22 … 1-28), make-up Saturdays 1-18 and 2-8. */
const HOLIDAYS_2031 = ['2031-01-01', '2031-01-22', '2031-01-23', '2031-01-24', '2031-01-27', '2031-01-28'];

void describe('working-day calendar and targeted inspections in a browser', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let w: DrawWorld;

  before(async () => {
    database = await freshDatabase('pglite');
    w = await makeDrawWorld(database);
    await makeUser(database, w.org.city, 'sysadmin-e2e', ['system-admin']);
    await makeUser(database, w.org.zhian, 'inspector-e2e', ['inspector']);
    app = await testApp(database);
    origin = await listenOnLoopback(app);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const loggedIn = (username: string, path: string): Promise<Page> =>
    openSignedIn(browser, `${origin}/admin${path}`, username, PASSWORD);

  /** Types a date into the deadline box, computes, and returns the answer once it shows `expected`. */
  async function checkDeadline(page: Page, from: string, expected: RegExp): Promise<Locator> {
    const input = page.locator('#deadline-from');
    await input.click();
    await input.fill(from);
    await input.press('Enter');
    // Not anchored: antd spaces two-character labels ("计 算") and keeps the loading icon's label after a request.
    await page.getByRole('button', { name: /计\s?算/ }).click();
    const answer = page.getByTestId('deadline-result').filter({ hasText: expected });
    await answer.waitFor();
    return answer;
  }

  test('R-N.9 R-26.1 a system administrator adds the year 2031 (validation errors shown), sees it listed and checks a publication deadline on it', async () => {
    const page = await loggedIn('sysadmin-e2e', '/system/calendar');
    await page.getByRole('cell', { name: '2026', exact: true }).waitFor();
    // Before the year exists the deadline is counted on weekends alone and shown as provisional (暂定).
    const missing = await checkDeadline(page, '2031-03-03', /暂定/);
    assert.match((await missing.getAttribute('class')) ?? '', /ant-alert-warning/);
    assert.match(await missing.innerText(), /公示期限为 2031-03-31[\s\S]*暂定：2031 年/);

    await page.getByRole('button', { name: '新增年度' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('#calendar-year').fill('2031');
    await dialog.locator('#calendar-holidays').fill([...HOLIDAYS_2031, '2030-12-31'].join('\n'));
    // A Monday is no make-up working day: the server refuses the year and says why.
    await dialog.locator('#calendar-workdays').fill('2031-01-18\n2031-01-20');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    const problems = page.getByTestId('calendar-problems').locator('.ant-alert-description');
    await problems.waitFor();
    const lines = (await problems.innerText()).split('\n');
    assert.ok(lines.includes('放假日期：2030-12-31 不属于 2031 年'), lines.join(' | '));
    assert.ok(
      lines.some((l) => l.startsWith('调休上班日期：2031-01-20 本来就是工作日')),
      lines.join(' | '),
    );

    await dialog.locator('#calendar-holidays').fill(HOLIDAYS_2031.join('\n'));
    await dialog.locator('#calendar-workdays').fill('2031-01-18');
    // Picking days on the preview: 1-26 (Sunday) becomes a holiday, 2-8 (Saturday) a make-up working day.
    await dialog.locator('[data-date="2031-01-26"]').click();
    await dialog.locator('[data-date="2031-02-08"]').click();
    await dialog.locator('[data-date="2031-02-08"]').click();
    assert.equal(await dialog.locator('[data-date="2031-02-08"]').getAttribute('data-kind'), 'workday');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator('tr', { has: page.getByRole('cell', { name: '2031', exact: true }) });
    await row.getByText('管理员录入').waitFor();
    assert.match(await row.innerText(), /2031\s+管理员录入\s+7\s+2/);
    const shown = page.getByTestId('calendar-year');
    await shown.getByText('2031 年').waitFor();
    assert.equal(await shown.locator('[data-date="2031-01-22"]').getAttribute('data-kind'), 'holiday');

    // 20 working days after Monday 2031-03-03 (the day itself not counted): Monday 2031-03-31.
    const deadline = await checkDeadline(page, '2031-03-03', /公示期限为/);
    assert.match(await deadline.innerText(), /2031-03-03 产生的结果，公示期限为 2031-03-31/);
    assert.match((await deadline.getAttribute('class')) ?? '', /ant-alert-success/);
    await page.close();
  });

  test('R-4.1 an inspector registers a targeted inspection for an entity found in the directory and opens its inspection record', async () => {
    const entity = w.entities[11]!;
    const page = await loggedIn('inspector-e2e', '/targeted');
    await page.getByText('不计入随机抽查', { exact: false }).first().waitFor();
    assert.equal(
      await page.getByRole('menuitem', { name: '工作日历' }).count(),
      0,
      'calendar is for system-admin',
    );

    await page.getByRole('button', { name: '登记定向检查' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('#entityId').fill(entity.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: entity.name })
      .first()
      .click();
    await dialog.locator('#itemId').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'LH-ZA-001' })
      .first()
      .click();
    await dialog.getByLabel('群众举报、投诉').check();
    await dialog.locator('#reference').fill('12345-20260506-0231');
    await dialog.locator('#note').fill('12345 热线转办：反映未登记住宿人员身份信息');
    await dialog.getByRole('button', { name: /登\s?记/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator('tr', { hasText: entity.name });
    // Not yet in force: a leader (not its author) approves it before it leaves random pools.
    await row.getByText('待领导批准').waitFor();
    const pending = await targetedInspectionService.list(
      database.db,
      userActor(w.users.admin, w.org.zhian),
      entity.id,
    );
    await targetedInspectionService.approve(
      database.db,
      userActor(w.users.leader, w.org.district),
      pending[0]!.id,
    );
    await page.reload();
    await row.getByText('排除（代码 4）').waitFor();
    await row.getByText('群众举报、投诉').waitFor();
    const stored = await targetedInspectionService.list(
      database.db,
      userActor(w.users.admin, w.org.zhian),
      entity.id,
    );
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.reason, 'complaint');
    assert.equal(stored[0]!.itemId, w.itemId);

    await row.getByRole('button', { name: '填写检查登记表' }).click();
    await page.waitForURL(/\/admin\/inspections\/[0-9a-f-]{36}$/);
    await page.getByText(`检查登记表 · ${entity.name}`).waitFor();
    await page.getByText('定向检查', { exact: false }).first().waitFor();
    // No drawn team: the active inspectors of the unit are offered (a retired one is not).
    const [first, retired] = [w.inspectors[0]!, w.inspectors[7]!];
    await page.getByLabel(`${first.name}（${first.badgeNumber}）`).check();
    assert.equal(await page.getByLabel(`${retired.name}（${retired.badgeNumber}）`).count(), 0);
    await page.close();
  });
});
