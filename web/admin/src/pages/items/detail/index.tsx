// One item: its draft (or version in force) as a form, publishing, and every version read-only.
import { CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { fetchUnits } from '../../../services/regions.ts';
import ItemForm, { LEGAL_BASIS_ANCHOR } from '../components/item-form.tsx';
import { inputOfValues, valuesOfVersion, type ItemFormValues } from '../components/item-form-values.ts';
import { fetchItem, saveDraft } from '../service.ts';
import ItemSummaryView from './components/item-summary.tsx';
import PublishModal from './components/publish-modal.tsx';
import VersionHistory from './components/version-history.tsx';

export default function ItemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const access = useAccess();
  const [form] = Form.useForm<ItemFormValues>();
  const [tab, setTab] = useState('current');
  const [saving, setSaving] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const detail = useRequest(() => fetchItem(id), [id]);
  const units = useRequest(fetchUnits, []);

  if (detail.loading && !detail.data) return <PageLoading />;
  if (!detail.data) return <NotFound subTitle={detail.error?.message} />;

  const { item, versions } = detail.data;
  const latest = [...versions].sort((a, b) => b.version - a.version)[0];
  const hasDraft = latest?.status === 'draft';
  const editable = access.canEditItem;

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      const answer = await saveDraft(id, inputOfValues(values));
      void message.success(t('item.draftSaved', { version: answer.item.latestVersion }));
      detail.reload();
    } catch {
      // Shown by the request error handler.
    } finally {
      setSaving(false);
    }
  };

  const showLegalBasis = () => {
    setTab('current');
    // Wait for the tab to render before scrolling to the section.
    setTimeout(() => document.getElementById(LEGAL_BASIS_ANCHOR)?.scrollIntoView({ behavior: 'smooth' }), 50);
  };

  const currentTab = latest && (
    <>
      {!hasDraft && editable && (
        <Alert
          showIcon
          type="info"
          style={{ marginBottom: 12 }}
          title={t('item.publishedLocked', { version: latest.version, next: latest.version + 1 })}
        />
      )}
      <ItemForm
        key={`${latest.version}:${item.updatedAt}`}
        form={form}
        initialValues={valuesOfVersion(latest)}
        units={units.data ?? []}
        disabled={!editable}
        codeLocked={item.publishedVersion !== null}
      />
    </>
  );

  return (
    <PageContainer
      title={item.name}
      backTo="/items"
      extra={
        <>
          {editable && (
            <Button icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
              {hasDraft ? t('item.saveDraft') : t('item.saveAsNewDraft')}
            </Button>
          )}
          {access.canPublishItem && (
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={!hasDraft}
              title={hasDraft ? undefined : t('publish.noDraft')}
              onClick={() => setPublishOpen(true)}
            >
              {t('publish.button')}
            </Button>
          )}
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <ItemSummaryView item={item} />
      </Card>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'current',
              label: hasDraft
                ? t('item.tab.draft', { version: latest?.version ?? 1 })
                : t('item.tab.current', { version: latest?.version ?? 1 }),
              children: currentTab,
            },
            {
              key: 'versions',
              label: t('item.tab.versions', { count: versions.length }),
              children: (
                <VersionHistory
                  versions={versions}
                  inForce={item.publishedVersion}
                  units={units.data ?? []}
                />
              ),
            },
          ]}
        />
      </Card>
      {latest && (
        <PublishModal
          open={publishOpen}
          itemId={id}
          draftVersion={latest.version}
          unsaved={form.isFieldsTouched()}
          onClose={() => setPublishOpen(false)}
          onPublished={() => {
            setPublishOpen(false);
            detail.reload();
          }}
          onFixLegalBasis={showLegalBasis}
        />
      )}
    </PageContainer>
  );
}
