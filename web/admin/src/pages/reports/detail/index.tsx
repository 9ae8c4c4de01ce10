// 检查报告: the report and its review (R-N.8); the author enters a new version after a return.
import { EditOutlined, FilePdfOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Button, Flex, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { downloadFile } from '../../../download.ts';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import OfficerSigners from '../../../components/officer-signers.tsx';
import ReportView from '../components/report-view.tsx';
import ReviewActions from '../components/review-actions.tsx';
import { ReviewStatusTag } from '../components/review-tags.tsx';
import { fetchReport } from '../service.ts';

export default function ReportDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const detail = useRequest(() => fetchReport(id), [id]);

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;
  const report = detail.data;

  return (
    <PageContainer
      title={`${t('menu.reports.detail')} · ${report.entity.name}`}
      subTitle={`${report.item.code} · ${t('report.version', { version: report.version })} · ${report.author}`}
      tags={
        <>
          <ReviewStatusTag status={report.review.status} />
          {!report.latest && <Tag>{t('report.superseded')}</Tag>}
        </>
      }
      backTo="/reports"
      extra={
        <Flex gap={8} wrap>
          <Button
            icon={<FileSearchOutlined />}
            onClick={() => void navigate(`/inspections/${report.recordId}`)}
          >
            {t('report.openRecord')}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            onClick={() =>
              void downloadFile(`/api/admin/reports/${encodeURIComponent(report.id)}/report.pdf`)
            }
          >
            {t('report.pdf')}
          </Button>
          {access.canInspect && report.latest && ['returned', 'rejected'].includes(report.review.status) && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(`/inspections/${report.recordId}/report`)}
            >
              {t('report.newVersion')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <ReviewActions report={report} onDone={detail.reload} />
        <ReportView report={report} />
        <OfficerSigners recordId={report.recordId} reportId={report.id} reloadKey={report.review.status} />
      </Flex>
    </PageContainer>
  );
}
