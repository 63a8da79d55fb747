// The back end in one call: open the store, build the handlers. Used by the Electron main process and the
// loopback development host alike (neither imports anything else from electron/store or electron/services).
import { join } from 'node:path';
import type { Api, Handlers } from '../../shared/api/contract';
import { openStore, type OpenOptions, type Store } from '../store/open';
import { dispatch } from './dispatch';
import { DEFAULT_DRAFTS_OPTIONS, Drafts, type DraftsOptions } from './drafts';
import { openTempJournal, type TempJournal } from './export-temps';
import { createHandlers } from './handlers';

export interface ServiceContext {
  store: Store;
  drafts: Drafts;
  now: () => Date;
  /** the user's data folder (office-lexicon.json lives there); absent in tests that build a context by hand */
  dataDir?: string;
  /** temporaries of exports in progress (removed at the next start if a run was killed) */
  temps?: TempJournal;
}

export interface ServicesOptions extends OpenOptions, Partial<DraftsOptions> {
  /** the user's data folder; the database is `yaodian.db` inside it */
  dataDir: string;
}

export interface Services {
  handlers: Handlers;
  /** validated calls with Result answers: what a transport binds to */
  call: Api;
  /** Chinese messages to show the user once (a damaged file set aside, an upgrade with its backup) */
  notices: string[];
  dbPath: string;
  /** the integrity check left for after the first screen (Store.deferredCheck): a Chinese notice, or null */
  deferredCheck: (() => string | null) | null;
  close(): void;
}

const DATABASE_FILE = 'yaodian.db';

/** Throws StoreError (Chinese message) when the store cannot be opened, e.g. already open elsewhere. */
export function openServices(options: ServicesOptions): Services {
  const dbPath = join(options.dataDir, DATABASE_FILE);
  const store = openStore(dbPath, options);
  const draftsOptions: DraftsOptions = {
    now: options.now ?? DEFAULT_DRAFTS_OPTIONS.now,
    autoRevisionMs: options.autoRevisionMs ?? DEFAULT_DRAFTS_OPTIONS.autoRevisionMs,
    cacheSize: options.cacheSize ?? DEFAULT_DRAFTS_OPTIONS.cacheSize,
  };
  const temps = openTempJournal(options.dataDir);
  temps.sweep();
  const drafts = new Drafts(store.db, draftsOptions, store);
  const ctx: ServiceContext = { store, drafts, now: draftsOptions.now, temps, dataDir: options.dataDir };
  const handlers = createHandlers(ctx);
  const call = ((method: string, input: unknown) => dispatch(handlers, method, input)) as Api;
  return {
    handlers,
    call,
    notices: store.notices,
    dbPath,
    deferredCheck: store.deferredCheck,
    close: () => store.close(),
  };
}
