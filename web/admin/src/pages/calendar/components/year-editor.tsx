// Adds or replaces one year: paste the announced dates (one a line), add a holiday period, or click days.
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import { putCalendarYear, type CalendarYear } from '../service.ts';
import { cycleDay, joinDates, parseDates, type DayLists } from './date-lines.ts';
import { useProblemLines } from './use-problem-lines.ts';
import YearGrid from './year-grid.tsx';

interface YearEditorProps {
  /** The year being replaced, or the suggested number of a new one. */
  readonly initial: CalendarYear | number;
  readonly onClose: () => void;
  readonly onSaved: (year: CalendarYear) => void;
}

export default function YearEditor({ initial, onClose, onSaved }: YearEditorProps) {
  const { t } = useI18n();
  const problemLines = useProblemLines();
  const replacing = typeof initial === 'number' ? undefined : initial;
  const [year, setYear] = useState<number | null>(replacing?.year ?? (initial as number));
  const [lists, setLists] = useState<DayLists>({
    holidays: joinDates(replacing?.holidays ?? []),
    workdays: joinDates(replacing?.workdays ?? []),
  });
  const [problems, setProblems] = useState<{ title: string; lines: string[] }>();
  const [saving, setSaving] = useState(false);

  const addPeriod = (range: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = range ?? [];
    if (!from || !to) return;
    const days = Array.from({ length: to.diff(from, 'day') + 1 }, (_, i) =>
      from.add(i, 'day').format('YYYY-MM-DD'),
    );
    const holidays = [...new Set([...parseDates(lists.holidays), ...days])].sort();
    setLists({ ...lists, holidays: joinDates(holidays) });
  };

  const save = async () => {
    if (year === null) return;
    setSaving(true);
    setProblems(undefined);
    try {
      const body = { holidays: parseDates(lists.holidays), workdays: parseDates(lists.workdays) };
      onSaved(await putCalendarYear(year, body));
    } catch (error) {
      if (error instanceof RequestError) {
        // The server's message joins the problems: name them one a line under a short title instead.
        const lines = problemLines(error.details);
        setProblems({ title: lines.length ? t('calendar.refused') : error.message, lines });
      } else setProblems({ title: t('error.network'), lines: [] });
    } finally {
      setSaving(false);
    }
  };

  const inYear = year !== null && year >= 1900 && year <= 2200;
  return (
    <Modal
      open
      width={1040}
      title={replacing ? t('calendar.replaceTitle', { year: replacing.year }) : t('calendar.addTitle')}
      okText={t('calendar.save')}
      okButtonProps={{ disabled: year === null }}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        {replacing?.source === 'chinese-days' && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('calendar.replacePackage')} />
        )}
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item label={t('calendar.year')} htmlFor="calendar-year" required>
              <InputNumber
                id="calendar-year"
                min={2000}
                max={2100}
                precision={0}
                disabled={Boolean(replacing)}
                value={year}
                onChange={setYear}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label={t('calendar.addPeriod')} extra={t('calendar.addPeriodHelp')}>
              <DatePicker.RangePicker
                disabled={!inYear}
                defaultPickerValue={inYear ? [dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)] : undefined}
                value={null}
                onChange={addPeriod}
              />
            </Form.Item>
          </Col>
          {(
            [
              ['holidays', 'calendar.linesHelp', `${year ?? 2031}-01-01`],
              ['workdays', 'calendar.workdaysHelp', undefined],
            ] as const
          ).map(([list, help, placeholder]) => (
            <Col key={list} xs={12} md={9}>
              <Form.Item label={t(`calendar.${list}`)} htmlFor={`calendar-${list}`} extra={t(help)}>
                <Input.TextArea
                  id={`calendar-${list}`}
                  rows={7}
                  value={lists[list]}
                  onChange={(e) => setLists({ ...lists, [list]: e.target.value })}
                  placeholder={placeholder}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      {problems && (
        <Alert
          type="error"
          showIcon
          data-testid="calendar-problems"
          style={{ marginBottom: 12, whiteSpace: 'pre-line' }}
          title={problems.title}
          description={problems.lines.join('\n') || undefined}
        />
      )}
      {inYear && (
        <YearGrid
          year={year}
          holidays={parseDates(lists.holidays)}
          workdays={parseDates(lists.workdays)}
          onDayClick={(date) => setLists(cycleDay(lists, date))}
        />
      )}
    </Modal>
  );
}
