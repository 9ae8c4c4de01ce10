import { SafetyCertificateFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../locales/use-i18n.ts';

export default function Logo({ collapsed }: { readonly collapsed: boolean }) {
  const { t } = useI18n();
  return (
    <Link
      to="/"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        height: 48,
        padding: collapsed ? '0 24px' : '0 16px',
        color: '#fff',
        fontWeight: 600,
        fontSize: 16,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
      }}
    >
      <SafetyCertificateFilled style={{ fontSize: 22, color: '#1677ff' }} />
      {!collapsed && <span>{t('app.shortTitle')}</span>}
    </Link>
  );
}
