// `yaodian diff` on real files: last year's notice as .txt, this year's as interchange JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours } from '../../cli/commands/check';
import { renderDiff } from '../../cli/commands/diff';
import { importText } from '../../shared/import/text';
import { createSection, deleteSection, insertSection, toJson, updateSection } from '../../shared/model';
import { readSeed, seedPath, tempDir } from '../helpers/paths';
import { yaodian } from '../checks/run-cli';

function thisYearFile(): string {
  let doc = importText(readSeed('jilin'));
  const s = doc.sections;
  doc = { ...doc, meta: { ...doc.meta, title: '2025年全省民政工作要点' } };
  doc = deleteSection(doc, s[1].children[0].id).doc;
  doc = updateSection(doc, s[2].children[1].id, { heading: '加强儿童福利机构规范化建设' });
  doc = insertSection(
    doc,
    { parentId: s[5].id, index: 1 },
    createSection(2, '推进社会组织数字化管理', { runIn: true, paragraphs: ['建设全省社会组织信息平台。'] }),
  );
  const file = join(tempDir(), '2025年要点.json');
  writeFileSync(file, JSON.stringify(toJson(doc)));
  return file;
}

describe('yaodian diff', { timeout: 120_000 }, () => {
  it('prints a readable Chinese report of what changed', async () => {
    const r = await yaodian('diff', seedPath('jilin'), thisYearFile());
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe('章节：新增 1，删除 1，移动 0，修改 1，未变 48');
    expect(lines).toContain('  要点标题：202[-4-]{+5+}年全省民政工作要点');
    expect(lines).toContain('  [删除] 二、（三） “加强低收入人口动态监测和常态化救助帮扶”');
    expect(lines).toContain('  [新增] 六、（十八） “推进社会组织数字化管理”');
    expect(lines.find((l) => l.startsWith('  [修改] 三、（八） → 三、（七）'))).toBeDefined();
    expect(lines).toContain('      标题：加强儿童福利机构{+规范化+}建设');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('lists unchanged sections with --all and gives JSON with --json', async () => {
    const file = thisYearFile();
    const all = await yaodian('diff', seedPath('jilin'), file, '--all');
    expect(all.stdout.split('\n').filter((l) => l.startsWith('  [未变]'))).toHaveLength(48);
    const json = JSON.parse((await yaodian('diff', seedPath('jilin'), file, '--json')).stdout);
    expect(json.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 1, unchanged: 48 });
  });

  it('needs two files and names a missing one', async () => {
    expect((await yaodian('diff', seedPath('jilin'))).code).toBe(2);
    const missing = await yaodian('diff', seedPath('jilin'), join(tempDir(), '无.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件“.*无\.txt”/);
  });

  it('shortens long unchanged text and colours only for a terminal', () => {
    const parts = [
      { kind: 'same' as const, text: '一二三四五六七八九十一二三四五六七八九十' },
      { kind: 'added' as const, text: '新' },
      { kind: 'same' as const, text: '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸' },
    ];
    expect(renderDiff(parts, colours(false))).toBe('…九十一二三四五六七八九十{+新+}甲乙丙丁戊己庚辛壬癸甲乙…');
    expect(renderDiff(parts, colours(true))).toContain('\x1b[32m新\x1b[0m');
  });
});
