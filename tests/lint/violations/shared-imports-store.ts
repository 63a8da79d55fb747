// lint-as: shared/checks/probe.ts
// expect: contract in shared/api
import { openStore } from '../../electron/store/open';
export const open = openStore;
