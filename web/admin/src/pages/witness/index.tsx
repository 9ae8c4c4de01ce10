// 见证人页面 (no login): a witness enters the one-time code, checks the digests and takes part (R-20.1, R-N.6).
import { Alert, App, Button, Card, Form, Input, Layout, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { DrawStatusTag } from '../../components/draw-tags.tsx';
import { useI18n } from '../../locales/use-i18n.ts';
import { RequestError } from '../../request.ts';
import type { WitnessView } from '../../services/types.ts';
import { ensureSecret } from '../../utils/witness-secret.ts';
import DigestList from '../draws/components/digest-list.tsx';
import { witnessLabel } from '../draws/components/participant-label.ts';
import WitnessSteps, { suiteOf } from './components/witness-steps.tsx';
import { witnessAct, type WitnessAction } from './service.ts';
import { signAsWitness, witnessPublicKey } from '../../utils/signing-key.ts';

const POLL_MS = 1500;
const codeKey = (drawId: string) => `shuangsui.witness-code.${drawId}`;

export default function WitnessPage() {
  const { drawId = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [code, setCode] = useState(() => sessionStorage.getItem(codeKey(drawId)) ?? '');
  const [view, setView] = useState<WitnessView>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  // WebCrypto or IndexedDB unavailable (an old browser, a private window): say so instead of failing silently.
  const keyProblem = () => setProblem(t('witness.keyUnavailable'));
  const act = async (action: WitnessAction, withCode = code) => {
    setBusy(action.action !== 'status');
    try {
      const next = await witnessAct(drawId, withCode, action);
      setView(next);
      setProblem(undefined);
      sessionStorage.setItem(codeKey(drawId), withCode);
      if (action.action !== 'status') void message.success(t(`witness.done.${action.action}`));
    } catch (error) {
      setProblem(error instanceof RequestError ? error.message : String(error));
      if (error instanceof RequestError && error.status === 401) {
        setView(undefined);
        sessionStorage.removeItem(codeKey(drawId));
      }
    } finally {
      setBusy(false);
    }
  };

  // A code kept for this tab logs in again after a reload; then the status is polled until final.
  const live = view && view.status !== 'confirmed' && view.status !== 'aborted';
  useEffect(() => {
    if (!code || (view && !live)) return;
    const timer = setTimeout(() => void act({ action: 'status' }), view ? POLL_MS : 0);
    return () => clearTimeout(timer);
  }, [view, live]);

  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: 24 }}>
        <Typography.Title level={2}>{t('witness.title')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 16 }}>
          {t('witness.subtitle')}
        </Typography.Paragraph>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Typography.Text style={{ fontSize: 18 }}>
            {t('draw.drawId')}：<Typography.Text code>{drawId}</Typography.Text>
          </Typography.Text>
          {view && (
            <span style={{ marginLeft: 12 }}>
              <DrawStatusTag status={view.status} />
              <Tag>
                {witnessLabel(t, view.witness)} · {view.name}
              </Tag>
            </span>
          )}
        </Card>
        {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} />}
        {!view && (
          <Card title={t('witness.enterCode')}>
            <Form layout="inline" onFinish={() => void act({ action: 'status' })}>
              <Form.Item>
                <Input
                  id="witness-code"
                  size="large"
                  value={code}
                  onChange={(e) => setCode(e.target.value.trim().toUpperCase())}
                  placeholder="XXXX-XXXX-XXXX"
                  style={{ fontFamily: 'monospace', fontSize: 22, width: 280 }}
                />
              </Form.Item>
              <Form.Item>
                <Button type="primary" size="large" htmlType="submit" disabled={!code} loading={busy}>
                  {t('witness.open')}
                </Button>
              </Form.Item>
            </Form>
          </Card>
        )}
        {view && (
          <>
            <Card size="small" title={t('ceremony.digests')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph>{t('witness.digestsExplain')}</Typography.Paragraph>
              <DigestList digests={view.digests} big />
            </Card>
            <Card size="small" title={t('witness.commitments')} style={{ marginBottom: 16 }}>
              {view.commitments.map((c) => (
                <Tag
                  key={c.witness}
                  color={c.committed ? 'green' : 'default'}
                  style={{ fontSize: 16, padding: '4px 10px' }}
                >
                  {witnessLabel(t, c.witness)}：{c.committed ? t('witness.committed') : t('ceremony.waiting')}
                </Tag>
              ))}
            </Card>
            <WitnessSteps
              view={view}
              busy={busy}
              onCommit={() =>
                void witnessPublicKey(view.drawId, view.witness)
                  .then((publicKey) =>
                    act({
                      action: 'commit',
                      commit: ensureSecret(suiteOf(view), view.drawId, view.witness).commit,
                      publicKey,
                    }),
                  )
                  .catch(keyProblem)
              }
              onReveal={(nonce) => void act({ action: 'reveal', nonce })}
              onSign={() =>
                void signAsWitness(view.drawId, view.witness, view.statementDigest ?? '')
                  .then((signed) =>
                    act({ action: 'sign', statementDigest: view.statementDigest ?? '', ...signed }),
                  )
                  .catch(keyProblem)
              }
            />
          </>
        )}
      </Layout.Content>
    </Layout>
  );
}
