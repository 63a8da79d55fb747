// Smaller variants real copies show, each on its own: how the number, the title, the 版记, the page
// chrome or the encoding of a notice can differ from the fixtures.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/import/encoding';
import { ImportError } from '../../shared/import/errors';
import { importLines, importText } from '../../shared/import/text';
import { renderText } from '../../shared/model/render-text';
import { codes, outline, shape } from './helpers';

const lines = (...l: string[]) => l.join('\n');

describe('numbers and headings', () => {
  it('a number alone on its line, the heading on the next (a web page that set list numbers apart)', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '一、',
        '总体要求',
        '坚持稳中求进。',
        '二、',
        '重点任务',
        '（一）',
        '完善救助。加强低保。',
      ),
    );
    expect(outline(doc)).toEqual(['1:一、总体要求 1p', '1:二、重点任务 0p', '  2:（一）完善救助 [R] 1p']);
    expect(doc.sections[0].paragraphs).toEqual(['坚持稳中求进。']);
    expect(doc.warnings).toEqual([]);
  });

  it('a lost （一） right after its 一、 is recovered; a lost （三） where the level runs on across 一、', () => {
    const restart = importText(
      lines('一、甲', '健全救助体系', '内容。', '（二）乙。内容。', '二、丙', '（一）丁。内容。'),
    );
    expect(outline(restart)).toEqual([
      '1:一、甲 0p',
      '  2:（一）健全救助体系 1p',
      '  2:（二）乙 [R] 1p',
      '1:二、丙 0p',
      '  2:（一）丁 [R] 1p',
    ]);
    expect(codes(restart)).toEqual(['number-missing']);
    expect(restart.warnings[0].message).toBe('原文“（二）”之前的标题“健全救助体系”缺少编号，已按“（一）”导入');
    const continuous = importText(
      lines(
        '一、甲',
        '（一）子一。内容。',
        '（二）子二。内容。',
        '二、乙',
        '发展养老服务',
        '内容。',
        '（四）子四。内容。',
        '三、丙',
        '（五）子五。内容。',
      ),
    );
    expect(outline(continuous).filter((l) => l.includes('2:'))).toEqual([
      '  2:（一）子一 [R] 1p',
      '  2:（二）子二 [R] 1p',
      '  2:（三）发展养老服务 1p',
      '  2:（四）子四 [R] 1p',
      '  2:（五）子五 [R] 1p',
    ]);
    expect(continuous.numbering[2]).toBe('continuous');
    expect(codes(continuous)).toEqual(['number-missing']);
  });

  it('does not take a title or a preamble sentence for a lost first 一、', () => {
    const doc = importText(lines('2024年工作要点', '2024年，要坚持稳中求进。', '二、甲', '（一）子。内容。'));
    expect(doc.preamble).toEqual(['2024年，要坚持稳中求进。']);
    expect(doc.meta.title).toBe('2024年工作要点');
    expect(codes(doc)).toEqual(['number-gap']);
  });

  it('"第一章" parts over （一） items: the parts are the first level, nothing moves down', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '第一章 总体要求',
        '（一）指导思想。坚持稳中求进。',
        '（二）主要目标。全面完成任务。',
        '第二章 保障措施',
        '（一）加强领导。各单位要重视。',
      ),
    );
    expect(outline(doc)).toEqual([
      '1:一、总体要求 0p',
      '  2:（一）指导思想 [R] 1p',
      '  2:（二）主要目标 [R] 1p',
      '1:二、保障措施 0p',
      '  2:（一）加强领导 [R] 1p',
    ]);
    expect(codes(doc)).toEqual(['part-headings']);
    expect(doc.warnings[0].message).toMatch(/^原文用“第一章”等 2 个部分标题作一级标题，已编为“一、”“二、”/);
  });

  it('"第一部分" alone on its line takes the heading on the next; a sentence that starts with 第一章 is no part', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '第一部分',
        '工作回顾',
        '一、甲。内容。',
        '第二部分',
        '工作安排',
        '一、乙。内容。',
        '二、丙。内容。',
      ),
    );
    expect(outline(doc)).toEqual([
      '1:一、工作回顾 0p',
      '  2:（一）甲 [R] 1p',
      '1:二、工作安排 0p',
      '  2:（一）乙 [R] 1p',
      '  2:（二）丙 [R] 1p',
    ]);
    const sentence = importText(lines('一、甲', '第一章规定了总则，第二章规定了救助标准。', '二、乙'));
    expect(sentence.sections[0].paragraphs).toEqual(['第一章规定了总则，第二章规定了救助标准。']);
    expect(codes(sentence)).toEqual([]);
  });

  it('parts in a notice with a numbered 附件 list: the list is not moved or named in the warning', () => {
    const doc = importText(
      lines(
        '关于印发2024年工作要点的通知',
        '各乡镇：',
        '现印发给你们。',
        '附件：1.任务分工表',
        '2.项目清单',
        '某县民政局',
        '2024年1月3日',
        '2024年工作要点',
        '第一部分 工作回顾',
        '一、甲。内容。',
        '第二部分 工作安排',
        '一、乙。内容。',
      ),
    );
    expect(doc.meta.attachments).toEqual(['任务分工表', '项目清单']);
    expect(outline(doc)).toEqual([
      '1:一、工作回顾 0p',
      '  2:（一）甲 [R] 1p',
      '1:二、工作安排 0p',
      '  2:（一）乙 [R] 1p',
    ]);
    expect(doc.warnings[0].message).toMatch(/其下各级依次降一级：“一、”编为“（一）”$/);
  });

  it('parts with a TOC above that lists only the 一、 headings: TOC and body agree', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '目录',
        '一、甲……1',
        '一、乙……2',
        '二、丙……3',
        '第一部分 工作回顾',
        '一、甲。内容。',
        '第二部分 工作安排',
        '一、乙。内容。',
        '二、丙。内容。',
      ),
    );
    expect(doc.toc).toEqual([
      { level: 2, number: '一', heading: '甲' },
      { level: 2, number: '一', heading: '乙' },
      { level: 2, number: '二', heading: '丙' },
    ]);
    expect(codes(doc)).toEqual(['part-headings', 'toc-found']);
  });

  it('parts over four numbered levels stay body text, with a warning', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '第一部分 甲',
        '一、子',
        '（一）孙。内容。',
        '1.曾孙。内容。',
        '（1）玄孙。内容。',
        '第二部分 乙',
        '一、子二',
        '（一）孙二。内容。',
      ),
    );
    expect(doc.sections.map((s) => s.level)).toEqual([1, 1]);
    expect(doc.preamble).toEqual(['第一部分 甲']);
    expect(doc.sections[0].children[0].children[0].children[0].paragraphs).toEqual(['内容。', '第二部分 乙']);
    // the second part's 一、 repeats the first's: the structure could not be kept, and the user is told twice
    expect(codes(doc)).toEqual(['part-headings', 'number-repeat']);
    expect(doc.warnings[0].message).toMatch(/作为正文段落保留/);
  });

  it('1. running on across （一） but restarting at each 一、: the closest mode, one warning that says why', () => {
    const doc = importText(
      lines(
        '一、甲',
        '（一）子一',
        '1.孙一。内容。',
        '2.孙二。内容。',
        '（二）子二',
        '3.孙三。内容。',
        '4.孙四。内容。',
        '二、乙',
        '（一）子三',
        '1.孙五。内容。',
        '（二）子四',
        '2.孙六。内容。',
        '3.孙七。内容。',
      ),
    );
    expect(doc.numbering[3]).toBe('continuous');
    expect(codes(doc)).toEqual(['number-scheme']);
    expect(doc.warnings[0].message).toBe(
      '原文的三级标题在每个“一、”下重新编号，在其间的“（一）”之间接续编号；要点的编号只能全文连续或在上级标题下重新编号，已按全文连续编号导入，3 个三级标题的编号与原文不同',
    );
    const again = importText(renderText(doc));
    expect(shape(again.sections)).toEqual(shape(doc.sections));
    expect(again.numbering).toEqual(doc.numbering);
    expect(again.warnings).toEqual([]);
  });

  it('a 1.…；2.… run inside a paragraph, 一是…二是… lines and bullet lines stay paragraphs', () => {
    const doc = importText(
      lines(
        '一、甲',
        '（一）子。主要措施：1.按时发放；2.走访慰问；3.规范审批。',
        '一是严格审核；二是动态管理。',
        '◆加强组织领导。各单位要高度重视。',
      ),
    );
    expect(outline(doc)).toEqual(['1:一、甲 0p', '  2:（一）子 [R] 3p']);
  });
});

describe('titles and signatures', () => {
  it('a 要点 title broken as "2024年全市民政" / "工作要点"', () => {
    const doc = importText(
      lines('2024年全市民政', '工作要点', '2024年，全市民政工作要坚持稳中求进。', '一、甲', '（一）子。内容。'),
    );
    expect(doc.meta.title).toBe('2024年全市民政工作要点');
    expect(doc.preamble).toEqual(['2024年，全市民政工作要坚持稳中求进。']);
  });

  it('a byline under the title of a 要点 published without a notice', () => {
    const doc = importText(
      lines(
        '2024年全县民政工作要点',
        '某某县民政局',
        '2024年2月19日',
        '2024年，全县民政工作要坚持稳中求进。',
        '一、甲',
      ),
    );
    expect(doc.meta).toMatchObject({
      signature: '某某县民政局',
      issuer: '某某县民政局',
      date: '2024-02-19',
      title: '2024年全县民政工作要点',
    });
    expect(doc.preamble).toEqual(['2024年，全县民政工作要坚持稳中求进。']);
    const bracketed = importText(
      lines('2024年全县民政工作要点', '（2024年2月19日）', '2024年，要坚持稳中求进。', '一、甲'),
    );
    expect(bracketed.meta.date).toBe('2024-02-19');
    expect(bracketed.preamble).toEqual(['2024年，要坚持稳中求进。']);
    const adopted = importText(lines('2024年全县民政工作要点', '（2024年2月19日县民政局党组会议审议通过）', '一、甲'));
    expect(adopted.meta.date).toBeNull();
    expect(adopted.preamble).toEqual(['（2024年2月19日县民政局党组会议审议通过）']);
  });

  it('a unit name alone above the date of a bare 要点 is its 署名, not a red header', () => {
    const doc = importText(lines('某某县民政局', '2024年3月1日', '2024年工作要点', '一、甲'));
    expect(doc.meta).toMatchObject({ issuerMark: null, signature: '某某县民政局', date: '2024-03-01' });
  });
});

describe('the notice', () => {
  it('a cover letter with numbered requirements before the 署名: they stay in the notice', () => {
    const doc = importText(
      lines(
        '清河市民政局文件',
        '清民发〔2024〕6号',
        '关于印发2024年全市民政工作要点的通知',
        '各县（市、区）民政局：',
        '现将《2024年全市民政工作要点》印发给你们，并提出以下要求：',
        '一、提高思想认识。各地要把落实要点作为全年工作的主线。',
        '二、细化工作措施。各地要制定任务清单，明确责任人和时间表。',
        '清河市民政局',
        '2024年2月19日',
        '2024年全市民政工作要点',
        '2024年，全市民政工作要坚持稳中求进。',
        '一、兜牢民生底线',
        '（一）完善社会救助。加强低保管理。',
        '二、发展养老服务',
        '（一）建设养老中心。新建10个。',
      ),
    );
    expect(doc.meta).toMatchObject({ signature: '清河市民政局', date: '2024-02-19', title: '2024年全市民政工作要点' });
    expect(doc.meta.coverParagraphs).toEqual([
      '现将《2024年全市民政工作要点》印发给你们，并提出以下要求：',
      '一、提高思想认识。各地要把落实要点作为全年工作的主线。',
      '二、细化工作措施。各地要制定任务清单，明确责任人和时间表。',
    ]);
    expect(outline(doc)).toEqual([
      '1:一、兜牢民生底线 0p',
      '  2:（一）完善社会救助 [R] 1p',
      '1:二、发展养老服务 0p',
      '  2:（一）建设养老中心 [R] 1p',
    ]);
    expect(doc.warnings).toEqual([]);
    const again = importText(renderText(doc));
    expect(again.meta).toEqual(doc.meta);
    expect(shape(again.sections)).toEqual(shape(doc.sections));
  });

  it('numbered requirements in the cover letter, then the 要点 with no title of its own', () => {
    const doc = importText(
      lines(
        '关于印发2024年工作要点的通知',
        '各乡镇：',
        '现将要点印发给你们，请做到：',
        '一、高度重视。',
        '二、抓好落实。',
        '某县民政局',
        '2024年1月3日',
        '（此件公开发布）',
        '一、兜牢民生底线',
        '（一）完善社会救助。加强低保管理。',
        '二、发展养老服务',
      ),
    );
    expect(doc.meta.coverParagraphs).toEqual(['现将要点印发给你们，请做到：', '一、高度重视。', '二、抓好落实。']);
    expect(doc.meta).toMatchObject({ signature: '某县民政局', date: '2024-01-03', note: '（此件公开发布）' });
    expect(outline(doc)).toEqual(['1:一、兜牢民生底线 0p', '  2:（一）完善社会救助 [R] 1p', '1:二、发展养老服务 0p']);
  });

  it('a 要点 followed by its signature and another attachment keeps its body', () => {
    const doc = importText(
      lines(
        '2024年全市民政工作要点',
        '一、兜牢民生底线',
        '（一）完善社会救助。加强低保管理。',
        '清河市民政局',
        '2024年2月19日',
        '2024年重点任务分工方案',
        '1.社会救助。责任单位：救助科。',
      ),
    );
    expect(doc.meta.title).toBe('2024年全市民政工作要点');
    expect(doc.sections[0].children[0].heading).toBe('完善社会救助');
  });

  it('a 附注 without its brackets, as web copies print it', () => {
    const doc = importText(
      lines(
        '关于印发2024年工作要点的通知',
        '各乡镇：',
        '现印发给你们。',
        '某县民政局',
        '2024年1月3日',
        '此件公开发布',
        '2024年工作要点',
        '一、甲',
      ),
    );
    expect(doc.meta).toMatchObject({
      note: '此件公开发布',
      coverParagraphs: ['现印发给你们。'],
      title: '2024年工作要点',
    });
    expect(doc.preamble).toEqual([]);
  });

  it.each([
    ['二0一0年一月五日', '2010-01-05'],
    ['二Ο一Ο年一月五日', '2010-01-05'],
    ['二〇二四年二月十九日', '2024-02-19'],
    ['二O二四年十二月三十一日', '2024-12-31'],
  ])('a date keyed as %s', (date, iso) => {
    const doc = importText(
      lines(
        '关于印发工作要点的通知',
        '各县民政局：',
        '现印发给你们。',
        '某市民政局',
        date,
        '工作要点',
        '一、甲',
        '抄送：市政府办公室。',
        `某市民政局办公室　${date}印发`,
      ),
    );
    expect(doc.meta).toMatchObject({
      signature: '某市民政局',
      date: iso,
      printedBy: '某市民政局办公室',
      printedDate: iso,
    });
    expect(doc.meta.coverParagraphs).toEqual(['现印发给你们。']);
  });
});

describe('the 版记', () => {
  it('抄送 over two lines, 印发机关 on the line above "…印发", the print run of older documents', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '一、甲',
        '（一）子。内容。',
        '抄送：市委办公室，市人大常委会办公室，',
        '市政府办公室，市政协办公室。',
        '某县民政局办公室',
        '2024 年 1 月 5 日印发',
        '（共印30份）',
      ),
    );
    expect(doc.meta).toMatchObject({
      cc: '市委办公室，市人大常委会办公室，市政府办公室，市政协办公室',
      printedBy: '某县民政局办公室',
      printedDate: '2024-01-05',
      note: null,
    });
    expect(outline(doc)).toEqual(['1:一、甲 0p', '  2:（一）子 [R] 1p']);
  });

  it('a 抄送 without its final 。 does not swallow the 印发 line or the body', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '一、甲',
        '（一）子。内容。',
        '抄送：市委办公室，市政府办公室',
        '某县民政局办公室　2024年1月5日印发',
      ),
    );
    expect(doc.meta).toMatchObject({
      cc: '市委办公室，市政府办公室',
      printedBy: '某县民政局办公室',
      printedDate: '2024-01-05',
    });
  });
});

describe('page chrome and text from other programs', () => {
  it('drops editors, print/close links, site help links and the address block', () => {
    const doc = importText(
      lines(
        '关于印发2024年工作要点的通知',
        '各乡镇：',
        '现印发给你们。',
        '某县民政局',
        '2024年1月3日',
        '2024年工作要点',
        '一、甲',
        '（一）子。内容。',
        '责任编辑：张三',
        '【我要打印】【关闭】',
        '网站地图 | 联系我们 | 使用帮助 | 隐私声明',
        '地址：某县人民路1号　邮编：123456　电话：0123-1234567',
      ),
    );
    expect(doc.sections[0].children[0].paragraphs).toEqual(['内容。']);
    expect(doc.warnings).toEqual([]);
  });

  it("Word's manual line break (\\v) separates paragraphs", () => {
    const doc = importText('2024年工作要点\v一、甲\n（一）子。内容。\v第二段。');
    expect(outline(doc)).toEqual(['1:一、甲 0p', '  2:（一）子 [R] 2p']);
    expect(decodeText(new TextEncoder().encode('一、甲\v（一）子。\v'.repeat(20)))).toContain('\v');
  });

  it('a TOC entry wrapped over two lines in a PDF copy', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '目录',
        '一、坚持党建引领，推动全面从严治党向纵深发展，全面提升',
        '机关党建质量..........2',
        '（一）加强政治建设......2',
        '二、兜牢民生底线..........3',
        '（二）完善救助..........3',
        '一、坚持党建引领，推动全面从严治党向纵深发展，全面提升机关党建质量',
        '（一）加强政治建设。内容。',
        '二、兜牢民生底线',
        '（二）完善救助。内容。',
      ),
    );
    expect(doc.toc![0]).toEqual({
      level: 1,
      number: '一',
      heading: '坚持党建引领，推动全面从严治党向纵深发展，全面提升机关党建质量',
    });
    expect(doc.toc).toHaveLength(4);
    expect(doc.preamble).toEqual([]);
    expect(codes(doc)).toEqual(['toc-found']);
  });

  it("a web copy keeps the author's spaces around digits; only a PDF copy loses them", () => {
    const web = importText(lines('2024年工作要点', '一、甲', '（一）子。培训 2000 人次。'));
    expect(web.sections[0].children[0].paragraphs).toEqual(['培训 2000 人次。']);
    const pdf = importText(lines('2024 年工作要点', '一、甲', '\f（一）子。培训 2000 人次。'));
    expect(pdf.meta.title).toBe('2024年工作要点');
    expect(pdf.sections[0].children[0].paragraphs).toEqual(['培训2000人次。']);
  });

  it('a joint header without 文件 before the 文号; identical lines are not a joint header', () => {
    const doc = importLines([
      { text: '某市民政局' },
      { text: '某市财政局' },
      { text: '某民联〔2024〕1号' },
      { text: '关于印发2024年工作要点的通知' },
      { text: '各县民政局、财政局：' },
      { text: '现印发给你们。' },
      { text: '某市民政局　　某市财政局' },
      { text: '2024年1月2日' },
      { text: '2024年工作要点' },
      { text: '一、甲' },
    ]);
    expect(doc.meta).toMatchObject({
      issuerMark: '某市民政局 某市财政局',
      docNumber: '某民联〔2024〕1号',
      signature: '某市民政局 某市财政局',
    });
    const same = importText(
      lines(
        '某市民政局',
        '某市民政局',
        '关于印发2024年工作要点的通知',
        '各县民政局：',
        '现印发给你们。',
        '某市民政局',
        '2024年1月2日',
        '2024年工作要点',
        '一、甲',
      ),
    );
    expect(same.meta).toMatchObject({
      issuerMark: '某市民政局',
      noticeTitle: '某市民政局关于印发2024年工作要点的通知',
    });
  });
});

describe('UTF-16 without a BOM', () => {
  const iconv = (text: string, to: string) =>
    new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: Buffer.from(text, 'utf8') }));
  const sample = '2024年全省民政工作要点\r\n一、兜牢民生底线\r\n（一）完善社会救助。加强低保管理，确保应保尽保。\r\n';

  it.each(['UTF-16LE', 'UTF-16BE'])('%s', (encoding) => {
    expect(decodeText(iconv(sample, encoding))).toBe(sample);
  });

  it('binary data with zero bytes is still refused', () => {
    let seed = 7;
    const noise = new Uint8Array(4096).map((_, i) =>
      i % 3 === 0 ? 0 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
    );
    expect(() => decodeText(noise)).toThrow(ImportError);
    expect(() => decodeText(noise)).toThrow(/不是文本文件/);
  });
});
