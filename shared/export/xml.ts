// Small, fast WordprocessingML writers for the document body (the docx library writes the rest of
// the package). Elements are written in the schema's order: Word rejects files that are not.
import { glyphsOf, type Glyph, type RunMetrics } from './measure';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NEEDS_ESC = /[&<>"]/;
export function esc(s: string): string {
  return NEEDS_ESC.test(s) ? s.replace(/[&<>"]/g, (c) => ESC[c]) : s;
}

/** Drops characters XML 1.0 cannot hold (control characters pasted from other programs). */
export function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export interface RunStyle {
  /** character style id (run-in headings) */
  rStyle?: string;
  /** East-Asian font when it differs from the paragraph style's */
  eastAsia?: string;
  /** size in half-points when it differs from the style's */
  sz?: number;
  color?: string;
  /** character spacing when it differs from the style's */
  spacing?: number;
  /** horizontal scale, percent */
  w?: number;
}

function rPr(s: RunStyle, fonts: string | null, spacing: number | undefined): string {
  let x = '';
  if (s.rStyle) x += `<w:rStyle w:val="${s.rStyle}"/>`;
  if (fonts) x += fonts;
  else if (s.eastAsia) x += `<w:rFonts w:eastAsia="${esc(s.eastAsia)}" w:hint="eastAsia"/>`;
  if (s.color) x += `<w:color w:val="${s.color}"/>`;
  const sp = spacing ?? s.spacing;
  if (sp !== undefined) x += `<w:spacing w:val="${sp}"/>`;
  if (s.w !== undefined && s.w !== 100) x += `<w:w w:val="${s.w}"/>`;
  if (s.sz !== undefined) x += `<w:sz w:val="${s.sz}"/><w:szCs w:val="${s.sz}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

function run(text: string, props: string): string {
  const space = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || text.includes('  ');
  return `<w:r>${props}<w:t${space ? ' xml:space="preserve"' : ''}>${esc(text)}</w:t></w:r>`;
}

/**
 * Runs for a piece of text in one font: Chinese and Latin together take the style's fonts (East-Asian
 * slot for Chinese, Times New Roman for digits and letters); quotes, dashes, ellipses and other
 * symbols take the East-Asian font in every slot; ASCII punctuation is widened to half a cell.
 * `cjkFont` is the East-Asian font in effect (for the symbol runs).
 */
export function textRuns(
  text: string,
  style: RunStyle,
  cjkFont: string,
  metrics: RunMetrics,
  glyphs?: Glyph[],
): string {
  const gs = glyphs ?? glyphsOf(xmlSafe(text), metrics);
  const symbolFonts = `<w:rFonts w:ascii="${esc(cjkFont)}" w:hAnsi="${esc(cjkFont)}" w:eastAsia="${esc(cjkFont)}" w:cs="${esc(cjkFont)}" w:hint="eastAsia"/>`;
  const plain = rPr(style, null, undefined);
  const symbol = rPr(style, symbolFonts, undefined);
  let out = '';
  let buf = '';
  // a run lasts while the formatting stays the same: neighbouring marks widened alike share one run
  let props: string | null = null;
  const flush = () => {
    if (buf) out += run(buf, props!);
    buf = '';
  };
  let lastScale: number | undefined;
  let scaled = '';
  for (const g of gs) {
    let p: string;
    if (g.scale !== undefined) {
      if (g.scale !== lastScale) scaled = rPr({ ...style, w: g.scale }, null, undefined);
      lastScale = g.scale;
      p = scaled;
    } else p = g.cls === 'symbol' ? symbol : plain;
    if (p !== props) {
      flush();
      props = p;
    }
    buf += g.ch;
  }
  flush();
  return out;
}

export interface ParaProps {
  style?: string;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
  /** bottom border: [size in eighths of a point, space in points, colour] */
  borderBottom?: [number, number, string];
  tabs?: Array<[string, number]>;
  snapToGrid?: boolean;
  /** spacing before (twips) */
  before?: number;
  /** exact line height (twips) */
  exactLine?: number;
  ind?: { left?: number; right?: number; firstLine?: number; hanging?: number };
  jc?: 'left' | 'center' | 'right' | 'both';
  sectPr?: string;
}

function pPr(p: ParaProps): string {
  let x = '';
  if (p.style) x += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.borderBottom) {
    const [sz, space, color] = p.borderBottom;
    x += `<w:pBdr><w:bottom w:val="single" w:sz="${sz}" w:space="${space}" w:color="${color}"/></w:pBdr>`;
  }
  if (p.tabs?.length)
    x += `<w:tabs>${p.tabs.map(([t, pos]) => `<w:tab w:val="${t}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (p.snapToGrid === false) x += '<w:snapToGrid w:val="0"/>';
  if (p.before !== undefined || p.exactLine !== undefined) {
    x += `<w:spacing${p.before !== undefined ? ` w:before="${p.before}"` : ''}${p.exactLine !== undefined ? ` w:line="${p.exactLine}" w:lineRule="exact"` : ''}/>`;
  }
  if (p.ind) {
    const i = p.ind;
    x += `<w:ind${i.left !== undefined ? ` w:left="${i.left}"` : ''}${i.right !== undefined ? ` w:right="${i.right}"` : ''}${i.firstLine !== undefined ? ` w:firstLine="${i.firstLine}"` : ''}${i.hanging !== undefined ? ` w:hanging="${i.hanging}"` : ''}/>`;
  }
  if (p.jc) x += `<w:jc w:val="${p.jc}"/>`;
  if (p.sectPr) x += p.sectPr;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}

export function para(p: ParaProps, runs: string): string {
  return `<w:p>${pPr(p)}${runs}</w:p>`;
}

export const LINE_BREAK = '<w:r><w:br/></w:r>';
export const TAB = '<w:r><w:tab/></w:r>';
