// Builds the Chinese application menu from its template (menu-template.ts, testable without Electron).
import { Menu } from 'electron';
import { menuTemplate, type MenuActions } from './menu-template';

export type { MenuActions };

export function buildMenu(actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions));
}
