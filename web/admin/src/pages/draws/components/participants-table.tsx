// Who takes part, and how far each is: commitment, reveal, signature.
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import { usePhoneScroll } from '../../../components/phone-scroll.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Participant } from '../../../services/types.ts';
import { formatDateTime, shortDigest } from '../../../utils/format.ts';
import { participantRole, sortParticipants } from './participant-label.ts';

function Mark({
  at,
  title,
  na = false,
}: {
  readonly at: string | null;
  readonly title?: string;
  readonly na?: boolean;
}) {
  const { t } = useI18n();
  if (na) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!at)
    return (
      <span className="mark-waiting" style={{ whiteSpace: 'nowrap' }}>
        <ClockCircleOutlined /> {t('ceremony.waiting')}
      </span>
    );
  return (
    <Tooltip title={title}>
      <span className="mark-done" style={{ whiteSpace: 'nowrap' }}>
        <CheckCircleFilled style={{ color: '#52c41a' }} /> {formatDateTime(at).slice(11)}
      </span>
    </Tooltip>
  );
}

export default function ParticipantsTable({
  participants,
  big = false,
}: {
  readonly participants: readonly Participant[];
  readonly big?: boolean;
}) {
  const { t } = useI18n();
  const scroll = usePhoneScroll(520);
  return (
    <Table<Participant>
      className="participants-table"
      scroll={scroll}
      size={big ? 'middle' : 'small'}
      rowKey="id"
      pagination={false}
      dataSource={sortParticipants(participants)}
      columns={[
        { title: t('participant.role'), render: (_: unknown, p) => participantRole(t, p) },
        {
          title: t('participant.name'),
          dataIndex: 'name',
          render: (name: string, p) => (
            <>
              {name}
              {p.byCode && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {t('participant.byCode')}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('participant.commit'),
          render: (_: unknown, p) => (
            <Mark at={p.committedAt} title={p.commit ?? undefined} na={p.role === 'drawer'} />
          ),
        },
        {
          title: t('participant.reveal'),
          render: (_: unknown, p) => (
            <Mark
              at={p.revealedAt}
              title={p.nonce ? `nonce ${shortDigest(p.nonce)}` : undefined}
              na={p.role === 'drawer'}
            />
          ),
        },
        {
          title: t('participant.sign'),
          render: (_: unknown, p) => <Mark at={p.signedAt} title={p.statementDigest ?? undefined} />,
        },
      ]}
    />
  );
}
