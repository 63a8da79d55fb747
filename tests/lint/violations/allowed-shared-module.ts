// lint-as: shared/model/probe.ts
// expect: nothing
import { z } from 'zod';
import type { Section } from './types';
export const schema = z.object({ heading: z.string() });
export const count = (s: Section[]) => s.length;
