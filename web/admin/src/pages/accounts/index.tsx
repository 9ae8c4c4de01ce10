// 账号管理 (issue 10.2, 10.5): the system administrator's accounts of its unit and the units below it.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Grid, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import FilterBar from '../../components/filter-bar.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import { fetchUnits } from '../../services/regions.ts';
import { formatDateTime } from '../../utils/format.ts';
import AccountActions from './components/account-actions.tsx';
import AccountForm, { ROLES } from './components/account-form.tsx';
import PasswordOnce from './components/password-once.tsx';
import {
  fetchAccounts,
  resetAccountPassword,
  resetAccountTotp,
  setAccountActive,
  type Account,
  type AccountQuery,
  type AccountWithPassword,
} from './service.ts';

const FILTER_KEYS = ['q', 'unitId', 'hasRole', 'active'] as const;

export default function AccountsPage() {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().sm;
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTER_KEYS);
  const [formTarget, setFormTarget] = useState<Account | 'new' | null>(null);
  const [shown, setShown] = useState<AccountWithPassword | null>(null);
  const [version, setVersion] = useState(0);
  const active = filters.active === undefined ? undefined : filters.active === 'true';
  const query: AccountQuery = {
    q: filters.q,
    unitId: filters.unitId,
    hasRole: filters.hasRole,
    active,
    page,
    pageSize,
  };
  const { data, loading } = useRequest(() => fetchAccounts(query), [JSON.stringify(query), version]);
  const { data: units } = useRequest(() => fetchUnits(), []);
  const reload = () => setVersion((v) => v + 1);

  const act = async (run: () => Promise<unknown>, done: string) => {
    await run();
    void message.success(done);
    reload();
  };
  const saved = (result: AccountWithPassword) => {
    setFormTarget(null);
    void message.success(t('accounts.saved'));
    if (result.generatedPassword) setShown(result);
    reload();
  };

  return (
    <PageContainer
      title={t('menu.accounts')}
      subTitle={t('accounts.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget('new')}>
          {t('accounts.add')}
        </Button>
      }
    >
      <Card size="small">
        <FilterBar keys={FILTER_KEYS} value={filters} onChange={setFilters}>
          <Form.Item name="q">
            <Input allowClear placeholder={t('accounts.search')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              allowClear
              placeholder={t('accounts.unit')}
              style={{ width: 200 }}
              options={(units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="hasRole">
            <Select
              allowClear
              placeholder={t('accounts.roles')}
              style={{ width: 160 }}
              options={ROLES.map((r) => ({ value: r, label: tOr(`role.${r}`, r) }))}
            />
          </Form.Item>
          <Form.Item name="active">
            <Select
              allowClear
              placeholder={t('accounts.status')}
              style={{ width: 120 }}
              options={[
                { value: 'true', label: t('accounts.active') },
                { value: 'false', label: t('accounts.inactive') },
              ]}
            />
          </Form.Item>
        </FilterBar>
        <ListTable<Account>
          rowKey="id"
          data={data?.rows}
          loading={loading}
          emptyText={t('accounts.empty')}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            onChange: setPage,
          }}
          columns={[
            {
              title: t('accounts.displayName'),
              key: 'displayName',
              width: 140,
              // On a phone the user name sits under the name and its own column is hidden.
              render: (_: unknown, a) => (
                <Space direction="vertical" size={0}>
                  <span>{a.displayName}</span>
                  {phone && <Typography.Text type="secondary">{a.username}</Typography.Text>}
                  {phone && <AccountStatus account={a} />}
                </Space>
              ),
            },
            { title: t('accounts.username'), dataIndex: 'username', width: 130, responsive: ['sm'] },
            {
              title: t('accounts.unit'),
              key: 'unit',
              width: 200,
              responsive: ['md'],
              render: (_: unknown, a) => a.unit.name,
            },
            {
              title: t('accounts.roles'),
              key: 'roles',
              render: (_: unknown, a) => a.roles.map((r) => <Tag key={r}>{tOr(`role.${r}`, r)}</Tag>),
            },
            {
              title: t('accounts.status'),
              key: 'status',
              width: 150,
              responsive: ['sm'],
              render: (_: unknown, a) => <AccountStatus account={a} />,
            },
            {
              title: t('accounts.createdAt'),
              dataIndex: 'createdAt',
              width: 170,
              responsive: ['lg'],
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: phone ? 84 : 300,
              render: (_: unknown, a) => (
                <AccountActions
                  account={a}
                  phone={phone}
                  onEdit={() => setFormTarget(a)}
                  onSetActive={(on) => void act(() => setAccountActive(a.id, on), t('accounts.saved'))}
                  onResetPassword={() => void resetAccountPassword(a.id).then(setShown)}
                  onResetTotp={() => void act(() => resetAccountTotp(a.id), t('accounts.saved'))}
                />
              ),
            },
          ]}
        />
      </Card>
      <AccountForm
        target={formTarget}
        units={units ?? []}
        onClose={() => setFormTarget(null)}
        onSaved={saved}
      />
      <PasswordOnce
        username={shown?.account.username}
        password={shown?.generatedPassword}
        onClose={() => {
          setShown(null);
          reload();
        }}
      />
    </PageContainer>
  );
}

function AccountStatus({ account: a }: { readonly account: Account }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {a.active ? <Tag color="green">{t('accounts.active')}</Tag> : <Tag>{t('accounts.inactive')}</Tag>}
      {a.mustChangePassword && <Tag color="orange">{t('accounts.mustChange')}</Tag>}
      {a.totpEnabled && <Tag color="blue">{t('accounts.totp')}</Tag>}
    </Space>
  );
}
