// The entities of a confirmed draw with their team and record status: where an inspection record starts.
import { EditOutlined, EyeOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import type { DrawnEntityRow } from '../../../services/types.ts';
import { today } from '../../../utils/format.ts';
import { fetchDraw } from '../../draws/service.ts';
import { fetchTask } from '../../tasks/service.ts';
import { RecordStatusTag, ReviewStatusTag } from '../../reports/components/review-tags.tsx';
import { createRecord, fetchDrawnEntities } from '../service.ts';

async function loadDraw(drawUuid: string) {
  const draw = await fetchDraw(drawUuid);
  const [task, rows] = await Promise.all([fetchTask(draw.taskId), fetchDrawnEntities(drawUuid)]);
  return { draw, items: task.items, rows };
}

export default function DrawInspectionsPage() {
  const { drawId = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const access = useAccess();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string>();
  const detail = useRequest(() => loadDraw(drawId), [drawId]);

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;
  const { draw, items, rows } = detail.data;

  const start = async (row: DrawnEntityRow, itemId: string) => {
    setStarting(`${row.entity.id}:${itemId}`);
    try {
      // The server refuses a draft without a check date (invalid-date), though the contract marks it optional.
      const record = await createRecord({ drawId, entityId: row.entity.id, itemId, checkedOn: today() });
      void navigate(`/inspections/${record.id}`);
    } catch (error) {
      // Someone of the team started it meanwhile: open that record.
      const existing = error instanceof RequestError && error.code === 'record-exists' ? error.details : null;
      if (existing && typeof existing === 'object' && 'id' in existing)
        void navigate(`/inspections/${String(existing.id)}`);
      else if (!(error instanceof RequestError)) void message.error(t('error.network'));
    } finally {
      setStarting(undefined);
    }
  };

  const actions = (row: DrawnEntityRow) =>
    items.map((item) => {
      const record = row.records.find((r) => r.itemId === item.id);
      if (record)
        return (
          <Button
            key={item.id}
            icon={record.status === 'draft' ? <EditOutlined /> : <EyeOutlined />}
            onClick={() => void navigate(`/inspections/${record.id}`)}
          >
            {record.status === 'draft' ? t('record.continue') : t('common.open')}
            {items.length > 1 ? ` ${item.code}` : ''}
          </Button>
        );
      if (!access.canInspect) return null;
      return (
        <Button
          key={item.id}
          type="primary"
          icon={<FormOutlined />}
          loading={starting === `${row.entity.id}:${item.id}`}
          onClick={() => void start(row, item.id)}
        >
          {t('record.start')}
          {items.length > 1 ? ` ${item.code}` : ''}
        </Button>
      );
    });

  return (
    <PageContainer
      title={t('menu.inspections.draw')}
      subTitle={`${draw.taskCode} · ${draw.drawId}`}
      backTo="/inspections"
      tags={
        draw.status !== 'confirmed' ? <Tag color="red">{t('inspections.drawNotConfirmed')}</Tag> : undefined
      }
    >
      <Card size="small">
        <List
          dataSource={[...rows]}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.noEntities')} />
            ),
          }}
          renderItem={(row) => (
            <List.Item data-testid={`drawn-${row.entity.publicId}`}>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center" justify="space-between">
                  <Typography.Text strong>{row.entity.name}</Typography.Text>
                  <Flex gap={4} wrap>
                    {row.records.length === 0 && <ReviewStatusTag status="not-entered" />}
                    {row.records.map((r) => (
                      <Flex key={r.id} gap={4}>
                        <RecordStatusTag status={r.status} />
                        <ReviewStatusTag status={r.review} />
                      </Flex>
                    ))}
                  </Flex>
                </Flex>
                <Typography.Text type="secondary">
                  {row.entity.publicId} · {t('record.team')}：
                  {row.team.map((m) => `${m.name}（${m.badgeNumber}）`).join('、')}
                </Typography.Text>
                <Flex gap={8} wrap>
                  {actions(row)}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </PageContainer>
  );
}
