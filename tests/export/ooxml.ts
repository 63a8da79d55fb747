// Reads a .docx the way a checker would: unzip, parse each part with a real XML parser (fast-xml-parser),
// and walk elements in document order.
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** character data directly inside the element */
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Raw = Record<string, unknown>;

function convert(raw: Raw): XNode | null {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name || name === '#text') return null;
  const attrs = (raw[':@'] as Record<string, string>) ?? {};
  const kids = (raw[name] as Raw[]) ?? [];
  const node: XNode = { name, attrs, children: [], text: '' };
  for (const k of kids) {
    if ('#text' in k) node.text += String(k['#text']);
    else {
      const c = convert(k);
      if (c) node.children.push(c);
    }
  }
  return node;
}

function parseXml(xml: string): XNode {
  const raw = parser.parse(xml) as Raw[];
  const root = raw.map(convert).find((n) => n && n.name !== '?xml');
  if (!root) throw new Error('no root element');
  return root;
}

export function child(n: XNode | undefined, name: string): XNode | undefined {
  return n?.children.find((c) => c.name === name);
}

export function children(n: XNode | undefined, name: string): XNode[] {
  return n?.children.filter((c) => c.name === name) ?? [];
}

/** All descendants with this name, in document order. */
export function all(n: XNode | undefined, name: string, out: XNode[] = []): XNode[] {
  if (!n) return out;
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

export function path(n: XNode | undefined, ...names: string[]): XNode | undefined {
  let cur = n;
  for (const name of names) cur = child(cur, name);
  return cur;
}

export const val = (n: XNode | undefined, attr = 'w:val') => n?.attrs[attr];

/** The text of a paragraph or run (w:t, tabs as \t, breaks as \n). */
export function textOf(n: XNode): string {
  let s = '';
  const walk = (x: XNode) => {
    for (const c of x.children) {
      if (
        c.name === 'w:pPr' ||
        c.name === 'w:rPr' ||
        c.name === 'w:tblPr' ||
        c.name === 'w:trPr' ||
        c.name === 'w:tcPr'
      )
        continue;
      if (c.name === 'w:t') s += c.text;
      else if (c.name === 'w:tab') s += '\t';
      else if (c.name === 'w:br') s += '\n';
      else walk(c);
    }
  };
  walk(n);
  return s;
}

export interface DocxParts {
  files: Record<string, Uint8Array>;
  xml(name: string): XNode;
  raw(name: string): string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const cache = new Map<string, XNode>();
  return {
    files,
    raw: (name) => {
      const f = files[name];
      if (!f) throw new Error(`part missing: ${name}`);
      return strFromU8(f);
    },
    xml(name) {
      let x = cache.get(name);
      if (!x) {
        x = parseXml(this.raw(name));
        cache.set(name, x);
      }
      return x;
    },
  };
}

/** A style by id from styles.xml. */
export function style(styles: XNode, id: string): XNode | undefined {
  return children(styles, 'w:style').find((s) => s.attrs['w:styleId'] === id);
}

/** The part a relationship id points to (word/_rels/document.xml.rels). */
export function relTarget(parts: DocxParts, id: string): string {
  const rels = parts.xml('word/_rels/document.xml.rels');
  const rel = children(rels, 'Relationship').find((r) => r.attrs.Id === id);
  if (!rel) throw new Error(`no relationship ${id}`);
  return `word/${rel.attrs.Target}`;
}
