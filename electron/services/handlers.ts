// createHandlers: the whole back end as one typed map, every method of shared/api/contract.ts.
import type { Handlers } from '../../shared/api/contract';
import { analysisHandlers } from './analysis-handlers';
import { documentHandlers } from './document-handlers';
import { fileHandlers } from './file-handlers';
import { revisionHandlers } from './revision-handlers';
import type { ServiceContext } from './service-context';
import { taskHandlers } from './task-handlers';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...documentHandlers(ctx),
    ...fileHandlers(ctx),
    ...revisionHandlers(ctx),
    ...analysisHandlers(ctx),
    ...taskHandlers(ctx),
  };
}
