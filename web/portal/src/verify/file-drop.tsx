// A file is read by the worker in this browser: beforeUpload returns false, nothing is uploaded.
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

export default function FileDrop({
  onFile,
  disabled,
}: {
  readonly onFile: (file: File) => void;
  readonly disabled?: boolean;
}) {
  return (
    <Upload.Dragger
      className="verify-drop"
      accept=".json,application/json"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">拖入或点击选择公开视图、完整数据包文件</p>
      <p className="ant-upload-hint">文件只在您的浏览器中核验，不会上传到任何服务器</p>
    </Upload.Dragger>
  );
}
