// Signatures of each inspector present and of the inspected party, or the party's refusal.
import { CameraOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Switch, Typography, Upload } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { TeamMember } from '../../../../services/types.ts';
import { fileToBase64 } from '../../../../utils/base64.ts';
import { fileUrl } from '../../service.ts';
import { inspectorSlot, type RecordFormValues, type Signatures, type SlotSignature } from './record-draft.ts';
import SignaturePad from './signature-pad.tsx';

interface SignaturesProps {
  readonly recordId: string;
  readonly team: readonly TeamMember[];
  readonly signatures: Signatures;
  readonly setSignature: (slot: string, value: SlotSignature | null) => void;
}

export default function SignaturesSection({ recordId, team, signatures, setSignature }: SignaturesProps) {
  const { t } = useI18n();
  const pad = (slot: string, label: string) => {
    const s = signatures[slot];
    const src = s?.dataUrl ?? (s?.id ? fileUrl(recordId, s.id) : null);
    return (
      <SignaturePad
        label={label}
        value={src}
        onChange={(dataUrl) => setSignature(slot, dataUrl ? { id: null, dataUrl, kind: 'drawn' } : null)}
      />
    );
  };
  const sealPhoto = async (file: File) => {
    const base64 = await fileToBase64(file);
    const mime = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    setSignature('party', { id: null, dataUrl: `data:${mime};base64,${base64}`, kind: 'seal-photo' });
  };

  return (
    <>
      <Form.Item noStyle shouldUpdate={(a: RecordFormValues, b: RecordFormValues) => a.present !== b.present}>
        {({ getFieldValue }) => {
          const present = (getFieldValue('present') as string[] | undefined) ?? [];
          return (
            <Row gutter={[16, 16]}>
              {present.length === 0 && (
                <Col span={24}>
                  <Typography.Text type="secondary">{t('record.noInspectorsPresent')}</Typography.Text>
                </Col>
              )}
              {present.map((badge) => {
                const name = team.find((m) => m.badgeNumber === badge)?.name ?? badge;
                return (
                  <Col xs={24} md={12} key={badge}>
                    <Typography.Text strong>
                      {t('record.inspectorSignature', { name, badge })}
                    </Typography.Text>
                    {pad(inspectorSlot(badge), name)}
                  </Col>
                );
              })}
            </Row>
          );
        }}
      </Form.Item>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('record.party')}
      </Typography.Title>
      <Form.Item name="partyKind">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'signed', label: t('record.party.signed') },
            { value: 'refused', label: t('record.party.refused') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue('partyKind') === 'refused' ? (
            <>
              <Form.Item name="refusalReason" label={t('record.refusalReason')} required>
                <Input.TextArea
                  autoSize={{ minRows: 2 }}
                  placeholder={t('record.refusalReasonPlaceholder')}
                />
              </Form.Item>
              <Form.Item name="hasWitness" label={t('record.hasWitness')} valuePropName="checked">
                <Switch />
              </Form.Item>
              {getFieldValue('hasWitness') === true && (
                <>
                  <Form.Item name="witnessName" label={t('record.witnessName')} required>
                    <Input />
                  </Form.Item>
                  {pad('witness', t('record.witness'))}
                </>
              )}
            </>
          ) : (
            <>
              <Form.Item name="signerName" label={t('record.signerName')} required>
                <Input />
              </Form.Item>
              {pad('party', t('record.party'))}
              {!signatures['party'] && (
                <Upload
                  accept="image/png,image/jpeg"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void sealPhoto(file);
                    return false;
                  }}
                >
                  <Button icon={<CameraOutlined />} style={{ marginTop: 8 }}>
                    {t('record.sealPhoto')}
                  </Button>
                </Upload>
              )}
            </>
          )
        }
      </Form.Item>
    </>
  );
}
