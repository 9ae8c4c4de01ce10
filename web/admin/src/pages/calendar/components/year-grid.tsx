// A compact twelve-month view of one year: 放假 in red, 调休上班 in blue, weekends greyed.
import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';

interface YearGridProps {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
  /** When given, days are buttons (the editor picks days with it). */
  readonly onDayClick?: (date: string) => void;
}

const HOLIDAY: CSSProperties = { background: '#fff1f0', color: '#cf1322', fontWeight: 600 };
const WORKDAY: CSSProperties = { background: '#e6f4ff', color: '#0958d9', fontWeight: 600 };
const cell: CSSProperties = { textAlign: 'center', fontSize: 12, lineHeight: '20px', borderRadius: 4 };

function MonthGrid({ year, month, holidays, workdays, onDayClick }: YearGridProps & { month: number }) {
  const { t } = useI18n();
  const first = dayjs(new Date(year, month, 1));
  const lead = (first.day() + 6) % 7; // Monday first, as Chinese calendars are printed.
  const days = Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day'));
  return (
    <div>
      <Typography.Text strong>{t('calendar.month', { month: month + 1 })}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 4 }}>
        {t('calendar.weekdays')
          .split('')
          .map((w, i) => (
            <div key={`w${i}`} style={{ ...cell, color: '#8c8c8c' }}>
              {w}
            </div>
          ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`b${i}`} />
        ))}
        {days.map((d) => {
          const date = d.format('YYYY-MM-DD');
          const kind = holidays.includes(date) ? 'holiday' : workdays.includes(date) ? 'workday' : undefined;
          const weekend = d.day() === 0 || d.day() === 6;
          const style = {
            ...cell,
            ...(kind === 'holiday'
              ? HOLIDAY
              : kind === 'workday'
                ? WORKDAY
                : weekend
                  ? { color: '#bfbfbf' }
                  : {}),
            cursor: onDayClick ? 'pointer' : undefined,
          };
          const title = kind ? `${date} ${t(`calendar.kind.${kind}`)}` : date;
          return (
            <div
              key={date}
              style={style}
              title={title}
              data-date={date}
              data-kind={kind}
              role={onDayClick ? 'button' : undefined}
              onClick={onDayClick ? () => onDayClick(date) : undefined}
            >
              {d.date()}
            </div>
          );
        })}
      </div>
    </div>
  );
}

export default function YearGrid(props: YearGridProps) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Tag color="red">{t('calendar.kind.holiday')}</Tag>
        <Tag color="blue">{t('calendar.kind.workday')}</Tag>
        {props.onDayClick && <Typography.Text type="secondary">{t('calendar.clickHint')}</Typography.Text>}
      </Flex>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 16 }}>
        {Array.from({ length: 12 }, (_, month) => (
          <MonthGrid key={month} month={month} {...props} />
        ))}
      </div>
    </Flex>
  );
}
