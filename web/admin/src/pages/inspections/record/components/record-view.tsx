// A submitted 检查登记表: read only, with its signatures and attachments.
import { Card, Descriptions, Flex, Image, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { InspectionRecord } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import { fileUrl } from '../../service.ts';
import Attachments from './attachments-card.tsx';

export default function RecordView({ record }: { readonly record: InspectionRecord }) {
  const { t } = useI18n();
  const signature = (id: string | undefined, alt: string) =>
    id ? (
      <Image src={fileUrl(record.id, id)} alt={alt} width={180} />
    ) : (
      <Tag color="red">{t('record.unsigned')}</Tag>
    );
  const party = record.party;
  const responsible = record.team.find((m) => m.badgeNumber === record.responsibleBadgeNumber);
  const text = (code: string) => record.checklist.find((c) => c.code === code)?.text ?? code;
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('record.section.basics')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('record.checkedOn')}>{record.checkedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('record.methods')}>
            {record.methods.map((m) => t(`method.${m}`)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('record.policeIdShown')}>
            {record.policeIdShown ? t('common.yes') : t('common.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('record.responsible')}>
            {responsible
              ? `${responsible.name}（${responsible.badgeNumber}）`
              : (record.responsibleBadgeNumber ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label={t('record.submittedAt')}>
            {formatDateTime(record.submittedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('record.submittedBy')}>{record.submittedBy ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('record.section.rows')}>
        <Table
          size="small"
          rowKey="checklistCode"
          pagination={false}
          dataSource={[...record.rows]}
          columns={[
            {
              title: t('record.content'),
              render: (_: unknown, r) => `${r.checklistCode} ${text(r.checklistCode)}`,
            },
            {
              title: t('record.finding'),
              width: 90,
              render: (_: unknown, r) => (
                <Tag color={r.finding === 'non-compliant' ? 'red' : undefined}>
                  {t(`finding.${r.finding}`)}
                </Tag>
              ),
            },
            { title: t('record.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <Card size="small" title={t('record.section.attachments')}>
        <Attachments recordId={record.id} attachments={record.attachments} />
      </Card>
      <Card size="small" title={t('record.section.signatures')}>
        <Flex gap={16} wrap>
          {record.inspectors.map((i) => (
            <Flex vertical key={i.badgeNumber}>
              <Typography.Text>{`${i.name}（${i.badgeNumber}）`}</Typography.Text>
              {signature(i.signature?.id, i.name)}
            </Flex>
          ))}
          <Flex vertical>
            <Typography.Text>{t('record.party')}</Typography.Text>
            {party?.kind === 'signed' && (
              <>
                <Typography.Text type="secondary">{party.signerName}</Typography.Text>
                {party.signature && signature(party.signature.id, party.signerName)}
              </>
            )}
            {party?.kind === 'refused' && (
              <>
                <Tag color="orange">{t('record.party.refused')}</Tag>
                <Typography.Text>{party.reason}</Typography.Text>
                {party.witness && (
                  <>
                    <Typography.Text type="secondary">
                      {t('record.witness')}：{party.witness.name}
                    </Typography.Text>
                    {party.witness.signature && signature(party.witness.signature.id, party.witness.name)}
                  </>
                )}
              </>
            )}
            {!party && '—'}
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
