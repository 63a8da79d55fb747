// The documents the export tests lay out: the three real notices (with the 版记 fields an office fills
// in before sending, which the web copies lack) and built documents that exercise every element.
import { importText } from '../../shared/import/text';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import type { NoticeMeta, YaodianDocument } from '../../shared/model/types';
import type { ExportOptions } from '../../shared/export';
import { readSeed } from '../helpers/paths';

export interface Fixture {
  name: string;
  doc: YaodianDocument;
  options?: ExportOptions;
}

/** Fills only the fields that are empty: what an office adds to a web copy before printing it. */
function fill(doc: YaodianDocument, meta: Partial<NoticeMeta>): YaodianDocument {
  const m = { ...doc.meta };
  for (const [k, v] of Object.entries(meta)) {
    const key = k as keyof NoticeMeta;
    if (m[key] === null || m[key] === undefined) (m as Record<string, unknown>)[key] = v;
  }
  return { ...doc, meta: m };
}

export function seedFixtures(): Fixture[] {
  return [
    {
      name: 'jilin',
      doc: fill(importText(readSeed('jilin')), {
        docNumber: '吉民发〔2024〕6号',
        noticeTitle: '关于印发《2024年全省民政工作要点》的通知',
        cc: '民政部办公厅，省委办公厅，省政府办公厅',
        printedBy: '吉林省民政厅办公室',
        printedDate: '2024-02-20',
      }),
    },
    {
      name: 'jiangsu',
      doc: fill(importText(readSeed('jiangsu')), {
        cc: '民政部办公厅，省委办公厅，省政府办公厅',
        printedBy: '江苏省民政厅办公室',
        printedDate: '2014-01-06',
      }),
    },
    {
      name: 'maoji',
      doc: fill(importText(readSeed('maoji')), { printedBy: '毛集实验区社会发展局办公室', printedDate: '2025-02-20' }),
    },
  ];
}

/** Every element the model holds: the whole 版头 of an upward document, 附件说明, four levels, 版记. */
export function everyElement(): YaodianDocument {
  return createDocument({
    meta: {
      ...emptyMeta(),
      issuer: '某某市民政局',
      issuerMark: '某某市民政局文件',
      docNumber: '某民发〔2025〕8号',
      copyNumber: '000123',
      secrecy: '秘密★1年',
      urgency: '特急',
      signer: '张三',
      noticeTitle: '关于进一步加强和改进新时代民政领域社会组织登记管理和综合监管工作的实施意见',
      recipients: '各县（市、区）民政局，局机关各科室',
      coverParagraphs: ['现将《2025年全市民政工作要点》印发给你们，请认真贯彻落实。'],
      attachments: ['2025年全市民政工作任务分解表', '2025年全市民政重点项目清单。'],
      signature: '某某市民政局',
      date: '2025-02-10',
      note: '此件公开发布',
      cc: '市委办公室，市政府办公室，市人大常委会办公室，市政协办公室',
      printedBy: '某某市民政局办公室',
      printedDate: '2025-02-11',
      title: '2025年全市民政工作要点',
    },
    preamble: ['2025年全市民政工作的总体要求是：坚持以人民为中心，推进“两个确立”在民政领域落地见效……'],
    sections: [
      createSection(1, '兜牢民生底线', {
        children: [
          createSection(2, '完善社会救助', {
            runIn: true,
            paragraphs: ['健全分层分类救助体系，加强低收入人口动态监测。', '推进“物质+服务”救助。'],
            children: [
              createSection(3, '提高救助标准', { paragraphs: ['城乡低保标准分别提高到每人每月800元和600元。'] }),
              createSection(3, '规范审核确认', {
                runIn: true,
                paragraphs: ['推行“一件事一次办”。'],
                children: [createSection(4, '低保', { runIn: true, paragraphs: ['按时足额发放。'] })],
              }),
            ],
          }),
        ],
      }),
      createSection(1, '发展养老服务', { paragraphs: ['新建村级养老服务站30个——覆盖全部乡镇。'] }),
    ],
  });
}

/** A short notice whose 要点 ends high on page 2: the 版记 shares the last page. */
function shortNotice(): YaodianDocument {
  const doc = everyElement();
  return {
    ...doc,
    meta: {
      ...doc.meta,
      signer: null,
      copyNumber: null,
      secrecy: null,
      urgency: null,
      attachments: [],
      noticeTitle: '关于印发2025年全市民政工作要点的通知',
    },
    sections: doc.sections.slice(0, 1),
  };
}

function builtFixtures(): Fixture[] {
  return [
    { name: 'every-element', doc: everyElement() },
    { name: 'every-element-seal', doc: everyElement(), options: { withSeal: true } },
    { name: 'short-notice', doc: shortNotice() },
  ];
}

export function allFixtures(): Fixture[] {
  return [...seedFixtures(), ...builtFixtures()];
}

/**
 * The every-element notice padded paragraph by paragraph until its 要点 ends too low on an even page
 * for the 版记: a blank page, then the 版记 page, neither numbered.
 */
export async function blankPageFixture(
  exportReport: (doc: YaodianDocument) => Promise<{ layout: { colophon: string } }>,
): Promise<Fixture> {
  const doc = everyElement();
  for (let n = 1; n < 80; n++) {
    const padded = {
      ...doc,
      preamble: [
        ...doc.preamble,
        ...Array.from({ length: n }, () => '民政工作要坚持以人民为中心的发展思想，兜牢基本民生底线。'),
      ],
    };
    if ((await exportReport(padded)).layout.colophon === 'after-blank') return { name: 'blank-page', doc: padded };
  }
  throw new Error('no padding puts the 版记 after a blank page');
}
