// 工作日历: the official working-day calendar the publication deadline is counted on (R-N.9, R-26.1).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import CalendarDueAlert from '../../components/calendar-due-alert.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useAccess } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import DeadlineCheck from './components/deadline-check.tsx';
import YearEditor from './components/year-editor.tsx';
import YearGrid from './components/year-grid.tsx';
import { fetchCalendarYears, type CalendarYear } from './service.ts';

export default function CalendarPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const access = useAccess();
  const { data, loading, reload } = useRequest(fetchCalendarYears, []);
  const years = data?.years ?? [];
  const due = data?.yearDue?.year;
  const [chosen, setChosen] = useState<number>(new Date().getFullYear());
  const [editing, setEditing] = useState<CalendarYear | number>();
  const shown = years.find((y) => y.year === chosen) ?? years.at(-1);

  const sourceTag = (y: CalendarYear) => (
    <Tag color={y.source === 'admin' ? 'orange' : 'green'}>{t(`calendar.source.${y.source}`)}</Tag>
  );
  const replace = (y: CalendarYear) =>
    access.canManageCalendar && (
      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(y)}>
        {t('calendar.replace')}
      </Button>
    );

  return (
    <PageContainer
      title={t('menu.calendar')}
      subTitle={t('calendar.subtitle')}
      extra={
        access.canManageCalendar && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(Math.max(new Date().getFullYear(), ...years.map((y) => y.year)) + 1)}
          >
            {t('calendar.add')}
          </Button>
        )
      }
    >
      <CalendarDueAlert
        year={due}
        action={
          access.canManageCalendar &&
          due !== undefined && (
            <Button size="small" type="primary" onClick={() => setEditing(due)}>
              {t('calendar.due.action', { year: due })}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('calendar.years')} style={{ marginBottom: 16 }}>
            <Table<CalendarYear>
              size="small"
              rowKey="year"
              loading={loading}
              dataSource={[...years].reverse()}
              pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
              onRow={(y) => ({ onClick: () => setChosen(y.year), style: { cursor: 'pointer' } })}
              rowClassName={(y) => (y.year === shown?.year ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('calendar.year'), dataIndex: 'year', width: 70 },
                { title: t('calendar.source'), render: (_: unknown, y) => sourceTag(y) },
                {
                  title: t('calendar.kind.holiday'),
                  width: 60,
                  render: (_: unknown, y) => y.holidays.length,
                },
                {
                  title: t('calendar.kind.workday'),
                  width: 80,
                  render: (_: unknown, y) => y.workdays.length,
                },
                { title: t('common.actions'), width: 80, render: (_: unknown, y) => replace(y) },
              ]}
            />
          </Card>
          <DeadlineCheck />
        </Col>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            data-testid="calendar-year"
            title={shown ? t('calendar.yearTitle', { year: shown.year }) : t('calendar.years')}
            extra={shown && sourceTag(shown)}
          >
            {shown ? (
              <YearGrid year={shown.year} holidays={shown.holidays} workdays={shown.workdays} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>
      {editing !== undefined && (
        <YearEditor
          initial={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            void message.success(t('calendar.saved', { year: saved.year }));
            setEditing(undefined);
            setChosen(saved.year);
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
