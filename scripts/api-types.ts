// The OpenAPI document and the web apps' API types generated from it (npm run gen:api; checked in npm test).
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openDatabase } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';

export const OPENAPI_JSON = 'docs/openapi.json';
export const API_TYPES = 'web/admin/src/services/api.gen.ts';

const HEADER = `// Generated from the server's OpenAPI document by \`npm run gen:api\` (scripts/gen-api-types.mjs): do not edit.\n`;

/** The document the server publishes at /docs/json; the app is built but never listens or touches its database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ memory: true });
  try {
    const app = await buildApp({
      database,
      config: { secureCookies: false, logLevel: 'silent' },
      logger: false,
    });
    const res = await app.inject({ url: '/docs/json' });
    await app.close();
    if (res.statusCode !== 200) throw new Error(`/docs/json answered ${res.statusCode}`);
    return res.json<Record<string, unknown>>();
  } finally {
    await database.close();
  }
}

/** The two generated files, formatted as the repository's Prettier settings want them. */
export async function apiFiles(): Promise<Record<string, string>> {
  const document = await openApiDocument();
  const ast = await openapiTS(structuredClone(document) as never, { immutable: true, silent: true });
  const options = (await prettier.resolveConfig(API_TYPES)) ?? {};
  return {
    [OPENAPI_JSON]: await prettier.format(JSON.stringify(document), { ...options, parser: 'json' }),
    [API_TYPES]: await prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' }),
  };
}
