import { Button, Card, Col, Descriptions, Flex, Row, Tag } from 'antd';
import { Link } from 'react-router';
import CalendarDueAlert from '../../components/calendar-due-alert.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useAccess, useCurrentUser } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import TodoCard from './components/todo-card.tsx';
import SigningKeyPrompt from './components/signing-key-prompt.tsx';
import WorkflowCard from './components/workflow-card.tsx';
import { fetchCalendarDue, fetchTodo } from './service.ts';

export default function HomePage() {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const { data, loading } = useRequest(fetchTodo, []);
  const access = useAccess();
  const { data: due } = useRequest(
    () => (access.canManageCalendar ? fetchCalendarDue() : Promise.resolve(undefined)),
    [access.canManageCalendar],
  );

  return (
    <PageContainer title={t('menu.home')}>
      <CalendarDueAlert
        year={due}
        action={
          due !== undefined && (
            <Link to="/system/calendar">
              <Button size="small" type="primary">
                {t('calendar.due.action', { year: due })}
              </Button>
            </Link>
          )
        }
      />
      <SigningKeyPrompt />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <TodoCard data={data} loading={loading} />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
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
            <WorkflowCard />
          </Flex>
        </Col>
      </Row>
    </PageContainer>
  );
}
