// Changes of a confirmed draw: the applications and, for drawers and department admins, a new one.
import { DiffOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { DrawDetail } from '../../../services/types.ts';
import { fetchApplications } from '../service.ts';
import ApplicationsTable from './applications-table.tsx';
import ChangeForm from './change-form.tsx';

export default function ChangeSection({
  draw,
  onChanged,
}: {
  readonly draw: DrawDetail;
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const list = useRequest(() => fetchApplications(draw.id), [draw.id]);
  const names = (kind: 'entity' | 'inspector', id: string) =>
    kind === 'entity' ? (draw.names.entities[id] ?? id) : `${draw.names.inspectors[id] ?? ''}（${id}）`;
  return (
    <Card
      size="small"
      className="no-print change-section"
      title={t('change.applications')}
      style={{ marginTop: 12 }}
      extra={
        access.canApplyChange && (
          <Button type="primary" icon={<DiffOutlined />} onClick={() => setOpen(true)}>
            {t('change.apply')}
          </Button>
        )
      }
    >
      <ApplicationsTable
        applications={list.data ?? []}
        loading={list.loading}
        names={names}
        onDecided={() => {
          list.reload();
          onChanged();
        }}
      />
      {access.canApplyChange && (
        <ChangeForm
          draw={draw}
          open={open}
          onClose={() => setOpen(false)}
          onApplied={() => {
            setOpen(false);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
