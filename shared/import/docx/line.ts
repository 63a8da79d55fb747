// One source line from the text pieces of a paragraph: the text as Word shows it, and what the formatting of
// its first visible character says; the lead span when the paragraph changes font or weight.
import type { DocxLine } from './body';
import type { RunProps } from './styles';

const BLANK = /^[\s\u3000\u00a0]*$/;
export const EDGE_BLANKS = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g;

export function isReddish(color: string | null | undefined): boolean {
  if (!color) return false;
  const m = /^#?([0-9A-F]{2})([0-9A-F]{2})([0-9A-F]{2})$/i.exec(color.trim());
  if (!m) return /^red\b/i.test(color.trim());
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r >= 0xb0 && g <= 0x60 && b <= 0x60;
}

/** The line of a group of pieces; null when it has neither text nor a list label. */
export function buildLine(
  group: Array<{ text: string; props: RunProps }>,
  label: string | null,
  centered: boolean,
  origin: DocxLine['origin'],
): DocxLine | null {
  let raw = '';
  for (const g of group) raw += g.text;
  // a centred title broken with Shift+Enter is one title: join (with a space only between Latin words)
  if (centered) raw = raw.replace(/([A-Za-z0-9])\n(?=[A-Za-z0-9])/g, '$1 ').replace(/\n/g, '');
  const text = raw.replace(/\t/g, ' ').replace(EDGE_BLANKS, '');
  if (!text && !label) return null;
  const line: DocxLine = { text, listLabel: label, centered, origin };

  // formatting of the first visible character; spans of text that share font and weight
  const spans: Array<{ key: string; start: number; props: RunProps }> = [];
  let pos = 0;
  for (const g of group) {
    const t = g.text;
    const at = pos;
    pos += t.length;
    if (!t || BLANK.test(t)) continue;
    // the East Asian font names the typeface of a Chinese paragraph (its digits pair with a Latin font)
    const font = g.props.eastAsiaFont ?? g.props.asciiFont;
    const key = `${font ?? ''}|${g.props.bold ? 1 : 0}`;
    if (spans[spans.length - 1]?.key !== key)
      spans.push({ key, start: at, props: { ...g.props, eastAsiaFont: font ?? undefined } });
  }
  const head = spans[0]?.props;
  if (head) {
    line.bold = head.bold ?? false;
    line.sizeHalfPoints = head.size ?? null;
    line.color = head.color ?? null;
    line.font = head.eastAsiaFont ?? null;
  }
  // the lead: everything before the last span, when the paragraph ends in another font or weight than it starts
  const last = spans[spans.length - 1];
  if (!centered && spans.length >= 2 && spans[0].key !== last.key) {
    const leading = raw.length - raw.replace(/^[\s\u3000\u00a0\u200b\ufeff]+/, '').length;
    const lead = last.start - leading;
    if (lead > 0 && lead < text.length) line.leadLength = lead;
  }
  return line;
}
