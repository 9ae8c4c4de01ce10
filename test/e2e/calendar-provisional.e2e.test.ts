// Browser test of the working-day calendar that never blocks (issue 11): approval with next year missing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import {
  calendarYearDue,
  officialCalendar,
  publicationDeadline,
} from '../../src/domain/calendar/working-days.ts';
import { calendarService, officialWorkingDays } from '../../src/services/calendar.service.ts';
import { today } from '../../src/services/clock.ts';
import { inspectionReportService } from '../../src/services/inspection-report.service.ts';
import { browserSkipReason, launchChromium, openSignedIn, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { makeUser, PASSWORD } from '../support/fixtures.ts';
import { at, confirmedDraw, type ConfirmedDraw } from '../support/inspection-fixture.ts';
import { reportAwaitingReview } from '../support/report-fixture.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason(['admin']);
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 740 };

void describe('provisional publication deadlines in a browser (issue 11)', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let c: ConfirmedDraw;
  let december: string;
  let todays: string;

  before(async () => {
    database = await freshDatabase('pglite');
    c = await confirmedDraw(database, 'inspector-prov');
    await makeUser(database, c.w.org.city, 'sysadmin-prov', ['system-admin']);
    december = await reportAwaitingReview(database.db, c, 0);
    await inspectionReportService.act(
      database.db,
      c.leader,
      december,
      { type: 'approve', opinion: null },
      at('2026-12-10'),
    );
    todays = await reportAwaitingReview(database.db, c, 1);
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

  const deadlineCell = (page: Page) =>
    page.locator('.ant-descriptions-item', { hasText: '公示期限' }).locator('.ant-descriptions-item-content');

  test('R-N.9 R-26.1 a leader approves a report with next year’s calendar missing and sees the deadline, marked 暂定 when provisional', async () => {
    // The server approves on its own (Beijing) date: the expectation is counted on the same calendar.
    const expected = publicationDeadline(today(), officialCalendar());
    assert.ok(expected.ok);
    const page = await loggedIn(c.w.users.leader.username, `/reports/${todays}`);
    await page.getByRole('button', { name: /审核通过/ }).click();
    // The dialog says the deadline the approval will set, and why it is provisional; it never refuses.
    const preview = page.locator('.ant-modal').getByTestId('approve-deadline');
    await preview.getByText(`公示期限为 ${expected.value.date}`).waitFor();
    assert.equal((await preview.innerText()).includes('暂定'), expected.value.provisional);
    await page.screenshot({ path: '/tmp/approve-dialog-1440.png' });
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /审核通过/ })
      .click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    const cell = deadlineCell(page);
    await cell.getByText(expected.value.date).waitFor();
    assert.equal(await cell.getByTestId('deadline-provisional').count(), expected.value.provisional ? 1 : 0);
    await page.close();
  });

  test('R-N.9 the system administrator’s home page warns while a year is due, and the calendar page offers to enter it', async () => {
    // On the real clock: in December 2026 (or any day of 2027) without 2027 entered, 2027 is due.
    const due = calendarYearDue(today(), await officialWorkingDays(database.db));
    const page = await loggedIn('sysadmin-prov', '', PHONE);
    await page.getByText('当前账号').waitFor();
    const banner = page.getByTestId('calendar-due');
    if (due === null) assert.equal(await banner.count(), 0);
    else {
      await banner.getByText(`${due} 年工作日历尚未录入`).waitFor();
      await page.screenshot({ path: '/tmp/calendar-due-home-375.png', fullPage: true });
      await banner.getByRole('button', { name: `录入 ${due} 年` }).click();
      await page.waitForURL(/\/admin\/system\/calendar$/);
      await page.getByText('公示期限试算').waitFor();
      await page
        .getByTestId('calendar-due')
        .getByRole('button', { name: `录入 ${due} 年` })
        .click();
      assert.equal(await page.locator('.ant-modal #calendar-year').inputValue(), String(due));
    }
    await page.close();
  });

  test('R-N.9 R-26.1 a December approval shows 暂定 on the report and in the results list until 2027 is entered', async () => {
    const page = await loggedIn(c.w.users.leader.username, `/reports/${december}`);
    const cell = deadlineCell(page);
    await cell.getByText('2027-01-07').waitFor();
    assert.match(await cell.innerText(), /2027-01-07\s*暂定/);
    await page.screenshot({ path: '/tmp/provisional-report-1440.png', fullPage: true });
    const phone = await browser.newPage({ viewport: PHONE });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${origin}/admin/reports/${december}`);
    await deadlineCell(phone).getByTestId('deadline-provisional').waitFor();
    await phone.screenshot({ path: '/tmp/provisional-report-375.png', fullPage: true });
    await phone.close();

    await page.goto(`${origin}/admin/reports`);
    const row = page.locator('tr', { hasText: '2027-01-07' });
    await row.getByTestId('deadline-provisional').waitFor();
    await page.screenshot({ path: '/tmp/provisional-list-1440.png', fullPage: true });

    const sys = { ...c.admin, roles: ['system-admin' as const] };
    await calendarService.put(database.db, sys, 2027, {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      workdays: ['2027-01-09'],
    });
    await page.goto(`${origin}/admin/reports/${december}`);
    await deadlineCell(page).getByText('2027-01-08').waitFor();
    assert.equal(await deadlineCell(page).getByTestId('deadline-provisional').count(), 0);
    await page.close();
  });
});
