import { Type } from 'typebox';
import { List, Nullable, ref, StringEnum } from './ref.ts';

// What the API shows of the working-day calendar (R-N.9): its years and counted deadlines (response schemas).

export const CalendarYearView = Type.Object(
  {
    year: Type.Integer(),
    source: StringEnum(['chinese-days', 'admin'], {
      description: 'chinese-days：法定日历包；admin：管理员录入（覆盖日历包的同一年）',
    }),
    holidays: List(Type.String({ format: 'date' })),
    workdays: List(Type.String({ format: 'date', description: '调休上班的周六、周日' })),
  },
  { $id: 'CalendarYear' },
);

export const CalendarYearsResponse = Type.Object({
  years: List(ref(CalendarYearView)),
  yearDue: Nullable(
    Type.Object(
      { year: Type.Integer(), message: Type.String() },
      { description: '现在应录入的年度：缺失的当年；自 10 月 1 日起缺失的下一年' },
    ),
  ),
});

export const CalendarYearPutResponse = Type.Object({
  year: ref(CalendarYearView),
  settledDeadlines: Type.Integer({ description: '因本次录入重新计算的暂定公示期限数' }),
});

export const DeadlineResponse = Type.Object({
  from: Type.String({ format: 'date' }),
  deadline: Type.String({ format: 'date' }),
  provisional: Type.Boolean({ description: '暂定：missingYears 中的年份尚未录入，只按周末计算' }),
  missingYears: List(Type.Integer()),
});
