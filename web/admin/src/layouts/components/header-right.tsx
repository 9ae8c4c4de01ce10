import {
  ApartmentOutlined,
  DisconnectOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  SignatureOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { App, Avatar, Dropdown, Flex, Grid, Select, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../current-user.tsx';
import type { Lang } from '../../locales/index.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import { logout, signOutEverywhere } from '../../services/session.ts';
import PasswordModal from './password-modal.tsx';
import TotpModal from './totp-modal.tsx';
import type { CurrentUser } from '../../services/types.ts';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Select<Lang>
      size="small"
      variant="borderless"
      value={lang}
      onChange={setLang}
      prefix={<TranslationOutlined />}
      aria-label={t('header.language')}
      options={[
        { value: 'zh-CN', label: '简体中文' },
        { value: 'en-US', label: 'English' },
      ]}
      style={{ width: 124 }}
    />
  );
}

export default function HeaderRight({ user }: { readonly user: CurrentUser }) {
  const { t } = useI18n();
  const { setUser } = useCurrentUser();
  const { message } = App.useApp();
  const navigate = useNavigate();
  // Below lg (the menu folded) the unit, the language and the avatar stay; the title gives way to the menu button.
  const wide = Grid.useBreakpoint().lg !== false;
  const [changing, setChanging] = useState(false);
  const [twoStep, setTwoStep] = useState(false);

  const closeTwoStep = useCallback(() => setTwoStep(false), []);

  const onLogout = async (everywhere = false) => {
    await (everywhere ? signOutEverywhere() : logout()).catch(() => undefined);
    setUser(null);
    void message.success(t('header.loggedOut'));
    void navigate('/login');
  };

  return (
    <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
      {wide && <Typography.Text strong>{t('app.title')}</Typography.Text>}
      <Flex align="center" justify="flex-end" gap={wide ? 12 : 4} style={{ minWidth: 0, flex: 1 }}>
        <Tag
          icon={<ApartmentOutlined />}
          variant="outlined"
          color="blue"
          style={{ marginInlineEnd: 0, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {user.unit.name}
        </Tag>
        <LanguageSwitch />
        <Dropdown
          menu={{
            items: [
              {
                key: 'roles',
                disabled: true,
                label: user.roles.map((role) => t(`role.${role}`)).join('、'),
              },
              { type: 'divider' },
              { key: 'password', icon: <KeyOutlined />, label: t('password.title') },
              { key: 'signing-keys', icon: <SignatureOutlined />, label: t('menu.signingKeys') },
              {
                key: 'totp',
                icon: <SafetyOutlined />,
                label: `${t('totp.title')}（${t(user.totpEnabled ? 'totp.on' : 'totp.off')}）`,
              },
              { key: 'everywhere', icon: <DisconnectOutlined />, label: t('header.logoutEverywhere') },
              { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'logout') void onLogout();
              if (key === 'everywhere') void onLogout(true);
              if (key === 'password') setChanging(true);
              if (key === 'totp') setTwoStep(true);
              if (key === 'signing-keys') void navigate('/my/signing-keys');
            },
          }}
        >
          <Flex align="center" gap={6} style={{ cursor: 'pointer' }}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
            {wide && <span>{user.displayName}</span>}
          </Flex>
        </Dropdown>
      </Flex>
      {changing && <PasswordModal onClose={() => setChanging(false)} />}
      {twoStep && <TotpModal onClose={closeTwoStep} />}
    </Flex>
  );
}
