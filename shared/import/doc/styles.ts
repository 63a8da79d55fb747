// Paragraph styles of a .doc ([MS-DOC] STSH): the paragraph properties each style sets, with what its base
// style sets beneath them. Templates centre titles and number headings through styles rather than
// paragraph by paragraph, as in a .docx.
import type { ParagraphProps } from './papx';
import { readGrpprl } from './papx';

const FIB_STSHF = 0xa2;
const NO_BASE = 0x0fff;
const PARAGRAPH_STYLE = 1;

interface Style {
  base: number;
  props: Partial<ParagraphProps>;
}

function readStyles(fib: DataView, table: Uint8Array): Array<Style | undefined> {
  const fc = fib.getUint32(FIB_STSHF, true);
  const lcb = fib.getUint32(FIB_STSHF + 4, true);
  if (lcb < 4 || fc + lcb > table.length) return [];
  const bytes = table.subarray(fc, fc + lcb);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cbStshi = v.getUint16(0, true);
  if (2 + cbStshi > lcb || cbStshi < 4) return [];
  const count = v.getUint16(2, true);
  const cbStdBase = v.getUint16(4, true);
  const styles: Array<Style | undefined> = [];
  let at = 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= lcb; istd++) {
    const cbStd = v.getUint16(at, true);
    const start = at + 2;
    at = start + cbStd;
    if (!cbStd || at > lcb || cbStdBase < 10) continue;
    const kindAndBase = v.getUint16(start + 2, true);
    const upxCount = v.getUint16(start + 4, true) & 0x0f;
    if ((kindAndBase & 0x0f) !== PARAGRAPH_STYLE || upxCount < 1) continue;
    // the name (cch, characters, terminating null), then the UPXs, the paragraph one first
    let p = start + cbStdBase;
    if (p + 2 > at) continue;
    p += 2 + v.getUint16(p, true) * 2 + 2;
    if (p + 2 > at) continue;
    const cbUpx = v.getUint16(p, true);
    // a UpxPapx starts with the style's own index, then its grpprl
    const props = cbUpx >= 2 && p + 2 + cbUpx <= at ? readGrpprl(bytes, p + 4, p + 2 + cbUpx) : {};
    styles[istd] = { base: kindAndBase >> 4, props };
  }
  return styles;
}

/** Style index → the paragraph properties it gives, its base styles' beneath its own. */
export function paragraphStyles(fib: DataView, table: Uint8Array): (istd: number) => Partial<ParagraphProps> {
  const styles = readStyles(fib, table);
  const resolved = new Map<number, Partial<ParagraphProps>>();
  const resolve = (istd: number, depth: number): Partial<ParagraphProps> => {
    const known = resolved.get(istd);
    if (known) return known;
    const style = styles[istd];
    if (!style || depth > 10) return {};
    const props = { ...(style.base !== NO_BASE ? resolve(style.base, depth + 1) : {}), ...style.props };
    // a row end belongs to a paragraph, never to a style
    delete props.rowEnd;
    resolved.set(istd, props);
    return props;
  };
  return (istd) => resolve(istd, 0);
}
