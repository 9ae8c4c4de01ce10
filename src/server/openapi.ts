import type { SwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { Type } from 'typebox';
import { ErrorResponse } from './schemas/common.schema.ts';

// A multipart route reads its file itself (no body schema to validate): the document still says what to send.
const UploadBody = Type.Object({
  file: Type.Unsafe<unknown>({
    type: 'string',
    format: 'binary',
    description: '文件（CSV 或 XLSX），字段名 file',
  }),
});
const withUploadBody = (schema: FastifySchema): FastifySchema =>
  schema.consumes?.includes('multipart/form-data') && !schema.body ? { ...schema, body: UploadBody } : schema;

type Operations = Record<string, { responses?: Record<string, unknown> }>;

/** Every operation may answer with the one error shape (error-handler.ts): documented once, as `ApiError`. */
function withErrorResponses<T extends { paths?: object; components?: { schemas?: object } }>(doc: T): T {
  const schemas = { ...doc.components?.schemas, ApiError: ErrorResponse };
  const error = {
    description: '错误：稳定的错误代码（error.code）和中文说明（error.message）',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
  };
  const paths = Object.fromEntries(
    Object.entries((doc.paths ?? {}) as Record<string, Operations>).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, op]) => [
          method,
          op.responses ? { ...op, responses: { ...op.responses, default: error } } : op,
        ]),
      ),
    ]),
  );
  return { ...doc, paths, components: { ...doc.components, schemas } };
}

/**
 * The OpenAPI 3.1 document at /docs/json: TypeBox writes JSON Schema 2020-12, which 3.1 is; only /api/ routes
 * are listed, each with an operationId (src/server/openapi.test.ts), and the web apps' types come from it.
 */
export const openApiOptions: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: { title: 'ShuangSui 双随 API', version: '1.0.0', description: '双随机、一公开监管平台接口' },
  },
  // Shared schemas (app.addSchema) become components named by their $id, so generated types have names.
  refResolver: {
    buildLocalReference: (json, _baseUri, _fragment, i) =>
      typeof json.$id === 'string' ? json.$id : `def-${i}`,
  },
  transformObject: (document) =>
    'openapiObject' in document ? withErrorResponses(document.openapiObject) : {},
  transform: ({ schema, url }) => ({
    schema: url.startsWith('/api/') ? withUploadBody(schema) : { ...schema, hide: true },
    url,
  }),
};
