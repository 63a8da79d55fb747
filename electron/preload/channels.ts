// IPC channel names shared by the preload and the main process. One channel carries every contract call;
// the desktop bridge has one channel per native service; menu commands flow main → renderer only; the
// close-time save is a request (main → renderer) and its reply (renderer → main).
export const CHANNELS = {
  call: 'yaodian:call',
  openFileDialog: 'yaodian:open-file-dialog',
  saveFileDialog: 'yaodian:save-file-dialog',
  showInFolder: 'yaodian:show-in-folder',
  menu: 'yaodian:menu',
  /** main → renderer: the window is closing, save pending edits */
  flushRequest: 'yaodian:flush-request',
  /** renderer → main: the save asked for has settled (saved or failed) */
  flushDone: 'yaodian:flush-done',
} as const;

/** What the application menu asks the renderer to do (File menu items and accelerators). */
const MENU_COMMANDS = ['new', 'import', 'export', 'find', 'revisions'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
