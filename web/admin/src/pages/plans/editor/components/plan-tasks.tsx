// The tasks of an approved plan, one per round, and the way to create the next one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TaskStatusTag } from '../../../../components/draw-tags.tsx';
import { useAccess } from '../../../../current-user.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { PlanDetail } from '../../../../services/types.ts';
import NewTaskModal from '../../../tasks/components/new-task-modal.tsx';

export default function PlanTasks({
  plan,
  onCreated,
}: {
  readonly plan: PlanDetail;
  readonly onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const canCreate = access.canCreateTask && plan.status === 'approved';
  return (
    <Card
      size="small"
      title={t('plan.tasks')}
      style={{ marginTop: 12 }}
      extra={
        canCreate && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('task.new')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...plan.tasks]}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={plan.status === 'approved' ? t('plan.noTasks') : t('plan.tasksAfterApproval')}
            />
          ),
        }}
        columns={[
          {
            title: t('task.code'),
            dataIndex: 'code',
            render: (code: string, task) => <Link to={`/tasks/${task.id}`}>{code}</Link>,
          },
          { title: t('task.round'), dataIndex: 'round', width: 90 },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 110,
            render: (_: unknown, task) => <TaskStatusTag status={task.status} />,
          },
        ]}
      />
      {canCreate && (
        <NewTaskModal open={open} plan={plan} onClose={() => setOpen(false)} onCreated={onCreated} />
      )}
    </Card>
  );
}
