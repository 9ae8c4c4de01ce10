// One report: findings, result, non-cooperation, handling, follow-ups and its review history.
import { Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Report } from '../../../services/types.ts';
import { OverdueTag, ProvisionalTag } from './review-tags.tsx';

export default function ReportView({ report }: { readonly report: Report }) {
  const { t } = useI18n();
  const h = report.handling;
  const handling =
    h.kind === 'own-case'
      ? `${t('handling.own-case')}：${h.caseNumber}`
      : h.kind === 'transferred'
        ? `${t('handling.transferred')}：${h.recipientDepartment}`
        : h.kind === 'criminal-referral'
          ? `${t('handling.criminal-referral')}${h.recipientUnit ? `：${h.recipientUnit}` : ''}`
          : t('handling.none');
  const review = report.review;
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('report.section.findings')}>
        <Descriptions size="small" column={1} bordered>
          {report.findings.map((f) => (
            <Descriptions.Item key={f.method} label={t(`method.${f.method}`)}>
              {f.summary}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('report.opinion')}>{report.opinion}</Descriptions.Item>
          <Descriptions.Item label={t('report.resultCode')}>
            <Tag color="blue">{report.resultLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('report.section.nonCooperation')}>
            {report.nonCooperation.length === 0
              ? t('report.none')
              : report.nonCooperation.map((n) => (
                  <div key={n.kind}>
                    {t(`nonCooperation.${n.kind}`)}
                    {n.description ? `：${n.description}` : ''}
                  </div>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.section.handling')}>{handling}</Descriptions.Item>
          <Descriptions.Item label={t('report.followUps')}>
            {report.followUps.length === 0
              ? t('report.none')
              : report.followUps.map((f, i) => (
                  <div key={i}>
                    {t(`followUp.kind.${f.kind}`)}
                    {f.note ? `：${f.note}` : ''}
                  </div>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.section.privacy')}>
            {report.touchesTradeSecret && <Tag>{t('report.touchesTradeSecret')}</Tag>}
            {report.touchesPrivacy && <Tag>{t('report.touchesPrivacy')}</Tag>}
            {review.needsPrivacyApproval ? (
              <Tag color="orange">{t('report.needsPrivacyApproval')}</Tag>
            ) : (
              !report.touchesTradeSecret && !report.touchesPrivacy && t('report.none')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('report.section.review')}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('report.approvedOn')}>{review.approvedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('report.deadline')}>
            {review.deadline ?? '—'} <ProvisionalTag provisional={review.deadlineProvisional} />
            <OverdueTag overdue={review.overdue} />
          </Descriptions.Item>
          <Descriptions.Item label={t('report.publishedOn')}>{review.publishedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Timeline
          items={review.history.map((step) => ({
            content: (
              <Typography.Text>
                {t(`review.status.${step.to}`)} · {step.actor} · {step.on}
                {step.opinion ? `：${step.opinion}` : ''}
              </Typography.Text>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
