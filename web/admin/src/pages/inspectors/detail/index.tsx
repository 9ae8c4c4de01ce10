// One inspector: fields, unavailability periods, declared conflicts (回避) and history.
import { Card, Col, Row } from 'antd';
import { useParams } from 'react-router';
import HistoryTimeline from '../../../components/history-timeline.tsx';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { AvailableTodayTag, InspectorStatusTag } from '../components/inspector-tags.tsx';
import { fetchInspector } from '../service.ts';
import ConflictsCard from './components/conflicts-card.tsx';
import InspectorDescriptions from './components/inspector-descriptions.tsx';
import UnavailabilityCard from './components/unavailability-card.tsx';

export default function InspectorDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const access = useAccess();
  const detail = useRequest(() => fetchInspector(id), [id]);

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;
  const { inspector, unavailability, conflicts, history } = detail.data;

  return (
    <PageContainer
      title={inspector.name}
      subTitle={`${t('inspector.badgeNumber')} ${inspector.badgeNumber}`}
      tags={
        <>
          <InspectorStatusTag status={inspector.status} />
          <AvailableTodayTag available={inspector.availableToday} />
        </>
      }
      backTo="/inspectors"
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('inspector.details')} style={{ marginBottom: 12 }}>
            <InspectorDescriptions inspector={inspector} />
          </Card>
          <div style={{ marginBottom: 12 }}>
            <UnavailabilityCard
              inspectorId={inspector.id}
              periods={unavailability}
              editable={access.canEditDirectory}
              onAdded={detail.reload}
            />
          </div>
          <ConflictsCard
            inspectorId={inspector.id}
            conflicts={conflicts}
            editable={access.canEditDirectory}
            onAdded={detail.reload}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('history.title')}>
            <HistoryTimeline events={history} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
