// HTML → the lines a reader sees: a real parser (htmlparser2) builds the tree; scripts, styles, forms, hidden
// elements and page chrome (navigation, site header and footer, link lists) are left out; each block element
// is a line, <br> breaks a line, a table row is one line with its cells separated by tabs. What remains of
// the page around the notice (date widgets, breadcrumbs) is the text importer's to remove.
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { SourceLine } from '../source-line';

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'map',
  'audio',
  'video',
  'dialog',
]);
/** Site furniture, unless it is inside the article (an article's own header holds its title). */
const CHROME = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar']);
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
  'title',
]);
const CENTERED = /text-align\s*:\s*center/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  return 'hidden' in a || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test(a.style ?? '') || a.type === 'hidden';
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/**
 * A block that is mostly links to other pages (a menu, "相关链接", a list of other notices) is navigation.
 * In-page anchors are content: a table of contents links to its own headings.
 */
function isLinkList(el: Element): boolean {
  if (!['ul', 'ol', 'div', 'table', 'dl', 'section', 'td', 'p'].includes(el.name)) return false;
  let links = 0;
  let linkText = 0;
  const walk = (n: ChildNode) => {
    if (n.type !== 'tag') return;
    if (n.name === 'a' && !(n.attribs.href ?? '#').startsWith('#')) {
      links++;
      linkText += textOf(n).replace(/\s/g, '').length;
      return;
    }
    n.children.forEach(walk);
  };
  el.children.forEach(walk);
  if (links < 3) return false;
  const all = textOf(el).replace(/\s/g, '').length;
  return linkText >= all * 0.7;
}

class LineWriter {
  readonly lines: SourceLine[] = [];
  private current = '';
  private centered = false;

  text(t: string, pre: boolean): void {
    if (pre) {
      const parts = t.split(/\r\n|\r|\n/);
      parts.forEach((p, i) => {
        if (i > 0) this.flush();
        this.current += p;
      });
    } else {
      // collapse HTML white space, across elements too; a full-width or no-break space is the author's
      const collapsed = t.replace(/[ \t\n\r\f]+/g, ' ');
      this.current += this.current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    }
  }

  block(centered: boolean): void {
    this.flush();
    this.centered = centered;
  }

  flush(): void {
    const text = this.current.replace(/^ +| +$/g, '');
    if (text) this.lines.push(this.centered ? { text, centered: true } : { text });
    this.current = '';
  }
}

interface Context {
  pre: boolean;
  inArticle: boolean;
  centered: boolean;
}

function writeTable(table: Element, out: LineWriter, ctx: Context): void {
  const rows: Element[] = [];
  const collect = (n: ChildNode) => {
    if (n.type !== 'tag' || n.name === 'table') return;
    if (n.name === 'tr') rows.push(n);
    else n.children.forEach(collect);
  };
  table.children.forEach(collect);
  for (const row of rows) {
    const cells = row.children.filter(
      (c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th') && !isHidden(c),
    );
    const rendered = cells.map((c) => {
      const w = new LineWriter();
      c.children.forEach((n) => write(n, w, ctx));
      w.flush();
      return w.lines;
    });
    // a layout table (a cell holding paragraphs) is read cell by cell; a data table row is one line
    if (rendered.every((l) => l.length <= 1)) {
      out.block(false);
      const text = rendered
        .map((l) => l[0]?.text ?? '')
        .join('\t')
        .replace(/\t+$/, '');
      if (text.trim()) out.lines.push({ text });
    } else {
      for (const lines of rendered) {
        out.block(false);
        out.lines.push(...lines);
      }
    }
  }
  out.block(false);
}

function write(node: ChildNode, out: LineWriter, ctx: Context): void {
  if (node.type === 'text') {
    out.text(node.data, ctx.pre);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (node.type === 'root') {
    node.children.forEach((c) => write(c, out, ctx));
    return;
  }
  const el = node;
  const name = el.name;
  if (SKIPPED.has(name) || isHidden(el)) return;
  if ((CHROME.has(name) && !ctx.inArticle) || CHROME_ROLES.has(el.attribs.role ?? '')) return;
  if (isLinkList(el)) return;
  if (name === 'br') {
    out.flush();
    return;
  }
  if (name === 'table') {
    writeTable(el, out, ctx);
    return;
  }
  const block = BLOCKS.has(name);
  const centered = block
    ? name === 'center' || el.attribs.align === 'center' || CENTERED.test(el.attribs.style ?? '')
    : ctx.centered;
  const inner: Context = {
    pre: ctx.pre || name === 'pre' || name === 'textarea',
    inArticle: ctx.inArticle || name === 'article' || name === 'main',
    centered,
  };
  if (block) out.block(centered);
  el.children.forEach((c) => write(c, out, inner));
  if (block) out.block(ctx.centered);
}

/** The page's text as lines; the <title> is not among them (a site's title is page chrome, not the notice). */
export function htmlToLines(html: string): SourceLine[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const out = new LineWriter();
  write(doc, out, { pre: false, inArticle: false, centered: false });
  out.flush();
  return out.lines;
}

/** Clipboard HTML as plain lines of text, for the paste path (which imports text). */
export function htmlToText(html: string): string {
  return htmlToLines(html)
    .map((l) => l.text)
    .join('\n');
}
