// 抽取记录: the print-friendly record of a draw, with the bundle for `shuangsui verify` (R-20.2, R-N.6).
import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { DrawStatusTag } from '../../../components/draw-tags.tsx';
import NotFound from '../../../components/not-found.tsx';
import { usePhoneScroll } from '../../../components/phone-scroll.ts';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Participant } from '../../../services/types.ts';
import { formatDateTime } from '../../../utils/format.ts';
import DigestList from '../components/digest-list.tsx';
import { participantRole, sortParticipants } from '../components/participant-label.ts';
import ReplacementsTable from '../components/replacements-table.tsx';
import { useDraw } from '../hooks/use-draw.ts';
import { downloadFile } from '../../../download.ts';
import { bundleUrl } from '../service.ts';

const noticeUrl = (id: string) => `/api/admin/draws/${encodeURIComponent(id)}/notice.pdf`;

export default function DrawRecordPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { draw, error, loading } = useDraw(id);
  const phoneScroll = usePhoneScroll(720);
  if (loading && !draw) return <PageLoading />;
  if (!draw) return <NotFound subTitle={error?.message} />;
  const entity = (x: string) => (draw.names.entities[x] ? `${draw.names.entities[x]}（${x}）` : x);
  const inspector = (x: string) => `${draw.names.inspectors[x] ?? ''}（${x}）`;
  const plan = draw.plan;
  const inspected = new Set((draw.current?.teams ?? draw.result?.teams ?? []).map((team) => team.entity));
  // The record lists the teams as drawn, then each entity that came in by an approved replacement: it is
  // inspected too, so its notice is offered here as well.
  const drawnTeams = draw.result?.teams ?? [];
  const drawn = new Set(drawnTeams.map((team) => team.entity));
  const teams = [...drawnTeams, ...(draw.current?.teams ?? []).filter((team) => !drawn.has(team.entity))];
  const text = (value: unknown) =>
    Array.isArray(value)
      ? value.join('、')
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : '—';

  return (
    <PageContainer
      title={t('record.title')}
      subTitle={draw.drawId}
      tags={<DrawStatusTag status={draw.status} />}
      backTo={`/draws/${draw.id}`}
      extra={
        <span className="no-print" style={{ display: 'flex', gap: 8 }}>
          <Button
            icon={<DownloadOutlined />}
            href={bundleUrl(draw.id)}
            download={`${draw.drawId}.bundle.json`}
            disabled={!draw.result}
          >
            {t('record.bundle')}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            onClick={() => void downloadFile(`/api/admin/draws/${encodeURIComponent(draw.id)}/record.pdf`)}
          >
            {t('record.pdf')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('record.print')}
          </Button>
        </span>
      }
    >
      <div className="draw-record">
        {draw.status !== 'confirmed' && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('record.notConfirmed')} />
        )}
        <Card size="small" title={t('record.basics')} style={{ marginBottom: 12 }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('task.code')}>{draw.taskCode}</Descriptions.Item>
            <Descriptions.Item label={t('task.plan')}>{text(plan['plan'])}</Descriptions.Item>
            <Descriptions.Item label={t('plan.items')}>{text(plan['itemIds'])}</Descriptions.Item>
            <Descriptions.Item label={t('task.drawDate')}>{draw.drawDate}</Descriptions.Item>
            <Descriptions.Item label={t('draw.drawId')}>{draw.drawId}</Descriptions.Item>
            <Descriptions.Item label={t('draw.suite')}>{draw.suite}</Descriptions.Item>
            <Descriptions.Item label={t('task.poolSize')}>{draw.poolSize}</Descriptions.Item>
            <Descriptions.Item label={t('task.eligible')}>{draw.eligible}</Descriptions.Item>
            <Descriptions.Item label={t('record.computedAt')}>
              {formatDateTime(draw.computedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('draw.confirmedAt')}>
              {formatDateTime(draw.confirmedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('record.params')} span={2}>
              {t('record.paramsText', {
                reserve: text(plan['reservePerStratum']),
                inspectorReserve: text(plan['inspectorReserve']),
                maxLoad: text(plan['maxLoad']),
              })}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('ceremony.digests')} style={{ marginBottom: 12 }}>
          <DigestList digests={draw.digests} statementDigest={draw.statementDigest} />
        </Card>
        <Card size="small" title={t('record.strata')} style={{ marginBottom: 12 }}>
          <Table
            size="small"
            scroll={phoneScroll}
            bordered
            rowKey="stratum"
            pagination={false}
            dataSource={[...(draw.result?.strata ?? [])]}
            columns={[
              { title: t('task.stratum'), dataIndex: 'stratum', width: 120 },
              { title: t('task.eligible'), dataIndex: 'eligible', width: 70, align: 'right' },
              { title: t('task.quota'), dataIndex: 'quota', width: 70, align: 'right' },
              {
                title: t('result.selected'),
                dataIndex: 'selected',
                render: (ids: string[]) => ids.map(entity).join('；'),
              },
              {
                title: t('result.reserve'),
                dataIndex: 'reserve',
                render: (ids: string[]) => ids.map((x, i) => `${i + 1}. ${entity(x)}`).join('；'),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('result.teams')} style={{ marginBottom: 12 }}>
          <Table
            size="small"
            scroll={phoneScroll}
            bordered
            rowKey="entity"
            pagination={false}
            dataSource={teams}
            columns={[
              {
                title: t('result.entity'),
                dataIndex: 'entity',
                render: (x: string) => (
                  <>
                    {entity(x)}
                    {!drawn.has(x) && (
                      <Tag color="blue" style={{ marginInlineStart: 6 }}>
                        {t('record.replacementIn')}
                      </Tag>
                    )}
                    {!inspected.has(x) && (
                      <Tag style={{ marginInlineStart: 6 }}>{t('record.replacedOut')}</Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('result.inspectors'),
                render: (_: unknown, team) =>
                  team.pools.map((p) => `${p.pool}：${p.inspectors.map(inspector).join('、')}`).join('；'),
              },
              {
                title: t('result.inspectorReserve'),
                render: (_: unknown, team) =>
                  team.pools.map((p) => p.reserve.map(inspector).join('、')).join('；'),
              },
              {
                title: t('record.notice'),
                className: 'no-print',
                width: 120,
                render: (_: unknown, team) => (
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    // An entity replaced after confirmation gets no notice: only the current selection is inspected.
                    disabled={draw.status !== 'confirmed' || !inspected.has(team.entity)}
                    onClick={() => void downloadFile(noticeUrl(draw.id), { entity: team.entity })}
                  >
                    {t('record.noticePdf')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('record.signatures')} style={{ marginBottom: 12 }}>
          <Table<Participant>
            size="small"
            scroll={phoneScroll}
            bordered
            rowKey="id"
            pagination={false}
            className="record-signatures"
            dataSource={sortParticipants(draw.participants)}
            columns={[
              { title: t('participant.role'), render: (_: unknown, p) => participantRole(t, p) },
              { title: t('participant.name'), dataIndex: 'name' },
              {
                title: t('participant.commit'),
                dataIndex: 'committedAt',
                render: (at: string | null) => formatDateTime(at),
              },
              {
                title: t('participant.reveal'),
                dataIndex: 'revealedAt',
                render: (at: string | null) => formatDateTime(at),
              },
              {
                title: t('participant.sign'),
                dataIndex: 'signedAt',
                render: (at: string | null) => formatDateTime(at),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('change.replacements')} style={{ marginBottom: 12 }}>
          <ReplacementsTable draw={draw} />
        </Card>
        <Card size="small" title={t('record.verify')}>
          <Typography.Paragraph>{t('record.verifyText')}</Typography.Paragraph>
          <Typography.Paragraph>
            <code>{`shuangsui verify ${draw.drawId}.bundle.json`}</code>
          </Typography.Paragraph>
        </Card>
      </div>
    </PageContainer>
  );
}
