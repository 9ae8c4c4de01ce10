import type { SwaggerOptions } from '@fastify/swagger';

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
  transform: ({ schema, url }) => ({
    schema: url.startsWith('/api/') ? schema : { ...schema, hide: true },
    url,
  }),
};
