// An account's actions: links with a confirmation on a wide screen, one 操作 menu on a phone (no sideways scroll).
import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Popconfirm, Space } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Account } from '../service.ts';

interface Action {
  readonly key: string;
  readonly label: string;
  readonly danger?: boolean;
  /** Asked before acting; none for opening the form. */
  readonly confirm?: string;
  readonly run: () => void;
}

export interface AccountActionsProps {
  readonly account: Account;
  readonly phone: boolean;
  readonly onEdit: () => void;
  readonly onSetActive: (active: boolean) => void;
  readonly onResetPassword: () => void;
  readonly onResetTotp: () => void;
}

export default function AccountActions(props: AccountActionsProps) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const a = props.account;
  const actions: Action[] = [
    { key: 'edit', label: t('accounts.editRolesShort'), run: props.onEdit },
    {
      key: 'active',
      label: a.active ? t('accounts.deactivate') : t('accounts.reactivate'),
      danger: a.active,
      confirm: a.active
        ? t('accounts.deactivateConfirm', { name: a.displayName })
        : t('accounts.reactivateConfirm', { name: a.displayName }),
      run: () => props.onSetActive(!a.active),
    },
    {
      key: 'password',
      label: t('accounts.resetPassword'),
      confirm: t('accounts.resetPasswordConfirm', { name: a.displayName }),
      run: props.onResetPassword,
    },
    ...(a.totpEnabled
      ? [
          {
            key: 'totp',
            label: t('accounts.resetTotp'),
            confirm: t('accounts.resetTotpConfirm', { name: a.displayName }),
            run: props.onResetTotp,
          },
        ]
      : []),
  ];
  if (props.phone) {
    const pick = (key: string) => {
      const action = actions.find((x) => x.key === key)!;
      if (!action.confirm) return action.run();
      modal.confirm({ title: action.confirm, okButtonProps: { danger: action.danger }, onOk: action.run });
    };
    return (
      <Dropdown
        trigger={['click']}
        menu={{
          items: actions.map((x) => ({ key: x.key, label: x.label, danger: x.danger })),
          onClick: ({ key }) => pick(key),
        }}
      >
        <Button size="small" aria-label={`${t('common.actions')}：${a.displayName}`}>
          {t('common.actions')} <DownOutlined />
        </Button>
      </Dropdown>
    );
  }
  return (
    <Space size={0} wrap>
      {actions.map((x) =>
        x.confirm ? (
          <Popconfirm key={x.key} title={x.confirm} onConfirm={x.run}>
            <Button type="link" size="small" danger={x.danger}>
              {x.label}
            </Button>
          </Popconfirm>
        ) : (
          <Button key={x.key} type="link" size="small" onClick={x.run}>
            {x.label}
          </Button>
        ),
      )}
    </Space>
  );
}
