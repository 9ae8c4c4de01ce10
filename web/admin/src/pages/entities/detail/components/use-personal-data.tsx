// Issue 10.7: the full numbers are fetched only after the officer confirms that the view is recorded.
import { App, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { fetchPersonalData } from '../../service.ts';

export interface PersonalData {
  readonly idNumber: string | null;
  readonly contactPhone: string | null;
}

export function usePersonalData(entityId: string, onShown?: () => void) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const [shown, setShown] = useState<PersonalData | null>(null);
  const reveal = () => {
    let reason = '';
    modal.confirm({
      title: t('personalData.confirmTitle'),
      content: (
        <>
          <p>{t('personalData.confirmBody')}</p>
          <Input
            maxLength={200}
            placeholder={t('personalData.reasonPlaceholder')}
            onChange={(e) => (reason = e.target.value)}
          />
        </>
      ),
      okText: t('personalData.confirm'),
      onOk: async () => {
        setShown(await fetchPersonalData(entityId, reason.trim()));
        void message.info(t('personalData.recorded'));
        onShown?.();
      },
    });
  };
  return { shown, reveal, hide: () => setShown(null) };
}
