// The Chinese application menu (its template is plain data; Electron only builds it).
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/main/menu-template';
import type { MenuCommand } from '../../electron/preload/channels';

function build(devTools: boolean) {
  const sent: MenuCommand[] = [];
  const calls: string[] = [];
  const template = menuTemplate({
    send: (c) => sent.push(c),
    about: () => calls.push('about'),
    openDataFolder: () => calls.push('data'),
    devTools,
  });
  return { template, sent, calls };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.startsWith(label));
  expect(menu, label).toBeTruthy();
  return (menu!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('has 文件, 编辑, 视图, 帮助 in Chinese', () => {
    const { template } = build(false);
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('文件: 新建, 导入, 导出 go to the renderer; 退出 quits', () => {
    const { template, sent } = build(false);
    const items = submenu(template, '文件');
    expect(items.map((i) => i.label)).toEqual(['新建', '导入…', '导出 Word…', '查找…', '修订记录', '退出']);
    for (const item of items.filter((i) => i.click)) click(item);
    expect(sent).toEqual(['new', 'import', 'export', 'find', 'revisions']);
    expect(items.at(-1)?.role).toBe('quit');
    // the page keeps its keyboard shortcuts (the editor's own undo, Ctrl+N…); the menu only shows them
    for (const item of items.filter((i) => i.click)) expect(item.registerAccelerator, item.label).toBe(false);
  });

  it('编辑 and 视图 use the standard roles', () => {
    const { template } = build(false);
    expect(submenu(template, '编辑').map((i) => [i.label, i.role])).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
    expect(submenu(template, '视图').map((i) => [i.label, i.role])).toEqual([
      ['放大', 'zoomIn'],
      ['缩小', 'zoomOut'],
      ['实际大小', 'resetZoom'],
      ['全屏', 'togglefullscreen'],
    ]);
  });

  it('帮助 has 关于 and the data folder; developer tools only in development', () => {
    const { template, calls } = build(false);
    const help = submenu(template, '帮助');
    help.forEach(click);
    expect(calls).toEqual(['data', 'about']);
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
    expect(submenu(build(true).template, '视图').map((i) => i.role)).toContain('toggleDevTools');
  });
});
