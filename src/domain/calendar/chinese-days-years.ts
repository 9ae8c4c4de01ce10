// The years the maintained `chinese-days` package covers, read from its published JSON data.
import { createRequire } from 'node:module';
import { yearOf } from './iso-date.ts';
import type { YearCalendar } from './year-calendar.ts';

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

let years: readonly YearCalendar[] | undefined;

/** One calendar per year with holiday data in the package (2004–2026 in chinese-days 1.5.7). */
export function chineseDaysYears(): readonly YearCalendar[] {
  if (years) return years;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
  const entry = (date: string) => {
    const y = yearOf(date);
    const e = byYear.get(y) ?? { holidays: [], workdays: [] };
    byYear.set(y, e);
    return e;
  };
  for (const d of Object.keys(data.holidays)) entry(d).holidays.push(d);
  for (const d of Object.keys(data.workdays)) entry(d).workdays.push(d);
  years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({
      year,
      holidays: e.holidays.sort(),
      workdays: e.workdays.sort(),
      source: 'chinese-days' as const,
    }));
  return years;
}
