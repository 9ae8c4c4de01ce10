// One year of the official working-day calendar: the days off of the holiday periods and the
// make-up working days (调休), as the State Council announces them each year.
import type { FieldProblem } from '../field-problem.ts';
import { checked, problemList, type Checked } from '../inspection/checked.ts';
import { isIsoDate, isWeekend, yearOf } from './iso-date.ts';

export interface YearCalendar {
  readonly year: number;
  /** Days off of the holiday periods, weekends inside a period included. */
  readonly holidays: readonly string[];
  /** Weekend days that are working days (调休). */
  readonly workdays: readonly string[];
  /** `chinese-days` for the maintained package, `admin` for a year an administrator entered. */
  readonly source: 'chinese-days' | 'admin';
}

export interface YearCalendarInput {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

/** An administrator's year: real dates of that year, no day both off and on, make-up days on weekends. */
export function checkYearCalendar(input: YearCalendarInput): Checked<YearCalendar> {
  const { problems, add } = problemList();
  const { year } = input;
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    add('year', 'year-range', `年度须为 ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 之间的整数`);
    return { ok: false, problems };
  }
  // Every year has statutory holidays (元旦, 春节 …): an empty list is a mistake, not a year without any.
  if (input.holidays.length === 0) add('holidays', 'holidays-required', `${year} 年须至少填写一个法定节假日`);
  checkDates('holidays', input.holidays, year, problems);
  checkDates('workdays', input.workdays, year, problems);
  const off = new Set(input.holidays);
  input.workdays.forEach((d, i) => {
    if (off.has(d)) add(`workdays[${i}]`, 'date-both-off-and-on', `${d} 不能同时是节假日和调休工作日`);
    else if (isIsoDate(d) && !isWeekend(d))
      add(`workdays[${i}]`, 'workday-not-weekend', `${d} 本来就是工作日，调休工作日应为周六或周日`);
  });
  const value: YearCalendar = {
    year,
    holidays: [...input.holidays].sort(),
    workdays: [...input.workdays].sort(),
    source: 'admin',
  };
  return checked(value, problems);
}

function checkDates(field: string, dates: readonly string[], year: number, problems: FieldProblem[]): void {
  const seen = new Set<string>();
  dates.forEach((d, i) => {
    const at = `${field}[${i}]`;
    if (!isIsoDate(d))
      problems.push({ field: at, code: 'invalid-date', message: `“${d}”不是有效日期（YYYY-MM-DD）` });
    else if (yearOf(d) !== year)
      problems.push({ field: at, code: 'date-outside-year', message: `${d} 不属于 ${year} 年` });
    else if (seen.has(d)) problems.push({ field: at, code: 'duplicate-date', message: `${d} 重复` });
    seen.add(d);
  });
}
