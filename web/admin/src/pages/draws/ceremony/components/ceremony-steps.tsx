// The ceremony's order (DRAW.md §2–§6): announce → commitments → reveals → compute → signatures → confirmed.
import { Steps } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { DrawStatus } from '../../../../services/types.ts';

const CURRENT: Readonly<Record<Exclude<DrawStatus, 'aborted'>, number>> = {
  announced: 1,
  revealing: 2,
  revealed: 3,
  computed: 4,
  confirmed: 6,
};

export default function CeremonySteps({
  status,
  lastLive,
}: {
  readonly status: DrawStatus;
  readonly lastLive?: number;
}) {
  const { t } = useI18n();
  const current = status === 'aborted' ? (lastLive ?? 1) : CURRENT[status];
  return (
    <Steps
      className="ceremony-steps"
      current={current}
      status={status === 'aborted' ? 'error' : status === 'confirmed' ? 'finish' : 'process'}
      items={[
        { title: t('ceremony.step.announce') },
        { title: t('ceremony.step.commit') },
        { title: t('ceremony.step.reveal') },
        { title: t('ceremony.step.compute') },
        { title: t('ceremony.step.sign') },
        { title: t('ceremony.step.confirm') },
      ]}
    />
  );
}
