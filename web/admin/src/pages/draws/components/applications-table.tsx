// Change applications of a draw; a leader approves (the next replacement comes in at once) or rejects.
import { App, Button, Flex, Input, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { ApplicationStatusTag } from '../../../components/draw-tags.tsx';
import { ListTable } from '../../../components/list-table.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { ReplacementApplication } from '../../../services/types.ts';
import { formatDateTime } from '../../../utils/format.ts';
import { approveApplication, evidenceUrl, rejectApplication } from '../service.ts';

interface ApplicationsTableProps {
  readonly applications: readonly ReplacementApplication[];
  readonly loading?: boolean;
  readonly names?: (kind: ReplacementApplication['kind'], id: string) => string;
  readonly onDecided: () => void;
}

export default function ApplicationsTable({
  applications,
  loading,
  names,
  onDecided,
}: ApplicationsTableProps) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const access = useAccess();
  const note = useRef('');
  const label = (a: ReplacementApplication) => (names ? names(a.kind, a.out) : a.out);

  const decide = (a: ReplacementApplication, approve: boolean) => {
    note.current = '';
    modal.confirm({
      title: t(approve ? 'change.approveTitle' : 'change.rejectTitle', { out: label(a) }),
      content: (
        <>
          <Typography.Paragraph>
            {t(approve ? 'change.approveExplain' : 'change.rejectExplain')}
          </Typography.Paragraph>
          <Input.TextArea
            rows={2}
            placeholder={t('change.note')}
            onChange={(e) => (note.current = e.target.value)}
          />
        </>
      ),
      okText: t(approve ? 'change.approve' : 'change.reject'),
      okButtonProps: { danger: !approve },
      onOk: async () => {
        if (approve) {
          const { replacement } = await approveApplication(a.id, note.current);
          void message.success(
            t('change.approved', { in: names ? names(a.kind, replacement.in) : replacement.in }),
          );
        } else {
          await rejectApplication(a.id, note.current);
          void message.success(t('change.rejected'));
        }
        note.current = '';
        onDecided();
      },
    });
  };

  return (
    <ListTable<ReplacementApplication>
      className="applications-table"
      loading={loading}
      pagination={false}
      data={applications}
      emptyText={t('change.noApplications')}
      columns={[
        {
          title: t('change.kind'),
          dataIndex: 'kind',
          width: 80,
          fixed: 'left',
          responsive: ['sm'],
          render: (k: ReplacementApplication['kind']) => <Tag>{t(`change.kind.${k}`)}</Tag>,
        },
        { title: t('change.out'), fixed: 'left', render: (_: unknown, a) => label(a) },
        { title: t('change.reason'), dataIndex: 'reason', width: 200, ellipsis: true },
        {
          title: t('change.evidence'),
          render: (_: unknown, a) =>
            a.evidence.map((file) => (
              <div key={file.index}>
                <a href={evidenceUrl(a.id, file.index)}>{file.fileName}</a>
              </div>
            )),
        },
        {
          title: t('change.applicant'),
          width: 160,
          responsive: ['md'],
          render: (_: unknown, a) => `${a.applicant} ${formatDateTime(a.appliedAt, 'minute')}`,
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 90,
          render: (_: unknown, a) => <ApplicationStatusTag status={a.status} />,
        },
        {
          title: t('change.decision'),
          width: 200,
          render: (_: unknown, a) =>
            a.status === 'pending' ? (
              access.canDecideChange ? (
                <Flex gap={4}>
                  <Button
                    size="small"
                    type="primary"
                    className="approve-application"
                    onClick={() => decide(a, true)}
                  >
                    {t('change.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => decide(a, false)}>
                    {t('change.reject')}
                  </Button>
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('change.awaiting')}</Typography.Text>
              )
            ) : (
              `${a.approver ?? ''} ${formatDateTime(a.decidedAt, 'minute')}${a.note ? `：${a.note}` : ''}`
            ),
        },
      ]}
    />
  );
}
