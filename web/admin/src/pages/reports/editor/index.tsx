// Enter the 检查报告 of a submitted record (a returned report is the start of the next version).
import { App } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import { describeDetails } from '../../../requestErrorConfig.ts';
import { fetchRecord } from '../../inspections/service.ts';
import ReportForm from '../components/report-form.tsx';
import {
  EMPTY_REPORT,
  reportInputOf,
  valuesOfReport,
  type ReportFormValues,
} from '../components/report-form-values.ts';
import { ReviewStatusTag } from '../components/review-tags.tsx';
import { enterReport, fetchReport, fetchResultCodes } from '../service.ts';

async function load(recordId: string) {
  const record = await fetchRecord(recordId);
  const [codes, previous] = await Promise.all([
    fetchResultCodes(),
    record.review.reportId ? fetchReport(record.review.reportId) : Promise.resolve(null),
  ]);
  return { record, codes, previous };
}

export default function ReportEditorPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const detail = useRequest(() => load(id), [id]);

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;
  const { record, codes, previous } = detail.data;

  const submit = async (values: ReportFormValues) => {
    setSubmitting(true);
    setProblems([]);
    try {
      const report = await enterReport(record.id, reportInputOf(values, record.methods));
      void message.success(t('report.entered'));
      void navigate(`/reports/${report.id}`);
    } catch (error) {
      if (error instanceof RequestError) {
        const lines = describeDetails(error.details);
        setProblems(lines.length ? lines : [error.message]);
      } else setProblems([t('error.network')]);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PageContainer
      title={t('menu.reports.new')}
      subTitle={`${record.entity.name} · ${record.item.code}`}
      tags={<ReviewStatusTag status={record.review.status} />}
      backTo={`/inspections/${record.id}`}
    >
      <div style={{ maxWidth: 980 }}>
        <ReportForm
          methods={record.methods}
          codes={codes}
          initialValues={previous ? valuesOfReport(previous) : EMPTY_REPORT}
          problems={problems}
          submitting={submitting}
          onSubmit={(values) => void submit(values)}
        />
      </div>
    </PageContainer>
  );
}
