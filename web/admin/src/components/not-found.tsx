import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../locales/use-i18n.ts';

export default function NotFound({ subTitle }: { readonly subTitle?: string }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={subTitle ?? t('error.notFoundPage')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
