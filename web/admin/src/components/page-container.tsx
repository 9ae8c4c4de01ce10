// The frame of every page: title line with back link and actions, then the content.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface PageContainerProps {
  readonly title: ReactNode;
  readonly subTitle?: ReactNode;
  readonly tags?: ReactNode;
  /** Where the back arrow leads; no arrow when absent. */
  readonly backTo?: string;
  readonly extra?: ReactNode;
  readonly children: ReactNode;
}

export default function PageContainer({
  title,
  subTitle,
  tags,
  backTo,
  extra,
  children,
}: PageContainerProps) {
  const navigate = useNavigate();
  return (
    <div>
      <Flex align="center" justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8} wrap>
          {backTo !== undefined && (
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(backTo)} />
          )}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
          {tags}
        </Flex>
        {extra && <Flex gap={8}>{extra}</Flex>}
      </Flex>
      {children}
    </div>
  );
}
