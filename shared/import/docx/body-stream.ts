// The children of w:body as the parser closes them: each is read as soon as the section types it needs are
// known, then dropped, so a 20,000-section document is never held whole as an element tree (200 MB of it).
import type { BodyReader, DocxLine } from './body';
import { sectionProperties } from './containers';
import { findAll, type XElement } from './xml';

export class BodyStream {
  readonly lines: DocxLine[] = [];
  /** children not read yet, with how many section ends each may hold (an upper bound: its w:sectPr) */
  private pending: Array<{ el: XElement; ends: number }> = [];
  private head = 0;

  constructor(private readonly reader: BodyReader) {}

  /** One closed child of w:body, in document order. */
  take(el: XElement): void {
    const found = sectionProperties([el]);
    this.reader.addSections(found);
    // a paragraph ending a section needs the next section's type, which comes with that section's end: such a
    // child (and all after it) waits until then; almost every child holds no w:sectPr and is read at once
    const ends = el.name === 'w:p' ? found.length : findAll(el, 'w:sectPr').length;
    this.pending.push({ el, ends });
    this.drain(false);
  }

  /** After w:body closed: reads what waited (the section types are all known now) and returns the lines. */
  finish(): DocxLine[] {
    this.drain(true);
    this.reader.endBody(this.lines);
    return this.lines;
  }

  private drain(all: boolean): void {
    while (this.head < this.pending.length) {
      const next = this.pending[this.head];
      if (!all && !this.reader.knowsSectionsAfter(next.ends)) return;
      this.pending[this.head++] = undefined as never; // released once read
      this.reader.readBodyChild(next.el, this.lines);
    }
    this.pending = [];
    this.head = 0;
  }
}
