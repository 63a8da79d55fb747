// The Chinese application menu. Keyboard shortcuts stay with the page (registerAccelerator: false): the
// editor handles Ctrl+Z/Ctrl+Y/Ctrl+N… itself so that undo covers its own operations; the menu shows the
// shortcut and, when clicked, sends the command to the renderer (window.yaodian.onMenuCommand).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/channels';

export interface MenuActions {
  send(command: MenuCommand): void;
  about(): void;
  openDataFolder(): void;
  /** developer tools only in an unpackaged (development) run */
  devTools: boolean;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, cmd: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.send(cmd),
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { role: 'resetZoom', label: '实际大小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (actions.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' });
  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建', 'CmdOrCtrl+N', 'new'),
        command('导入…', 'CmdOrCtrl+O', 'import'),
        command('导出 Word…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        command('查找…', 'CmdOrCtrl+Shift+F', 'find'),
        command('修订记录', 'CmdOrCtrl+Shift+H', 'revisions'),
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销', registerAccelerator: false },
        { role: 'redo', label: '重做', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '打开数据文件夹', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: '关于“要点”', click: () => actions.about() },
      ],
    },
  ];
}
