// lint-as: renderer/api/probe.ts
// expect: no Node built-ins
import { writeFile } from 'fs/promises';
export const save = writeFile;
