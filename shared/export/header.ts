// 版头 (GB/T 9704 7.2): 份号, 密级, 紧急程度 on the first grid lines; the red 发文机关标志 with its
// upper edge 35 mm below the 版心 top; 发文字号 two lines below it (with 签发人 for upward documents);
// the red separator 4 mm below the 发文字号. All of it sits off the grid on exact line heights and
// ends on a grid line, so Word and LibreOffice place it alike and the body below stays on the grid.
import type { NoticeMeta } from '../model/types';
import { exactBlock, gridBlock, type Block } from './blocks';
import type { Context } from './context';
import { mmToTwips, ptToTwips } from './geometry';
import { drawLine } from './draw';
import { glyphsOf, widthOf } from './measure';
import { TAB, para, textRuns } from './xml';

/** Where an exact line's em box sits: LibreOffice and Word put the baseline at 80 % of an exact line. */
const BASELINE = 0.8;
/** CJK fonts draw the ideographic em box from 0.88 em above the baseline to 0.12 em below. */
const EM_ASCENT = 0.88;
/** The smallest exact line that never clips a CJK font (Noto CJK's ascent+descent is 1.448 em). */
const MIN_LINE_EM = 1.45;

export interface HeaderResult {
  blocks: Block[];
  /** twips from the 版心 top taken by the header blocks */
  height: number;
  /** the grid line (twips from the 版心 top) where the title starts: two blank lines below the red line */
  end: number;
  /** the red separator's position (twips from the 版心 top), for the report */
  separatorY: number | null;
  /** the mark's upper edge (twips from the 版心 top) */
  markTop: number | null;
  warnings: string[];
}

/** The 发文机关标志 text: the mark as given, or the issuer + 文件. Several issuers: one per line. */
function issuerMarkText(meta: NoticeMeta): string | null {
  const mark = meta.issuerMark?.trim() || (meta.issuer?.trim() ? `${meta.issuer.trim()}文件` : '');
  return mark || null;
}

export function buildHeader(meta: NoticeMeta, ctx: Context): HeaderResult {
  const { g, profile, body } = ctx;
  const p = g.linePitch;
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let y = 0;
  const full = { width: g.textWidth, left: 0, right: 0, first: 0 };
  const flushLine = (role: string, text: string, font: string | undefined) => {
    const f = font ?? profile.fonts.body;
    const runs = textRuns(text, { eastAsia: font }, f, body);
    const block = gridBlock(role, para({ style: 'GwFlush' }, runs), 1);
    block.draw = () => ({ lines: [drawLine(text, f, body, { ...full, align: 'left' })] });
    blocks.push(block);
    y += p;
  };
  if (meta.copyNumber?.trim()) flushLine('copyNumber', meta.copyNumber.trim(), undefined);
  if (meta.secrecy?.trim()) flushLine('secrecy', meta.secrecy.trim(), profile.fonts.secrecy);
  if (meta.urgency?.trim()) flushLine('urgency', meta.urgency.trim(), profile.fonts.secrecy);

  const mark = issuerMarkText(meta);
  if (!mark) {
    // no issuer: no red header; the 文号 (if any) on its own line, then a blank line
    if (meta.docNumber?.trim()) {
      const text = meta.docNumber.trim();
      const runs = textRuns(text, {}, profile.fonts.body, body);
      const block = gridBlock('docNumber', para({ style: 'GwCenter' }, runs), 1);
      block.draw = () => ({ lines: [drawLine(text, profile.fonts.body, body, { ...full, align: 'center' })] });
      const blank = gridBlock('blank', para({ style: 'GwFlush' }, ''), 1);
      blank.draw = () => ({ lines: [{ spans: [] }] });
      blocks.push(block, blank);
      y += 2 * p;
    }
    return { blocks, height: y, end: y, separatorY: null, markTop: null, warnings };
  }

  // 发文机关标志
  const S = ptToTwips(profile.sizes.issuerMark);
  const markLines = mark
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const markMetrics = { size: S, spacing: 0, cell: S };
  const maxCharWidth = mmToTwips(profile.issuerMark.maxCharWidthMm);
  const widest = Math.max(...markLines.map((l) => widthOf(glyphsOf(l, markMetrics))));
  // condense horizontally when the name is wider than the 版心, or its characters wider than allowed
  let scale = Math.min(100, Math.floor((100 * g.textWidth) / widest), Math.floor((100 * maxCharWidth) / S));
  if (scale < 33) {
    warnings.push('发文机关标志过长，已压缩到最窄仍超出版心宽度');
    scale = 33;
  }
  const top = mmToTwips(profile.issuerMark.topMm);
  let L = Math.ceil(S * MIN_LINE_EM);
  const emOffset = (lh: number) => Math.round(BASELINE * lh - EM_ASCENT * S);
  let before = top - emOffset(L) - y;
  if (before < 0) {
    // many lines above it: a taller line instead of negative spacing (never shorter than the glyph)
    L = Math.max(Math.ceil((top - y + EM_ASCENT * S) / BASELINE), Math.ceil(S * 1.2));
    before = Math.max(0, top - emOffset(L) - y);
    if (y + before + emOffset(L) > top + 20) warnings.push('版头要素较多，发文机关标志已下移');
  }
  const markTop = y + before + emOffset(L);
  const markRuns = markLines
    .map(
      (line, i) =>
        (i > 0 ? '<w:r><w:br/></w:r>' : '') +
        textRuns(
          line,
          { sz: S / 10, color: profile.issuerMark.color, w: scale, spacing: 0 },
          profile.fonts.issuerMark,
          markMetrics,
        ),
    )
    .join('');
  const markBlock = exactBlock(
    'issuerMark',
    para({ style: 'GwMark', before, exactLine: L }, markRuns),
    markLines.length,
    L,
    before,
  );
  markBlock.draw = () => ({
    lines: markLines.map((l) =>
      drawLine(l, profile.fonts.issuerMark, markMetrics, {
        ...full,
        align: 'center',
        color: profile.issuerMark.color,
        scale,
      }),
    ),
  });
  blocks.push(markBlock);
  y += before + L * markLines.length;
  const markBottom = markTop + (markLines.length - 1) * L + S;

  // 发文字号 (and 签发人): 空二行 below the mark (§3.2: a 行 is a pitch of which p − 16 pt is leading, so its
  // character top lies two pitches and one leading below the mark's character bottom)
  const B = g.bodySize;
  const docEm = Math.round(BASELINE * p - EM_ASCENT * B);
  const docTop = markBottom + 2 * p + (p - B) - docEm;
  const docBefore = Math.max(0, docTop - y);
  const sepTarget = docTop + docEm + B + mmToTwips(profile.separator.belowDocNumberMm);
  const lineBottom = y + docBefore + p;
  const space = Math.max(0, Math.min(31, Math.round((sepTarget - lineBottom) / 20)));
  const sepSize = Math.round(profile.separator.widthPt * 8);
  const border: [number, number, string] = [sepSize, space, profile.separator.color];
  const docNumber = meta.docNumber?.trim() ?? '';
  let runs: string;
  let paraProps;
  if (meta.signer?.trim()) {
    // upward document: 发文字号 left with one character's space, 签发人 right with one character's space
    const names = meta.signer
      .trim()
      .split(/[\s、，,]+/)
      .filter(Boolean)
      .join('　');
    runs =
      textRuns(docNumber, {}, profile.fonts.body, body) +
      TAB +
      textRuns('签发人：', {}, profile.fonts.body, body) +
      textRuns(names, { eastAsia: profile.fonts.signer }, profile.fonts.signer, body);
    // a first-line indent and a right tab, not side indents: the separator below spans the whole 版心
    paraProps = {
      style: 'GwDocNumber',
      ind: { firstLine: g.cell },
      jc: 'left' as const,
      tabs: [['right', g.textWidth - g.cell] as [string, number]],
    };
  } else {
    runs = textRuns(docNumber, {}, profile.fonts.body, body);
    paraProps = { style: 'GwDocNumber' };
  }
  const docBlock = exactBlock(
    'docNumber',
    para({ ...paraProps, before: docBefore, exactLine: p, borderBottom: border }, runs),
    1,
    p,
    docBefore,
    space * 20 + sepSize * 2.5,
  );
  const signerNames = meta.signer?.trim()
    ? meta.signer
        .trim()
        .split(/[\s、，,]+/)
        .filter(Boolean)
        .join('　')
    : '';
  docBlock.draw = () => {
    const f = profile.fonts.body;
    let line;
    if (signerNames) {
      // 文号 one character in from the left; 签发人 and the names one character in from the right
      line = drawLine(docNumber, f, body, { ...full, left: g.cell, align: 'left' });
      const label = drawLine('签发人：', f, body, {
        ...full,
        right: g.cell + widthOf(glyphsOf(signerNames, body)),
        align: 'right',
      });
      const names = drawLine(signerNames, profile.fonts.signer, body, { ...full, right: g.cell, align: 'right' });
      line = { spans: [...line.spans, ...label.spans, ...names.spans] };
    } else line = drawLine(docNumber, f, body, { ...full, align: 'center' });
    // the red line: the paragraph's bottom border, space points below the line
    const weight = profile.separator.widthPt * 20;
    return {
      lines: [line],
      rules: [{ y: p + space * 20 + weight / 2, x: 0, width: g.textWidth, weight, color: profile.separator.color }],
    };
  };
  blocks.push(docBlock);
  y += docBefore + p + space * 20 + sepSize * 2.5;
  const separatorY = lineBottom + space * 20;
  // the header ends on the grid line from which two blank lines separate the title from the red line
  const end = separatorY + 2 * p - titleEmOffset(ctx);
  return {
    blocks,
    height: y,
    end,
    separatorY,
    markTop,
    warnings: [...warnings, ...(docNumber ? [] : ['未填写发文字号'])],
  };
}

/** The title's em-box top within its exact grid-high line. */
function titleEmOffset(ctx: Context): number {
  return Math.round(BASELINE * ctx.g.linePitch - EM_ASCENT * ptToTwips(ctx.profile.sizes.title));
}
