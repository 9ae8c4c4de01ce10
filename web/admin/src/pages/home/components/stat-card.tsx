import { RightOutlined } from '@ant-design/icons';
import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../locales/use-i18n.ts';

interface StatCardProps {
  readonly title: string;
  readonly to: string;
  readonly loading: boolean;
  readonly value: number | undefined;
  readonly note: ReactNode;
}

export default function StatCard({ title, to, loading, value, note }: StatCardProps) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      extra={
        <Link to={to}>
          {t('common.view')} <RightOutlined />
        </Link>
      }
      title={title}
    >
      <Statistic loading={loading} value={value ?? '—'} />
      <Typography.Text type="secondary">{note ?? ' '}</Typography.Text>
    </Card>
  );
}
