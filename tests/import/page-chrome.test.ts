// Classes of page chrome and notice forms seen around real documents (issue 10): each case is the class in a
// small text, checked fact by fact; the real documents of tests/corpus/real cover the same classes at length.
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { allTexts } from './helpers';

const lines = (...l: string[]) => l.join('\n');

describe('page chrome before and after the document', () => {
  it('a city 民政局 page: date widget, breadcrumbs, font/print bar, bulleted metadata, link lists, icon glyphs', () => {
    const doc = importText(
      lines(
        '今天是：',
        '2024年3月5日 星期二',
        '首页 > 正文',
        '首页\u00a0»\u00a0政务公开\u00a0»\u00a0计划总结',
        '\ue6a5 打印本页  \ue60c 分享到：',
        '字号：大 中 小 | 打印 | 分享',
        '• 文号',
        '某民发〔2024〕3号',
        '• 发布日期',
        '2024-03-01',
        '索引号：001/2024-00012 | 发布机构：某市民政局 | 成文日期：2024-02-28',
        '【一图读懂】《2024年全市民政工作要点》 2024-03-02',
        '某市民政局关于印发《2024年全市民政工作要点》的通知',
        '各县（市、区）民政局，局机关各科室、直属各单位：',
        '　　现将《2024年全市民政工作要点》印发给你们，请结合实际认真抓好贯彻落实。',
        '某市民政局',
        '2024年2月28日',
        '（联系人：张三，电话：0000-1234567）',
        '2024年全市民政工作要点',
        '　　2024年全市民政工作的总体要求是：坚持稳中求进。',
        '一、兜牢民生底线',
        '（一）完善社会救助。落实低保政策。',
        '（二）加强养老服务。发展助餐服务。',
        '二、加强基层治理',
        '（一）推进社区建设。完善服务设施。',
        '相关链接',
        '政策解读：《2024年全市民政工作要点》解读',
        '【一图读懂】2024年全市民政工作要点 2024-03-05',
      ),
    );
    expect(doc.meta).toMatchObject({
      noticeTitle: '某市民政局关于印发《2024年全市民政工作要点》的通知',
      title: '2024年全市民政工作要点',
      docNumber: '某民发〔2024〕3号',
      signature: '某市民政局',
      date: '2024-02-28',
      note: '（联系人：张三，电话：0000-1234567）',
      recipients: '各县（市、区）民政局，局机关各科室、直属各单位',
    });
    expect(doc.preamble).toEqual(['2024年全市民政工作的总体要求是：坚持稳中求进。']);
    expect(doc.sections.map((s) => [s.heading, s.children.length])).toEqual([
      ['兜牢民生底线', 2],
      ['加强基层治理', 1],
    ]);
    expect(allTexts(doc).join('\n')).not.toMatch(/今天是|星期二|首页|打印|分享|一图读懂|政策解读|[\ue000-\uf8ff]/);
  });

  it('a page date never overrides the 成文日期 the document prints', () => {
    const doc = importText(
      lines(
        '发布时间：2024-03-09 10:20',
        '2024年全县民政工作要点',
        '某某县民政局',
        '2024年2月19日',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(doc.meta.date).toBe('2024-02-19');
  });

  it('empty metadata values and several fields on one line fill what they can, lose no document line', () => {
    const doc = importText(
      lines(
        '文号：',
        '主 题 词：',
        '某某县民政局关于印发',
        '2024年工作要点的通知',
        '某民〔2024〕2号',
        '各乡镇人民政府：',
        '现将要点印发给你们。',
        '某某县民政局',
        '2024年1月8日',
        '2024年工作要点',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(doc.meta.noticeTitle).toBe('某某县民政局关于印发2024年工作要点的通知');
    expect(doc.meta.docNumber).toBe('某民〔2024〕2号');
    expect(doc.meta.title).toBe('2024年工作要点');
  });
});

describe('the notice around the 要点', () => {
  it('an editorial remark is not the 附注; 公开方式 under the date is', () => {
    const doc = importText(
      lines(
        '2024年工作要点',
        '一、甲',
        '（一）乙。内容。',
        '某某县民政局',
        '2024年1月8日',
        '公开方式：主动公开',
        '（本文有删减）',
      ),
    );
    expect(doc.meta.note).toBe('公开方式：主动公开');
    expect(allTexts(doc).join('\n')).not.toMatch(/删减/);
  });

  it('a 要点 without its own title takes the one in its notice title; a title glued to its 文号 either way round', () => {
    const body = [
      '各县（市、区）民政局：',
      '现将要点印发给你们，请认真贯彻落实。',
      '某市民政局',
      '2024年2月28日',
      '一、兜牢民生底线',
      '（一）完善社会救助。落实低保政策。',
    ];
    const untitled = importText(lines('某市民政局关于印发《2024年全市民政工作要点》的通知', ...body));
    expect(untitled.meta.title).toBe('2024年全市民政工作要点');
    for (const head of [
      '某市民政局关于印发2024年全市民政工作要点的通知某民发〔2024〕3号',
      '某民发〔2024〕3号　　　　某市民政局关于印发2024年全市民政工作要点的通知',
    ]) {
      const doc = importText(lines(head, ...body));
      expect(doc.meta).toMatchObject({
        noticeTitle: '某市民政局关于印发2024年全市民政工作要点的通知',
        docNumber: '某民发〔2024〕3号',
        title: '2024年全市民政工作要点',
      });
      expect(doc.meta.coverParagraphs).toEqual(['现将要点印发给你们，请认真贯彻落实。']);
    }
  });

  it('a title broken inside its 《》 is one title', () => {
    const doc = importText(
      lines(
        '某市民政局关于印发《2024年全市',
        '民政工作要点》的通知',
        '某民发〔2024〕3号',
        '各县（市、区）民政局：',
        '现将要点印发给你们。',
        '某市民政局',
        '2024年2月28日',
        '2024年全市民政工作要点',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(doc.meta).toMatchObject({
      noticeTitle: '某市民政局关于印发《2024年全市民政工作要点》的通知',
      title: '2024年全市民政工作要点',
    });
  });

  it('a contact line closing the cover letter is the 附注', () => {
    const doc = importText(
      lines(
        '关于印发2024年工作要点的通知',
        '各乡镇：',
        '现将要点印发给你们。',
        '联系人：张三，联系电话：0571-12345678。',
        '某县民政局',
        '2024年1月5日',
        '2024年工作要点',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(doc.meta.note).toBe('联系人：张三，联系电话：0571-12345678。');
    expect(doc.meta.coverParagraphs).toEqual(['现将要点印发给你们。']);
  });

  it('credit lines under a title: drafting units, a meeting that adopted it; a bare date fills the 成文日期', () => {
    const units = importText(
      lines(
        '某市老旧小区改造实施方案',
        '市发展改革委、市住房城乡建设局',
        '为推进改造工作，制定本方案。',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(units.meta).toMatchObject({ title: '某市老旧小区改造实施方案', byline: '市发展改革委、市住房城乡建设局' });
    expect(units.preamble).toEqual(['为推进改造工作，制定本方案。']);
    const adopted = importText(
      lines(
        '某县民政局工作规则',
        '（2024年6月16日局党组会议审议通过）',
        '为规范工作，制定本规则。',
        '一、甲',
        '内容。',
      ),
    );
    expect(adopted.meta.byline).toBe('（2024年6月16日局党组会议审议通过）');
    const dated = importText(
      lines('2024年全县民政工作要点', '（2024年2月19日）', '2024年，全县民政工作要稳中求进。', '一、甲', '内容。'),
    );
    expect(dated.meta).toMatchObject({ date: '2024-02-19' });
    expect(dated.preamble).toEqual(['2024年，全县民政工作要稳中求进。']);
  });

  it('joint issuers one per line above the date at the end of a 要点 are one 署名', () => {
    const doc = importText(
      lines('2024年工作要点', '一、甲', '（一）乙。内容。', '某市民政局', '某市财政局', '2024年3月1日'),
    );
    expect(doc.meta).toMatchObject({ signature: '某市民政局 某市财政局', date: '2024-03-01' });
    expect(doc.sections[0].children[0].paragraphs).toEqual(['内容。']);
  });

  it('a forwarded report keeps its own 署名 out of its last section', () => {
    const doc = importText(
      lines(
        '某市政府办公室转发市民政局关于某项工作意见的通知',
        '各区人民政府：',
        '市民政局《关于某项工作的意见》已经市政府同意，现转发给你们。',
        '某市政府办公室',
        '2024年3月1日',
        '关于某项工作的意见',
        '一、甲',
        '内容。',
        '某市民政局',
        '2024年2月1日',
      ),
    );
    expect(doc.meta).toMatchObject({ signature: '某市政府办公室', date: '2024-03-01', title: '关于某项工作的意见' });
    expect(doc.sections[0].paragraphs).toEqual(['内容。']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('truncated');
  });

  it('attachments after the 署名 become appendices; the 附件说明 names stay attachments', () => {
    const doc = importText(
      lines(
        '某市民政局关于做好2024年社会救助工作的通知',
        '各县（市、区）民政局：',
        '为做好今年工作，通知如下：',
        '一、提高认识',
        '各地要高度重视。',
        '二、强化落实',
        '各地要抓好落实。',
        '附件：1.2024年社会救助工作任务分工表',
        '2.联络员名单',
        '某市民政局',
        '2024年3月1日',
        '（此件主动公开）',
        '附件1',
        '2024年社会救助工作任务分工表',
        '序号\t工作任务\t责任单位',
        '1\t提高低保标准\t社会救助科',
        '2\t开展排查\t各县（市、区）民政局',
        '注：1.各单位每季度报送进展。',
        '附件2',
        '联络员名单',
        '张三　社会救助科　12345678',
      ),
    );
    expect(doc.meta).toMatchObject({
      signature: '某市民政局',
      date: '2024-03-01',
      note: '（此件主动公开）',
      attachments: ['2024年社会救助工作任务分工表', '联络员名单'],
    });
    expect(doc.sections.map((s) => s.heading)).toEqual(['提高认识', '强化落实']);
    expect(doc.sections[1].paragraphs).toEqual(['各地要抓好落实。']);
    expect(doc.appendices).toEqual([
      {
        label: '附件1',
        title: '2024年社会救助工作任务分工表',
        blocks: [
          {
            kind: 'table',
            headerRows: 1,
            rows: [
              ['序号', '工作任务', '责任单位'],
              ['1', '提高低保标准', '社会救助科'],
              ['2', '开展排查', '各县（市、区）民政局'],
            ],
          },
          { kind: 'paragraph', text: '注：1.各单位每季度报送进展。' },
        ],
      },
      { label: '附件2', title: '联络员名单', blocks: [{ kind: 'paragraph', text: '张三　社会救助科　12345678' }] },
    ]);
  });

  it('the 要点 printed as the attachment of its 印发 notice stays the body', () => {
    const doc = importText(
      lines(
        '某县民政局关于印发《2024年民政工作要点》的通知',
        '各乡镇：',
        '现将《2024年民政工作要点》印发给你们。',
        '附件：2024年民政工作要点',
        '某县民政局',
        '2024年1月5日',
        '附件',
        '2024年民政工作要点',
        '一、甲',
        '（一）乙。内容。',
      ),
    );
    expect(doc.appendices).toBeUndefined();
    expect(doc.meta.title).toBe('2024年民政工作要点');
    expect(doc.sections).toHaveLength(1);
  });

  it('a title broken over three lines with the issuers first, and a credit line under the 要点 title', () => {
    const doc = importText(
      lines(
        '国务院办公厅、中央军委办公厅',
        '关于加强某项',
        '工作的通知',
        '国办发〔1996〕25号',
        '各省、自治区、直辖市人民政府：',
        '现将有关意见转发给你们。',
        '国务院办公厅　中央军委办公厅',
        '一九九六年六月二十九日',
        '关于加强某项工作的意见',
        '（民政部　一九九七年一月二十八日）',
        '根据有关要求，提出如下意见：',
        '一、甲',
        '内容。',
      ),
    );
    expect(doc.meta).toMatchObject({
      noticeTitle: '国务院办公厅、中央军委办公厅关于加强某项工作的通知',
      signature: '国务院办公厅 中央军委办公厅',
      title: '关于加强某项工作的意见',
      byline: '（民政部　一九九七年一月二十八日）',
      date: '1996-06-29',
    });
    expect(doc.preamble).toEqual(['根据有关要求，提出如下意见：']);
  });
});

describe('copies that lost their layout', () => {
  it('text flattened into one line is split at its labels, 主送, 署名 and date', () => {
    const doc = importText(
      '某县民政局关于印发2024年工作要点的通知 各乡镇人民政府，县直有关单位： 现将《2024年全县民政工作要点》' +
        '印发给你们，请认真贯彻落实。 某县民政局 2024年2月1日 2024年全县民政工作要点 一、兜牢民生底线 （一）完善社会救助。' +
        '落实低保政策，做到应保尽保。 （二）加强养老服务。发展老年助餐服务。 二、加强基层治理 （一）推进社区建设。完善服务设施。',
    );
    expect(doc.meta).toMatchObject({
      noticeTitle: '某县民政局关于印发2024年工作要点的通知',
      recipients: '各乡镇人民政府，县直有关单位',
      signature: '某县民政局',
      date: '2024-02-01',
      title: '2024年全县民政工作要点',
    });
    expect(doc.sections.map((s) => [s.heading, s.children.map((c) => c.heading)])).toEqual([
      ['兜牢民生底线', ['完善社会救助', '加强养老服务']],
      ['加强基层治理', ['推进社区建设']],
    ]);
  });

  it('a paragraph with spaces between words is not split', () => {
    const text =
      '一、总体要求 坚持以人民为中心 推进民政事业高质量发展 扎实做好兜底保障 持续提升服务水平 ' +
      '不断增强群众的获得感幸福感安全感 为全面建设社会主义现代化国家贡献民政力量。';
    const doc = importText(`2024年工作要点\n${text}`);
    expect(doc.sections).toHaveLength(1);
  });

  it('a PDF copy: running header and footer on every page removed, form feeds between pages', () => {
    const page = (n: number, body: string[]) => [
      ...(n > 1 ? ['\f某市民政局文件', '2024年全市民政工作要点'] : []),
      ...body,
      '某市民政局办公室内部资料',
      `- ${n} -`,
    ];
    const doc = importText(
      [
        ...page(1, [
          '某市民政局文件',
          '2024年全市民政工作要点',
          '一、兜牢民生底线',
          '（一）完善社会救助。落实低保政策。',
        ]),
        ...page(2, ['（二）加强养老服务。发展助餐服务。', '二、加强基层治理']),
        ...page(3, ['（一）推进社区建设。完善服务设施。', '（二）发展社会组织。加强登记管理。']),
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('2024年全市民政工作要点');
    expect(doc.sections.map((s) => s.children.length)).toEqual([2, 2]);
    expect(allTexts(doc).join('\n')).not.toMatch(/内部资料/);
    expect(allTexts(doc).filter((t) => t === '2024年全市民政工作要点')).toHaveLength(1);
  });

  it('warns about a file cut inside a heading-like line, not about a skeleton of headings', () => {
    const cut = importText(
      [
        '2024年工作要点',
        '一、甲',
        '（一）乙。内容。',
        '（二）丙。内容。',
        '二、丁',
        '（一）戊。内容。',
        '（二）加强基层',
      ].join('\n'),
    );
    expect(cut.warnings.map((w) => w.code)).toContain('truncated');
    const skeleton = importText(['2024年工作要点', '一、甲', '（一）乙', '（二）丙', '二、丁', '（一）戊'].join('\n'));
    expect(skeleton.warnings.map((w) => w.code)).not.toContain('truncated');
  });
});
