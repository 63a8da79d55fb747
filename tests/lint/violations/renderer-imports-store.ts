// lint-as: renderer/components/probe.tsx
// expect: contract in shared/api
import { listDocuments } from '../../electron/store/documents';
export const list = listDocuments;
