// 检查登记表: a phone in the field fills the draft; a submitted record is shown read only.
import { ArrowLeftOutlined, FileAddOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { downloadFile } from '../../../download.ts';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import NotFound from '../../../components/not-found.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess, useCurrentUser } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { ReviewStatusTag, RecordStatusTag } from '../../reports/components/review-tags.tsx';
import { fetchRecord } from '../service.ts';
import RecordForm from './components/record-form.tsx';
import RecordView from './components/record-view.tsx';
import OfficerSigners from '../../../components/officer-signers.tsx';

export default function RecordPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { user, loading } = useCurrentUser();
  const access = useAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const detail = useRequest(() => (user ? fetchRecord(id) : Promise.resolve(undefined)), [id, user]);

  // Outside the side-menu frame, so the login check of the layout is done here.
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={`/login?redirect=${encodeURIComponent(location.pathname)}`} replace />;
  if (detail.loading && !detail.data) return <PageLoading />;
  const record = detail.data;
  if (!record) return <NotFound subTitle={detail.error?.message} />;
  const back = record.drawId
    ? `/inspections/draws/${record.drawId}`
    : record.targetedInspectionId
      ? '/targeted'
      : '/inspections';
  const editable = record.status === 'draft' && access.canInspect;
  const reportId = record.review.reportId;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#001529', height: 'auto', padding: '8px 12px', lineHeight: 1.4 }}>
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined style={{ color: '#fff' }} />}
            onClick={() => void navigate(back)}
          />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ color: '#fff', fontSize: 16 }} ellipsis>
              {t('menu.inspections.record')} · {record.entity.name}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12 }} ellipsis>
              {record.item.code} {record.item.name} · {record.taskCode ?? t('record.targeted')}
            </Typography.Text>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 980, width: '100%', margin: '0 auto' }}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <RecordStatusTag status={record.status} />
          <ReviewStatusTag status={record.review.status} />
          <Typography.Text type="secondary">
            {t('record.team')}：{record.team.map((m) => `${m.name}（${m.badgeNumber}）`).join('、') || '—'}
          </Typography.Text>
        </Flex>
        {editable ? (
          <RecordForm key={record.updatedAt} record={record} onSubmitted={() => detail.reload()} />
        ) : (
          <RecordView record={record} />
        )}
        {record.status === 'submitted' && (
          <div style={{ marginTop: 12 }}>
            <OfficerSigners recordId={record.id} reloadKey={record.updatedAt} />
          </div>
        )}
        {record.status === 'submitted' && (
          <Flex gap={8} style={{ marginTop: 12 }} wrap>
            <Button
              icon={<FilePdfOutlined />}
              onClick={() =>
                void downloadFile(`/api/admin/inspections/${encodeURIComponent(record.id)}/record.pdf`)
              }
            >
              {t('record.pdf')}
            </Button>
            {reportId && (
              <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/reports/${reportId}`)}>
                {t('report.open')}
              </Button>
            )}
            {access.canInspect && ['not-entered', 'returned', 'rejected'].includes(record.review.status) && (
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                onClick={() => void navigate(`/inspections/${record.id}/report`)}
              >
                {t('report.write')}
              </Button>
            )}
          </Flex>
        )}
      </Layout.Content>
    </Layout>
  );
}
