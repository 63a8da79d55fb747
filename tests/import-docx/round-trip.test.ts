// Round trip on the real notices: text → import → Word export → .docx import gives the same tree and metadata.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { importDocx } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import type { YaodianDocument } from '../../shared/model/types';
import { readSeed, SEEDS } from '../helpers/paths';
import { plain, wordMade } from './build-docx';
import { noteText } from '../../shared/export/compose';

/** Everything the round trip must keep: metadata, 要点 title and preamble, the tree, the numbering modes. */
function comparable(doc: YaodianDocument) {
  return { meta: doc.meta, preamble: doc.preamble, numbering: doc.numbering, sections: plain(doc.sections) };
}

/**
 * The same, with the 发文机关标志 as it prints: an empty issuerMark exports as issuer + 文件 (NoticeMeta), and
 * reading the export back finds that printed mark.
 */
function asPrinted(doc: YaodianDocument) {
  const c = comparable(doc);
  const meta = { ...c.meta, issuerMark: c.meta.issuerMark ?? (c.meta.issuer ? `${c.meta.issuer}文件` : null) };
  // the 附注 prints in full-width （）, whatever the source typed (GB/T 9704 7.3.6)
  return { ...c, meta: { ...meta, note: meta.note ? noteText(meta.note) : meta.note } };
}

describe('text → .docx → import', () => {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    it.each([false, true])(`keeps the tree and metadata of ${name} (laid out for a seal: %s)`, async (withSeal) => {
      const original = importText(readSeed(name));
      const bytes = await exportDocx(original, { withSeal });
      const back = await importDocx(bytes);
      expect(asPrinted(back)).toEqual(asPrinted(original));
      // nothing the export wrote should read as a problem of the source
      expect(back.warnings.filter((w) => w.code !== 'toc-found' && w.code !== 'truncated')).toEqual([]);
    });
  }
});

/** Every element the model holds: the whole 版头, 附件说明, 版记, four levels, run-in and stand-alone headings. */
function everyElement(): YaodianDocument {
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
      noticeTitle: '关于印发2025年全市民政工作要点的通知',
      recipients: '各县（市、区）民政局，局机关各科室',
      coverParagraphs: ['现将《2025年全市民政工作要点》印发给你们，请认真贯彻落实。'],
      attachments: ['2025年全市民政工作任务分解表', '2025年全市民政重点项目清单'],
      signature: '某某市民政局',
      date: '2025-02-10',
      note: '（此件公开发布）',
      cc: '市委办公室，市政府办公室',
      printedBy: '某某市民政局办公室',
      printedDate: '2025-02-11',
      title: '2025年全市民政工作要点',
    },
    preamble: ['2025年全市民政工作的总体要求是：坚持以人民为中心。', '主要目标是：兜底保障更加有力。'],
    sections: [
      createSection(1, '兜牢民生底线', {
        children: [
          createSection(2, '完善社会救助', {
            runIn: true,
            paragraphs: ['健全分层分类救助体系。', '加强动态监测。'],
            children: [
              createSection(3, '提高低保标准', {
                runIn: true,
                paragraphs: ['城乡低保标准提高5%。'],
                children: [
                  createSection(4, '城市低保', { runIn: true, paragraphs: ['每人每月提高30元。'] }),
                  createSection(4, '农村低保', { runIn: true, paragraphs: ['每人每月提高25元。'] }),
                ],
              }),
              createSection(3, '如何落实责任？', { runIn: true, paragraphs: ['实行清单管理。'] }),
            ],
          }),
          createSection(2, '发展养老服务', { paragraphs: ['推进居家社区养老。'] }),
        ],
      }),
      createSection(1, '加强自身建设', { paragraphs: ['持之以恒正风肃纪。'] }),
    ],
  });
}

describe('every element through export and import', () => {
  it('brings back the whole 版头, 附件说明, 版记 and a four-level tree', async () => {
    const original = everyElement();
    const back = await importDocx(await exportDocx(original));
    expect(comparable(back)).toEqual(comparable(original));
    expect(back.warnings).toEqual([]);
  });
});

// Independent of the exporter: the same notices as a person makes them in Word, numbers typed or from lists.
describe('text → Word-made .docx → import', () => {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    for (const lists of [false, true]) {
      it(`keeps the tree and metadata of ${name} with ${lists ? 'Word list numbering' : 'typed numbers'}`, async () => {
        const original = importText(readSeed(name));
        const back = await importDocx(await wordMade(original, lists));
        expect(comparable(back)).toEqual(comparable(original));
      });
    }
  }
});
