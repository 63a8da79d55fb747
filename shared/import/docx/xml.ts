// A small element tree over saxes, a conformant streaming XML parser. fast-xml-parser (preserveOrder) took
// ~28 ms on a 180 KB document.xml here, saxes ~6 ms including this tree, and saxes also rejects XML that is
// not well-formed, which tells a damaged file from a valid one.
import { SaxesParser } from 'saxes';
import { LimitError, LIMITS } from '../../model/limits';
import { ImportError } from '../errors';

export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | string;

const WML_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
]);

/** Element nesting a part may have: Word's own is a few dozen deep; readers of deeper trees would recurse. */
const MAX_XML_DEPTH = 256;

export interface ParseOptions {
  /** elements whose character data is kept (everything else keeps only elements: Word's XML has no mixed content) */
  keepTextIn?: ReadonlySet<string>;
  /**
   * The children of elements with this name are handed to `each` one by one as each closes, and not kept in the
   * tree: a 20,000-section document's paragraphs are read as they are parsed instead of held whole (200 MB).
   */
  streamChildrenOf?: { name: string; each: (el: XElement) => void };
}

/**
 * Parses one part of the package. Element names keep their prefixes; a WordprocessingML namespace bound to a
 * prefix other than `w` (or as the default namespace) is renamed to `w:` so the readers see one vocabulary.
 * Throws ImportError('corrupt-docx') naming the part when the XML is not well-formed.
 */
export function parseXml(xml: string, partName: string, options: ParseOptions = {}): XElement {
  const keepText = options.keepTextIn;
  const stream = options.streamChildrenOf;
  /** an error of the `each` callback: the reader's own, not a sign of bad XML */
  let streamFailure: { error: unknown } | null = null;
  const parser = new SaxesParser({ position: false });
  const root: XElement = { name: '#document', attrs: {}, children: [] };
  const stack: XElement[] = [root];
  let top = root;
  let rename: ((name: string) => string) | null = null;
  let first = true;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    let attrs = tag.attributes as Record<string, string>;
    if (first) {
      first = false;
      rename = prefixRenamer(attrs);
    }
    let name = tag.name;
    if (rename) {
      name = rename(name);
      const renamed: Record<string, string> = {};
      for (const k in attrs) renamed[rename(k)] = attrs[k];
      attrs = renamed;
    }
    const el: XElement = { name, attrs, children: [] };
    top.children.push(el);
    stack.push(el);
    top = el;
    if (stack.length > MAX_XML_DEPTH + 1) {
      throw new ImportError(
        'too-large',
        `文档内部的 ${partName} 嵌套超过 ${MAX_XML_DEPTH} 层（如表格套表格），不像是一份公文，没有导入`,
      );
    }
  });
  parser.on('closetag', () => {
    const closed = stack.pop()!;
    top = stack[stack.length - 1];
    if (stream && top.name === stream.name) {
      top.children.pop(); // the closed element, pushed last when it opened
      try {
        stream.each(closed);
      } catch (error) {
        streamFailure = { error };
        throw error;
      }
    }
  });
  let kept = 0;
  const onText = (text: string) => {
    if (!keepText?.has(top.name)) return;
    // what is built from the part stays within the document limit, however small the part was compressed
    kept += text.length;
    if (kept > LIMITS.totalChars) throw new LimitError('totalChars', kept, `文档内部的 ${partName} 中，`);
    top.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (e) {
    if (streamFailure) throw (streamFailure as { error: unknown }).error;
    if (e instanceof ImportError || e instanceof LimitError) throw e;
    // the parser's own (English) reason is not for the user; what to do about it is the same
    throw new ImportError(
      'corrupt-docx',
      `文件已损坏：文档内部的 ${partName} 不是完整有效的 XML（可能被截断，或被其他程序改坏）`,
    );
  }
  const docRoot = root.children.find(isElement);
  if (!docRoot) throw new ImportError('corrupt-docx', `文件已损坏：文档内部的 ${partName} 为空`);
  return docRoot;
}

/** When the WordprocessingML namespace is not bound to `w`, a function renaming its prefix to `w:`. */
function prefixRenamer(rootAttrs: Record<string, string>): ((name: string) => string) | null {
  for (const key in rootAttrs) {
    if (!WML_NAMESPACES.has(rootAttrs[key])) continue;
    if (key === 'xmlns:w') return null;
    if (key === 'xmlns') return (name) => (name.includes(':') || name === 'xmlns' ? name : `w:${name}`);
    if (key.startsWith('xmlns:')) {
      const prefix = key.slice(6) + ':';
      return (name) => (name.startsWith(prefix) ? `w:${name.slice(prefix.length)}` : name);
    }
  }
  return null;
}

function isElement(node: XNode): node is XElement {
  return typeof node !== 'string';
}

export function child(el: XElement | undefined, name: string): XElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XElement | undefined, name: string): XElement[] {
  if (!el) return [];
  const out: XElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The w:val attribute of a child element, e.g. val(pPr, 'w:jc') → "center". */
export function val(el: XElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** Character data directly inside an element (w:t). */
export function textOf(el: XElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}

/** OOXML on/off values: <w:b/>, <w:b w:val="1|true|on"/> are on; "0|false|off" off. */
export function onOff(el: XElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

/** Depth-first search for descendants with a name (not descending into matches). */
export function findAll(el: XElement, name: string, out: XElement[] = []): XElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}
