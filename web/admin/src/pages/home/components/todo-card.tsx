// The signed-in officer's to-do list: each group a kind of work, each row a link to the thing itself.
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { MessageKey } from '../../../locales/index.ts';
import type { TodoGroup, TodoKind, TodoList } from '../../../services/types.ts';

type Item = TodoGroup['items'][number];

const LINKS: Readonly<Record<TodoKind, (id: string) => string>> = {
  review: (id) => `/reports/${id}`,
  publish: (id) => `/reports/${id}`,
  change: (id) => `/draws/${id}`,
  targeted: () => '/targeted',
  plan: (id) => `/plans/${id}`,
  import: () => '/entities',
  task: (id) => `/tasks/${id}`,
  witness: (id) => `/draws/${id}`,
  record: (id) => `/inspections/${id}`,
};

/** What the date of a row means for its kind. */
const DUE_KEYS: Partial<Record<TodoKind, MessageKey>> = {
  publish: 'home.todo.due',
  task: 'home.todo.drawDate',
  witness: 'home.todo.drawDate',
  targeted: 'home.todo.due',
  record: 'home.todo.checkedOn',
  import: 'home.todo.importedOn',
};

function Detail({ kind, item }: { readonly kind: TodoKind; readonly item: Item }) {
  const { t } = useI18n();
  const dueKey = DUE_KEYS[kind];
  const detail =
    kind === 'import'
      ? t('home.todo.rejectedRows', { n: item.detail ?? '0' })
      : kind === 'targeted' && item.detail
        ? t(`targeted.reason.${item.detail}` as MessageKey)
        : item.detail;
  return (
    <Flex gap={8} wrap align="center">
      {detail && (
        <Typography.Text type="secondary">
          {detail}
          {item.code && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {item.code}
            </Typography.Text>
          )}
        </Typography.Text>
      )}
      {dueKey && item.due && (
        <Typography.Text type="secondary">{t(dueKey, { date: item.due })}</Typography.Text>
      )}
      {item.provisional && <Tag>{t('home.todo.provisional')}</Tag>}
      {item.flag === 'red' && <Tag color="error">{t('home.todo.overdue')}</Tag>}
      {item.flag === 'yellow' && <Tag color="warning">{t('home.todo.dueSoon')}</Tag>}
    </Flex>
  );
}

export default function TodoCard({ data, loading }: { readonly data?: TodoList; readonly loading: boolean }) {
  const { t } = useI18n();
  const groups = data?.groups ?? [];
  return (
    <Card
      title={t('home.todo')}
      size="small"
      loading={loading}
      extra={<Link to="/assessment">{t('home.todo.assessment')}</Link>}
      data-testid="todo"
    >
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todo.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {groups.map((g) => (
            <div key={g.kind}>
              <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
                {t(`home.todo.kind.${g.kind}`)} <Tag>{g.items.length}</Tag>
              </Typography.Title>
              <List
                size="small"
                dataSource={[...g.items]}
                renderItem={(item) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    <Flex vertical gap={2} style={{ minWidth: 0 }}>
                      <Link to={LINKS[g.kind](item.id)}>{item.label}</Link>
                      <Detail kind={g.kind} item={item} />
                    </Flex>
                  </List.Item>
                )}
              />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
