// The layout decisions the Word file, the PDF and the preview share: the blocks of the notice, where its
// pages break (in Word's and LibreOffice's reckoning), the 署名 kept with body text, and the 版记's page.
import type { YaodianDocument } from '../model/types';
import { paginate, type Block, type PlacedBlock, type Position } from './blocks';
import { buildColophon, type Colophon } from './colophon';
import { compose, type ComposeOptions, type Composed } from './compose';
import type { Context } from './context';
import type { Engine } from './measure';

export type ColophonPlace = 'none' | 'shared' | 'next-page' | 'after-blank';

export interface Plan {
  composed: Composed;
  blocks: Block[];
  /** where the body flow ends in each program's reckoning (LibreOffice's worked out when first asked for) */
  ends: Record<Engine, Position>;
  /** grid lines used on the body's last page */
  lines: (e: Engine) => number;
  colophon: Colophon | null;
  place: ColophonPlace;
}

export function planDocument(doc: YaodianDocument, ctx: Context, opts: ComposeOptions): Plan {
  const { g } = ctx;
  const composed = compose(doc, ctx, opts);
  const blocks = composed.blocks;
  keepSignatureWithBody(blocks, ctx);
  let loEnd: Position | undefined;
  const ends = {
    word: paginate(blocks, g.linePitch, g.textHeight, 'word'),
    get libreoffice() {
      return (loEnd ??= paginate(blocks, g.linePitch, g.textHeight, 'libreoffice'));
    },
  } as Record<Engine, Position>;
  const lines = (e: Engine) => Math.ceil(ends[e].y / g.linePitch - 1e-9);
  const colophon = buildColophon(doc.meta, ctx);
  const place = colophon ? decideColophon(ends, lines, colophon.lines, ctx) : 'none';
  return { composed, blocks, ends, lines, colophon, place };
}

/**
 * Which page the 版记 goes on. It ends the document on an even page: on the body's last page when
 * that page is even and has room; on the next page when the body ends on an odd page; otherwise after
 * a blank page (neither numbered). Word's reckoning decides; sharing the page also needs LibreOffice's
 * (which sets a little wider) to agree, with a line of margin.
 */
function decideColophon(
  ends: Record<Engine, Position>,
  lines: (e: Engine) => number,
  rows: number,
  ctx: Context,
): Exclude<ColophonPlace, 'none'> {
  const { g } = ctx;
  const free = Math.floor((g.textHeight - rows * g.linePitch) / g.linePitch); // lines above the 版记
  // the body's lines, the empty anchor paragraph and one line of margin above the 版记
  const fits = (e: Engine) => ends[e].page % 2 === 0 && lines(e) + 2 <= free;
  if (ends.word.page % 2 === 1) return 'next-page';
  return fits('word') && ends.word.page === ends.libreoffice.page && fits('libreoffice') ? 'shared' : 'after-blank';
}

const EMPTY_ROLES = new Set(['blank', 'spacer']);

/**
 * The 署名 never opens a page on its own (§7.3.5.5): when, in either program's reckoning, nothing but blank
 * lines precedes it on its page, the last paragraph of body text moves to that page with it.
 */
function keepSignatureWithBody(blocks: Block[], ctx: Context): void {
  const at = blocks.findIndex((b) => b.role === 'signature' || b.role === 'date');
  if (at <= 0) return;
  for (const engine of ['word', 'libreoffice'] as const) {
    const placed: PlacedBlock[] = [];
    paginate(blocks, ctx.g.linePitch, ctx.g.textHeight, engine, placed);
    const page = placed[at].page;
    let k = at - 1;
    while (k >= 0 && EMPTY_ROLES.has(blocks[k].role)) k--;
    if (k < 0 || placed[k].lastPage === page) continue;
    // the paragraph before must fit on one page to move
    if (placed[k].page !== placed[k].lastPage || blocks[k].kind !== 'grid') return;
    blocks[k] = { ...blocks[k], pageBreakBefore: true, xml: withPageBreakBefore(blocks[k].xml) };
    return;
  }
}

/** Adds pageBreakBefore to a paragraph's properties (after its style, in the schema's order). */
function withPageBreakBefore(xml: string): string {
  if (xml.startsWith('<w:p><w:pPr><w:pStyle')) {
    return xml.replace(/(<w:pStyle [^>]*\/>(?:<w:keepNext\/>)?)/, '$1<w:pageBreakBefore/>');
  }
  if (xml.startsWith('<w:p><w:pPr>')) return xml.replace('<w:p><w:pPr>', '<w:p><w:pPr><w:pageBreakBefore/>');
  return xml.replace(/^<w:p>/, '<w:p><w:pPr><w:pageBreakBefore/></w:pPr>');
}
