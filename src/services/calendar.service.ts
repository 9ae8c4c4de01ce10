import type { Database, Executor } from '../db/database.ts';
import { calendarRepository } from '../db/repositories/calendar.repository.ts';
import { chineseDaysYears } from '../domain/calendar/chinese-days-years.ts';
import {
  publicationDeadline,
  workingDayCalendar,
  type WorkingDayCalendar,
} from '../domain/calendar/working-days.ts';
import { checkYearCalendar, type YearCalendar } from '../domain/calendar/year-calendar.ts';
import { requireRole } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';

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

/** R-N.9: the last on-time publication day of a result produced on `producedOn`. */
export async function deadlineOf(db: Executor, producedOn: string): Promise<string> {
  const r = publicationDeadline(producedOn, await officialWorkingDays(db));
  if (!r.ok) throw new ConflictError(r.error.code, r.error.message);
  return r.value;
}

export const calendarService = {
  async years(db: Database) {
    const admin = await adminYears(db);
    const byYear = new Map<number, YearCalendar>();
    for (const y of [...chineseDaysYears(), ...admin]) byYear.set(y.year, y);
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  },

  async put(db: Database, actor: Actor, year: number, input: { holidays: string[]; workdays: string[] }) {
    requireRole(actor, 'system-admin');
    const checked = checkYearCalendar({ year, ...input });
    if (!checked.ok) throw new ValidationFailedError(checked.problems);
    const y = checked.value;
    await db.transaction(async (tx) => {
      await calendarRepository.put(tx, {
        year,
        holidays: [...y.holidays],
        workdays: [...y.workdays],
        updatedBy: actor.userId,
      });
      await recordAudit(tx, actor, 'calendar.put-year', { type: 'calendar-year', id: String(year) }, y);
    });
    return y;
  },

  async deadline(db: Database, from: string) {
    return { from, deadline: await deadlineOf(db, from) };
  },
};
