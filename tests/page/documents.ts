// Documents for the page-model tests: the export's fixtures, notices with 附件 pages (text and tables built
// here), a notice without cover text, and generated notices of 1 to 40 pages whose text comes from the real
// seeds (digits, ASCII punctuation from web copies, quotes, run-in headings), cut to different lengths.
import { createDocument, createSection } from '../../shared/model/factory';
import type { Appendix, Section, YaodianDocument } from '../../shared/model/types';
import { allFixtures, everyElement, seedFixtures, type Fixture } from '../export/fixtures';

export function appendixNotice(): YaodianDocument {
  const doc = everyElement();
  const rows = [['序号', '重点任务', '牵头单位', '完成时限']];
  for (let i = 1; i <= 30; i++) {
    rows.push([
      String(i),
      `完善第${i}项社会救助制度，推进“物质+服务”救助方式创新，健全低收入人口动态监测机制`,
      i % 3 ? '社会救助科' : '养老服务科、社会事务科',
      `2025年${(i % 12) + 1}月底前`,
    ]);
  }
  const appendices: Appendix[] = [
    {
      label: '附件1',
      title: '2025年全市民政工作任务分解表',
      blocks: [
        { kind: 'paragraph', text: '各单位要对照任务分解表，细化工作措施，明确完成时限，确保各项任务按期完成。' },
        { kind: 'table', rows, headerRows: 1 },
      ],
    },
    {
      label: '附件2',
      title: '2025年全市民政重点项目清单',
      blocks: [{ kind: 'paragraph', text: '新建村级养老服务站30个，改造提升街道综合养老服务中心5个。' }],
    },
  ];
  return { ...doc, appendices };
}

/** A notice without cover text: its 要点 follows the 主送 on page 1 (公文首页必须显示正文). */
export function noCoverNotice(): YaodianDocument {
  const doc = everyElement();
  return { ...doc, meta: { ...doc.meta, coverParagraphs: [], attachments: [] } };
}

/** The first n sections of a seed (with their children), under its own notice. */
function cut(doc: YaodianDocument, n: number): YaodianDocument {
  return { ...doc, sections: doc.sections.slice(0, n) };
}

/** A long notice: the seed's sections repeated (fresh ids), for 30–40 pages. */
function repeated(doc: YaodianDocument, times: number): YaodianDocument {
  const copy = (s: Section): Section =>
    createSection(s.level, s.heading, {
      runIn: s.runIn,
      paragraphs: s.paragraphs,
      children: s.children.map(copy),
    });
  const sections: Section[] = [];
  for (let i = 0; i < times; i++) sections.push(...doc.sections.map(copy));
  return { ...doc, sections };
}

function generatedNotices(): Fixture[] {
  const [jilin, jiangsu, maoji] = seedFixtures().map((f) => f.doc);
  return [
    {
      name: 'gen-1-page',
      doc: createDocument({
        meta: { ...everyElement().meta, title: null, cc: null, printedBy: null, printedDate: null, attachments: [] },
      }),
    },
    { name: 'gen-jilin-1', doc: cut(jilin, 1) },
    { name: 'gen-jiangsu-2', doc: cut(jiangsu, 2) },
    { name: 'gen-maoji-3', doc: cut(maoji, 3) },
    { name: 'gen-jilin-3', doc: cut(jilin, 3) },
    { name: 'gen-jiangsu-6', doc: cut(jiangsu, 6) },
    { name: 'gen-jilin-x2', doc: repeated(jilin, 2) },
    { name: 'gen-jiangsu-x3', doc: repeated(jiangsu, 3) },
  ];
}

/** Everything the render test compares with LibreOffice. */
export function pageFixtures(): Fixture[] {
  return [
    ...allFixtures(),
    { name: 'appendix', doc: appendixNotice() },
    { name: 'appendix-seal', doc: appendixNotice(), options: { withSeal: true } },
    { name: 'no-cover', doc: noCoverNotice() },
    ...generatedNotices(),
  ];
}
