// 后续处置: follow-ups of approved reports, tracked from open to closed (R-N.11).
import { CheckOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Modal, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useAccess } from '../../current-user.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { FollowUp, FollowUpState } from '../../services/types.ts';
import { today } from '../../utils/format.ts';
import { closeFollowUp, fetchFollowUps, startFollowUp } from './service.ts';

const STATES: readonly FollowUpState[] = ['open', 'in-progress', 'closed'];
const COLORS: Readonly<Record<FollowUpState, string>> = {
  open: 'gold',
  'in-progress': 'blue',
  closed: 'green',
};

export default function FollowUpListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const access = useAccess();
  const { filters, setFilters } = useListParams(['state'] as const);
  const state = oneOf(filters.state, STATES);
  const { data, loading, reload } = useRequest(() => fetchFollowUps({ state }), [state]);
  const [closing, setClosing] = useState<FollowUp>();
  const [note, setNote] = useState('');

  const start = async (f: FollowUp) => {
    await startFollowUp(f.id, today());
    void message.success(t('followUp.started'));
    reload();
  };
  const close = async () => {
    if (!closing) return;
    await closeFollowUp(closing.id, today(), note);
    void message.success(t('followUp.closedDone'));
    setClosing(undefined);
    reload();
  };

  return (
    <PageContainer title={t('menu.followUps')} subTitle={t('followUps.subtitle')}>
      <Card size="small">
        <ListTable<FollowUp>
          data={data}
          loading={loading}
          emptyText={t('followUps.empty')}
          scroll={{ x: 900 }}
          toolbar={
            <Segmented
              value={state ?? 'all'}
              onChange={(value) => setFilters({ state: value === 'all' ? undefined : value })}
              options={[
                { value: 'all', label: t('followUps.all') },
                ...STATES.map((s) => ({ value: s, label: t(`followUp.state.${s}`) })),
              ]}
            />
          }
          columns={[
            {
              title: t('record.entity'),
              fixed: 'left',
              render: (_: unknown, f) => <Link to={`/reports/${f.reportId}`}>{f.entity.name}</Link>,
            },
            { title: t('report.followUpKind'), dataIndex: 'label', width: 200 },
            { title: t('report.followUpNote'), dataIndex: 'note', responsive: ['md'] },
            {
              title: t('common.status'),
              width: 90,
              render: (_: unknown, f) => <Tag color={COLORS[f.state]}>{t(`followUp.state.${f.state}`)}</Tag>,
            },
            { title: t('followUp.openedOn'), dataIndex: 'openedOn', width: 110, responsive: ['md'] },
            {
              title: t('followUp.closedOn'),
              width: 180,
              responsive: ['md'],
              render: (_: unknown, f) => (f.closedOn ? `${f.closedOn} ${f.closingNote ?? ''}` : '—'),
            },
            {
              title: t('common.actions'),
              width: 110,
              render: (_: unknown, f) =>
                access.canFollowUp && (
                  <Flex gap={4}>
                    {f.state === 'open' && (
                      <Button size="small" icon={<PlayCircleOutlined />} onClick={() => void start(f)}>
                        {t('followUp.start')}
                      </Button>
                    )}
                    {f.state !== 'closed' && (
                      <Button
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => {
                          setNote('');
                          setClosing(f);
                        }}
                      >
                        {t('followUp.close')}
                      </Button>
                    )}
                  </Flex>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={closing !== undefined}
        title={t('followUp.closeTitle', { label: closing?.label ?? '' })}
        okButtonProps={{ disabled: !note.trim() }}
        onOk={() => void close()}
        onCancel={() => setClosing(undefined)}
        destroyOnHidden
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('followUp.closingNote')}
        />
      </Modal>
    </PageContainer>
  );
}
