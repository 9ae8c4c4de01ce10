#!/usr/bin/env node
// Writes docs/openapi.json and the web apps' API types from the server's routes (run: npm run gen:api).
import { writeFile } from 'node:fs/promises';
import { apiFiles } from './api-types.ts';

const root = new URL('..', import.meta.url);
for (const [path, text] of Object.entries(await apiFiles())) {
  await writeFile(new URL(path, root), text);
  console.log(`wrote ${path} (${text.length} characters)`);
}
