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

export interface CalendarYears {
  readonly years: readonly CalendarYear[];
  /** The year administrators should enter now (from 1 October: next year), or null. */
  readonly yearDue: { readonly year: number; readonly message: string } | null;
}

export function fetchCalendarYears(): Promise<CalendarYears> {
  return request<CalendarYears>('/api/admin/calendar/years');
}

/** Adds or replaces a year; validation errors are shown by the editor itself. */
export async function putCalendarYear(year: number, body: CalendarYearInput): Promise<CalendarYear> {
  const saved = await request<{ year: CalendarYear; settledDeadlines: number }>(
    `/api/admin/calendar/years/${year}`,
    {
      method: 'PUT',
      body,
      skipErrorHandler: true,
    },
  );
  return saved.year;
}

export interface Deadline {
  readonly from: string;
  readonly deadline: string;
  /** 暂定: `missingYears` counted on weekends alone. */
  readonly provisional: boolean;
  readonly missingYears: readonly number[];
}

/** The 20-working-day publication deadline; a refusal (invalid date) is shown by the caller. */
export function fetchDeadline(from: string): Promise<Deadline> {
  return request('/api/admin/calendar/deadline', { query: { from }, skipErrorHandler: true });
}
