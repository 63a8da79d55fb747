// importText(renderText(doc)) gives the same tree, numbering modes and metadata.
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { renderText } from '../../shared/model/render-text';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed, repoRoot, SEEDS } from '../helpers/paths';
import { shape } from './helpers';

function expectRoundTrip(doc: YaodianDocument): YaodianDocument {
  const again = importText(renderText(doc));
  expect(shape(again.sections)).toEqual(shape(doc.sections));
  expect(again.numbering).toEqual(doc.numbering);
  expect(again.meta).toEqual(doc.meta);
  expect(again.preamble).toEqual(doc.preamble);
  return again;
}

describe('round trip', () => {
  it.each(Object.keys(SEEDS) as Array<keyof typeof SEEDS>)('fixture %s', (name) => {
    const doc = importText(readSeed(name));
    const again = expectRoundTrip(doc);
    // the source's problems were fixed on the way in: the rendered text imports without number warnings
    expect(again.warnings.filter((w) => w.code.startsWith('number-'))).toEqual([]);
  });

  it('a synthetic notice with every metadata field, four levels, continuous and restart', () => {
    const s = createSection;
    const doc = createDocument({
      meta: {
        issuer: '某某市民政局',
        issuerMark: '某某市民政局文件',
        docNumber: '某民发〔2025〕3号',
        copyNumber: '000045',
        secrecy: null,
        urgency: '加急',
        signer: '李四',
        noticeTitle: '某某市民政局关于印发2025年全市民政工作要点的通知',
        recipients: '各县（市、区）民政局，局机关各科室',
        coverParagraphs: ['现将要点印发给你们，请认真贯彻落实。'],
        attachments: ['重点任务分工表', '民生实事清单'],
        signature: '某某市民政局',
        date: '2025-02-10',
        note: '（此件主动公开）',
        cc: '市委办公室，市政府办公室',
        printedBy: '某某市民政局办公室',
        printedDate: '2025-02-12',
        title: '2025年全市民政工作要点',
      },
      preamble: ['2025年，全市民政工作要坚持稳中求进。', '全年重点抓好以下工作。'],
      numbering: { 1: 'restart', 2: 'continuous', 3: 'restart', 4: 'restart' },
      sections: [
        s(1, '兜牢民生底线', {
          paragraphs: ['总体要求的说明。'],
          children: [
            s(2, '完善社会救助', {
              runIn: true,
              paragraphs: ['加强低保管理。', '第二段。'],
              children: [
                s(3, '提高低保标准', {
                  paragraphs: ['提标内容。'],
                  children: [
                    s(4, '提标工作', { runIn: true, paragraphs: ['年内完成。'] }),
                    s(4, '资金保障', { runIn: true, paragraphs: ['足额安排。'] }),
                  ],
                }),
                s(3, '加强临时救助', { runIn: true, paragraphs: ['落实制度。'] }),
              ],
            }),
            s(2, '健全养老服务', { children: [s(3, '发展居家养老', { runIn: true, paragraphs: ['建设中心。'] })] }),
          ],
        }),
        s(1, '推进社会治理', {
          children: [
            s(2, '为什么要治理？', { runIn: true, paragraphs: ['因为群众需要。'] }),
            s(2, '规范社会组织', { runIn: true, paragraphs: ['开展年检。'] }),
          ],
        }),
        s(1, '加强自身建设', { children: [s(3, '直接在一级下的三级', { runIn: true, paragraphs: ['跳过二级。'] })] }),
      ],
    });
    expectRoundTrip(doc);
  });

  it('un-numbered lead-sentence items and a bare 要点 without notice', () => {
    const s = createSection;
    const item = (h: string) => s(2, h, { runIn: true, paragraphs: [`${h}的具体内容，要抓好落实。`] });
    const doc = createDocument({
      meta: { ...emptyMeta(), title: '2025年全区民政工作要点' },
      numbering: { 1: 'restart', 2: 'none', 3: 'restart', 4: 'restart' },
      sections: [
        s(1, '加快发展养老服务', { children: [item('完善养老政策'), item('提高服务水平')] }),
        s(1, '强化民生保障', { children: [item('提高低保标准'), item('完善救助体系'), item('加强医疗救助')] }),
      ],
    });
    expectRoundTrip(doc);
  });

  it.each([
    ['the shipped sample', readFileSync(join(repoRoot, 'samples', 'sample-notice.txt'), 'utf8')],
    [
      'headings ending with 。 and numbered paragraphs',
      [
        '2024年工作要点',
        '一、加强党的建设。',
        '全面加强党的建设。',
        '1.全面落实最低生活保障、特困人员救助供养、临时救助等各项社会救助政策，确保困难群众基本生活得到有效保障，切实做到应保尽保应救尽救。',
        '2.为什么要改？因为群众需要。',
        '（1）细项一。内容。',
        '（2）细项二。内容。',
        '二、推进改革',
        '3.继续编号。内容。',
      ].join('\n'),
    ],
    [
      'a web copy with residue and a TOC',
      [
        '首页 > 通知公告',
        '文号：某民发〔2023〕5号',
        '名称：关于印发2023年工作要点的通知',
        '发文日期：2023年02月09日',
        '2023年工作要点',
        '目录',
        '一、甲……1',
        '（一）子一……1',
        '二、乙……2',
        '（二）子二……2',
        '一、甲',
        '（一）子一。内容。',
        '二、乙',
        '（二）子二。内容。',
        '苏ICP备12345678号',
      ].join('\n'),
    ],
  ])('%s', (_name, text) => {
    expectRoundTrip(importText(text));
  });

  /** Every body emptied, headings and run-in flags kept: what a new-year skeleton draft holds. */
  const skeleton = (list: readonly Section[]): Section[] =>
    list.map((sec) => ({ ...sec, paragraphs: [], children: skeleton(sec.children) }));

  it.each(Object.keys(SEEDS) as Array<keyof typeof SEEDS>)(
    'a skeleton of %s (run-in headings with empty bodies)',
    (name) => {
      const doc = importText(readSeed(name));
      const bare = { ...doc, preamble: [], sections: skeleton(doc.sections) };
      const text = renderText(bare);
      if (name === 'jilin') expect(text).toContain('\n（三十九）加强民政干部队伍建设。\n');
      const again = importText(text);
      expect(shape(again.sections)).toEqual(shape(bare.sections));
      expect(again.numbering).toEqual(bare.numbering);
    },
  );

  it('run-in headings with and without bodies side by side, several paragraphs, ？ and 。 endings', () => {
    const s = createSection;
    const doc = createDocument({
      meta: { ...emptyMeta(), title: '2025年全县民政工作要点' },
      preamble: ['2025年，全县民政工作要坚持稳中求进。', '全年重点抓好以下工作。'],
      sections: [
        s(1, '兜牢民生底线', {
          paragraphs: ['今年是关键之年，各单位要高度重视。', '要把兜底保障放在突出位置，确保政策落实到位。'],
          children: [
            s(2, '完善社会救助', {
              runIn: true,
              paragraphs: ['加强低保管理，确保应保尽保。', '开展专项治理，纠正违规问题。', '年底前完成信息系统升级。'],
            }),
            s(2, '加强临时救助', { runIn: true }),
            s(2, '为什么要做好急难救助？', { runIn: true }),
            s(2, '做好特困供养', {
              runIn: true,
              children: [
                s(3, '提高供养标准', { runIn: true, paragraphs: ['年内提高到当地低保标准的1.3倍。'] }),
                s(3, '改善供养条件', { runIn: true }),
              ],
            }),
          ],
        }),
        s(1, '加强自身建设。', {
          paragraphs: ['全面加强党的建设。', '持续改进工作作风，提升服务水平。'],
          children: [
            s(2, '加强组织领导', { paragraphs: ['各单位主要负责同志要亲自抓。', '分管负责同志要具体抓。'] }),
            s(2, '强化督查考核', { runIn: true, paragraphs: ['每季度通报一次进展。'] }),
          ],
        }),
      ],
    });
    const again = expectRoundTrip(doc);
    expect(again.sections[0].children[1]).toMatchObject({ heading: '加强临时救助', runIn: true, paragraphs: [] });
    expect(again.sections[0].children[2]).toMatchObject({
      heading: '为什么要做好急难救助？',
      runIn: true,
      paragraphs: [],
    });
  });

  it('a 要点 without notice, signed at its end, dated or not yet', () => {
    const s = createSection;
    const doc = createDocument({
      meta: {
        ...emptyMeta(),
        title: '2025年全县民政工作要点',
        signature: '某某县民政局',
        issuer: '某某县民政局',
        date: '2025-01-20',
        note: '（此件公开发布）',
      },
      sections: [
        s(1, '兜牢民生底线', { children: [s(2, '完善社会救助', { runIn: true, paragraphs: ['加强低保管理。'] })] }),
      ],
    });
    const text = renderText(doc);
    expect(text.indexOf('某某县民政局')).toBeGreaterThan(text.indexOf('加强低保管理。'));
    expectRoundTrip(doc);
    expectRoundTrip({ ...doc, meta: { ...doc.meta, date: null, note: null } });
  });

  it('un-numbered lead items without text yet', () => {
    const s = createSection;
    const item = (h: string, text?: string) => s(2, h, { runIn: true, paragraphs: text ? [text] : [] });
    const doc = createDocument({
      meta: { ...emptyMeta(), title: '2025年全区民政工作要点' },
      numbering: { 1: 'restart', 2: 'none', 3: 'restart', 4: 'restart' },
      sections: [
        s(1, '加快发展养老服务', {
          children: [item('完善养老政策'), item('提高服务水平', '开展养老机构等级评定，提升服务质量。')],
        }),
        s(1, '强化民生保障', { children: [item('提高低保标准'), item('完善救助体系'), item('加强医疗救助')] }),
      ],
    });
    expectRoundTrip(doc);
  });
});
