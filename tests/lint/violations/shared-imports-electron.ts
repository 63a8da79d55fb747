// lint-as: shared/model/probe.ts
// expect: Only electron/ may import Electron
import { app } from 'electron';
export const name = app.getName();
