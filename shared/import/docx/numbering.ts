// Word list numbering (word/numbering.xml): the label Word prints before a numbered paragraph ("三、",
// "（十二）", "1."), counted as Word counts: one set of counters per abstract definition, shared by the w:num
// instances that use it; a w:startOverride restarts its level when its instance is first used; a level restarts
// when a higher level is used unless w:lvlRestart says otherwise (0: never).
import { formatNumber } from './number-format';
import type { NumRef, StyleSheet } from './styles';
import { child, childrenNamed, onOff, val, type XElement } from './xml';

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: restart after this 1-based level is used; 0 never; undefined after any higher level */
  restartAfter?: number;
  isLgl: boolean;
  pStyle?: string;
}

interface AbstractDef {
  id: string;
  levels: Array<LevelDef | undefined>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

interface Counters {
  counts: Array<number | undefined>;
  /** w:num instances already met, whose start overrides have been applied */
  applied: Set<string>;
}

const MAX_LEVELS = 9;

function readLevel(el: XElement): LevelDef {
  let numFmt = val(el, 'w:numFmt');
  if (numFmt === undefined) {
    // Word 2010+ custom formats sit in mc:AlternateContent with a plain fallback
    numFmt = val(child(child(el, 'mc:AlternateContent'), 'mc:Fallback'), 'w:numFmt');
  }
  const start = val(el, 'w:start');
  const restart = val(el, 'w:lvlRestart');
  return {
    start: start !== undefined && Number.isFinite(Number(start)) ? Number(start) : 0,
    numFmt: numFmt ?? 'decimal',
    lvlText: val(el, 'w:lvlText') ?? '',
    ...(restart !== undefined && Number.isFinite(Number(restart)) ? { restartAfter: Number(restart) } : {}),
    isLgl: onOff(child(el, 'w:isLgl')) ?? false,
    ...(val(el, 'w:pStyle') ? { pStyle: val(el, 'w:pStyle') } : {}),
  };
}

function levelIndex(el: XElement): number {
  const n = Number(el.attrs['w:ilvl']);
  return Number.isInteger(n) && n >= 0 && n < MAX_LEVELS ? n : -1;
}

export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Counters>();

  constructor(
    root: XElement | null,
    private readonly styles: StyleSheet,
  ) {
    if (!root) return;
    for (const a of childrenNamed(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels: Array<LevelDef | undefined> = [];
      for (const l of childrenNamed(a, 'w:lvl')) {
        const i = levelIndex(l);
        if (i >= 0) levels[i] = readLevel(l);
      }
      this.abstracts.set(id, { id, levels, numStyleLink: val(a, 'w:numStyleLink') });
    }
    for (const n of childrenNamed(root, 'w:num')) {
      const numId = n.attrs['w:numId'];
      const abstractId = val(n, 'w:abstractNumId');
      if (numId === undefined || abstractId === undefined) continue;
      const def: NumDef = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const i = levelIndex(o);
        if (i < 0) continue;
        const start = val(o, 'w:startOverride');
        if (start !== undefined && Number.isFinite(Number(start))) def.startOverrides.set(i, Number(start));
        const lvl = child(o, 'w:lvl');
        if (lvl) def.levelOverrides.set(i, readLevel(lvl));
      }
      this.nums.set(numId, def);
    }
  }

  /** The abstract definition of a num, following w:numStyleLink to the definition a numbering style names. */
  private abstractOf(num: NumDef): AbstractDef | undefined {
    let abs = this.abstracts.get(num.abstractId);
    for (let hops = 0; abs?.numStyleLink && hops < 4; hops++) {
      const linkedNumId = this.styles.numberingStyleNumId(abs.numStyleLink);
      const linked = linkedNumId !== undefined ? this.nums.get(linkedNumId) : undefined;
      const next = linked ? this.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abs) break;
      abs = next;
    }
    return abs;
  }

  /**
   * The label of the next paragraph numbered with ref (advancing Word's counters), or null when the paragraph
   * shows no number (bullets, numId 0, a level with no text). styleId is the paragraph style that carried the
   * numbering, for a level linked to it with w:pStyle.
   */
  next(ref: NumRef, styleId?: string): string | null {
    if (!ref.numId || ref.numId === '0') return null;
    const num = this.nums.get(ref.numId);
    const abs = num && this.abstractOf(num);
    if (!num || !abs) return null;
    let ilvl = ref.ilvl;
    if (ilvl === undefined) {
      const linked = styleId ? abs.levels.findIndex((l) => l?.pStyle === styleId) : -1;
      ilvl = linked >= 0 ? linked : 0;
    }
    ilvl = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const level = (i: number) => num.levelOverrides.get(i) ?? abs.levels[i];
    const lvl = level(ilvl);
    if (!lvl) return null;

    let c = this.counters.get(abs.id);
    if (!c) {
      c = { counts: [], applied: new Set() };
      this.counters.set(abs.id, c);
    }
    if (!c.applied.has(ref.numId)) {
      c.applied.add(ref.numId);
      for (const [i, start] of num.startOverrides) c.counts[i] = start - 1;
    }
    c.counts[ilvl] = (c.counts[ilvl] ?? lvl.start - 1) + 1;
    for (let j = ilvl + 1; j < MAX_LEVELS; j++) {
      const r = level(j)?.restartAfter;
      if (r === undefined || (r !== 0 && ilvl < r)) c.counts[j] = undefined;
    }
    if (lvl.numFmt === 'bullet') return null;
    const counts = c.counts;
    const label = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const def = level(i);
      const n = counts[i] ?? def?.start ?? 1;
      return formatNumber(n, lvl.isLgl ? 'decimal' : (def?.numFmt ?? 'decimal'));
    });
    return label.trim() === '' ? null : label;
  }
}
