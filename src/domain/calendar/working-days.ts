// Working days on the official calendar (R-N.9): weekends and the announced holidays are off,
// the announced make-up days (调休) are on. A year nobody has supplied yet is counted on weekends alone
// and the answer is marked provisional (暂定): nothing waits for the State Council's notice.
import { chineseDaysYears } from './chinese-days-years.ts';
import { addCalendarDays, isIsoDate, isWeekend, yearOf } from './iso-date.ts';
import type { YearCalendar } from './year-calendar.ts';

export interface WorkingDayCalendar {
  readonly years: ReadonlyMap<number, YearCalendar>;
  readonly off: ReadonlySet<string>;
  readonly on: ReadonlySet<string>;
}

export type CalendarError =
  | { readonly code: 'calendar-year-missing'; readonly year: number; readonly message: string }
  | { readonly code: 'invalid-date'; readonly value: string; readonly message: string };

export type CalendarResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CalendarError };

/** R-N.9: results are published within 20 working days of being produced (企业信息公示暂行条例 Art. 6–7). */
export const PUBLICATION_WORKING_DAYS = 20;

/**
 * The package's years, then the administrator's (already checked with `checkYearCalendar`): an
 * administrator's year replaces the package's year of the same number, e.g. after a late announcement.
 */
export function workingDayCalendar(
  adminYears: readonly YearCalendar[] = [],
  packageYears: readonly YearCalendar[] = chineseDaysYears(),
): WorkingDayCalendar {
  const years = new Map<number, YearCalendar>();
  for (const y of [...packageYears, ...adminYears]) years.set(y.year, y);
  const off = new Set<string>();
  const on = new Set<string>();
  for (const y of years.values()) {
    y.holidays.forEach((d) => off.add(d));
    y.workdays.forEach((d) => on.add(d));
  }
  return { years, off, on };
}

let official: WorkingDayCalendar | undefined;

/** The calendar of the `chinese-days` package alone. */
export function officialCalendar(): WorkingDayCalendar {
  official ??= workingDayCalendar();
  return official;
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): CalendarResult<boolean> {
  if (!isIsoDate(date)) return invalidDate(date);
  const year = yearOf(date);
  if (!calendar.years.has(year)) return yearMissing(year);
  if (calendar.on.has(date)) return { ok: true, value: true };
  return { ok: true, value: !calendar.off.has(date) && !isWeekend(date) };
}

/** A date counted in working days; provisional when a year on the way had no calendar. */
export interface CountedDate {
  readonly date: string;
  /** 暂定: counted on weekends alone through `missingYears`; fixed once those years are entered. */
  readonly provisional: boolean;
  readonly missingYears: readonly number[];
}

/** The `n`-th working day after `date`; `date` itself never counts (see `publicationDeadline`). */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: WorkingDayCalendar,
): CalendarResult<CountedDate> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('addWorkingDays needs a non-negative integer');
  if (!isIsoDate(date)) return invalidDate(date);
  const missing = new Set<number>();
  let day = date;
  for (let left = n; left > 0;) {
    day = addCalendarDays(day, 1);
    const working = isWorkingDay(day, calendar);
    if (working.ok ? working.value : !isWeekend(day)) left--;
    if (!working.ok) missing.add(yearOf(day));
  }
  const missingYears = [...missing].sort((a, b) => a - b);
  return { ok: true, value: { date: day, provisional: missingYears.length > 0, missingYears } };
}

/**
 * R-N.9: the last day on which publication is on time. Day 1 is the first working day after the day
 * the result was produced (approved): a period counted in days leaves out its first day (民法典 Art. 201),
 * so a result produced on a Friday afternoon does not lose a day; the deadline itself still counts.
 */
export function publicationDeadline(
  producedOn: string,
  calendar: WorkingDayCalendar = officialCalendar(),
): CalendarResult<CountedDate> {
  return addWorkingDays(producedOn, PUBLICATION_WORKING_DAYS, calendar);
}

/** Published after the deadline, or not yet published and the deadline has passed. */
export function isOverdue(deadline: string, today: string, publishedOn?: string | null): boolean {
  return publishedOn ? publishedOn > deadline : today > deadline;
}

/**
 * The year administrators should enter now: the current one if missing, and from 1 October the next one,
 * whose deadlines would otherwise be provisional; null when both are covered.
 */
export function calendarYearDue(today: string, calendar: WorkingDayCalendar): number | null {
  const year = yearOf(today);
  if (!calendar.years.has(year)) return year;
  return today.slice(5) >= '10-01' && !calendar.years.has(year + 1) ? year + 1 : null;
}

function invalidDate(value: string): CalendarResult<never> {
  return {
    ok: false,
    error: { code: 'invalid-date', value, message: `“${value}”不是有效日期（YYYY-MM-DD）` },
  };
}

function yearMissing(year: number): CalendarResult<never> {
  return {
    ok: false,
    error: {
      code: 'calendar-year-missing',
      year,
      message: `缺少 ${year} 年的法定节假日和调休安排，请管理员先录入该年度工作日历`,
    },
  };
}
