import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { at, confirmedDraw, refused, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { queryRows } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { calendarService } from './calendar.service.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';

/** 2027 as the State Council announced it would be entered: 元旦 1–3 Jan, a make-up Saturday 9 Jan. */
const Y2027 = { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: ['2027-01-09'] };

onEachDatabase('working-day calendar that never blocks (issue 11)', (database) => {
  let c: ConfirmedDraw;
  let sys: Actor;
  const db = () => database().db;

  const approve = (id: string, on: string) =>
    inspectionReportService.act(db(), c.leader, id, { type: 'approve', opinion: null }, at(on));

  test('setup: a confirmed draw and a system administrator', async () => {
    c = await confirmedDraw(database(), 'inspector-cal');
    sys = { ...c.admin, roles: ['system-admin'] };
  });

  test('R-N.9 R-26.1 a report approved in December with 2027 missing gets a provisional deadline, never a refusal', async () => {
    const id = await reportAwaitingReview(db(), c, 0);
    const approved = await approve(id, '2026-12-10');
    assert.equal(approved.review.status, 'approved');
    // 15 working days left in 2026, then 1 Jan 2027 (a Friday: 元旦 unknown yet) … Thursday 7 Jan.
    assert.equal(approved.review.deadline, '2027-01-07');
    assert.equal(approved.review.deadlineProvisional, true);
    const { rows } = await inspectionReportService.list(db(), c.leader, {}, { page: 1, pageSize: 20 });
    assert.deepEqual(
      rows.map((r) => [r.deadline, r.deadlineProvisional]),
      [['2027-01-07', true]],
    );
    const record = (await inspectionService.list(db(), c.leader, {}, { page: 1, pageSize: 20 })).rows.find(
      (r) => r.id === approved.recordId,
    );
    assert.deepEqual([record?.review.deadline, record?.review.deadlineProvisional], ['2027-01-07', true]);
    assert.deepEqual(await calendarService.deadline(db(), '2026-12-10'), {
      from: '2026-12-10',
      deadline: '2027-01-07',
      provisional: true,
      missingYears: [2027],
    });
  });

  test('R-N.9 a deadline that stays inside a known year is not provisional', async () => {
    const approved = await approve(await reportAwaitingReview(db(), c, 1), '2026-12-01');
    assert.deepEqual([approved.review.deadline, approved.review.deadlineProvisional], ['2026-12-29', false]);
  });

  test('R-N.9 administrators are warned from 1 October while next year is missing', async () => {
    assert.equal((await calendarService.years(db(), at('2026-09-30'))).yearDue, null);
    const due = (await calendarService.years(db(), at('2026-10-01'))).yearDue;
    assert.equal(due?.year, 2027);
    assert.match(due?.message ?? '', /2027 年.*暂定/);
  });

  test('R-N.9 R-26.1 entering 2027 fixes the provisional deadline at once; firm ones stay as they were', async () => {
    const put = await calendarService.put(db(), sys, 2027, Y2027);
    assert.equal(put.settledDeadlines, 1);
    const { rows } = await inspectionReportService.list(db(), c.leader, {}, { page: 1, pageSize: 20 });
    assert.deepEqual(
      rows.map((r) => [r.deadline, r.deadlineProvisional]).sort(),
      [
        ['2026-12-29', false],
        ['2027-01-08', false],
      ],
      '元旦 moves the deadline one working day later',
    );
    const audit = await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'calendar.put-year'`,
    );
    assert.equal(audit[0]!.n, 1);
    assert.equal((await calendarService.years(db(), at('2026-12-04'))).yearDue, null);
    assert.equal((await calendarService.years(db(), at('2027-10-01'))).yearDue?.year, 2028);
  });

  test('R-N.9 an impossible date is refused with invalid-date, not a 500', async () => {
    assert.ok((await refused(calendarService.deadline(db(), '2026-02-30'))).includes('invalid-date'));
  });
});
