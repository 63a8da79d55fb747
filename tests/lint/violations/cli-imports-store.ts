// lint-as: cli/commands/probe.ts
// expect: only through the service contract
import { openStore } from '../../electron/store/open';
export const open = openStore;
