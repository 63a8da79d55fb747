// Imported first by main.tsx: the renderer's CSP forbids eval, and zod compiles object parsers with
// new Function unless told not to (its probe alone is reported as a CSP violation). The renderer checks form
// fields with the contract's own schemas, so zod runs here in its interpreted mode.
import { z } from 'zod';

z.config({ jitless: true });
