// Documents written for the variants the fixtures do not show: full-width punctuation, continuous vs
// restart, a skipped level, level 4, a TOC with page numbers, web residue, number problems, Word hints.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/import/errors';
import { importLines, importText } from '../../shared/import/text';
import { allTexts, codes, countLevel, outline } from './helpers';

const lines = (...l: string[]) => l.join('\n');

describe('a city notice in full-width punctuation', () => {
  const doc = importText(
    lines(
      '某某市民政局文件',
      '某民发［2024］7号',
      '某某市民政局关于印发',
      '2024年全市民政工作要点的通知',
      '各县（市、区）民政局，局机关各科室、各直属单位：',
      '　　现将《2024年全市民政工作要点》印发给你们，请认真贯彻落实。',
      '附件：1.2024年重点任务分工表',
      '2.2024年民生实事清单',
      '某某市民政局',
      '二〇二四年三月五日',
      '（此件公开发布）',
      '2024年全市民政工作要点',
      '　　2024年，全市民政工作要坚持以人民为中心。',
      '一．兜牢民生底线',
      '（一）、完善社会救助。加强低保管理，确保应保尽保。',
      '1、 提高低保标准',
      '按照省定标准，提高城乡低保标准。',
      '⑴提标工作。年内完成。',
      '⑵资金保障。足额安排资金。',
      '２．加强临时救助。落实临时救助制度。',
      '（二）健全养老服务',
      '１．发展居家养老。推进社区养老服务中心建设。',
      '二、推进社会治理',
      '（一）加强社区建设。推进社区减负增能。',
      '（二）规范社会组织。开展年检。',
      '抄送：市委办公室，市政府办公室。',
      '某某市民政局办公室　　2024年3月6日印发',
    ),
  );

  it('reads the red header, a sloppy 文号, a two-line title, attachments, 署名, a Chinese-numeral date and the 版记', () => {
    expect(doc.meta).toMatchObject({
      issuerMark: '某某市民政局文件',
      issuer: '某某市民政局',
      docNumber: '某民发〔2024〕7号',
      noticeTitle: '某某市民政局关于印发2024年全市民政工作要点的通知',
      recipients: '各县（市、区）民政局，局机关各科室、各直属单位',
      attachments: ['2024年重点任务分工表', '2024年民生实事清单'],
      signature: '某某市民政局',
      date: '2024-03-05',
      note: '（此件公开发布）',
      cc: '市委办公室，市政府办公室',
      printedBy: '某某市民政局办公室',
      printedDate: '2024-03-06',
      title: '2024年全市民政工作要点',
    });
    expect(doc.meta.coverParagraphs).toEqual(['现将《2024年全市民政工作要点》印发给你们，请认真贯彻落实。']);
    expect(doc.preamble).toEqual(['2024年，全市民政工作要坚持以人民为中心。']);
  });

  it('builds four levels, keeps source labels and detects restart numbering', () => {
    expect(outline(doc)).toEqual([
      '1:一、兜牢民生底线 0p',
      '  2:（一）完善社会救助 [R] 1p',
      '    3:1.提高低保标准 1p',
      '      4:（1）提标工作 [R] 1p',
      '      4:（2）资金保障 [R] 1p',
      '    3:2.加强临时救助 [R] 1p',
      '  2:（二）健全养老服务 0p',
      '    3:1.发展居家养老 [R] 1p',
      '1:二、推进社会治理 0p',
      '  2:（一）加强社区建设 [R] 1p',
      '  2:（二）规范社会组织 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.sections[0].sourceLabel).toBe('一．');
    expect(doc.sections[0].children[0].sourceLabel).toBe('（一）、');
    expect(doc.sections[0].children[0].children[1].sourceLabel).toBe('２．');
    expect(doc.warnings).toEqual([]);
  });
});

describe('numbering modes', () => {
  it('continuous second level across parents, restart third level', () => {
    const doc = importText(
      lines(
        '2025年工作要点',
        '一、甲',
        '(一)子一。内容。',
        '1.孙一。内容。',
        '2.孙二。内容。',
        '(二)子二。内容。',
        '1.孙三。内容。',
        '二、乙',
        '(三)子三。内容。',
        '1.孙四。内容。',
        '(四)子四。内容。',
      ),
    );
    expect(doc.numbering).toMatchObject({ 2: 'continuous', 3: 'restart' });
    expect(doc.warnings).toEqual([]);
    expect(outline(doc).filter((l) => l.includes('2:'))).toEqual([
      '  2:（一）子一 [R] 1p',
      '  2:（二）子二 [R] 1p',
      '  2:（三）子三 [R] 1p',
      '  2:（四）子四 [R] 1p',
    ]);
  });

  it('continuous third level (1. … 5. across two parents)', () => {
    const doc = importText(
      lines('一、甲', '1.一。内容。', '2.二。内容。', '3.三。内容。', '二、乙', '4.四。内容。', '5.五。内容。'),
    );
    expect(doc.numbering[3]).toBe('continuous');
    expect(outline(doc)[5]).toBe('  3:4.四 [R] 1p');
  });

  it('a skipped level: 1. directly under 一、 is a level-3 child of the level-1 section', () => {
    const doc = importText(
      lines(
        '一、健全救助体系',
        '1.完善低保。内容。',
        '2.加强临时救助。内容。',
        '二、发展养老服务',
        '1.发展居家养老。内容。',
      ),
    );
    expect(outline(doc)).toEqual([
      '1:一、健全救助体系 0p',
      '  3:1.完善低保 [R] 1p',
      '  3:2.加强临时救助 [R] 1p',
      '1:二、发展养老服务 0p',
      '  3:1.发展居家养老 [R] 1p',
    ]);
    expect(countLevel(doc, 2)).toBe(0);
    expect(doc.numbering[3]).toBe('restart');
  });

  it('warns on a gap and a repeat it cannot explain, and renumbers', () => {
    const doc = importText(
      lines('一、甲', '(一)子一。内容。', '(二)子二。内容。', '(二)子三。内容。', '二、乙', '四、丁', '(一)子。内容。'),
    );
    expect(codes(doc)).toEqual(['number-repeat', 'number-gap']);
    expect(doc.warnings[0].message).toContain('（三）');
    expect(doc.warnings[1].message).toMatch(/“二、”之后是“四、”，缺少“三”/);
    expect(outline(doc)[5]).toBe('1:三、丁 0p');
  });

  it('recovers a lost second-level number from a short stand-alone line', () => {
    const doc = importText(lines('一、甲', '(一)子一。内容。', '健全养老服务体系', '第一段内容。', '(三)子三。内容。'));
    expect(outline(doc)).toEqual([
      '1:一、甲 0p',
      '  2:（一）子一 [R] 1p',
      '  2:（二）健全养老服务体系 1p',
      '  2:（三）子三 [R] 1p',
    ]);
    expect(codes(doc)).toEqual(['number-missing']);
  });

  it('does not guess when two candidate lines could fill one gap', () => {
    const doc = importText(lines('一、甲', '内容。', '短行一', '短行二', '三、丙', '内容。'));
    expect(doc.sections).toHaveLength(2);
    expect(codes(doc)).toEqual(['number-gap']);
  });
});

describe('headings', () => {
  it('run-in vs stand-alone, ？ kept, a long first sentence is a numbered paragraph without heading', () => {
    const long =
      '1.按照省委省政府的统一部署和民政部的工作要求，结合本地实际，全面落实各项民生保障政策，切实做到应保尽保、应救尽救、应养尽养，确保困难群众基本生活。其他内容。';
    const doc = importText(
      lines('一、聚焦“为民民政”，夯实四个基础', '(一)为什么要改？因为群众需要。', long, '(二)正确把握悟。深刻领悟。'),
    );
    const [first] = doc.sections;
    expect(first).toMatchObject({ heading: '聚焦“为民民政”，夯实四个基础', runIn: false, paragraphs: [] });
    expect(first.children[0]).toMatchObject({ heading: '为什么要改？', runIn: true, paragraphs: ['因为群众需要。'] });
    expect(first.children[0].children[0]).toMatchObject({ heading: '', runIn: true, paragraphs: [long.slice(2)] });
    expect(first.children[1]).toMatchObject({ heading: '正确把握悟', runIn: true, paragraphs: ['深刻领悟。'] });
  });

  it('un-numbered lines after a heading are body paragraphs of the deepest open section', () => {
    const doc = importText(lines('一、甲', '甲的说明。', '(一)子', '第一段。', '第二段。', '二、乙'));
    expect(doc.sections[0].paragraphs).toEqual(['甲的说明。']);
    expect(doc.sections[0].children[0].paragraphs).toEqual(['第一段。', '第二段。']);
  });

  it('does not make lead-sentence items out of ordinary paragraphs', () => {
    const doc = importText(
      lines(
        '一、甲',
        '今年是全面贯彻落实党的二十大精神的关键之年，各地要切实提高认识。',
        '二、乙',
        '各级民政部门要进一步加强组织领导，明确责任分工，确保各项任务落到实处。',
      ),
    );
    expect(countLevel(doc, 2)).toBe(0);
    expect(doc.numbering[2]).toBe('restart');
  });
});

describe('table of contents', () => {
  it('recognises a 目录 block with dot leaders and page numbers, complete body: no mismatch', () => {
    const doc = importText(
      lines(
        '2024年全县民政工作要点',
        '目  录',
        '一、兜牢民生底线……………………1',
        '（一）完善社会救助………………1',
        '（二）发展养老服务 ............ 2',
        '二、推进社会治理……………………3',
        '（三）加强社区建设………………3',
        '2024年，全县民政工作要坚持稳中求进。',
        '一、兜牢民生底线',
        '（一）完善社会救助。加强低保管理。',
        '（二）发展养老服务。建设养老中心。',
        '二、推进社会治理',
        '（三）加强社区建设。推进减负增能。',
      ),
    );
    expect(doc.toc).toEqual([
      { level: 1, number: '一', heading: '兜牢民生底线' },
      { level: 2, number: '一', heading: '完善社会救助' },
      { level: 2, number: '二', heading: '发展养老服务' },
      { level: 1, number: '二', heading: '推进社会治理' },
      { level: 2, number: '三', heading: '加强社区建设' },
    ]);
    expect(doc.meta.title).toBe('2024年全县民政工作要点');
    expect(doc.preamble).toEqual(['2024年，全县民政工作要坚持稳中求进。']);
    expect(countLevel(doc, 1)).toBe(2);
    expect(countLevel(doc, 2)).toBe(3);
    expect(doc.numbering[2]).toBe('continuous');
    expect(codes(doc)).toEqual(['toc-found']);
  });

  it('a run of stand-alone headings that never comes back is the body, not a TOC', () => {
    const doc = importText(lines('一、甲', '(一)子一', '(二)子二', '二、乙', '(三)子三'));
    expect(doc.toc).toBeNull();
    expect(countLevel(doc, 2)).toBe(3);
  });
});

describe('web residue', () => {
  const doc = importText(
    lines(
      '无障碍 | 长者模式 | 繁体 | English',
      '首页 > 政务公开 > 通知公告',
      '某市民政局关于印发2023年全市民政工作要点的通知',
      '发布时间：2023-02-10 09:30:00  来源：办公室  浏览次数：1234',
      '【字号：大 中 小】 【打印本页】 【关闭窗口】',
      '索引号：11320000/2023-00012',
      '文号：某民发〔2023〕5号',
      '发文日期：2023年02月09日',
      '发布机构：某市民政局',
      '各县（市、区）民政局：',
      '现将要点印发给你们。',
      '2023年全市民政工作要点',
      '一、兜牢民生底线',
      '（一）完善社会救助。加强低保管理。',
      '分享到：',
      '上一篇：关于开展养老机构检查的通知',
      '主办单位：某市民政局  承办单位：某市大数据中心',
      '版权所有：某市民政局  网站标识码：3200000001',
      '苏ICP备12345678号-1  苏公网安备 32010202000123号',
    ),
  );

  it('drops the page chrome and fills metadata from the block', () => {
    expect(doc.meta.docNumber).toBe('某民发〔2023〕5号');
    expect(doc.meta.date).toBe('2023-02-09');
    expect(doc.meta.noticeTitle).toBe('某市民政局关于印发2023年全市民政工作要点的通知');
    expect(doc.meta.issuer).toBe('某市民政局');
    expect(doc.meta.recipients).toBe('各县（市、区）民政局');
    expect(doc.meta.coverParagraphs).toEqual(['现将要点印发给你们。']);
    expect(outline(doc)).toEqual(['1:一、兜牢民生底线 0p', '  2:（一）完善社会救助 [R] 1p']);
    expect(doc.sections[0].children[0].paragraphs).toEqual(['加强低保管理。']);
    for (const t of allTexts(doc))
      expect(t).not.toMatch(/ICP|公网安备|索引号|浏览次数|分享到|版权所有|无障碍|首页|上一篇|\d:\d\d/);
  });
});

describe('other shapes', () => {
  it('a 要点 with its 署名 and date at the end and no cover letter', () => {
    const doc = importText(lines('2025年全区民政工作要点', '一、甲', '(一)子。内容。', '某区民政局', '2025年1月20日'));
    expect(doc.meta).toMatchObject({
      signature: '某区民政局',
      issuer: '某区民政局',
      date: '2025-01-20',
      title: '2025年全区民政工作要点',
    });
    expect(doc.sections[0].children[0].paragraphs).toEqual(['内容。']);
    expect(doc.warnings).toEqual([]);
  });

  it('warns when the last paragraph stops mid-sentence', () => {
    const doc = importText(lines('一、甲', '(一)子。持续推进社会救助，开展'));
    expect(codes(doc)).toEqual(['truncated']);
  });

  it('份号, 密级, 紧急程度, 文号 with 【】 and 签发人 on its line', () => {
    const doc = importText(
      lines(
        '000123',
        '秘密★1年',
        '特急',
        '某省民政厅文件',
        '某民呈【2024】12号　　签发人：张三',
        '关于2024年民政工作要点的报告',
        '民政部：',
        '现将要点报上。',
        '某省民政厅',
        '2024年1月8日',
        '2024年工作要点',
        '一、甲',
      ),
    );
    expect(doc.meta).toMatchObject({
      copyNumber: '000123',
      secrecy: '秘密★1年',
      urgency: '特急',
      issuerMark: '某省民政厅文件',
      docNumber: '某民呈〔2024〕12号',
      signer: '张三',
      noticeTitle: '关于2024年民政工作要点的报告',
      recipients: '民政部',
      signature: '某省民政厅',
      date: '2024-01-08',
      title: '2024年工作要点',
    });
  });

  it('uses Word hints: list labels apart from the text, red header', () => {
    const doc = importLines([
      { text: '某某县民政局', color: 'FF0000', sizeHalfPoints: 72 },
      { text: '2024年工作要点', centered: true },
      { text: '兜牢民生底线', listLabel: '一、' },
      { text: '完善社会救助。加强低保管理。', listLabel: '（一）' },
      { text: '发展养老服务。建设养老中心。', listLabel: '（二）' },
      { text: '推进社会治理', listLabel: '二、' },
      { text: '加强社区建设。推进减负增能。', listLabel: '（一）' },
    ]);
    expect(doc.meta.issuerMark).toBe('某某县民政局');
    expect(doc.meta.title).toBe('2024年工作要点');
    expect(outline(doc)).toEqual([
      '1:一、兜牢民生底线 0p',
      '  2:（一）完善社会救助 [R] 1p',
      '  2:（二）发展养老服务 [R] 1p',
      '1:二、推进社会治理 0p',
      '  2:（一）加强社区建设 [R] 1p',
    ]);
    expect(doc.sections[0].sourceLabel).toBe('一、');
  });

  it('a plain text without numbered headings is all preamble, with a warning', () => {
    const doc = importText('今年的工作思路如下。\n要加强领导。\n');
    expect(doc.sections).toEqual([]);
    expect(doc.preamble).toEqual(['今年的工作思路如下。', '要加强领导。']);
    expect(codes(doc)).toEqual(['no-sections']);
  });

  it('refuses text with nothing to import', () => {
    expect(() => importText('  \n\u3000\n')).toThrow(ImportError);
    expect(() => importText('首页 > 政务公开 > 通知公告\n苏ICP备12345678号')).toThrow(/没有找到可导入的正文/);
  });
});

describe('more shapes seen in real copies', () => {
  it('a district web copy: page title and document title, page numbers, 1. under 一、, footer', () => {
    const doc = importText(
      lines(
        '当前位置：首页 > 信息公开 > 法定主动公开内容 > 计划总结',
        '某区政府网关于印发《2023年全区民政工作要点》的通知',
        '来源：区民政局  发布时间：2023-03-01  【字体：大 中 小】',
        '某区民政局关于印发《2023年全区民政工作要点》的通知',
        '某区民〔2023〕6号',
        '各街道（镇）社会事务办公室，局各科室：',
        '　　现将《2023年全区民政工作要点》印发给你们，请结合实际，认真贯彻执行。',
        '某区民政局',
        '2023年2月28日',
        '- 1 -',
        '2023年全区民政工作要点',
        '　　2023年全区民政工作的总体要求是：扎实推进民政事业高质量发展。',
        '一、强化兜底保障',
        '1.完善救助制度。全面落实低保政策。',
        '2.加强精准救助。开展动态监测。',
        '— 2 —',
        '二、加强自身建设',
        '全面加强党的建设，持续改进作风。',
        '扫一扫在手机打开当前页',
        '【打印】 【关闭】',
        '网站地图 | 联系我们',
        '主办：某区人民政府办公室 承办：某区大数据管理局',
      ),
    );
    expect(doc.meta).toMatchObject({
      noticeTitle: '某区民政局关于印发《2023年全区民政工作要点》的通知',
      docNumber: '某区民〔2023〕6号',
      recipients: '各街道（镇）社会事务办公室，局各科室',
      signature: '某区民政局',
      date: '2023-02-28',
      title: '2023年全区民政工作要点',
    });
    expect(doc.meta.coverParagraphs).toHaveLength(1);
    expect(outline(doc)).toEqual([
      '1:一、强化兜底保障 0p',
      '  3:1.完善救助制度 [R] 1p',
      '  3:2.加强精准救助 [R] 1p',
      '1:二、加强自身建设 1p',
    ]);
    expect(allTexts(doc).join('\n')).not.toMatch(/— 2 —|- 1 -|扫一扫|网站地图|主办/);
  });

  it('a bare 要点 whose title Word broke over two lines, a preamble ending with a colon', () => {
    const doc = importText(
      lines(
        '某某县民政局',
        '2024年工作要点',
        '2024年全县民政工作的总体要求是：',
        '坚持以人民为中心。',
        '一、甲',
        '(一)子。内容。',
      ),
    );
    expect(doc.meta.title).toBe('某某县民政局2024年工作要点');
    expect(doc.meta.recipients).toBeNull();
    expect(doc.preamble).toEqual(['2024年全县民政工作的总体要求是：', '坚持以人民为中心。']);
  });

  it('a heading line ending with 。 stands alone; a long single-sentence item is a numbered paragraph', () => {
    const long =
      '全面落实最低生活保障、特困人员救助供养、临时救助等各项社会救助政策，确保困难群众基本生活得到有效保障，切实做到应保尽保应救尽救。';
    const doc = importText(lines('一、加强党的建设。', '全面加强党的建设。', `1.${long}`));
    expect(doc.sections[0]).toMatchObject({
      heading: '加强党的建设。',
      runIn: false,
      paragraphs: ['全面加强党的建设。'],
    });
    expect(doc.sections[0].children[0]).toMatchObject({ heading: '', runIn: true, paragraphs: [long] });
  });
});

describe('the 要点 as the notice attachment', () => {
  it('附件 line in the cover, the 附件 mark above the title, a centred title without 要点 in it', () => {
    const doc = importLines([
      { text: '某省民政厅文件', color: 'FF0000' },
      { text: '各市民政局：' },
      { text: '现将《2024年民政重点任务》印发给你们。' },
      { text: '附件：2024年民政重点任务' },
      { text: '某省民政厅' },
      { text: '2024年1月8日' },
      { text: '附件' },
      { text: '2024年民政重点任务', centered: true },
      { text: '一、兜牢民生底线' },
      { text: '（一）完善社会救助。加强低保管理。' },
    ]);
    expect(doc.meta).toMatchObject({
      issuerMark: '某省民政厅文件',
      issuer: '某省民政厅',
      recipients: '各市民政局',
      attachments: ['2024年民政重点任务'],
      signature: '某省民政厅',
      date: '2024-01-08',
      title: '2024年民政重点任务',
    });
    expect(doc.meta.coverParagraphs).toEqual(['现将《2024年民政重点任务》印发给你们。']);
    expect(doc.preamble).toEqual([]);
    expect(doc.sections).toHaveLength(1);
  });
});

describe('web metadata blocks', () => {
  it('several keys on one line, with and without spaces; a 标题 field that is the 要点 title', () => {
    const doc = importText(
      lines(
        '索引号：0001/2024-01 主题分类：民政发文机关：某市民政局成文日期：2024年02月19日',
        '标题：2024年全市民政工作要点 发文字号：某民〔2024〕3号',
        '2024年全市民政工作要点',
        '一、甲',
        '（一）子。内容。',
      ),
    );
    expect(doc.meta).toMatchObject({
      issuer: '某市民政局',
      date: '2024-02-19',
      docNumber: '某民〔2024〕3号',
      noticeTitle: null,
      title: '2024年全市民政工作要点',
    });
  });
});

describe('a 主送 wrapped over two lines', () => {
  it('joins the parts', () => {
    const doc = importText(
      lines(
        '关于印发2024年全省民政工作要点的通知',
        '各市（州）民政局，长白山管委会民政局，',
        '各县（市、区）民政局：',
        '现印发给你们。',
        '某省民政厅',
        '2024年2月19日',
        '2024年全省民政工作要点',
        '一、甲',
      ),
    );
    expect(doc.meta.recipients).toBe('各市（州）民政局，长白山管委会民政局，各县（市、区）民政局');
    expect(doc.meta.coverParagraphs).toEqual(['现印发给你们。']);
  });
});
