// The logged-in officer's own part: commit and reveal a nonce made in this browser, then sign.
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import DigestText from '../../../../components/digest-text.tsx';
import { useCurrentUser } from '../../../../current-user.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { RequestError } from '../../../../request.ts';
import type { DrawDetail, Participant } from '../../../../services/types.ts';
import { ensureSecret, storedSecret } from '../../../../utils/witness-secret.ts';
import { participantRole } from '../../components/participant-label.ts';
import { commitDraw, revealDraw, signDraw } from '../../service.ts';

interface MyPartProps {
  readonly draw: DrawDetail;
  readonly onUpdate: (draw: DrawDetail) => void;
}

function PartActions({ draw, me, onUpdate }: MyPartProps & { readonly me: Participant }) {
  const { t } = useI18n();
  const userId = me.userId ?? '';
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const witness = me.witness;
  const secret = witness ? storedSecret(draw.drawId, witness) : undefined;
  const lost = Boolean(witness && me.commit && !me.revealedAt && (!secret || secret.commit !== me.commit));
  const run = async (action: () => Promise<DrawDetail>, done: string) => {
    setBusy(true);
    try {
      onUpdate(await action());
      void message.success(done);
    } catch (error) {
      // Request errors are shown by the request error handler; a browser without WebCrypto Ed25519 is not.
      if (!(error instanceof RequestError)) void message.error(t('mine.keyUnavailable'));
    } finally {
      setBusy(false);
    }
  };
  const role = me.role === 'witness' ? 'witness' : me.role === 'supervisor' ? 'supervisor' : 'drawer';
  const canCommit = witness && draw.status === 'announced' && !me.commit;
  const canReveal = witness && draw.status === 'revealing' && !me.revealedAt && secret && !lost;
  const canSign = draw.status === 'computed' && !me.signedAt && draw.statementDigest;

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong className="ceremony-big">
        {t('mine.as', { role: participantRole(t, me), name: me.name })}
      </Typography.Text>
      {lost && <Alert type="error" showIcon title={t('mine.lostNonce')} />}
      {canCommit && (
        <Button
          type="primary"
          size="large"
          loading={busy}
          className="my-commit"
          onClick={() =>
            void run(
              () => commitDraw(draw.id, witness, ensureSecret(draw.suite, draw.drawId, witness).commit),
              t('mine.committed'),
            )
          }
        >
          {t('mine.commit')}
        </Button>
      )}
      {witness && draw.status === 'announced' && me.commit && (
        <Typography.Text>{t('mine.waitOthers')}</Typography.Text>
      )}
      {canReveal && (
        <Button
          type="primary"
          size="large"
          loading={busy}
          className="my-reveal"
          onClick={() => void run(() => revealDraw(draw.id, witness, secret.nonce), t('mine.revealed'))}
        >
          {t('mine.reveal')}
        </Button>
      )}
      {canSign && (
        <>
          <Typography.Text>{t('mine.checkStatement')}</Typography.Text>
          <DigestText value={draw.statementDigest} style={{ fontSize: 18 }} />
          <Button
            type="primary"
            size="large"
            loading={busy}
            className="my-sign"
            onClick={() =>
              void modal.confirm({
                title: t('mine.signTitle'),
                content: (
                  <>
                    <Typography.Paragraph>{t('mine.signExplain')}</Typography.Paragraph>
                    <DigestText value={draw.statementDigest} />
                  </>
                ),
                okText: t('mine.signOk'),
                onOk: () =>
                  run(
                    () =>
                      signDraw(
                        userId,
                        draw.id,
                        role,
                        draw.statementDigest ?? '',
                        role === 'witness' ? (witness ?? undefined) : undefined,
                      ),
                    t('mine.signed'),
                  ),
              })
            }
          >
            {t('mine.sign')}
          </Button>
        </>
      )}
      {me.signedAt && <Typography.Text type="success">{t('mine.hasSigned')}</Typography.Text>}
    </Flex>
  );
}

/** Every participant record of the logged-in officer on this draw (a drawer, a supervisor, a witness with an account). */
export default function MyPart({ draw, onUpdate }: MyPartProps) {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const mine = draw.participants.filter((p) => user && p.userId === user.id);
  if (mine.length === 0 || draw.status === 'aborted' || draw.status === 'confirmed') return null;
  return (
    <Card size="small" title={t('mine.title')} className="my-part no-print" style={{ marginBottom: 12 }}>
      {mine.map((me) => (
        <PartActions key={me.id} draw={draw} me={me} onUpdate={onUpdate} />
      ))}
    </Card>
  );
}
