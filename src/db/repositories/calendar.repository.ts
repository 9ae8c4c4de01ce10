import { asc } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { calendarYears } from '../schema/index.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

/** Years of the working-day calendar an administrator entered (R-N.9). */
export const calendarRepository = {
  async all(db: Executor): Promise<CalendarYearRow[]> {
    return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  },

  async put(db: Executor, row: Omit<typeof calendarYears.$inferInsert, 'updatedAt'>): Promise<void> {
    await db
      .insert(calendarYears)
      .values(row)
      .onConflictDoUpdate({ target: calendarYears.year, set: { ...row, updatedAt: new Date() } });
  },
};
