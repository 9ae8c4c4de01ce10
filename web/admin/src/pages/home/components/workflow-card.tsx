import { Card, Steps } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';

/** Where the screens of this app sit in the 双随机、一公开 workflow. */
export default function WorkflowCard() {
  const { t } = useI18n();
  return (
    <Card title={t('home.workflow')} size="small">
      <Steps
        orientation="vertical"
        size="small"
        current={-1}
        items={[
          { title: t('home.step.items'), content: t('home.step.itemsNote') },
          { title: t('home.step.directories'), content: t('home.step.directoriesNote') },
          { title: t('home.step.draw'), content: t('home.step.drawNote') },
          { title: t('home.step.disclosure'), content: t('home.step.disclosureNote') },
        ]}
      />
    </Card>
  );
}
