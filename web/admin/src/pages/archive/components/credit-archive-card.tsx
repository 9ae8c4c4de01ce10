// 信用档案 of one entity: its inspections, results, follow-ups, lists and risk feedback.
import { Card, Empty, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { AuditEvent, FollowUp, InspectionSummary, ListStatus } from '../../../services/types.ts';
import { formatDateTime } from '../../../utils/format.ts';
import { RecordStatusTag, ReviewStatusTag } from '../../reports/components/review-tags.tsx';
import { resultColumns } from '../../reports/components/result-columns.tsx';
import { fetchArchive } from '../service.ts';

export default function CreditArchiveCard({ entityId }: { readonly entityId: string }) {
  const { t } = useI18n();
  const { data, loading } = useRequest(() => fetchArchive(entityId), [entityId]);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('archive.empty')} />;
  const table = {
    size: 'small',
    pagination: false,
    loading,
    locale: { emptyText: empty },
    scroll: { x: 700 },
  } as const;

  return (
    <Card size="small" title={t('archive.title')} data-testid="credit-archive">
      <Tabs
        items={[
          {
            key: 'results',
            label: t('archive.results', { n: data?.results.length ?? 0 }),
            children: (
              <Table
                {...table}
                rowKey="reportId"
                dataSource={[...(data?.results ?? [])]}
                columns={resultColumns(t, false)}
              />
            ),
          },
          {
            key: 'inspections',
            label: t('archive.inspections', { n: data?.inspections.length ?? 0 }),
            children: (
              <Table<InspectionSummary>
                {...table}
                rowKey="id"
                dataSource={[...(data?.inspections ?? [])]}
                columns={[
                  {
                    title: t('record.checkedOn'),
                    render: (_: unknown, r) => <Link to={`/inspections/${r.id}`}>{r.checkedOn ?? '—'}</Link>,
                  },
                  { title: t('record.item'), render: (_: unknown, r) => r.item.code },
                  { title: t('record.basis'), render: (_: unknown, r) => r.taskCode ?? t('record.targeted') },
                  {
                    title: t('common.status'),
                    render: (_: unknown, r) => (
                      <>
                        <RecordStatusTag status={r.status} />
                        <ReviewStatusTag status={r.review.status} />
                      </>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'follow-ups',
            label: t('archive.followUps', { n: data?.followUps.length ?? 0 }),
            children: (
              <Table<FollowUp>
                {...table}
                rowKey="id"
                dataSource={[...(data?.followUps ?? [])]}
                columns={[
                  { title: t('report.followUpKind'), dataIndex: 'label' },
                  { title: t('common.status'), render: (_: unknown, f) => t(`followUp.state.${f.state}`) },
                  { title: t('followUp.openedOn'), dataIndex: 'openedOn' },
                  {
                    title: t('followUp.closedOn'),
                    dataIndex: 'closedOn',
                    render: (d: string | null) => d ?? '—',
                  },
                ]}
              />
            ),
          },
          {
            key: 'lists',
            label: t('archive.lists', { n: data?.lists.length ?? 0 }),
            children: (
              <Table<ListStatus>
                {...table}
                rowKey={(l) => `${l.list}-${l.since}`}
                dataSource={[...(data?.lists ?? [])]}
                columns={[
                  {
                    title: t('archive.list'),
                    render: (_: unknown, l) => (
                      <Tag color={l.list === 'red' ? 'green' : 'red'}>{t(`archive.list.${l.list}`)}</Tag>
                    ),
                  },
                  { title: t('archive.since'), dataIndex: 'since' },
                  { title: t('archive.reason'), dataIndex: 'reason' },
                  {
                    title: t('archive.removedOn'),
                    dataIndex: 'removedOn',
                    render: (d: string | null) => d ?? '—',
                  },
                ]}
              />
            ),
          },
          {
            key: 'risk',
            label: t('archive.riskEvents', { n: data?.riskEvents.length ?? 0 }),
            children: (
              <Table<AuditEvent>
                {...table}
                rowKey="seq"
                dataSource={[...(data?.riskEvents ?? [])]}
                columns={[
                  { title: t('archive.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
                  { title: t('archive.actor'), dataIndex: 'actorName' },
                  {
                    title: t('archive.action'),
                    dataIndex: 'action',
                    render: (a: string) => <Typography.Text code>{a}</Typography.Text>,
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
