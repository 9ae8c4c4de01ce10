import type { Database, Executor } from '../db/database.ts';
import { calendarRepository } from '../db/repositories/calendar.repository.ts';
import { inspectionReportRepository } from '../db/repositories/inspection-report.repository.ts';
import { chineseDaysYears } from '../domain/calendar/chinese-days-years.ts';
import {
  calendarYearDue,
  publicationDeadline,
  workingDayCalendar,
  type CountedDate,
  type WorkingDayCalendar,
} from '../domain/calendar/working-days.ts';
import { checkYearCalendar, type YearCalendar } from '../domain/calendar/year-calendar.ts';
import { requirePermission } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { today } from './clock.ts';
import { ValidationFailedError } from './errors.ts';

async function adminYears(db: Executor): Promise<YearCalendar[]> {
  return (await calendarRepository.all(db)).map((r) => ({
    year: r.year,
    holidays: r.holidays,
    workdays: r.workdays,
    source: 'admin' as const,
  }));
}

/** The official calendar: the `chinese-days` package, with the administrator's years on top (R-N.9). */
export async function officialWorkingDays(db: Executor): Promise<WorkingDayCalendar> {
  return workingDayCalendar(await adminYears(db));
}

function deadlineOn(producedOn: string, calendar: WorkingDayCalendar): CountedDate {
  const r = publicationDeadline(producedOn, calendar);
  if (!r.ok)
    throw new ValidationFailedError([{ field: 'from', code: r.error.code, message: r.error.message }]);
  return r.value;
}

/** R-N.9: the last on-time publication day of a result produced on `producedOn`; provisional (暂定) when a year on the way is missing. */
export async function deadlineOf(db: Executor, producedOn: string): Promise<CountedDate> {
  return deadlineOn(producedOn, await officialWorkingDays(db));
}

/**
 * Recounts every provisional deadline on the calendar as it is now: after a year is entered, or after an
 * upgrade of the package brought it. Returns how many results were recounted.
 */
export async function settleProvisionalDeadlines(db: Executor): Promise<number> {
  const days = await inspectionReportRepository.provisionalApprovalDays(db);
  if (days.length === 0) return 0;
  const calendar = await officialWorkingDays(db);
  const counted = days.map((approvedOn) => ({ approvedOn, ...deadlineOn(approvedOn, calendar) }));
  return inspectionReportRepository.settleDeadlines(
    db,
    counted.map((c) => ({ approvedOn: c.approvedOn, deadline: c.date, provisional: c.provisional })),
  );
}

const dueMessage = (year: number) =>
  `${year} 年的法定节假日和调休安排尚未录入：涉及该年的公示期限暂按周末计算并标注“暂定”，录入后自动更正`;

export const calendarService = {
  /** The years, and the year administrators should enter now (from 1 October: next year), if any. */
  async years(db: Database, now = new Date()) {
    const admin = await adminYears(db);
    const byYear = new Map<number, YearCalendar>();
    for (const y of [...chineseDaysYears(), ...admin]) byYear.set(y.year, y);
    const due = calendarYearDue(today(now), workingDayCalendar(admin));
    return {
      years: [...byYear.values()].sort((a, b) => a.year - b.year),
      yearDue: due === null ? null : { year: due, message: dueMessage(due) },
    };
  },

  /** Adds or replaces a year; the provisional deadlines it covers are recounted at once. */
  async put(db: Database, actor: Actor, year: number, input: { holidays: string[]; workdays: string[] }) {
    requirePermission(actor, 'calendar.edit');
    const checked = checkYearCalendar({ year, ...input });
    if (!checked.ok) throw new ValidationFailedError(checked.problems);
    const y = checked.value;
    const settled = await db.transaction(async (tx) => {
      await calendarRepository.put(tx, {
        year,
        holidays: [...y.holidays],
        workdays: [...y.workdays],
        updatedBy: actor.userId,
      });
      const n = await settleProvisionalDeadlines(tx);
      await recordAudit(
        tx,
        actor,
        'calendar.put-year',
        { type: 'calendar-year', id: String(year) },
        {
          ...y,
          settledDeadlines: n,
        },
      );
      return n;
    });
    return { year: y, settledDeadlines: settled };
  },

  async deadline(db: Database, from: string) {
    const d = await deadlineOf(db, from);
    return { from, deadline: d.date, provisional: d.provisional, missingYears: d.missingYears };
  },
};
