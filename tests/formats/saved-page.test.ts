// A notice saved from a city 民政局 site as the browser saves it: a CMS layout of tables and divs with the
// site header, menus, a date widget, breadcrumbs, a metadata table, a font-size and print bar, related links,
// a sidebar, scripts, a hidden share layer and the footer. It imports as the notice's text does.
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../shared/import/html/lines';
import { importBytes } from '../../shared/import/index';
import { importText } from '../../shared/import/text';
import { readSeed } from '../helpers/paths';
import { plain } from '../import-docx/build-docx';
import { savedPage } from './saved-page';

describe('a saved web page of a notice', () => {
  const seed = readSeed('jilin');
  const html = savedPage(seed, '吉林省民政厅关于印发《2024年全省民政工作要点》的通知');

  it('keeps the notice and leaves out menus, scripts, hidden layers, forms and link lists', () => {
    const text = htmlToLines(html)
      .map((l) => l.text)
      .join('\n');
    for (const chrome of [
      '机构概况',
      '办事服务',
      '互动交流',
      '访问量统计代码',
      '分享到',
      '请输入关键字',
      '搜索',
      '2023年全省民政工作要点',
      '$(function',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain('2024年全省民政工作要点');
  });

  it('imports with the sections, title and notice fields of the text', async () => {
    const doc = await importBytes(new TextEncoder().encode(html), '通知.htm');
    const expected = importText(seed);
    expect(plain(doc.sections)).toEqual(plain(expected.sections));
    expect(doc.preamble).toEqual(expected.preamble);
    for (const field of ['title', 'recipients', 'signature', 'date'] as const)
      expect(doc.meta[field]).toEqual(expected.meta[field]);
  });
});
