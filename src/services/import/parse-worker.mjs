// Entry of the import parse worker: loads the TypeScript sources through tsx (see bin/shuangsui.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
