// One entity of the directory: its fields, its history (全程留痕) and deregistration.
import { StopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import HistoryTimeline from '../../../components/history-timeline.tsx';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import CreditArchiveCard from '../../archive/components/credit-archive-card.tsx';
import { EntityStatusTag } from '../components/entity-tags.tsx';
import { fetchEntity } from '../service.ts';
import DeregisterModal from './components/deregister-modal.tsx';
import ContactPhoneModal from './components/contact-phone-modal.tsx';
import EntityDescriptions from './components/entity-descriptions.tsx';
import { usePersonalData } from './components/use-personal-data.tsx';

export default function EntityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const access = useAccess();
  const [deregisterOpen, setDeregisterOpen] = useState(false);
  const [phoneOpen, setPhoneOpen] = useState(false);
  const detail = useRequest(() => fetchEntity(id), [id]);
  // A view is an audit event: the history below shows it once reloaded.
  const personal = usePersonalData(id, () => detail.reload());

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;
  const { entity, history } = detail.data;

  return (
    <PageContainer
      title={entity.name}
      subTitle={entity.code}
      tags={<EntityStatusTag status={entity.status} />}
      backTo="/entities"
      extra={
        access.canEditDirectory &&
        entity.status === 'active' && (
          <Button danger icon={<StopOutlined />} onClick={() => setDeregisterOpen(true)}>
            {t('deregister.button')}
          </Button>
        )
      }
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('entity.details')}>
            <EntityDescriptions
              entity={entity}
              full={personal.shown}
              onReveal={access.canViewPersonalData ? personal.reveal : undefined}
              onHide={personal.hide}
              onEditPhone={access.canEditDirectory ? () => setPhoneOpen(true) : undefined}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('history.title')}>
            <HistoryTimeline events={history} />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        <CreditArchiveCard entityId={entity.id} />
      </div>
      <ContactPhoneModal
        open={phoneOpen}
        entityId={entity.id}
        entityName={entity.name}
        onClose={() => setPhoneOpen(false)}
        onDone={() => {
          setPhoneOpen(false);
          personal.hide();
          detail.reload();
        }}
      />
      <DeregisterModal
        open={deregisterOpen}
        entityId={entity.id}
        entityName={entity.name}
        onClose={() => setDeregisterOpen(false)}
        onDone={() => {
          setDeregisterOpen(false);
          detail.reload();
        }}
      />
    </PageContainer>
  );
}
