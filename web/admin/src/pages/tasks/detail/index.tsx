// One task: the frozen pools per stratum and exclusion reason, its draws, and announcing the next draw.
import { ExperimentOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Statistic, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TaskStatusTag } from '../../../components/draw-tags.tsx';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { fetchPlan } from '../../plans/service.ts';
import { fetchTask } from '../service.ts';
import AnnounceModal from './components/announce-modal.tsx';
import DrawsCard from './components/draws-card.tsx';
import ExclusionsCard from './components/exclusions-card.tsx';
import InspectorPool from './components/inspector-pool.tsx';
import PoolTable, { type PoolFilter } from './components/pool-table.tsx';
import StrataCard from './components/strata-card.tsx';

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const [announcing, setAnnouncing] = useState(false);
  const [tab, setTab] = useState('pool');
  const [filter, setFilter] = useState<PoolFilter>({ page: 1, pageSize: 20 });
  const detail = useRequest(() => fetchTask(id), [id]);
  const task = detail.data;
  const plan = useRequest(() => (task ? fetchPlan(task.planId) : Promise.resolve(undefined)), [task?.planId]);

  if (detail.loading && !task) return <PageLoading />;
  if (!task) return <NotFound subTitle={detail.error?.message} />;
  const blocking = task.draws.find((draw) => draw.status !== 'aborted');
  const aborted = task.draws.some((draw) => draw.status === 'aborted');
  const showPool = (patch: Partial<PoolFilter>) => {
    setFilter({ page: 1, pageSize: filter.pageSize, ...patch });
    setTab('pool');
  };

  return (
    <PageContainer
      title={task.code}
      tags={<TaskStatusTag status={task.status} />}
      backTo="/tasks"
      extra={
        <>
          {blocking && (
            <Button
              type="primary"
              icon={<ExperimentOutlined />}
              onClick={() => void navigate(`/draws/${blocking.id}`)}
            >
              {t('task.openDraw')}
            </Button>
          )}
          {!blocking && access.canAnnounceDraw && (
            <Button type="primary" icon={<ExperimentOutlined />} onClick={() => setAnnouncing(true)}>
              {aborted ? t('task.newDraw') : t('draw.announce')}
            </Button>
          )}
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('task.plan')}>
            <Link to={`/plans/${task.planId}`}>{task.planCode}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('task.round')}>{task.round}</Descriptions.Item>
          <Descriptions.Item label={t('task.drawDate')}>{task.drawDate}</Descriptions.Item>
          <Descriptions.Item label={t('plan.items')} span={2}>
            {task.items.map((item) => (
              <Tag key={item.id}>
                {item.code} {item.name}
              </Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('task.teams')}>
            {task.teams.map((team) => `${team.unitName} × ${team.size}`).join('；')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {(
          [
            ['task.poolSize', task.poolSize],
            ['task.eligible', task.eligible],
            ['task.inspectorCount', task.inspectors],
            ['task.inspectorsEligible', task.eligibleInspectors],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(key)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={10}>
          <StrataCard task={task} plan={plan.data} onPick={(stratum) => showPool({ stratum })} />
        </Col>
        <Col xs={24} xl={14}>
          <ExclusionsCard task={task} onPick={(exclusion) => showPool({ exclusion })} />
        </Col>
      </Row>
      <div style={{ marginBottom: 12 }}>
        <DrawsCard draws={task.draws} />
      </div>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'pool',
              label: t('task.entityPool'),
              children: <PoolTable task={task} filter={filter} onChange={setFilter} />,
            },
            {
              key: 'inspectors',
              label: t('task.inspectorPool'),
              children: <InspectorPool taskId={task.id} />,
            },
          ]}
        />
      </Card>
      {access.canAnnounceDraw && (
        <AnnounceModal
          open={announcing}
          taskId={task.id}
          onClose={() => setAnnouncing(false)}
          onAnnounced={(draw, codes) => void navigate(`/draws/${draw.id}`, { state: { codes } })}
        />
      )}
    </PageContainer>
  );
}
