// lint-as: tests/shell/probe.test.ts
// expect: Only electron/ may import Electron
import { BrowserWindow } from 'electron';
export const make = () => new BrowserWindow();
