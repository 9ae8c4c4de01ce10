import { Card, Col, Descriptions, Row, Tag } from 'antd';
import PageContainer from '../../components/page-container.tsx';
import { useCurrentUser } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import StatCard from './components/stat-card.tsx';
import WorkflowCard from './components/workflow-card.tsx';
import { fetchOverview } from './service.ts';

export default function HomePage() {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const { data, loading } = useRequest(fetchOverview, []);

  return (
    <PageContainer title={t('menu.home')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <StatCard
            title={t('home.items')}
            to="/items"
            loading={loading}
            value={data?.items}
            note={data && t('home.itemsNote', { published: data.publishedItems, drafts: data.draftItems })}
          />
        </Col>
        <Col xs={24} md={8}>
          <StatCard
            title={t('home.entities')}
            to="/entities"
            loading={loading}
            value={data?.entities}
            note={data && t('home.activeNote', { active: data.activeEntities })}
          />
        </Col>
        <Col xs={24} md={8}>
          <StatCard
            title={t('home.inspectors')}
            to="/inspectors"
            loading={loading}
            value={data?.inspectors}
            note={data && t('home.activeNote', { active: data.activeInspectors })}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('home.me')} size="small">
            {user && (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: t('home.name'), children: user.displayName },
                  { key: 'username', label: t('home.username'), children: user.username },
                  { key: 'unit', label: t('home.unit'), children: user.unit.name },
                  {
                    key: 'roles',
                    label: t('home.roles'),
                    children: user.roles.map((role) => (
                      <Tag key={role} color="blue">
                        {t(`role.${role}`)}
                      </Tag>
                    )),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <WorkflowCard />
        </Col>
      </Row>
    </PageContainer>
  );
}
