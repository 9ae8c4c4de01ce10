import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkYearCalendar } from './year-calendar.ts';

const codes = (r: ReturnType<typeof checkYearCalendar>) => (r.ok ? [] : r.problems.map((p) => p.code));

test('R-N.9 an administrator’s year calendar is accepted with sorted dates and source admin', () => {
  const r = checkYearCalendar({
    year: 2027,
    holidays: ['2027-01-02', '2027-01-01'],
    workdays: ['2027-01-09'],
  });
  assert.ok(r.ok);
  assert.deepEqual(r.value, {
    year: 2027,
    holidays: ['2027-01-01', '2027-01-02'],
    workdays: ['2027-01-09'],
    source: 'admin',
  });
});

test('R-N.9 an administrator’s year calendar refuses bad, foreign, duplicate and contradictory dates', () => {
  assert.deepEqual(codes(checkYearCalendar({ year: 2027, holidays: ['2027-02-30'], workdays: [] })), [
    'invalid-date',
  ]);
  assert.deepEqual(codes(checkYearCalendar({ year: 2027, holidays: ['2026-12-31'], workdays: [] })), [
    'date-outside-year',
  ]);
  assert.deepEqual(
    codes(checkYearCalendar({ year: 2027, holidays: ['2027-01-01', '2027-01-01'], workdays: [] })),
    ['duplicate-date'],
  );
  assert.deepEqual(
    codes(checkYearCalendar({ year: 2027, holidays: ['2027-01-09'], workdays: ['2027-01-09'] })),
    ['date-both-off-and-on'],
  );
  assert.deepEqual(
    codes(checkYearCalendar({ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-04'] })),
    ['workday-not-weekend'],
  );
  assert.deepEqual(codes(checkYearCalendar({ year: 2027, holidays: [], workdays: [] })), [
    'holidays-required',
  ]);
  assert.deepEqual(codes(checkYearCalendar({ year: 1999, holidays: ['1999-01-01'], workdays: [] })), [
    'year-range',
  ]);
});
