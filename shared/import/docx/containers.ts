// Where paragraphs sit inside other elements (table rows and cells, content controls, alternate content),
// the section properties of the body, and VML colours.
import { child, type XElement, type XNode } from './xml';

export function normalizeVmlColor(c: string): string | null {
  const v = c.trim().split(/\s/)[0].replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^[0-9a-f]{3}$/i.test(v))
    return [...v]
      .map((h) => h + h)
      .join('')
      .toUpperCase();
  const named: Record<string, string> = { red: 'FF0000', black: '000000', blue: '0000FF', maroon: '800000' };
  return named[v.toLowerCase()] ?? null;
}

/**
 * w:sectPr elements in document order among children of the body: in paragraph properties (a section's end) and
 * last in the body.
 */
export function sectionProperties(bodyChildren: readonly XNode[]): XElement[] {
  const out: XElement[] = [];
  const visit = (nodes: readonly XNode[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.name === 'w:p') {
        const s = child(child(n, 'w:pPr'), 'w:sectPr');
        if (s) out.push(s);
      } else if (n.name === 'w:sectPr') out.push(n);
      else if (n.name === 'w:sdt') visit(child(n, 'w:sdtContent')?.children ?? []);
      else if (n.name === 'w:customXml' || n.name === 'w:ins' || n.name === 'w:moveTo') visit(n.children);
    }
  };
  visit(bodyChildren);
  return out;
}

/** mc:AlternateContent: the first choice, or the fallback when there is no choice. */
export function alternative(el: XElement): XNode[] {
  return (child(el, 'mc:Choice') ?? child(el, 'mc:Fallback'))?.children ?? [];
}

export function rowsOf(tbl: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (nodes: readonly XNode[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.name === 'w:tr') out.push(n);
      else if (n.name === 'w:sdt') visit(child(n, 'w:sdtContent')?.children ?? []);
      else if (n.name === 'w:customXml' || n.name === 'w:ins' || n.name === 'w:moveTo') visit(n.children);
    }
  };
  visit(tbl.children);
  return out;
}

export function cellsOf(tr: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (nodes: readonly XNode[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.name === 'w:tc') out.push(n);
      else if (n.name === 'w:sdt') visit(child(n, 'w:sdtContent')?.children ?? []);
      else if (n.name === 'w:customXml') visit(n.children);
    }
  };
  visit(tr.children);
  return out;
}
