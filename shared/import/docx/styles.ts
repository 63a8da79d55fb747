// Paragraph and character styles (word/styles.xml) resolved through their basedOn chains, so a paragraph's
// alignment, list numbering and font are known whether they are set directly or inherited.
import { child, childrenNamed, onOff, val, type XElement } from './xml';

export interface RunProps {
  bold?: boolean;
  /** half-points */
  size?: number;
  /** upper-case hex, or null for automatic colour */
  color?: string | null;
  eastAsiaFont?: string;
  asciiFont?: string;
  hidden?: boolean;
}

export interface NumRef {
  numId: string;
  /** undefined: take the level linked to the paragraph style in numbering.xml, else 0 */
  ilvl?: number;
}

export interface ParaProps {
  jc?: string;
  num?: NumRef;
  pageBreakBefore?: boolean;
  run: RunProps;
}

export interface ResolvedParagraphStyle extends ParaProps {
  /** the style's id (numbering.xml links list levels to paragraph styles with w:pStyle) */
  id?: string;
  name: string;
}

export function readRunProps(rPr: XElement | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  for (const c of rPr.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:b':
        out.bold = onOff(c);
        break;
      case 'w:sz': {
        const n = Number(c.attrs['w:val']);
        if (Number.isFinite(n) && n > 0) out.size = n;
        break;
      }
      case 'w:color': {
        const v = c.attrs['w:val'];
        if (v) out.color = v.toLowerCase() === 'auto' ? null : v.toUpperCase();
        break;
      }
      case 'w:rFonts':
        if (c.attrs['w:eastAsia']) out.eastAsiaFont = c.attrs['w:eastAsia'];
        if (c.attrs['w:ascii'] ?? c.attrs['w:hAnsi']) out.asciiFont = c.attrs['w:ascii'] ?? c.attrs['w:hAnsi'];
        break;
      case 'w:vanish':
        out.hidden = onOff(c);
        break;
    }
  }
  return out;
}

export function mergeRun(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const k in over) {
    const v = over[k as keyof RunProps];
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function readNum(pPr: XElement | undefined): NumRef | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = val(numPr, 'w:numId');
  const ilvl = val(numPr, 'w:ilvl');
  if (numId === undefined && ilvl === undefined) return undefined;
  return { numId: numId ?? '', ...(ilvl !== undefined ? { ilvl: Number(ilvl) || 0 } : {}) };
}

export function readParaProps(pPr: XElement | undefined): Omit<ParaProps, 'run'> {
  const out: Omit<ParaProps, 'run'> = {};
  if (!pPr) return out;
  const jc = val(pPr, 'w:jc');
  if (jc) out.jc = jc;
  const num = readNum(pPr);
  if (num) out.num = num;
  const pb = onOff(child(pPr, 'w:pageBreakBefore'));
  if (pb !== undefined) out.pageBreakBefore = pb;
  return out;
}

interface RawStyle {
  type: string;
  name: string;
  basedOn?: string;
  el: XElement;
}

export class StyleSheet {
  private readonly raw = new Map<string, RawStyle>();
  private readonly paragraphCache = new Map<string, ResolvedParagraphStyle>();
  private readonly characterCache = new Map<string, RunProps>();
  private readonly defaultParagraphId: string | undefined;
  readonly defaults: RunProps;
  private readonly defaultJc: string | undefined;

  constructor(root: XElement | null) {
    let defaults: RunProps = {};
    let defaultJc: string | undefined;
    let defaultParagraphId: string | undefined;
    if (root) {
      const docDefaults = child(root, 'w:docDefaults');
      defaults = readRunProps(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'));
      defaultJc = val(child(child(docDefaults, 'w:pPrDefault'), 'w:pPr'), 'w:jc');
      for (const s of childrenNamed(root, 'w:style')) {
        const id = s.attrs['w:styleId'];
        if (!id) continue;
        const type = s.attrs['w:type'] ?? 'paragraph';
        this.raw.set(id, { type, name: val(s, 'w:name') ?? id, basedOn: val(s, 'w:basedOn'), el: s });
        const isDefault = s.attrs['w:default'];
        if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on'))
          defaultParagraphId ??= id;
      }
    }
    // Word's own default when nothing is said: 10 pt (20 half-points), automatic colour
    this.defaults = { size: 20, ...defaults };
    this.defaultJc = defaultJc;
    this.defaultParagraphId = defaultParagraphId;
  }

  /** A paragraph style with everything it inherits; the default paragraph style when id is absent or unknown. */
  paragraph(id: string | undefined): ResolvedParagraphStyle {
    const key = id && this.raw.get(id)?.type === 'paragraph' ? id : this.defaultParagraphId;
    if (key === undefined) return { name: '', jc: this.defaultJc, run: this.defaults };
    let cached = this.paragraphCache.get(key);
    if (!cached) {
      cached = this.resolveParagraph(key, new Set());
      this.paragraphCache.set(key, cached);
    }
    return cached;
  }

  private resolveParagraph(id: string, seen: Set<string>): ResolvedParagraphStyle {
    const s = this.raw.get(id);
    seen.add(id);
    const base: ResolvedParagraphStyle =
      s?.basedOn && !seen.has(s.basedOn) && this.raw.get(s.basedOn)?.type === 'paragraph'
        ? this.resolveParagraph(s.basedOn, seen)
        : { name: '', jc: this.defaultJc, run: this.defaults };
    if (!s) return base;
    const pPr = child(s.el, 'w:pPr');
    const own = readParaProps(pPr);
    const out: ResolvedParagraphStyle = {
      ...base,
      ...own,
      id,
      name: s.name,
      run: mergeRun(base.run, readRunProps(child(s.el, 'w:rPr'))),
    };
    if (own.num) {
      // numId and ilvl inherit separately (a Heading 2 may give only its level); numId 0 removes numbering
      const numId = own.num.numId || base.num?.numId || '';
      const ilvl = own.num.ilvl ?? (own.num.numId ? undefined : base.num?.ilvl);
      if (!numId || numId === '0') delete out.num;
      else out.num = { numId, ...(ilvl !== undefined ? { ilvl } : {}) };
    }
    return out;
  }

  /** Run properties of a character style (w:rStyle) with its basedOn chain, without the defaults. */
  character(id: string): RunProps {
    let cached = this.characterCache.get(id);
    if (!cached) {
      cached = {};
      const chain: RawStyle[] = [];
      const seen = new Set<string>();
      for (
        let cur = this.raw.get(id);
        cur && !seen.has(cur.el.attrs['w:styleId']);
        cur = cur.basedOn ? this.raw.get(cur.basedOn) : undefined
      ) {
        seen.add(cur.el.attrs['w:styleId']);
        if (cur.type === 'character') chain.unshift(cur);
      }
      for (const s of chain) cached = mergeRun(cached, readRunProps(child(s.el, 'w:rPr')));
      this.characterCache.set(id, cached);
    }
    return cached;
  }

  /** The numId a numbering style (w:type="numbering") points at, for abstractNum w:numStyleLink. */
  numberingStyleNumId(id: string): string | undefined {
    const s = this.raw.get(id);
    return s ? readNum(child(s.el, 'w:pPr'))?.numId : undefined;
  }

  name(id: string | undefined): string {
    return (id && this.raw.get(id)?.name) || '';
  }
}
