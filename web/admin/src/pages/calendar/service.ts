import { request } from '../../request.ts';

/** One year of the official working-day calendar (R-N.9). */
export interface CalendarYear {
  readonly year: number;
  /** `chinese-days`: the maintained package; `admin`: entered by an administrator. */
  readonly source: 'chinese-days' | 'admin';
  /** 放假: days off of the holiday periods. */
  readonly holidays: readonly string[];
  /** 调休上班: weekend days that are working days. */
  readonly workdays: readonly string[];
}

export interface CalendarYearInput {
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

export async function fetchCalendarYears(): Promise<readonly CalendarYear[]> {
  const { years } = await request<{ years: CalendarYear[] }>('/api/admin/calendar/years');
  return years;
}

/** Adds or replaces a year; validation errors are shown by the editor itself. */
export async function putCalendarYear(year: number, body: CalendarYearInput): Promise<CalendarYear> {
  const saved = await request<{ year: CalendarYear }>(`/api/admin/calendar/years/${year}`, {
    method: 'PUT',
    body,
    skipErrorHandler: true,
  });
  return saved.year;
}

/** The 20-working-day publication deadline; 409 `calendar-year-missing` is shown by the caller. */
export function fetchDeadline(from: string): Promise<{ from: string; deadline: string }> {
  return request('/api/admin/calendar/deadline', { query: { from }, skipErrorHandler: true });
}
