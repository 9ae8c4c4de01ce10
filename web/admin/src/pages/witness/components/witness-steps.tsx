// The witness's three acts: commit a nonce made here, reveal it once all commitments are fixed, sign.
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Suite, WitnessView } from '../../../services/types.ts';
import { storedSecret } from '../../../utils/witness-secret.ts';
import StatementView from '../../draws/components/statement-view.tsx';

interface WitnessStepsProps {
  readonly view: WitnessView;
  readonly busy: boolean;
  readonly onCommit: () => void;
  readonly onReveal: (nonce: string) => void;
  readonly onSign: () => void;
}

const SUITES: readonly Suite[] = ['RDRAW-2-SHA256', 'RDRAW-2-SM3', 'RDRAW-1-SHA256', 'RDRAW-1-SM3'];

/** The plan's suite decides the commitment's hash and its label (RDRAW-1/… or RDRAW-2/…). */
export const suiteOf = (view: WitnessView): Suite =>
  SUITES.find((s) => s === view.plan['suite']) ?? 'RDRAW-2-SHA256';

export default function WitnessSteps({ view, busy, onCommit, onReveal, onSign }: WitnessStepsProps) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const secret = storedSecret(view.drawId, view.witness);
  const lost = Boolean(
    view.mine.commit && !view.mine.revealed && (!secret || secret.commit !== view.mine.commit),
  );
  const big = { fontSize: 18 };

  if (view.status === 'aborted') return <Alert type="error" showIcon title={t('witness.aborted')} />;
  if (view.status === 'confirmed') return <Alert type="success" showIcon title={t('witness.confirmed')} />;
  return (
    <Card size="small" title={t('witness.yourPart')}>
      <Flex vertical gap={12} style={big}>
        {lost && <Alert type="error" showIcon title={t('mine.lostNonce')} />}
        {!view.mine.commit && view.status === 'announced' && (
          <>
            <Typography.Paragraph style={big}>{t('witness.commitExplain')}</Typography.Paragraph>
            <Button type="primary" size="large" loading={busy} onClick={onCommit} className="witness-commit">
              {t('mine.commit')}
            </Button>
          </>
        )}
        {view.mine.commit && (
          <Typography.Paragraph style={big} className="witness-committed">
            {t('witness.yourCommit')}
            <br />
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {view.mine.commit}
            </Typography.Text>
          </Typography.Paragraph>
        )}
        {view.mine.commit && view.status === 'announced' && (
          <Typography.Text style={big}>{t('mine.waitOthers')}</Typography.Text>
        )}
        {view.status === 'revealing' && !view.mine.revealed && secret && !lost && (
          <>
            <Typography.Paragraph style={big}>{t('witness.revealExplain')}</Typography.Paragraph>
            <Button
              type="primary"
              size="large"
              loading={busy}
              onClick={() => onReveal(secret.nonce)}
              className="witness-reveal"
            >
              {t('mine.reveal')}
            </Button>
          </>
        )}
        {view.mine.revealed && view.status !== 'computed' && (
          <Typography.Text style={big}>{t('witness.waitCompute')}</Typography.Text>
        )}
        {view.status === 'computed' && !view.mine.signed && (
          <>
            <StatementView statement={view.statement} digest={view.statementDigest} big />
            <Button
              type="primary"
              size="large"
              loading={busy}
              className="witness-sign"
              onClick={() =>
                void modal.confirm({
                  title: t('mine.signTitle'),
                  content: t('witness.signExplain'),
                  okText: t('mine.signOk'),
                  onOk: onSign,
                })
              }
            >
              {t('mine.sign')}
            </Button>
          </>
        )}
        {view.mine.signed && (
          <Typography.Text type="success" style={big} className="witness-signed">
            {t('mine.hasSigned')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
