// Create an account, or change an account's roles; the server's refusals are shown at their field.
import { Checkbox, Drawer, Form, Input, Select, Button, Space, App } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import type { Role, Unit } from '../../../services/types.ts';
import { createAccount, setAccountRoles, type Account, type AccountWithPassword } from '../service.ts';

export const ROLES: readonly Role[] = [
  'system-admin',
  'department-admin',
  'drawer',
  'supervisor',
  'leader',
  'inspector',
  'auditor',
];

interface Values {
  username: string;
  displayName: string;
  unitId: string;
  roles: Role[];
  password?: string;
}

interface AccountFormProps {
  /** null: closed; 'new': create; an account: change its roles. */
  readonly target: Account | 'new' | null;
  readonly units: readonly Unit[];
  readonly onClose: () => void;
  readonly onSaved: (result: AccountWithPassword) => void;
}

const FIELDS = new Set(['username', 'displayName', 'unitId', 'roles', 'password']);

export default function AccountForm({ target, units, onClose, onSaved }: AccountFormProps) {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const editing = target !== null && target !== 'new' ? target : null;

  useEffect(() => {
    form.resetFields();
    if (editing) form.setFieldsValue({ roles: [...editing.roles] });
  }, [form, target, editing]);

  /** incompatible-roles at the roles, validation problems at their fields, anything else as a message. */
  const show = (err: unknown) => {
    if (!(err instanceof RequestError)) throw err;
    if (err.code === 'incompatible-roles') return form.setFields([{ name: 'roles', errors: [err.message] }]);
    if (err.code === 'username-taken') return form.setFields([{ name: 'username', errors: [err.message] }]);
    const problems = Array.isArray(err.details)
      ? (err.details as { field?: string; message?: string }[])
      : [];
    const atFields = problems.filter((p) => p.field && FIELDS.has(p.field));
    if (atFields.length)
      return form.setFields(
        atFields.map((p) => ({ name: p.field as keyof Values, errors: [p.message ?? ''] })),
      );
    void message.error(err.message);
  };

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      if (editing) onSaved(await setAccountRoles(editing.id, values.roles));
      else onSaved(await createAccount({ ...values, password: values.password || undefined }));
    } catch (err) {
      show(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={480}
      title={editing ? t('accounts.editRoles', { name: editing.displayName }) : t('accounts.add')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('accounts.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('accounts.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
        {!editing && (
          <>
            <Form.Item
              name="username"
              label={t('accounts.username')}
              extra={t('accounts.usernameHelp')}
              rules={[{ required: true, message: t('accounts.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('accounts.displayName')}
              rules={[{ required: true, message: t('accounts.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t('accounts.unit')}
              rules={[{ required: true, message: t('accounts.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={units.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          rules={[{ required: true, message: t('accounts.rolesRequired') }]}
        >
          <Checkbox.Group
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 8 }}
            options={ROLES.map((r) => ({ value: r, label: tOr(`role.${r}`, r) }))}
          />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('accounts.initialPassword')}
            extra={t('accounts.initialPasswordHelp')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
