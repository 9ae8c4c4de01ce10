#!/usr/bin/env node
// Writes the permission table into docs/security.md from src/services/permissions.ts (run: npm run gen:permissions).
import { readFile, writeFile } from 'node:fs/promises';
import { withPermissionDoc } from '../src/server/permission-doc.ts';

const path = new URL('../docs/security.md', import.meta.url);
const next = withPermissionDoc(await readFile(path, 'utf8'));
await writeFile(path, next);
console.log(`wrote docs/security.md (${next.length} characters)`);
