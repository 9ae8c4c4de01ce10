import { Spin } from 'antd';
import { useI18n } from '../locales/use-i18n.ts';

export default function PageLoading() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 96, textAlign: 'center' }}>
      <Spin description={t('common.loading')} size="large">
        <div style={{ height: 48 }} />
      </Spin>
    </div>
  );
}
