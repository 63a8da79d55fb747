// The notice and its 要点 as blocks: 版头, 主体 (title, 主送, body, 附件说明, 署名/日期, 附注), then the
// 要点 on a new page with its own title, preamble and numbered sections.
import { formatChineseDate } from '../model/dates';
import { computeNumbers } from '../model/numbering';
import { runInHeadingText } from '../model/render-text';
import type { Level, Section, YaodianDocument } from '../model/types';
import { appendixBlocks } from './appendix';
import { exactBlock, gridBlock, type Block, type Drawn } from './blocks';
import type { Context } from './context';
import { drawLine, drawParagraph, type Align } from './draw';
import { buildHeader } from './header';
import {
  breakLines,
  glyphsOf,
  lineTexts,
  lineWidth,
  widthOf,
  type Engine,
  type Glyph,
  type RunMetrics,
} from './measure';
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

export function gridPara(
  ctx: Context,
  role: string,
  parts: Part[],
  props: ParaProps,
  indent: { left: number; right: number; first: number },
  metrics: RunMetrics = ctx.body,
  align: Align = 'left',
): Block {
  let runs = '';
  const glyphs: Glyph[] = []; // for Word's line count only: no closure below holds it
  for (const part of parts) {
    const gs = glyphsOf(xmlSafe(part.text), metrics);
    for (const g of gs) glyphs.push(g);
    runs += textRuns(part.text, part.style, part.font, metrics, gs);
  }
  const width = ctx.g.textWidth - indent.left - indent.right;
  const count = (gs: Glyph[], engine: Engine) =>
    gs.length === 0 ? [0] : breakLines(gs, { firstWidth: width - indent.first, width, engine, size: metrics.size });
  // Nothing below keeps a paragraph's glyphs: LibreOffice's line count (needed only to confirm a shared 版记 page)
  // and the page model's drawing measure the text again when first asked for. Keeping every paragraph's glyphs
  // held ~350 MB at 20,000 sections.
  const measure = () => glyphsWithFonts(parts, metrics);
  let lo: number | undefined;
  const lines = {
    word: count(glyphs, 'word').length,
    get libreoffice() {
      return (lo ??= count(measure().glyphs, 'libreoffice').length);
    },
  };
  const block = gridBlock(role, para(props, runs), lines, props.pageBreakBefore);
  if (keepLineTexts) block.lineTexts = lineTexts(glyphs, count(glyphs, 'libreoffice'));
  if (props.keepNext) block.keepNext = true;
  let drawn: Drawn | undefined;
  block.draw = () => {
    if (drawn) return drawn;
    const { glyphs, fontAt } = measure();
    return (drawn = { lines: drawParagraph(glyphs, fontAt, metrics, { width: ctx.g.textWidth, ...indent, align }) });
  };
  return block;
}

/** A paragraph's glyphs, and the font of each. */
function glyphsWithFonts(parts: Part[], metrics: RunMetrics): { glyphs: Glyph[]; fontAt: string[] } {
  const glyphs: Glyph[] = [];
  const fontAt: string[] = [];
  for (const part of parts) {
    const gs = glyphsOf(xmlSafe(part.text), metrics);
    for (const g of gs) {
      glyphs.push(g);
      fontAt.push(part.font);
    }
  }
  return { glyphs, fontAt };
}

const NONE = { left: 0, right: 0, first: 0 };

/** A centred 2号 title broken into balanced lines, each one grid line high (exact, off the grid). */
export function titleBlock(ctx: Context, role: string, text: string, before: number, pageBreakBefore: boolean): Block {
  const glyphs = glyphsOf(xmlSafe(text.trim()), ctx.title);
  const lines = breakTitle(glyphs, { maxWidth: ctx.g.textWidth, cell: ctx.title.cell });
  const runs = lines.map((l) => textRuns(l, {}, ctx.profile.fonts.title, ctx.title)).join(LINE_BREAK);
  const xml = para({ style: 'GwTitle', pageBreakBefore, before: before || undefined }, runs);
  const block = exactBlock(role, xml, lines.length, ctx.g.linePitch, before, 0, pageBreakBefore);
  const o = { width: ctx.g.textWidth, left: 0, right: 0, first: 0, align: 'center' as const };
  block.draw = () => ({ lines: lines.map((l) => drawLine(l, ctx.profile.fonts.title, ctx.title, o)) });
  return block;
}

export function blankLine(): Block {
  const block = gridBlock('blank', para({ style: 'GwFlush' }, ''), 1);
  block.draw = () => ({ lines: [{ spans: [] }] });
  return block;
}

const HEADING_STYLE: Record<Level, string> = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' };
const HEADING_CHAR: Record<Level, string> = { 1: 'GwH1Char', 2: 'GwH2Char', 3: 'GwH3Char', 4: 'GwH4Char' };

function headingFont(ctx: Context, level: Level): string {
  const f = ctx.profile.fonts;
  return level === 1 ? f.heading1 : level === 2 ? f.heading2 : level === 3 ? f.heading3 : f.heading4;
}

/**
 * One section's own blocks (heading and paragraphs, not its children), kept per section object: sections are
 * immutable and an edit replaces only the ones it touches, so laying out a long 要点 again after a keystroke
 * (the preview and the status bar do, while typing) breaks one paragraph again, not all of them.
 */
const sectionBlocks = new WeakMap<Section, { ctx: Context; label: string; blocks: Block[] }>();

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

  const hasNotice = !!(
    meta.issuer ||
    meta.issuerMark ||
    meta.docNumber ||
    meta.noticeTitle ||
    meta.recipients ||
    meta.coverParagraphs.length ||
    meta.signature ||
    meta.date
  );

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
    } else if (header.separatorY !== null) {
      // no title: the body's character top still two blank lines (two pitches) below the red line
      const top = header.separatorY + 2 * g.linePitch - bodyEmOffset(ctx);
      if (top > y) blocks.push(spacer(top - y));
    }
    if (meta.recipients?.trim()) {
      const r = meta.recipients.trim().replace(/[:：]+$/, '');
      blocks.push(gridPara(ctx, 'recipients', [plain(`${r}：`)], { style: 'GwFlush' }, NONE));
    }
    for (const text of meta.coverParagraphs) blocks.push(gridPara(ctx, 'cover', [plain(text)], {}, first));
  }
  // 附件说明, 署名, 成文日期, 附注: after the cover letter; without one, after the 要点 (公文首页必须显示正文, §7.3.3)
  const closing = (): Block[] => {
    const out: Block[] = [];
    if (meta.attachments.length) {
      out.push(blankLine());
      out.push(...attachmentNote(ctx, meta.attachments));
    }
    out.push(...signatureBlock(ctx, meta.signature?.trim() ?? '', formatChineseDate(meta.date), opts.withSeal));
    if (meta.note?.trim()) out.push(gridPara(ctx, 'note', [plain(noteText(meta.note))], {}, first));
    return out;
  };
  const pointsOnFirstPage = hasNotice && meta.coverParagraphs.length === 0;
  if (hasNotice && !pointsOnFirstPage) blocks.push(...closing());

  // the 要点: on a new page, its own centred title, then preamble and sections
  const hasPoints = !!(meta.title?.trim() || doc.preamble.length || doc.sections.length);
  if (hasPoints) {
    const newPage = blocks.length > 0 && !pointsOnFirstPage;
    if (meta.title?.trim()) {
      if (pointsOnFirstPage) blocks.push(blankLine());
      blocks.push(titleBlock(ctx, 'title', meta.title, 0, newPage));
      blocks.push(blankLine());
    } else if (newPage) {
      blocks.push(gridBlock('pageBreak', para({ style: 'GwFlush', pageBreakBefore: true }, ''), 1, true));
    }
    for (const text of doc.preamble) blocks.push(gridPara(ctx, 'preamble', [plain(text)], {}, first));
    const numbers = computeNumbers(doc.sections, doc.numbering);
    const walk = (list: readonly Section[]) => {
      for (const s of list) {
        const from = blocks.length;
        const label = numbers.get(s.id)?.label ?? '';
        const cached = keepLineTexts ? undefined : sectionBlocks.get(s);
        if (cached && cached.ctx === ctx && cached.label === label) {
          for (const b of cached.blocks) blocks.push(b);
          walk(s.children);
          continue;
        }
        const hFont = headingFont(ctx, s.level);
        if (s.runIn) {
          const [lead = '', ...rest] = s.paragraphs;
          const heading = runInHeadingText(s.heading);
          blocks.push(
            gridPara(
              ctx,
              `h${s.level}`,
              [{ text: label + heading, style: { rStyle: HEADING_CHAR[s.level] }, font: hFont }, plain(lead)],
              {},
              first,
            ),
          );
          for (const t of rest) blocks.push(gridPara(ctx, 'body', [plain(t)], {}, first));
        } else {
          blocks.push(
            gridPara(
              ctx,
              `h${s.level}`,
              [{ text: label + s.heading, style: {}, font: hFont }],
              { style: HEADING_STYLE[s.level] },
              first,
            ),
          );
          for (const t of s.paragraphs) blocks.push(gridPara(ctx, 'body', [plain(t)], {}, first));
        }
        for (let i = from; i < blocks.length; i++) blocks[i].sectionId = s.id;
        if (!keepLineTexts) sectionBlocks.set(s, { ctx, label, blocks: blocks.slice(from) });
        walk(s.children);
      }
    };
    walk(doc.sections);
  }
  if (pointsOnFirstPage) blocks.push(...closing());
  for (const appendix of doc.appendices ?? []) blocks.push(...appendixBlocks(ctx, appendix));
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
    return [
      gridPara(
        ctx,
        'attachments',
        [{ text: `附件：${names[0]}`, style: {}, font }],
        { style: 'GwFlush', ind: { left, hanging: labelW } },
        { left, right: 0, first: -labelW },
      ),
    ];
  }
  return names.map((name, i) => {
    const num = `${i + 1}.`;
    const numW = w(num);
    const left = lead + labelW + numW;
    const hanging = i === 0 ? labelW + numW : numW;
    return gridPara(
      ctx,
      'attachments',
      [{ text: `${i === 0 ? '附件：' : ''}${num}${name}`, style: {}, font }],
      { style: 'GwFlush', ind: { left, hanging } },
      { left, right: 0, first: -hanging },
    );
  });
}

/** 附注 in full-width parentheses, whatever the source typed: （此件公开发布）. */
export function noteText(note: string): string {
  const n = note.trim();
  const inner = /^[（(].*[）)]$/.test(n) ? n.slice(1, -1).trim() : n;
  return `（${inner}）`;
}

/** The 3号 body text's em-box top within its grid line (baseline at 80 % of the line). */
function bodyEmOffset(ctx: Context): number {
  return Math.round(0.8 * ctx.g.linePitch - 0.88 * ctx.g.bodySize);
}

/** An empty paragraph of an exact height: moves what follows down by that much, off the grid. */
function spacer(height: number): Block {
  const block = exactBlock(
    'spacer',
    para({ style: 'GwFlush', exactLine: Math.round(height) }, ''),
    1,
    Math.round(height),
  );
  block.draw = () => ({ lines: [{ spans: [] }] });
  return block;
}

/** How much further left LibreOffice sets a right-aligned line ending in a run of its own spacing, twips. */
const LO_TAIL_RUN_OFFSET = 48;

/**
 * 署名 and 成文日期 (GB/T 9704 7.3.5). Without a seal: one blank line below the body, the 署名 right
 * with two characters' space, the date below it starting two characters further right (or, when
 * the date is longer, the date right with two characters' space and the 署名 moved left to match).
 * With a seal: the date right with four characters' space, the 署名 centred over it.
 * Both are right-aligned with right indents, so the right edges hold in every program. LibreOffice sets
 * the date wider than Word (its 1/5 em between Chinese and digits); the 署名's place, which depends on
 * the date's width, is measured as LibreOffice sets it, and its last character gets the difference as
 * negative character spacing, which Word applies after a line's last character and LibreOffice does not
 * (it spaces only between a run's characters), so in Word the 署名 moves right by the same amount.
 */
function signatureBlock(ctx: Context, signature: string, date: string, withSeal: boolean): Block[] {
  const { g, profile } = ctx;
  if (!signature && !date) return [];
  const font = profile.fonts.body;
  const size = ctx.body.size;
  const widths = (s: string) => {
    const gs = glyphsOf(s, ctx.body);
    return { lo: lineWidth(gs, 'libreoffice', size), word: widthOf(gs) };
  };
  const S = widths(signature);
  const D = widths(date);
  const two = 2 * g.cell;
  let rightS: number;
  let rightD: number;
  // how far the 署名 must sit further right in Word than in LibreOffice
  let wordShift = 0;
  if (withSeal) {
    rightD = profile.signature.sealDateRightChars * g.cell;
    rightS = rightD + (D.lo - S.lo) / 2;
    wordShift = (D.lo - D.word - (S.lo - S.word)) / 2;
  } else {
    const right = profile.signature.rightChars * g.cell;
    if (signature && D.lo > S.lo) {
      rightD = right;
      rightS = right + D.lo + two - S.lo;
      wordShift = D.lo - D.word - (S.lo - S.word);
    } else {
      rightS = right;
      // the date starts two characters right of the 署名's first character
      rightD = signature ? right + S.lo - two - D.lo : right;
    }
  }
  const blocks: Block[] = [];
  const blanks = withSeal ? profile.signature.sealBlankLines : 1;
  for (let i = 0; i < blanks; i++) blocks.push(blankLine());
  const line = (role: string, text: string, right: number, shift: number, keepNext: boolean) => {
    // LibreOffice sets a line whose last run carries its own spacing about 48 twips further left than the
    // indent says (measured on its rendering); half of that is taken back, leaving each program within 0.5 mm
    const r = Math.round(right) - (Math.round(shift) > 0 && text.length > 1 ? LO_TAIL_RUN_OFFSET / 2 : 0);
    const props: ParaProps = { style: 'GwFlush', jc: 'right', ind: { left: 0, right: r }, keepNext };
    const block = gridPara(
      ctx,
      role,
      [{ text, style: {}, font }],
      props,
      { left: 0, right: r, first: 0 },
      ctx.body,
      'right',
    );
    const sp = Math.round(shift);
    if (sp > 0 && text.length > 1) {
      const head = [...text].slice(0, -1).join('');
      const tail = [...text].slice(-1).join('');
      block.xml = para(
        props,
        textRuns(head, {}, font, ctx.body) + textRuns(tail, { spacing: ctx.body.spacing - sp }, font, ctx.body),
      );
      // the page model draws characters where Word puts them: the 署名 that much further right
      block.draw = () => ({
        lines: [
          drawLine(text, font, ctx.body, { width: g.textWidth, left: 0, right: r - sp, first: 0, align: 'right' }),
        ],
      });
    }
    return block;
  };
  // the 署名 stays on the page of its date
  if (signature) blocks.push(line('signature', signature, rightS, wordShift, !!date));
  if (date) blocks.push(line('date', date, rightD, 0, false));
  return blocks;
}
