// Walks word/document.xml in reading order and turns each paragraph into source lines: the text as Word shows
// it with all revisions accepted, Word's list label, and what the formatting says (centred, bold, size, colour,
// font, page breaks). Tables give their cells' paragraphs; text boxes give theirs before their anchor paragraph.
import type { SourceLine } from '../source-line';
import type { ListNumbering } from './numbering';
import { mergeRun, readParaProps, readRunProps, type NumRef, type RunProps, type StyleSheet } from './styles';
import { alternative, cellsOf, normalizeVmlColor, rowsOf } from './containers';
import { buildLine, EDGE_BLANKS, isReddish } from './line';
import { child, findAll, textOf, val, type XElement, type XNode } from './xml';

export interface DocxLine extends SourceLine {
  /**
   * Length of a leading span of the text set apart by font or weight from the rest of the paragraph (a run-in
   * heading typed in 楷体 or bold before body text in 仿宋); absent when the paragraph is uniform.
   */
  leadLength?: number;
  /** where the paragraph sits in the file */
  origin?: 'body' | 'table' | 'textbox' | 'header';
}

export interface ReadStats {
  /** tracked insertions/deletions met (the text is read with all of them accepted) */
  revisions: number;
  /** runs of hidden text left out */
  hiddenRuns: number;
  /** pictures and embedded objects without text, left out */
  pictures: number;
  /** symbols whose code is not a character (past U+10FFFF, a lone surrogate), skipped */
  invalidChars: number;
}

type Piece = { kind: 'text'; text: string; props: RunProps } | { kind: 'break' } | { kind: 'page' };

interface Field {
  instr: string;
  inResult: boolean;
}

/** Field results that are page numbers, not content (TOC page numbers, "第 N 页"). */
const PAGE_FIELD = /^\s*(PAGE|PAGEREF|NUMPAGES|SECTIONPAGES|SECTION)\b/i;

export class BodyReader {
  readonly stats: ReadStats = { revisions: 0, hiddenRuns: 0, pictures: 0, invalidChars: 0 };
  /** red lines from text boxes (the 发文机关标志 is often one): they go to the top of the document */
  readonly hoisted: DocxLine[] = [];
  /** the body's section properties in order, as far as read (the last one is the body's own) */
  readonly sections: XElement[] = [];
  private fields: Field[] = [];
  private pendingPageBreak = false;
  /** pieces of a paragraph whose mark was deleted: they join the next paragraph */
  private carry: Piece[] = [];
  private readonly sectionTypes: string[] = [];
  private sectionsEnded = 0;
  /** a page break has been met in the body */
  private pastFirstPage = false;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: ListNumbering,
  ) {}

  /** Section properties of the body found ahead of the reading (in a child of w:body not yet read). */
  addSections(found: readonly XElement[]): void {
    for (const s of found) {
      this.sections.push(s);
      this.sectionTypes.push(val(s, 'w:type') ?? 'nextPage');
    }
  }

  /**
   * Whether the types of the sections that `pending` section ends start are known: the type of section n+1
   * decides whether section n's end starts a new page, and that section's properties come after its text.
   */
  knowsSectionsAfter(pendingEnds: number): boolean {
    return pendingEnds === 0 || this.sectionTypes.length > this.sectionsEnded + pendingEnds;
  }

  /** Reads one child of w:body (a paragraph, a table…), in document order, after addSections has seen it. */
  readBodyChild(el: XElement, out: DocxLine[]): void {
    this.block([el], out, 'body');
  }

  /** After the last child of w:body: the text of a paragraph whose mark was deleted at the very end. */
  endBody(out: DocxLine[]): void {
    this.flushCarry(out, 'body');
  }

  /** Lines of a header part, e.g. a first-page header that carries the 发文机关标志. */
  readPart(root: XElement): DocxLine[] {
    const out: DocxLine[] = [];
    this.block(root.children, out, 'header');
    this.flushCarry(out, 'header');
    return out;
  }

  private block(nodes: readonly XNode[], out: DocxLine[], origin: DocxLine['origin']): void {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      switch (n.name) {
        case 'w:p':
          this.paragraph(n, out, origin);
          break;
        case 'w:tbl':
          this.table(n, out);
          break;
        case 'w:sdt':
          this.block(child(n, 'w:sdtContent')?.children ?? [], out, origin);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.stats.revisions++;
          this.block(n.children, out, origin);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.stats.revisions++;
          break;
        case 'w:customXml':
        case 'w:smartTag':
          this.block(n.children, out, origin);
          break;
        case 'mc:AlternateContent':
          this.block(alternative(n), out, origin);
          break;
      }
    }
  }

  private table(tbl: XElement, out: DocxLine[]): void {
    for (const tr of rowsOf(tbl)) {
      if (child(child(tr, 'w:trPr'), 'w:del')) {
        this.stats.revisions++;
        continue;
      }
      const cells = cellsOf(tr).map((tc) => {
        const lines: DocxLine[] = [];
        this.block(tc.children, lines, 'table');
        return lines;
      });
      // a row of one-paragraph cells reads as one line, as a table pasted into a text file does
      // (the 版记's "江苏省民政厅办公室 | 2014年1月6日印发")
      if (cells.every((c) => c.length <= 1)) {
        const filled = cells.filter((c) => c.length === 1).map((c) => c[0]);
        if (filled.length === 0) continue;
        const [first, ...rest] = filled;
        const text = [first.text, ...rest.map((l) => (l.listLabel ?? '') + l.text)].join('  ');
        out.push({ ...first, text, origin: 'table' });
        if (filled.length > 1) delete out[out.length - 1].leadLength;
      } else {
        for (const c of cells) out.push(...c);
      }
    }
  }

  private paragraph(p: XElement, out: DocxLine[], origin: DocxLine['origin']): void {
    const pPr = child(p, 'w:pPr');
    const styleId = val(pPr, 'w:pStyle');
    const style = this.styles.paragraph(styleId);
    const own = readParaProps(pPr);
    const jc = own.jc ?? style.jc;

    const boxes: DocxLine[] = [];
    const pieces: Piece[] = this.carry;
    this.carry = [];
    this.inline(p.children, style.run, pieces, boxes);
    // a field whose instruction never reached its result would hide everything after it: close it here
    while (this.fields.length && !this.fields[this.fields.length - 1].inResult) this.fields.pop();
    // a red text box on the first page is the 发文机关标志; elsewhere a text box stays where it is anchored
    for (const b of boxes) (isReddish(b.color) && !this.pastFirstPage ? this.hoisted : out).push(b);

    const rPr = child(pPr, 'w:rPr');
    if (child(rPr, 'w:del')) {
      // the paragraph mark is a tracked deletion: with it accepted, this text runs into the next paragraph
      this.stats.revisions++;
      this.carry = pieces;
      return;
    }

    let num: NumRef | undefined;
    let numStyleId: string | undefined;
    if (own.num) {
      // direct numPr: numId and ilvl each fall back to the style's
      const numId = own.num.numId || style.num?.numId || '';
      const ilvl = own.num.ilvl ?? (own.num.numId ? undefined : style.num?.ilvl);
      num = { numId, ...(ilvl !== undefined ? { ilvl } : {}) };
      if (!own.num.numId) numStyleId = style.id;
    } else if (style.num) {
      num = style.num;
      numStyleId = style.id;
    }
    const label = num ? this.numbering.next(num, numStyleId) : null;

    if (own.pageBreakBefore ?? style.pageBreakBefore) this.pendingPageBreak = true;
    this.emit(pieces, label, jc === 'center' || jc === 'distribute', out, origin);

    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr && origin === 'body') {
      this.sectionsEnded++;
      const nextType = this.sectionTypes[this.sectionsEnded] ?? 'nextPage';
      if (nextType !== 'continuous') this.pendingPageBreak = true;
    }
  }

  private flushCarry(out: DocxLine[], origin: DocxLine['origin']): void {
    if (this.carry.length) this.emit(this.carry, null, false, out, origin);
    this.carry = [];
  }

  /** Collects the pieces of a paragraph's content: runs, hyperlinks, fields, revisions, text boxes. */
  private inline(nodes: readonly XNode[], paraRun: RunProps, pieces: Piece[], boxes: DocxLine[]): void {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      switch (n.name) {
        case 'w:r':
          this.run(n, paraRun, pieces, boxes);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.stats.revisions++;
          this.inline(n.children, paraRun, pieces, boxes);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.stats.revisions++;
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(n.children, paraRun, pieces, boxes);
          break;
        case 'w:sdt':
          this.inline(child(n, 'w:sdtContent')?.children ?? [], paraRun, pieces, boxes);
          break;
        case 'w:fldSimple':
          if (!PAGE_FIELD.test(n.attrs['w:instr'] ?? '')) this.inline(n.children, paraRun, pieces, boxes);
          break;
        case 'mc:AlternateContent':
          this.inline(alternative(n), paraRun, pieces, boxes);
          break;
        case 'm:oMathPara':
        case 'm:oMath':
          for (const t of findAll(n, 'm:t')) pieces.push({ kind: 'text', text: textOf(t), props: paraRun });
          break;
      }
    }
  }

  private suppressed(): boolean {
    for (const f of this.fields) if (!f.inResult || PAGE_FIELD.test(f.instr)) return true;
    return false;
  }

  private run(r: XElement, paraRun: RunProps, pieces: Piece[], boxes: DocxLine[]): void {
    const rPr = child(r, 'w:rPr');
    const rStyle = val(rPr, 'w:rStyle');
    let props = rStyle ? mergeRun(paraRun, this.styles.character(rStyle)) : paraRun;
    if (rPr) props = mergeRun(props, readRunProps(rPr));
    if (props.hidden) {
      this.stats.hiddenRuns++;
      return;
    }
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          if (!this.suppressed()) pieces.push({ kind: 'text', text: textOf(c), props });
          break;
        case 'w:tab':
        case 'w:ptab':
          if (!this.suppressed()) pieces.push({ kind: 'text', text: '\t', props });
          break;
        case 'w:br':
        case 'w:cr': {
          const type = c.attrs['w:type'];
          if (type === 'page') pieces.push({ kind: 'page' });
          else if (type !== 'column') pieces.push({ kind: 'break' });
          break;
        }
        case 'w:noBreakHyphen':
          pieces.push({ kind: 'text', text: '-', props });
          break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          // symbol-font glyphs live in the private use area and mean nothing as text
          if (!Number.isFinite(code) || (code >= 0xe000 && code <= 0xf8ff)) break;
          // an invalid code point (past U+10FFFF, a lone surrogate) is skipped with a warning, never fatal
          if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0) this.stats.invalidChars++;
          else pieces.push({ kind: 'text', text: String.fromCodePoint(code), props });
          break;
        }
        case 'w:fldChar': {
          const t = c.attrs['w:fldCharType'];
          if (t === 'begin') this.fields.push({ instr: '', inResult: false });
          else if (t === 'separate' && this.fields.length) this.fields[this.fields.length - 1].inResult = true;
          else if (t === 'end') this.fields.pop();
          break;
        }
        case 'w:instrText':
          if (this.fields.length) this.fields[this.fields.length - 1].instr += textOf(c);
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.drawing(c, boxes);
          break;
        case 'mc:AlternateContent':
          for (const a of alternative(c)) if (typeof a !== 'string') this.drawing(a, boxes);
          break;
        case 'w:ruby': {
          const base = child(c, 'w:rubyBase');
          if (base) this.inline(base.children, props, pieces, boxes);
          break;
        }
      }
    }
  }

  /** Text boxes and WordArt inside a drawing; a picture without text is only counted. */
  private drawing(el: XElement, boxes: DocxLine[]): void {
    const contents = findAll(el, 'w:txbxContent');
    const paths = findAll(el, 'v:textpath');
    if (contents.length === 0 && paths.length === 0) {
      // shapes such as the red separator line are layout; pictures and embedded objects are content we skip
      if (el.name === 'w:object' || findAll(el, 'a:blip').length || findAll(el, 'v:imagedata').length)
        this.stats.pictures++;
      return;
    }
    for (const txbx of contents) this.block(txbx.children, boxes, 'textbox');
    for (const path of paths) {
      const text = (path.attrs.string ?? '').replace(EDGE_BLANKS, '');
      if (!text) continue;
      const shape = findAll(el, 'v:shape')[0];
      const fill = shape?.attrs.fillcolor ?? null;
      boxes.push({ text, centered: true, color: fill ? normalizeVmlColor(fill) : null, origin: 'textbox' });
    }
  }

  /** Turns a paragraph's pieces into lines: a page break always splits; a line break splits unless centred. */
  private emit(
    pieces: Piece[],
    label: string | null,
    centered: boolean,
    out: DocxLine[],
    origin: DocxLine['origin'],
  ): void {
    let group: Array<{ text: string; props: RunProps }> = [];
    let labelLeft = label;
    const flush = () => {
      const line = buildLine(group, labelLeft, centered, origin);
      group = [];
      if (!line) return;
      labelLeft = null;
      if (this.pendingPageBreak) {
        line.pageBreakBefore = true;
        this.pendingPageBreak = false;
        if (origin === 'body') this.pastFirstPage = true;
      }
      out.push(line);
    };
    for (const piece of pieces) {
      if (piece.kind === 'text') group.push(piece);
      else if (piece.kind === 'page') {
        flush();
        this.pendingPageBreak = true;
      } else if (centered) group.push({ text: '\n', props: {} });
      else flush();
    }
    flush();
  }
}
