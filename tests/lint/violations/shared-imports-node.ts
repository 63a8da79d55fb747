// lint-as: shared/import/probe.ts
// expect: no Node built-ins
import { readFileSync } from 'node:fs';
export const read = (p: string) => readFileSync(p, 'utf8');
