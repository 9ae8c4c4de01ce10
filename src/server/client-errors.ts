/** Fastify's and multipart's own client errors, as a stable code and a Chinese message. */
const CLIENT_ERRORS: Readonly<Record<string, { readonly code: string; readonly message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad-json', message: '请求内容不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad-json', message: '请求内容为空：以 JSON 提交时须有内容' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    message: '不支持的请求内容类型（Content-Type），请以 JSON 提交',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body-too-large', message: '请求内容超过大小限制' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad-request', message: '请求长度与实际内容不符' },
  FST_ERR_BAD_URL: { code: 'bad-url', message: '请求地址格式不正确' },
  FST_REQ_FILE_TOO_LARGE: { code: 'file-too-large', message: '文件超过大小限制，未导入任何数据' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'bad-upload', message: '请以 multipart/form-data 上传文件' },
  FST_FILES_LIMIT: { code: 'bad-upload', message: '一次只能上传一个文件' },
  FST_PARTS_LIMIT: { code: 'bad-upload', message: '上传的表单字段过多' },
  FST_FIELDS_LIMIT: { code: 'bad-upload', message: '上传的表单字段过多' },
};

/** A client error (4xx) that is not the app's own: its code and message; unknown ones say only 请求无效. */
export function clientError(err: Error): { readonly code: string; readonly message: string } {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CLIENT_ERRORS[code]) return CLIENT_ERRORS[code];
  // The JSON parser's own SyntaxError carries no code.
  if (err instanceof SyntaxError) return CLIENT_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY!;
  return { code: 'bad-request', message: '请求无效，请检查后重试' };
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers past 16 KiB, a NUL in the request
 * line, Content-Length with Transfer-Encoding): the same error body as everything else, not Node's English.
 */
export function parserErrorResponse(err: Error & { code?: string }): string {
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    error: tooLarge
      ? { code: 'headers-too-large', message: '请求头或网址过长，请缩短查询条件后重试' }
      : { code: 'bad-request', message: '请求格式错误，无法解析' },
  });
  return (
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}
