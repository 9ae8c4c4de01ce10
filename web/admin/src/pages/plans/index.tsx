// 抽查计划: the annual plans of the caller's units; a draft is edited, an approved plan is fixed.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PlanStatusTag } from '../../components/draw-tags.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import ScopeTag from '../../components/scope-tag.tsx';
import { useAccess } from '../../current-user.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { PlanStatus, PlanSummary } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { fetchPlans } from './service.ts';

export default function PlanListPage() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  // In the URL, so the dashboard's figures can open this list filtered.
  const { filters, setFilters } = useListParams(['year', 'status', 'unitId'] as const);
  const year = Number(filters.year) || null;
  const status = oneOf(filters.status, ['draft', 'approved'] as const);
  const setYear = (value: number | null) =>
    setFilters({ ...filters, year: value ? String(value) : undefined });
  const setStatus = (value: PlanStatus | undefined) => setFilters({ ...filters, status: value });
  const { data, loading, reload } = useRequest(
    () => fetchPlans({ year: year ?? undefined, status, unitId: filters.unitId }),
    [year, status, filters.unitId],
  );

  return (
    <PageContainer
      title={t('menu.plans')}
      subTitle={t('plans.subtitle')}
      extra={
        access.canEditPlan && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/plans/new')}>
            {t('plans.new')}
          </Button>
        )
      }
    >
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <ScopeTag unitId={filters.unitId} onClear={() => setFilters({ ...filters, unitId: undefined })} />
          <InputNumber<number>
            placeholder={t('plan.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
          />
          <Select<PlanStatus>
            allowClear
            placeholder={t('common.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 140 }}
            options={[
              { value: 'draft', label: t('plan.status.draft') },
              { value: 'approved', label: t('plan.status.approved') },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        </Flex>
        <ListTable<PlanSummary>
          data={data}
          loading={loading}
          emptyText={t('plans.empty')}
          pagination={{ hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('plan.code'), dataIndex: 'code', width: 140 },
            {
              title: t('plan.name'),
              dataIndex: 'name',
              render: (name: string, plan) => <Link to={`/plans/${plan.id}`}>{name}</Link>,
            },
            { title: t('plan.year'), dataIndex: 'year', width: 70, align: 'center' },
            { title: t('plan.unit'), dataIndex: 'unitName', width: 220, ellipsis: true },
            {
              title: t('plan.items'),
              dataIndex: 'itemCodes',
              width: 200,
              render: (codes: readonly string[], plan) => (
                <>
                  {codes.map((code) => (
                    <Tag key={code}>{code}</Tag>
                  ))}
                  {plan.joint && <Tag color="purple">{t('plan.joint')}</Tag>}
                </>
              ),
            },
            { title: t('plan.roundCount'), dataIndex: 'rounds', width: 80, align: 'center' },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 90,
              render: (value: PlanStatus) => <PlanStatusTag status={value} />,
            },
            {
              title: t('plan.approvedAt'),
              dataIndex: 'approvedAt',
              width: 150,
              render: (at: string | null) => formatDateTime(at, 'minute'),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
