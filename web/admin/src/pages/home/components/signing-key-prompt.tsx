// Issue 10.4: an officer who submits records or approves reports but has no personal key yet is asked to
// make one (signing stays optional for them until they do; see docs/signatures.md).
import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { fetchSigningKeys } from '../../signing-keys/service.ts';

export default function SigningKeyPrompt() {
  const { t } = useI18n();
  const access = useAccess();
  const signs = access.canInspect || access.canReview;
  const { data: keys } = useRequest(() => (signs ? fetchSigningKeys() : Promise.resolve(undefined)), [signs]);
  if (!keys || keys.some((k) => k.revokedAt === null)) return null;
  return (
    <Alert
      data-testid="signing-key-prompt"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('home.signingKey.prompt')}
      action={
        <Link to="/my/signing-keys">
          <Button size="small" type="primary">
            {t('home.signingKey.action')}
          </Button>
        </Link>
      }
    />
  );
}
