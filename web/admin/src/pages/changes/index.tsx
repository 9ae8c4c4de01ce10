// 变更申请: the change applications the caller may read, by draw; leaders decide the pending ones.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Typography } from 'antd';
import { Link } from 'react-router';
import { ListToolbar } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import ScopeTag from '../../components/scope-tag.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { ApplicationStatus } from '../../services/types.ts';
import ApplicationsTable from '../draws/components/applications-table.tsx';
import { fetchAllApplications, type ApplicationRow } from './service.ts';

const STATUSES = ['pending', 'approved', 'rejected', 'all'] as const;

export default function ChangeListPage() {
  const { t } = useI18n();
  // In the URL, so the dashboard's figures can open this list filtered.
  const { filters, setFilters } = useListParams(['status', 'unitId', 'year'] as const);
  const status = oneOf(filters.status, STATUSES) ?? 'pending';
  const scope = { unitId: filters.unitId, year: Number(filters.year) || undefined };
  const { data, loading, reload } = useRequest(
    () => fetchAllApplications(status === 'all' ? undefined : status, scope),
    [status, scope.unitId, scope.year],
  );
  const rows = data ?? [];
  const byDraw = new Map<string, ApplicationRow[]>();
  for (const row of rows) byDraw.set(row.draw.id, [...(byDraw.get(row.draw.id) ?? []), row]);

  return (
    <PageContainer title={t('menu.changes')} subTitle={t('changes.subtitle')}>
      <ListToolbar>
        <ScopeTag
          unitId={filters.unitId}
          year={filters.year}
          onClear={() => setFilters({ ...filters, unitId: undefined, year: undefined })}
        />
        <Segmented<ApplicationStatus | 'all'>
          value={status}
          onChange={(value) => setFilters({ ...filters, status: value })}
          options={[
            { value: 'pending', label: t('change.status.pending') },
            { value: 'approved', label: t('change.status.approved') },
            { value: 'rejected', label: t('change.status.rejected') },
            { value: 'all', label: t('changes.all') },
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={reload}>
          {t('common.refresh')}
        </Button>
      </ListToolbar>
      {byDraw.size === 0 && (
        <Card size="small" loading={loading}>
          <Typography.Text type="secondary">{t('change.noApplications')}</Typography.Text>
        </Card>
      )}
      {[...byDraw.values()].map((list) => {
        const draw = list[0]!.draw;
        return (
          <Card
            key={draw.id}
            size="small"
            style={{ marginBottom: 12 }}
            title={<Link to={`/draws/${draw.id}`}>{`${draw.drawId} · ${draw.taskCode}`}</Link>}
          >
            <ApplicationsTable applications={list} onDecided={reload} />
          </Card>
        );
      })}
    </PageContainer>
  );
}
