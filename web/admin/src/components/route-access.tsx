import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { AccessKey } from '../access.ts';
import { useAccess } from '../current-user.tsx';
import { useI18n } from '../locales/use-i18n.ts';

/** Renders a page only when the current user holds its access key. */
export default function RouteAccess({
  access,
  children,
}: {
  readonly access?: AccessKey;
  readonly children: ReactNode;
}) {
  const granted = useAccess();
  const navigate = useNavigate();
  const { t } = useI18n();
  if (!access || granted[access]) return children;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('error.forbiddenPage')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
