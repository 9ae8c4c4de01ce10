// One headline figure: the value, a note, a red/yellow flag, and a link to the records behind it.
import { RightOutlined } from '@ant-design/icons';
import { Card, Flex, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../locales/use-i18n.ts';

export type FigureFlag = 'red' | 'yellow' | null;

interface FigureCardProps {
  readonly title: string;
  readonly value: ReactNode;
  readonly suffix?: string;
  readonly note: ReactNode;
  readonly flag: FigureFlag;
  readonly flagText?: string;
  readonly to: string;
  readonly testId: string;
}

export default function FigureCard({
  title,
  value,
  suffix,
  note,
  flag,
  flagText,
  to,
  testId,
}: FigureCardProps) {
  const { t } = useI18n();
  const colour = flag === 'red' ? '#ff4d4f' : flag === 'yellow' ? '#faad14' : undefined;
  return (
    <Link to={to} data-testid={testId} aria-label={`${title}：${t('assessment.drill')}`}>
      <Card size="small" hoverable style={{ height: '100%', borderTop: `3px solid ${colour ?? '#f0f0f0'}` }}>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{title}</Typography.Text>
          {flag && <Tag color={flag === 'red' ? 'error' : 'warning'}>{flagText}</Tag>}
        </Flex>
        <Statistic value={value as string | number} suffix={suffix} valueStyle={{ color: colour }} />
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
          <RightOutlined style={{ color: '#bfbfbf' }} />
        </Flex>
      </Card>
    </Link>
  );
}
