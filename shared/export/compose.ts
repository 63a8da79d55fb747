// The notice and its 要点 as blocks: 版头, 主体 (title, 主送, body, 附件说明, 署名/日期, 附注), then the
// 要点 on a new page with its own title, preamble and numbered sections.
import { formatChineseDate } from '../model/dates';
import { computeNumbers } from '../model/numbering';
import { runInHeadingText } from '../model/render-text';
import type { Level, Section, YaodianDocument } from '../model/types';
import { exactBlock, gridBlock, type Block } from './blocks';
import type { Context } from './context';
import { buildHeader } from './header';
import { breakLines, glyphsOf, lineTexts, widthOf, type Engine, type Glyph, type RunMetrics } from './measure';
import { breakTitle } from './title-lines';
import { LINE_BREAK, para, textRuns, xmlSafe, type ParaProps, type RunStyle } from './xml';

export interface ComposeOptions {
  withSeal: boolean;
  /** keep each paragraph's line texts (tests compare them with a rendering) */
  lineTexts?: boolean;
}

export interface Composed {
  blocks: Block[];
  warnings: string[];
  /** positions measured on page 1 (twips from the 版心 top), for the layout report */
  markTop: number | null;
  separatorY: number | null;
}

interface Part {
  text: string;
  style: RunStyle;
  font: string;
}

/** A paragraph on the grid: its runs and its line count in Word and in LibreOffice. */
let keepLineTexts = false;

function gridPara(ctx: Context, role: string, parts: Part[], props: ParaProps, indent: { left: number; right: number; first: number }, metrics: RunMetrics = ctx.body): Block {
  let runs = '';
  const glyphs: Glyph[] = [];
  for (const part of parts) {
    const gs = glyphsOf(xmlSafe(part.text), metrics);
    glyphs.push(...gs);
    runs += textRuns(part.text, part.style, part.font, metrics, gs);
  }
  const width = ctx.g.textWidth - indent.left - indent.right;
  const count = (gs: Glyph[], engine: Engine) =>
    gs.length === 0 ? [0] : breakLines(gs, { firstWidth: width - indent.first, width, engine, size: metrics.size });
  // LibreOffice's count is needed only to confirm a shared 版记 page: worked out when first asked for, from
  // the text again — keeping every paragraph's glyphs for it held ~350 MB at 20,000 sections
  const again = () => parts.flatMap((part) => glyphsOf(xmlSafe(part.text), metrics));
  let lo: number | undefined;
  const lines = {
    word: count(glyphs, 'word').length,
    get libreoffice() {
      return (lo ??= count(again(), 'libreoffice').length);
    },
  };
  const texts = keepLineTexts ? lineTexts(glyphs, count(glyphs, 'libreoffice')) : undefined;
  const block = gridBlock(role, para(props, runs), lines, props.pageBreakBefore);
  if (texts) block.lineTexts = texts;
  return block;
}

const NONE = { left: 0, right: 0, first: 0 };

/** A centred 2号 title broken into balanced lines, each one grid line high (exact, off the grid). */
function titleBlock(ctx: Context, role: string, text: string, before: number, pageBreakBefore: boolean): Block {
  const glyphs = glyphsOf(xmlSafe(text.trim()), ctx.title);
  const lines = breakTitle(glyphs, { maxWidth: ctx.g.textWidth, cell: ctx.title.cell });
  const runs = lines.map((l) => textRuns(l, {}, ctx.profile.fonts.title, ctx.title)).join(LINE_BREAK);
  const xml = para({ style: 'GwTitle', pageBreakBefore, before: before || undefined }, runs);
  return exactBlock(role, xml, lines.length, ctx.g.linePitch, before, 0, pageBreakBefore);
}

function blankLine(): Block {
  return gridBlock('blank', para({ style: 'GwFlush' }, ''), 1);
}

const HEADING_STYLE: Record<Level, string> = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' };
const HEADING_CHAR: Record<Level, string> = { 1: 'GwH1Char', 2: 'GwH2Char', 3: 'GwH3Char', 4: 'GwH4Char' };

function headingFont(ctx: Context, level: Level): string {
  const f = ctx.profile.fonts;
  return level === 1 ? f.heading1 : level === 2 ? f.heading2 : level === 3 ? f.heading3 : f.heading4;
}

export function compose(doc: YaodianDocument, ctx: Context, opts: ComposeOptions): Composed {
  keepLineTexts = !!opts.lineTexts;
  try {
    return composeBlocks(doc, ctx, opts);
  } finally {
    keepLineTexts = false;
  }
}

function composeBlocks(doc: YaodianDocument, ctx: Context, opts: ComposeOptions): Composed {
  const { g, profile } = ctx;
  const meta = doc.meta;
  const bodyFont = profile.fonts.body;
  const twoChars = 2 * g.cell;
  const first = { left: 0, right: 0, first: twoChars };
  const plain = (text: string): Part => ({ text, style: {}, font: bodyFont });
  const blocks: Block[] = [];
  const warnings: string[] = [];

  const hasNotice = !!(meta.issuer || meta.issuerMark || meta.docNumber || meta.noticeTitle || meta.recipients ||
    meta.coverParagraphs.length || meta.signature || meta.date);

  let markTop: number | null = null;
  let separatorY: number | null = null;
  if (hasNotice) {
    const header = buildHeader(meta, ctx);
    blocks.push(...header.blocks);
    warnings.push(...header.warnings);
    markTop = header.markTop;
    separatorY = header.separatorY;
    let y = header.height;
    if (meta.noticeTitle?.trim()) {
      blocks.push(titleBlock(ctx, 'noticeTitle', meta.noticeTitle, Math.max(0, header.end - y), false));
      y = header.end;
      blocks.push(blankLine()); // 主送 one line below the title
    } else if (header.end > y) {
      // no title: the body still starts two blank lines below the red line
      const next = Math.ceil(y / ctx.g.linePitch) * ctx.g.linePitch;
      for (let i = Math.round((header.end - next) / ctx.g.linePitch); i > 0; i--) blocks.push(blankLine());
    }
    if (meta.recipients?.trim()) {
      const r = meta.recipients.trim().replace(/[:：]+$/, '');
      blocks.push(gridPara(ctx, 'recipients', [plain(`${r}：`)], { style: 'GwFlush' }, NONE));
    }
    for (const text of meta.coverParagraphs) blocks.push(gridPara(ctx, 'cover', [plain(text)], {}, first));
    if (meta.attachments.length) {
      blocks.push(blankLine());
      blocks.push(...attachmentNote(ctx, meta.attachments));
    }
    blocks.push(...signatureBlock(ctx, meta.signature?.trim() ?? '', formatChineseDate(meta.date), opts.withSeal));
    if (meta.note?.trim()) {
      const n = meta.note.trim();
      const text = /^[（(].*[）)]$/.test(n) ? n : `（${n}）`;
      blocks.push(gridPara(ctx, 'note', [plain(text)], {}, first));
    }
  }

  // the 要点: on a new page, its own centred title, then preamble and sections
  const hasPoints = !!(meta.title?.trim() || doc.preamble.length || doc.sections.length);
  if (hasPoints) {
    const newPage = blocks.length > 0;
    if (meta.title?.trim()) {
      blocks.push(titleBlock(ctx, 'title', meta.title, 0, newPage));
      blocks.push(blankLine());
    } else if (newPage) {
      blocks.push(gridBlock('pageBreak', para({ style: 'GwFlush', pageBreakBefore: true }, ''), 1, true));
    }
    for (const text of doc.preamble) blocks.push(gridPara(ctx, 'preamble', [plain(text)], {}, first));
    const numbers = computeNumbers(doc.sections, doc.numbering);
    const walk = (list: readonly Section[]) => {
      for (const s of list) {
        const label = numbers.get(s.id)?.label ?? '';
        const hFont = headingFont(ctx, s.level);
        if (s.runIn) {
          const [lead = '', ...rest] = s.paragraphs;
          const heading = runInHeadingText(s.heading);
          blocks.push(gridPara(ctx, `h${s.level}`, [
            { text: label + heading, style: { rStyle: HEADING_CHAR[s.level] }, font: hFont },
            plain(lead),
          ], {}, first));
          for (const t of rest) blocks.push(gridPara(ctx, 'body', [plain(t)], {}, first));
        } else {
          blocks.push(gridPara(ctx, `h${s.level}`, [{ text: label + s.heading, style: {}, font: hFont }], { style: HEADING_STYLE[s.level] }, first));
          for (const t of s.paragraphs) blocks.push(gridPara(ctx, 'body', [plain(t)], {}, first));
        }
        walk(s.children);
      }
    };
    walk(doc.sections);
  }
  if (!hasNotice && !hasPoints) warnings.push('文档没有内容');
  if (hasNotice && !meta.noticeTitle?.trim()) warnings.push('未填写公文标题');
  return { blocks, warnings, markTop, separatorY };
}

/** 附件说明: one blank line below the body, indented two characters; several: numbered, names aligned. */
function attachmentNote(ctx: Context, attachments: string[]): Block[] {
  const { g, profile } = ctx;
  const font = profile.fonts.body;
  const names = attachments.map((a) => a.trim().replace(/[。.，,；;：:]+$/, '')).filter(Boolean);
  const w = (s: string) => widthOf(glyphsOf(s, ctx.body));
  const lead = 2 * g.cell;
  const labelW = w('附件：');
  if (names.length === 1) {
    const left = lead + labelW;
    return [gridPara(ctx, 'attachments', [{ text: `附件：${names[0]}`, style: {}, font }],
      { style: 'GwFlush', ind: { left, hanging: labelW } }, { left, right: 0, first: -labelW })];
  }
  return names.map((name, i) => {
    const num = `${i + 1}.`;
    const numW = w(num);
    const left = lead + labelW + numW;
    const hanging = i === 0 ? labelW + numW : numW;
    return gridPara(ctx, 'attachments', [{ text: `${i === 0 ? '附件：' : ''}${num}${name}`, style: {}, font }],
      { style: 'GwFlush', ind: { left, hanging } }, { left, right: 0, first: -hanging });
  });
}

/**
 * 署名 and 成文日期 (GB/T 9704 7.3.5). Without a seal: one blank line below the body, the 署名 right
 * with two characters' space, the date below it starting two characters further right (or, when
 * the date is longer, the date right with two characters' space and the 署名 moved left to match).
 * With a seal: the date right with four characters' space, the 署名 centred over it.
 */
function signatureBlock(ctx: Context, signature: string, date: string, withSeal: boolean): Block[] {
  const { g, profile } = ctx;
  if (!signature && !date) return [];
  const font = profile.fonts.body;
  const w = (s: string) => (s ? widthOf(glyphsOf(s, ctx.body)) : 0);
  const wS = w(signature);
  const wD = w(date);
  const R = g.textWidth;
  const two = 2 * g.cell;
  let xS: number;
  let xD: number;
  if (withSeal) {
    xD = R - profile.signature.sealDateRightChars * g.cell - wD;
    xS = xD + Math.round((wD - wS) / 2);
  } else {
    const right = profile.signature.rightChars * g.cell;
    if (signature && wD > wS) {
      xD = R - right - wD;
      xS = xD - two;
    } else {
      xS = R - right - wS;
      xD = signature ? xS + two : R - right - wD;
    }
  }
  const blocks: Block[] = [];
  const blanks = withSeal ? profile.signature.sealBlankLines : 1;
  for (let i = 0; i < blanks; i++) blocks.push(blankLine());
  // a negative right indent: a line that comes out a little wider than measured (LibreOffice's gaps
  // around digits) runs into the margin instead of wrapping its last character
  const line = (role: string, text: string, x: number) =>
    gridPara(ctx, role, [{ text, style: {}, font }], { style: 'GwFlush', ind: { left: Math.max(0, Math.round(x)), right: -two } }, { left: Math.max(0, Math.round(x)), right: -two, first: 0 });
  if (signature) blocks.push(line('signature', signature, xS));
  if (date) blocks.push(line('date', date, xD));
  return blocks;
}
