// 附件: photos, copies of books and documents, statements; the server sniffs type and size.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { RequestError } from '../../../../request.ts';
import type { AttachmentKind, AttachmentRef } from '../../../../services/types.ts';
import { fileToBase64 } from '../../../../utils/base64.ts';
import { fileUrl, uploadAttachment } from '../../service.ts';

const KINDS: readonly AttachmentKind[] = ['photo', 'document', 'statement'];

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

interface AttachmentsProps {
  readonly recordId: string;
  readonly attachments: readonly AttachmentRef[];
  /** Absent: read only (a submitted record). */
  readonly onAdded?: (attachment: AttachmentRef) => void;
}

export default function Attachments({ recordId, attachments, onAdded }: AttachmentsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<AttachmentKind>('photo');
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const contentBase64 = await fileToBase64(file);
      const added = await uploadAttachment(recordId, {
        kind,
        fileName: file.name,
        mime: file.type || 'application/octet-stream',
        contentBase64,
      });
      onAdded?.(added);
      void message.success(t('attachment.added', { name: file.name }));
    } catch (error) {
      // Type and size are the server's decision: its message says which rule the file broke.
      void message.error(error instanceof RequestError ? error.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      {onAdded && (
        <Flex gap={8} wrap align="center">
          <Select<AttachmentKind>
            value={kind}
            onChange={setKind}
            style={{ minWidth: 140 }}
            options={KINDS.map((k) => ({ value: k, label: t(`attachment.kind.${k}`) }))}
          />
          <Upload
            showUploadList={false}
            accept={
              kind === 'document'
                ? 'application/pdf'
                : kind === 'photo'
                  ? 'image/*'
                  : 'image/*,application/pdf'
            }
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('attachment.add')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('attachment.limits')}</Typography.Text>
        </Flex>
      )}
      <List
        size="small"
        dataSource={[...attachments]}
        locale={{ emptyText: t('attachment.none') }}
        renderItem={(a) => (
          <List.Item>
            <Flex gap={8} wrap>
              <PaperClipOutlined />
              <a href={fileUrl(recordId, a.id)} target="_blank" rel="noreferrer">
                {a.fileName}
              </a>
              <Typography.Text type="secondary">
                {t(`attachment.kind.${a.kind}`)} · {formatSize(a.size)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
