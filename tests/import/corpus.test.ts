// Realistic notices the fixtures do not show (tests/import/corpus/*.txt, written in the styles real offices
// use and saved the ways staff save them: GBK/GB18030, UTF-8 with BOM, UTF-16 without BOM, CRLF, tabs,
// full-width and no-break spaces, a real PDF copy made by LibreOffice + pdftotext). Each is imported from
// its bytes, checked against the tree, numbering and metadata a user expects, and round-tripped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../shared/import';
import { importText } from '../../shared/import/text';
import { emptyMeta } from '../../shared/model/factory';
import { renderText } from '../../shared/model/render-text';
import type { NoticeMeta, YaodianDocument } from '../../shared/model/types';
import { repoRoot } from '../helpers/paths';
import { allTexts, codes, outline, shape } from './helpers';

const corpus = join(repoRoot, 'tests', 'import', 'corpus');
const load = (name: string): Promise<YaodianDocument> =>
  importBytes(new Uint8Array(readFileSync(join(corpus, name))), name);

/** The fixture imported once for its describe block (a failure fails each test, not the file). */
function imported(name: string): { doc: YaodianDocument } {
  const holder = {} as { doc: YaodianDocument };
  beforeAll(async () => {
    holder.doc = await load(name);
  });
  return holder;
}
const meta = (fields: Partial<NoticeMeta>): NoticeMeta => ({ ...emptyMeta(), ...fields });

function expectRoundTrip(doc: YaodianDocument): void {
  const again = importText(renderText(doc));
  expect(shape(again.sections)).toEqual(shape(doc.sections));
  expect(again.numbering).toEqual(doc.numbering);
  expect(again.meta).toEqual(doc.meta);
  expect(again.preamble).toEqual(doc.preamble);
}

describe('a city notice saved from Word as GBK with CRLF: 1. items directly under 一、, (1) items, two-line 抄送', () => {
  const f = imported('qinghe-city-2024-gbk-crlf.txt');

  it('reads the whole notice, a title Word broke over two lines, a Chinese-numeral date and the 版记', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '清河市民政局',
        issuerMark: '清河市民政局文件',
        docNumber: '清民发〔2024〕6号',
        noticeTitle: '清河市民政局关于印发《2024年全市民政工作要点》的通知',
        recipients: '各县（市、区）民政局，市局机关各科室、各直属单位',
        coverParagraphs: ['现将《2024年全市民政工作要点》印发给你们，请结合实际，认真抓好贯彻落实。'],
        attachments: ['2024年全市民政重点工作任务分解表', '2024年全市民政为民办实事项目清单'],
        signature: '清河市民政局',
        date: '2024-02-19',
        note: '（此件公开发布）',
        cc: '市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，省民政厅',
        printedBy: '清河市民政局办公室',
        printedDate: '2024-02-20',
        title: '2024年全市民政工作要点',
      }),
    );
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0]).toMatch(/^2024年是中华人民共和国成立75周年.*高质量发展。$/);
  });

  it('keeps the skipped level: 1. is level 3 under 一、, (1) level 4, both restarting', () => {
    const { doc } = f;
    expect(outline(doc)).toEqual([
      '1:一、聚焦兜底保障，织密织牢民生安全网 0p',
      '  3:1.健全分层分类社会救助体系 [R] 1p',
      '  3:2.提高困难群众保障水平 [R] 1p',
      '    4:（1）提高低保标准 [R] 1p',
      '    4:（2）提高特困人员供养标准 [R] 1p',
      '    4:（3）落实物价补贴联动机制 [R] 1p',
      '  3:3.加强临时救助 [R] 1p',
      '1:二、聚焦老有所养，推动养老服务提质增效 0p',
      '  3:1.完善基本养老服务体系 [R] 1p',
      '  3:2.发展社区居家养老服务 [R] 1p',
      '  3:3.提升养老机构服务质量 [R] 1p',
      '1:三、聚焦基层治理，提升社会治理效能 0p',
      '  3:1.深化城乡社区治理 [R] 1p',
      '  3:2.规范社会组织管理 [R] 1p',
      '1:四、聚焦自身建设，锻造过硬民政干部队伍 0p',
      '  3:1.加强党的建设 [R] 1p',
      '  3:2.抓好安全生产 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.sections[0].children[1].paragraphs).toEqual([
      '落实社会救助标准动态调整机制，确保城乡低保标准增幅不低于上年度居民人均消费支出增幅。重点做好以下工作：',
    ]);
    expect(doc.sections[0].children[0].sourceLabel).toBe('1．');
    expect(doc.sections[3].children[1].paragraphs).toEqual([
      '落实“三管三必须”要求，开展民政服务机构安全隐患排查整治，坚决守住安全底线。',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a district notice with tabs: （一） stand-alone headings over 1. run-in items, 一是…二是… and 1.…；2.… inside paragraphs', () => {
  const f = imported('nanhu-district-2025-tabs.txt');

  it('reads a 信函-style header, 署名 and date right-aligned on one line', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '南湖区民政局',
        issuerMark: '南湖区民政局',
        docNumber: '南民〔2025〕3号',
        noticeTitle: '关于印发2025年全区民政工作要点的通知',
        recipients: '各街道办事处、镇人民政府，区民政局各科室、局属各单位',
        coverParagraphs: ['现将《2025年全区民政工作要点》印发给你们，请认真抓好落实。'],
        signature: '南湖区民政局',
        date: '2025-01-20',
        title: '2025年全区民政工作要点',
      }),
    );
    expect(doc.preamble).toEqual([]);
  });

  it('一、总体要求 keeps its paragraph; nothing inside paragraphs becomes a section', () => {
    const { doc } = f;
    expect(outline(doc)).toEqual([
      '1:一、总体要求 1p',
      '1:二、重点任务 0p',
      '  2:（一）兜牢基本民生保障底线 0p',
      '    3:1.加强低收入人口动态监测 [R] 1p',
      '    3:2.落实各项救助政策 [R] 2p',
      '    3:3.推进服务类社会救助 [R] 1p',
      '  2:（二）推动养老服务高质量发展 0p',
      '    3:1.完善养老服务设施 [R] 1p',
      '    3:2.扩大老年助餐服务 [R] 1p',
      '  2:（三）提升基层治理水平 0p',
      '    3:1.加强社区工作者队伍建设 [R] 1p',
      '    3:2.深化“五社联动” [R] 1p',
      '    3:3.规范村（居）务公开 [R] 1p',
      '1:三、保障措施 0p',
      '  2:（一）加强组织领导 1p',
      '  2:（二）强化督查考核 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.sections[0].paragraphs[0]).toMatch(/^2025年是“十四五”规划收官之年。.*贡献民政力量。$/);
    const item = doc.sections[1].children[0].children[1];
    expect(item.paragraphs[0]).toBe(
      '主要措施：1.按时足额发放低保金、特困供养金；2.做好春节、中秋等节日期间困难群众走访慰问；3.规范临时救助审批流程，急难型救助实行“先救助后审批”。',
    );
    expect(item.paragraphs[1]).toMatch(/^一是严格执行低保审核确认办法.*；二是全面落实低保渐退期政策/);
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a provincial web copy: page chrome above and below, no-break spaces, （一）…（十一） continuous', () => {
  const f = imported('dongling-province-web-2023-nbsp.txt');

  it('takes the metadata from the page and the notice, and drops every piece of chrome', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '东岭省民政厅',
        docNumber: '东民发〔2023〕4号',
        noticeTitle: '东岭省民政厅关于印发2023年全省民政工作要点的通知',
        recipients: '各市（州）民政局，各县（市、区）民政局，厅机关各处室、直属各单位',
        coverParagraphs: ['现将《2023年全省民政工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。'],
        signature: '东岭省民政厅',
        date: '2023-02-14',
        note: '（此件主动公开）',
        title: '2023年全省民政工作要点',
      }),
    );
    expect(doc.preamble).toHaveLength(1);
    const text = allTexts(doc).join('\n');
    expect(text).not.toMatch(
      /无障碍|首页|字体|打印|关闭|发布时间|浏览次数|索引号|文\s*号：|附件下载|\.docx|\.xls|分享|扫一扫|上一篇|下一篇|相关链接|中国政府网|主办|承办|网站标识码|ICP|公网安备/,
    );
  });

  it('numbers the second level continuously across the first level', () => {
    const { doc } = f;
    expect(outline(doc)).toEqual([
      '1:一、着力保障基本民生 0p',
      '  2:（一）完善社会救助制度 [R] 1p',
      '  2:（二）提升救助服务水平 [R] 1p',
      '  2:（三）做好特殊群体关爱 [R] 1p',
      '1:二、着力推进养老服务发展 0p',
      '  2:（四）完善养老服务政策 [R] 1p',
      '  2:（五）加快发展居家社区养老服务 [R] 1p',
      '1:三、着力提升基层社会治理水平 0p',
      '  2:（六）加强城乡社区建设 [R] 1p',
      '  2:（七）规范社会组织登记管理 [R] 1p',
      '  2:（八）推进慈善事业发展 [R] 1p',
      '1:四、着力加强自身建设 0p',
      '  2:（九）坚持党建引领 [R] 1p',
      '  2:（十）加强法治建设 [R] 1p',
      '  2:（十一）守牢安全底线 [R] 1p',
    ]);
    expect(doc.numbering[2]).toBe('continuous');
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a county 要点 in parts (第一部分…第三部分), UTF-8 with BOM and CRLF', () => {
  const f = imported('dongshan-county-parts-2024-bom-crlf.txt');

  it('makes the parts the first level and moves every level under them down one, with a warning', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(meta({ title: '东山县民政局2024年工作要点' }));
    expect(doc.preamble).toHaveLength(1);
    expect(outline(doc)).toEqual([
      '1:一、总体要求 1p',
      '1:二、重点任务 0p',
      '  2:（一）兜牢民生保障底线 0p',
      '    3:1.健全社会救助体系 [R] 1p',
      '    3:2.做好困难群众帮扶 [R] 1p',
      '  2:（二）推进养老服务发展 0p',
      '    3:1.完善养老服务网络 [R] 1p',
      '    3:2.提升机构服务能力 [R] 1p',
      '  2:（三）加强基层社会治理 0p',
      '    3:1.深化社区治理 [R] 1p',
      '1:三、保障措施 0p',
      '  2:（一）加强组织领导 [R] 1p',
      '  2:（二）强化资金保障 [R] 1p',
      '  2:（三）严格督查考核 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.sections.map((s) => s.sourceLabel)).toEqual(['第一部分', '第二部分', '第三部分']);
    expect(doc.sections[0].paragraphs[0]).toMatch(/^坚持以人民为中心的发展思想.*基层治理能力持续增强。$/);
    expect(codes(doc)).toEqual(['part-headings']);
    expect(doc.warnings[0].message).toMatch(/第一部分/);
    expect(doc.warnings[0].message).toMatch(/“一、”编为“（一）”/);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a bare 要点 in GBK with ASCII punctuation: title on two lines, 署名 and date on one line at the end', () => {
  const f = imported('xilin-county-bare-2024-gbk.txt');

  it('reads the title, the closing line and the tree', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '西林县民政局',
        signature: '西林县民政局',
        date: '2024-03-01',
        title: '西林县民政局2024年民政工作要点',
      }),
    );
    expect(doc.preamble).toEqual([
      '2024年,县民政局将坚持以人民为中心的发展思想,围绕"兜底线、织密网、建机制"工作要求,扎实做好各项民政工作。',
    ]);
    expect(outline(doc)).toEqual([
      '1:一、社会救助工作 0p',
      '  2:（一）规范低保审核审批 [R] 1p',
      '  2:（二）加强特困人员供养 [R] 1p',
      '1:二、养老服务工作 0p',
      '  2:（一）推进农村养老服务 [R] 1p',
      '  2:（二）加强养老机构监管 [R] 1p',
      '1:三、社会事务工作 0p',
      '  2:（一）深化殡葬改革 [R] 1p',
      '  2:（二）规范婚姻登记 [R] 1p',
    ]);
    expect(doc.sections[0].children[0].sourceLabel).toBe('(一)');
    expect(doc.sections[0].children[0].paragraphs).toEqual([
      '严格执行低保审核确认办法,做到应保尽保、应退尽退。全年开展低保专项核查两次。',
    ]);
    expect(doc.numbering[2]).toBe('restart');
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('UTF-16 without BOM, CRLF: the first 一、 lost before the first numbered line, 1. continuous', () => {
  const f = imported('beitang-district-2024-utf16le-nobom-crlf.txt');

  it('recovers 一、 from the short line before 1. and warns', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(meta({ title: '北塘区2024年民政工作要点' }));
    expect(doc.preamble).toHaveLength(1);
    expect(outline(doc)).toEqual([
      '1:一、坚持党建引领 0p',
      '  3:1.加强政治建设 [R] 1p',
      '  3:2.加强作风建设 [R] 1p',
      '1:二、兜牢民生底线 0p',
      '  3:3.完善社会救助 [R] 1p',
      '  3:4.加强儿童福利 [R] 1p',
      '1:三、提升服务水平 0p',
      '  3:5.推进婚姻登记便民 [R] 1p',
      '  3:6.深化殡葬改革 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'continuous', 4: 'restart' });
    expect(codes(doc)).toEqual(['number-missing']);
    expect(doc.warnings[0].message).toMatch(/坚持党建引领.*“一、”/);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a PDF copy (LibreOffice → pdftotext): TOC with dot leaders, a split 目 录 mark, page numbers, hard wraps', () => {
  const f = imported('pdf-copy-city-2024.txt');

  it('keeps the TOC apart, joins the wrapped lines and drops the pdftotext spaces around digits', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(meta({ title: '2024年全市民政工作要点' }));
    expect(doc.toc).toHaveLength(10);
    expect(doc.toc![0]).toEqual({ level: 1, number: '一', heading: '坚持党建引领，推动全面从严治党向纵深发展' });
    expect(doc.toc![9]).toEqual({ level: 2, number: '二', heading: '提升养老机构服务质量' });
    expect(doc.preamble).toEqual([
      '2024年，全市民政工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真落实全国民政工作会议和市委、市政府决策部署，坚持以人民为中心的发展思想，更好履行基本民生保障、基层社会治理、基本社会服务等职责，推动全市民政事业高质量发展。',
    ]);
    expect(outline(doc)).toEqual([
      '1:一、坚持党建引领，推动全面从严治党向纵深发展 0p',
      '  2:（一）加强政治建设 [R] 1p',
      '  2:（二）加强作风建设 [R] 1p',
      '1:二、聚焦民生保障，兜牢兜实兜准基本民生底线 0p',
      '  2:（一）健全社会救助体系 [R] 1p',
      '  2:（二）加强儿童福利保障 [R] 1p',
      '  2:（三）做好残疾人福利工作 [R] 1p',
      '1:三、聚焦养老服务，推动养老服务体系建设提质增效 0p',
      '  2:（一）完善基本养老服务制度 [R] 1p',
      '  2:（二）提升养老机构服务质量 [R] 1p',
    ]);
    expect(doc.numbering[2]).toBe('restart');
    expect(doc.sections[0].children[0].paragraphs).toEqual([
      '坚持把党的政治建设摆在首位，严格落实“第一议题”制度，深入学习贯彻习近平总书记关于民政工作的重要论述，教育引导党员干部深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    ]);
    expect(doc.sections[2].children[1].paragraphs).toEqual([
      '推进公办养老机构改革，深化养老机构等级评定，实施养老服务人才培养工程，年内培训养老护理员2000人次以上，全市养老机构护理型床位占比达到65%。',
    ]);
    expect(codes(doc)).toEqual(['toc-found']);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('the same PDF through pdftotext -layout (centred lines, spaced-out 目 录, indentation)', () => {
  const f = imported('pdf-copy-city-2024-layout.txt');
  const plain = imported('pdf-copy-city-2024.txt');

  it('imports exactly like the plain extraction', () => {
    const { doc } = f;
    expect(shape(doc.sections)).toEqual(shape(plain.doc.sections));
    expect(doc.meta).toEqual(plain.doc.meta);
    expect(doc.preamble).toEqual(plain.doc.preamble);
    expect(doc.toc).toEqual(plain.doc.toc);
    expect(doc.numbering).toEqual(plain.doc.numbering);
    expect(codes(doc)).toEqual(['toc-found']);
  });
});

describe('a whole page copied with "select all" (GBK, CRLF): banner, menu one item per line, related articles', () => {
  const f = imported('xijiang-site-select-all-2022-gbk-crlf.txt');

  it('keeps only the notice: no menu, no banner as 发文机关标志, no related titles', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '西江省民政厅',
        docNumber: '西民字〔2022〕12号',
        noticeTitle: '西江省民政厅关于印发《2022年全省民政工作要点》的通知',
        recipients: '各设区市民政局，西江新区社会发展局，厅机关各处室、直属各单位',
        coverParagraphs: ['经厅党组研究同意，现将《2022年全省民政工作要点》印发给你们，请结合实际抓好贯彻落实。'],
        signature: '西江省民政厅',
        date: '2022-03-01',
        note: '（此件主动公开）',
        title: '2022年全省民政工作要点',
      }),
    );
    expect(doc.preamble).toHaveLength(1);
    expect(outline(doc)).toEqual([
      '1:一、加强党的全面领导 0p',
      '  2:（一）强化政治建设 [R] 1p',
      '  2:（二）抓好党风廉政建设 [R] 1p',
      '1:二、兜牢基本民生底线 0p',
      '  2:（一）健全社会救助体系 [R] 1p',
      '    3:1.提高保障标准 [R] 1p',
      '    3:2.加强动态管理 [R] 1p',
      '  2:（二）做好儿童福利工作 [R] 1p',
      '1:三、提升养老服务水平 0p',
      '  2:（一）完善养老服务体系 [R] 1p',
      '  2:（二）加强养老服务监管 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(allTexts(doc).join('\n')).not.toMatch(
      /机构概况|政务公开|专题专栏|登录|相关文章|春节期间|养老服务体系建设实施方案|网站|地址|ICP/,
    );
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});

describe('a joint notice in GB18030 with CRLF: two-line 发文机关标志, title after the units, 抄送 value on its own line', () => {
  const f = imported('hanjiang-joint-2024-gb18030-crlf.txt');

  it('reads both units, the 附件 mark above the title and the 版记', () => {
    const { doc } = f;
    expect(doc.meta).toEqual(
      meta({
        issuer: '汉江市民政局 汉江市财政局',
        issuerMark: '汉江市民政局 汉江市财政局文件',
        docNumber: '汉民联〔2024〕2号',
        noticeTitle: '汉江市民政局　汉江市财政局关于印发《2024年全市社会救助工作要点》的通知',
        recipients: '各县（市、区）民政局、财政局',
        coverParagraphs: [
          '为进一步做好全市社会救助工作，现将《2024年全市社会救助工作要点》印发给你们，请结合实际认真贯彻落实。',
          '特此通知。',
        ],
        attachments: ['2024年全市社会救助工作要点'],
        signature: '汉江市民政局 汉江市财政局',
        date: '2024-03-08',
        note: '（此件公开发布）',
        cc: '省民政厅，省财政厅，市委办公室，市政府办公室',
        printedBy: '汉江市民政局办公室',
        printedDate: '2024-03-11',
        title: '2024年全市社会救助工作要点',
      }),
    );
    expect(doc.preamble).toHaveLength(1);
  });

  it('reads the tree: （一） restarting, 1. under （一）', () => {
    const { doc } = f;
    expect(outline(doc)).toEqual([
      '1:一、完善制度体系 0p',
      '  2:（一）出台配套政策 [R] 1p',
      '  2:（二）健全标准调整机制 [R] 1p',
      '1:二、提升救助效能 0p',
      '  2:（一）推进数字化救助 [R] 1p',
      '    3:1.完善监测预警 [R] 1p',
      '    3:2.加强数据共享 [R] 1p',
      '  2:（二）加强基层能力建设 [R] 1p',
      '1:三、强化资金管理 0p',
      '  2:（一）足额安排资金 [R] 1p',
      '  2:（二）加强资金监管 [R] 1p',
    ]);
    expect(doc.numbering).toEqual({ 1: 'restart', 2: 'restart', 3: 'restart', 4: 'restart' });
    expect(doc.warnings).toEqual([]);
  });

  it('round-trips', () => expectRoundTrip(f.doc));
});
