// 发布: fixes the draft as a version with an effective date; refused without a legal basis.
import { App, Alert, Button, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { RequestError } from '../../../../request.ts';
import { requestErrorConfig } from '../../../../requestErrorConfig.ts';
import type { ItemWithVersions } from '../../../../services/types.ts';
import { DATE_FORMAT } from '../../../../utils/format.ts';
import { publishItem } from '../../service.ts';

interface PublishModalProps {
  readonly open: boolean;
  readonly itemId: string;
  readonly draftVersion: number;
  /** The form has edits that are not saved: they would not be published. */
  readonly unsaved: boolean;
  readonly onClose: () => void;
  readonly onPublished: (answer: ItemWithVersions) => void;
  /** Leads the officer to the legal-basis section after a `legal-basis-required` refusal. */
  readonly onFixLegalBasis: () => void;
}

export default function PublishModal(props: PublishModalProps) {
  const { open, itemId, draftVersion, unsaved, onClose, onPublished, onFixLegalBasis } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [effectiveFrom, setEffectiveFrom] = useState<Dayjs | null>(() => dayjs());
  const [refusal, setRefusal] = useState<RequestError>();
  const [publishing, setPublishing] = useState(false);

  const publish = async () => {
    if (!effectiveFrom) return;
    setPublishing(true);
    setRefusal(undefined);
    try {
      const answer = await publishItem(itemId, effectiveFrom.format(DATE_FORMAT));
      void message.success(t('publish.done', { version: draftVersion }));
      onPublished(answer);
    } catch (error) {
      if (error instanceof RequestError && error.status === 409) setRefusal(error);
      else if (error instanceof RequestError) requestErrorConfig.errorHandler(error);
    } finally {
      setPublishing(false);
    }
  };

  const close = () => {
    setRefusal(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('publish.title', { version: draftVersion })}
      okText={t('publish.confirm')}
      okButtonProps={{ disabled: !effectiveFrom }}
      confirmLoading={publishing}
      onOk={() => void publish()}
      onCancel={close}
      destroyOnHidden
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.message}
          description={
            refusal.code === 'legal-basis-required' ? (
              <>
                <Typography.Paragraph style={{ marginBottom: 8 }}>
                  {t('publish.legalBasisHint')}
                </Typography.Paragraph>
                <Button
                  size="small"
                  danger
                  onClick={() => {
                    close();
                    onFixLegalBasis();
                  }}
                >
                  {t('publish.fixLegalBasis')}
                </Button>
              </>
            ) : (
              <Typography.Text type="secondary">{refusal.code}</Typography.Text>
            )
          }
        />
      )}
      {unsaved && <Alert type="warning" showIcon title={t('publish.unsaved')} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>{t('publish.explain', { version: draftVersion })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('item.effectiveFrom')} required extra={t('publish.effectiveHelp')}>
          <DatePicker
            value={effectiveFrom}
            onChange={setEffectiveFrom}
            format={DATE_FORMAT}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
