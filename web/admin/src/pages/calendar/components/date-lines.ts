// The editor keeps each list as text, one date a line, so a pasted announcement and picked days mix freely.

/** Dates of a pasted list: one a line (commas, spaces and semicolons also separate); blanks dropped. */
export function parseDates(text: string): string[] {
  return text
    .split(/[\s,，;；、]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function joinDates(dates: readonly string[]): string {
  return dates.join('\n');
}

export type DayKind = 'holiday' | 'workday';

export interface DayLists {
  readonly holidays: string;
  readonly workdays: string;
}

/** A click on a day: working day → 放假 → 调休上班 → working day again. */
export function cycleDay(lists: DayLists, date: string): DayLists {
  const holidays = parseDates(lists.holidays);
  const workdays = parseDates(lists.workdays);
  const without = (dates: string[]) => joinDates([...dates.filter((d) => d !== date)].sort());
  if (holidays.includes(date))
    return { holidays: without(holidays), workdays: joinDates([...workdays, date].sort()) };
  if (workdays.includes(date)) return { holidays: lists.holidays, workdays: without(workdays) };
  return { holidays: joinDates([...holidays, date].sort()), workdays: lists.workdays };
}
