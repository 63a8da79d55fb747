// The lexicon through the real back end: findings with code, matched text, suggestion and source; one-click fix;
// "ignore here" and "ignore in this document" remembered in the database file; the office's own entries read from
// office-lexicon.json in the data folder, and a wrong file reported in one Chinese line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, Method, Outputs } from '../../shared/api/contract';
import { createDocument, createSection } from '../../shared/model';
import { openServices, type Services } from '../../electron/services/service-context';
import { tempDir } from '../helpers/paths';

let services: Services | null = null;
afterEach(() => services?.close());

function open(dir: string) {
  services = openServices({ dataDir: dir });
  const s = services;
  return async <M extends Method>(method: M, input: Input<M>): Promise<Outputs[M]> => {
    const r = await s.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
}

const document = () =>
  createDocument({
    meta: { title: '2025年全市民政工作要点' } as never,
    sections: [
      createSection(1, '兜牢基本民生底线', {
        children: [
          createSection(2, '完善社会救助', {
            runIn: true,
            paragraphs: ['截止2024年底，全市低保对象1.2万人。会同安监局开展检查。'],
          }),
          createSection(2, '发展养老服务', { runIn: true, paragraphs: ['截止目前，已建成社区养老服务中心86个。'] }),
        ],
      }),
    ],
  });

const words = <T extends { code: string }>(findings: T[]): T[] =>
  findings.filter((f) => ['wording', 'political-term', 'number-usage', 'name-change'].includes(f.code));

describe('lexicon findings through the handlers', () => {
  it('carries code, matched text, suggestion and source, and fixes in one click', async () => {
    const call = open(tempDir());
    const { summary } = await call('documents.create', { document: document() });
    const findings = await call('check.document', { id: summary.id });
    const first = findings.find((f) => f.matched === '截止')!;
    expect(first).toMatchObject({ code: 'wording', suggestion: '截至', fix: { label: '改为“截至”' } });
    expect(first.source).toContain('现代汉语词典');
    const nameChange = findings.find((f) => f.code === 'name-change')!;
    expect(nameChange).toMatchObject({ matched: '安监局', fix: null });

    const r = await call('check.applyFix', { id: summary.id, findingIndex: findings.indexOf(first) });
    expect(r.document.sections[0].children[0].paragraphs[0]).toBe(
      '截至2024年底，全市低保对象1.2万人。会同安监局开展检查。',
    );
    expect(words(r.findings).map((f) => f.matched)).toEqual(['安监局', '截止']);
  });

  it('remembers "ignore here" and "ignore in this document" in the file, and forgets them on request', async () => {
    const dir = tempDir();
    let call = open(dir);
    const { summary } = await call('documents.create', { document: document() });
    const id = summary.id;
    let findings = await call('check.document', { id });
    const here = findings.findIndex((f) => f.matched === '截止');
    findings = await call('check.ignore', { id, findingIndex: here, scope: 'here' });
    // the same word in the other section is still reported
    expect(words(findings).map((f) => [f.location, f.matched])).toEqual([
      ['一、（一） 正文', '安监局'],
      ['一、（二） 正文', '截止'],
    ]);

    services!.close();
    services = null;
    call = open(dir);
    findings = await call('check.document', { id });
    expect(words(findings).map((f) => f.matched)).toEqual(['安监局', '截止']);
    findings = await call('check.ignore', {
      id,
      findingIndex: findings.findIndex((f) => f.matched === '截止'),
      scope: 'document',
    });
    expect(words(findings).map((f) => f.matched)).toEqual(['安监局']);

    const cleared = await call('check.clearIgnores', { id });
    expect(cleared.cleared).toBe(2);
    expect(words(cleared.findings).map((f) => f.matched)).toEqual(['截止', '安监局', '截止']);
  });

  it('refuses to ignore a finding that is not about words', async () => {
    const call = open(tempDir());
    const { summary } = await call('documents.create', {
      document: createDocument({ meta: { title: '2025年工作要点', note: '此件公开发布' } as never }),
    });
    const findings = await call('check.document', { id: summary.id });
    const r = await services!.call('check.ignore', {
      id: summary.id,
      findingIndex: findings.findIndex((f) => f.code === 'note-parentheses'),
      scope: 'here',
    });
    expect(r.ok ? null : r.error.message).toMatch(/不是用词检查的结果，不能忽略/);
  });
});

describe("the office's own entries (office-lexicon.json)", () => {
  it('adds them to the checks and fixes with them', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'office-lexicon.json'),
      JSON.stringify({
        entries: [
          {
            id: 'office-养老中心',
            category: 'wording',
            wrong: ['社区养老服务中心'],
            right: '社区养老服务综合体',
            fix: true,
            source: '本市2024年社区养老服务设施命名规范',
            reason: '本市统一称“社区养老服务综合体”',
          },
        ],
      }),
    );
    const call = open(dir);
    const { summary } = await call('documents.create', { document: document() });
    const findings = await call('check.document', { id: summary.id });
    const own = findings.find((f) => f.entryId === 'office-养老中心')!;
    expect(own).toMatchObject({ matched: '社区养老服务中心', source: '本市2024年社区养老服务设施命名规范' });
    const r = await call('check.applyFix', { id: summary.id, findingIndex: findings.indexOf(own) });
    expect(r.document.sections[0].children[1].paragraphs[0]).toContain('社区养老服务综合体86个');
  });

  it('reports a wrong file in one Chinese line naming the entry and field, and still checks with the built-in lexicon', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'office-lexicon.json'),
      JSON.stringify({
        entries: [
          { id: 'a', category: 'wording', wrong: ['甲'], right: '乙', source: '本局规定', reason: '统一用语' },
          { id: 'b', category: 'wording', wrong: ['丙'], right: '丁', reason: '统一用语' },
        ],
      }),
    );
    const call = open(dir);
    const { summary } = await call('documents.create', { document: document() });
    const findings = await call('check.document', { id: summary.id });
    expect(findings[0]).toMatchObject({ code: 'office-lexicon', location: '本单位词表' });
    expect(findings[0].message).toMatch(/^词表“.*office-lexicon\.json”第2条（b）的“出处”.*已只用内置词表检查$/);
    expect(words(findings).length).toBe(3);

    writeFileSync(join(dir, 'office-lexicon.json'), '{ "entries": [');
    const again = await call('check.document', { id: summary.id });
    expect(again[0].message).toMatch(/^本单位词表“.*office-lexicon\.json”不是有效的 JSON/);
  });
});
