import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseDaysYears } from './chinese-days-years.ts';
import { checkYearCalendar } from './year-calendar.ts';
import {
  addWorkingDays,
  calendarYearDue,
  isOverdue,
  isWorkingDay,
  officialCalendar,
  publicationDeadline,
  workingDayCalendar,
  type CalendarResult,
  type CountedDate,
} from './working-days.ts';

const cal = officialCalendar();
const value = <T>(r: CalendarResult<T>): T => {
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
};
/** A date counted on a known calendar: never provisional. */
const firm = (r: CalendarResult<CountedDate>): string => {
  const v = value(r);
  assert.equal(v.provisional, false, JSON.stringify(v));
  return v.date;
};

test('R-N.9 the package calendar covers 2025 and 2026', () => {
  const years = chineseDaysYears().map((y) => y.year);
  assert.ok(years.includes(2025) && years.includes(2026));
});

test('R-N.9 the 2025 National Day holiday is off and its make-up Sunday and Saturday are working days', () => {
  for (const d of ['2025-10-01', '2025-10-06', '2025-10-08'])
    assert.equal(value(isWorkingDay(d, cal)), false, d);
  assert.equal(value(isWorkingDay('2025-09-28', cal)), true, 'Sunday 28 Sep 2025 is a make-up working day');
  assert.equal(value(isWorkingDay('2025-10-11', cal)), true, 'Saturday 11 Oct 2025 is a make-up working day');
  assert.equal(value(isWorkingDay('2025-10-12', cal)), false, 'an ordinary Sunday');
  assert.equal(value(isWorkingDay('2025-10-09', cal)), true);
});

test('R-N.9 the 2026 Spring Festival (15–23 Feb) is off and Saturdays 14 and 28 Feb are working days', () => {
  for (const d of ['2026-02-15', '2026-02-17', '2026-02-20', '2026-02-23'])
    assert.equal(value(isWorkingDay(d, cal)), false, d);
  assert.equal(value(isWorkingDay('2026-02-14', cal)), true);
  assert.equal(value(isWorkingDay('2026-02-28', cal)), true);
  assert.equal(value(isWorkingDay('2026-02-24', cal)), true);
});

test('R-N.9 a result produced on 30 Sep 2025, just before National Day, is due on 4 Nov 2025', () => {
  // Day 1 is 9 Oct; the make-up Saturday 11 Oct counts; 1–8 Oct do not.
  assert.equal(firm(publicationDeadline('2025-09-30', cal)), '2025-11-04');
  assert.equal(firm(addWorkingDays('2025-09-30', 1, cal)), '2025-10-09');
  assert.equal(firm(addWorkingDays('2025-09-30', 3, cal)), '2025-10-11');
});

test('R-N.9 a result produced on Friday 26 Sep 2025 counts the make-up Sunday 28 Sep as day 1', () => {
  assert.equal(firm(addWorkingDays('2025-09-26', 1, cal)), '2025-09-28');
  assert.equal(firm(publicationDeadline('2025-09-26', cal)), '2025-10-30');
});

test('R-N.9 the 2025 Spring Festival: produced on Friday 24 Jan, the make-up Sunday 26 Jan is day 1', () => {
  assert.equal(firm(addWorkingDays('2025-01-24', 1, cal)), '2025-01-26');
  assert.equal(firm(addWorkingDays('2025-01-24', 2, cal)), '2025-01-27');
  assert.equal(firm(addWorkingDays('2025-01-24', 3, cal)), '2025-02-05');
  assert.equal(firm(publicationDeadline('2025-01-24', cal)), '2025-02-27');
});

test('R-N.9 the production day never counts, even when it is a working day; 0 days is the same day', () => {
  assert.equal(firm(addWorkingDays('2025-03-03', 1, cal)), '2025-03-04');
  assert.equal(firm(addWorkingDays('2025-03-03', 0, cal)), '2025-03-03');
  assert.equal(firm(addWorkingDays('2025-10-04', 1, cal)), '2025-10-09');
});

test('R-N.9 a date in a year no calendar covers is a named error for the day itself', () => {
  const r = isWorkingDay('2027-03-01', cal);
  assert.deepEqual(r.ok ? null : { code: r.error.code, year: 'year' in r.error ? r.error.year : 0 }, {
    code: 'calendar-year-missing',
    year: 2027,
  });
});

test('R-N.9 R-26.1 a deadline running into a year no calendar covers counts weekends alone and is provisional', () => {
  // 2026-12-10 + 20: 15 working days left in 2026 (to 12-31), then Fri 1 Jan 2027 (元旦 unknown yet) … Thu 7 Jan.
  assert.deepEqual(value(publicationDeadline('2026-12-10', cal)), {
    date: '2027-01-07',
    provisional: true,
    missingYears: [2027],
  });
  assert.deepEqual(value(publicationDeadline('2026-12-01', cal)), {
    date: '2026-12-29',
    provisional: false,
    missingYears: [],
  });
  // Produced inside the missing year itself: every counted day is a guess.
  assert.deepEqual(value(addWorkingDays('2027-03-05', 1, cal)), {
    date: '2027-03-08',
    provisional: true,
    missingYears: [2027],
  });
});

test('R-N.9 administrators are due to enter next year from 1 October, and a missing current year at once', () => {
  assert.equal(calendarYearDue('2026-09-30', cal), null);
  assert.equal(calendarYearDue('2026-10-01', cal), 2027);
  assert.equal(calendarYearDue('2026-12-31', cal), 2027);
  assert.equal(calendarYearDue('2027-01-04', cal), 2027);
  const y2027 = checkYearCalendar({ year: 2027, holidays: ['2027-01-01'], workdays: [] });
  assert.ok(y2027.ok);
  assert.equal(calendarYearDue('2026-12-04', workingDayCalendar([y2027.value])), null);
});

test('R-N.9 an administrator’s year extends the calendar past the package', () => {
  const y2027 = checkYearCalendar({
    year: 2027,
    holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
    workdays: ['2027-01-09'],
  });
  assert.ok(y2027.ok);
  const extended = workingDayCalendar([y2027.value]);
  assert.equal(value(isWorkingDay('2027-01-01', extended)), false);
  assert.equal(value(isWorkingDay('2027-01-09', extended)), true);
  assert.equal(value(isWorkingDay('2027-01-16', extended)), false);
  assert.equal(firm(publicationDeadline('2026-12-10', extended)), '2027-01-08');
});

test('R-N.9 an administrator’s year replaces the package’s data for that year', () => {
  const revised = checkYearCalendar({ year: 2025, holidays: ['2025-01-01'], workdays: [] });
  assert.ok(revised.ok);
  const c = workingDayCalendar([revised.value]);
  assert.equal(value(isWorkingDay('2025-10-01', c)), true);
  assert.equal(value(isWorkingDay('2025-10-11', c)), false);
});

test('R-N.9 an invalid date is refused with invalid-date', () => {
  const r = isWorkingDay('2025-02-29', cal);
  assert.equal(r.ok ? null : r.error.code, 'invalid-date');
  assert.throws(() => addWorkingDays('2025-01-01', -1, cal), RangeError);
});

test('R-N.9 overdue: unpublished after the deadline, or published after it; the deadline day is on time', () => {
  assert.equal(isOverdue('2025-11-04', '2025-11-04'), false);
  assert.equal(isOverdue('2025-11-04', '2025-11-05'), true);
  assert.equal(isOverdue('2025-11-04', '2025-12-01', '2025-11-04'), false);
  assert.equal(isOverdue('2025-11-04', '2025-11-01', '2025-11-05'), true);
  assert.equal(isOverdue('2025-11-04', '2025-11-05', null), true);
});
