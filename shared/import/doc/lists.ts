// Word's list definitions in a .doc ([MS-DOC] PlfLst with its LVLs, PlfLfo), rewritten as the numbering.xml
// elements the .docx importer reads, so that one engine (docx/numbering.ts) counts and formats list numbers.
import type { XElement } from '../docx/xml';

const FIB_PLF_LST = 0x2e2;
const FIB_PLF_LFO = 0x2ea;

// MSONFC codes in the order of OOXML's ST_NumberFormat ([MS-OSHARED] 2.2.1.3)
const NFC = [
  'decimal',
  'upperRoman',
  'lowerRoman',
  'upperLetter',
  'lowerLetter',
  'ordinal',
  'cardinalText',
  'ordinalText',
  'hex',
  'chicago',
  'ideographDigital',
  'japaneseCounting',
  'aiueo',
  'iroha',
  'decimalFullWidth',
  'decimalHalfWidth',
  'japaneseLegal',
  'japaneseDigitalTenThousand',
  'decimalEnclosedCircle',
  'decimalFullWidth2',
  'aiueoFullWidth',
  'irohaFullWidth',
  'decimalZero',
  'bullet',
  'ganada',
  'chosung',
  'decimalEnclosedFullstop',
  'decimalEnclosedParen',
  'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle',
  'ideographTraditional',
  'ideographZodiac',
  'ideographZodiacTraditional',
  'taiwaneseCounting',
  'ideographLegalTraditional',
  'taiwaneseCountingThousand',
  'taiwaneseDigital',
  'chineseCounting',
  'chineseLegalSimplified',
  'chineseCountingThousand',
  'koreanDigital',
  'koreanCounting',
  'koreanLegal',
  'koreanDigital2',
  'vietnameseCounting',
  'russianLower',
  'russianUpper',
  'none',
  'numberInDash',
  'hebrew1',
  'hebrew2',
  'arabicAlpha',
  'arabicAbjad',
  'hindiVowels',
  'hindiConsonants',
  'hindiNumbers',
  'hindiCounting',
  'thaiLetters',
  'thaiNumbers',
  'thaiCounting',
];

function el(name: string, attrs: Record<string, string>, children: XElement[] = []): XElement {
  return { name, attrs, children };
}

const valued = (name: string, value: string | number) => el(name, { 'w:val': String(value) });

class Reader {
  readonly v: DataView;
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {
    this.v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): boolean {
    return this.at + n <= this.bytes.length;
  }
  i32(): number {
    const x = this.v.getInt32(this.at, true);
    this.at += 4;
    return x;
  }
  u16(): number {
    const x = this.v.getUint16(this.at, true);
    this.at += 2;
    return x;
  }
  u8(): number {
    return this.bytes[this.at++];
  }
}

/** One LVL: its LVLF header, the paragraph and run properties (skipped), and the number text. */
function readLevel(r: Reader, ilvl: number): XElement | null {
  if (!r.need(28)) return null;
  const start = r.i32();
  const nfc = r.u8();
  const flags = r.u8();
  r.at += 9 + 1 + 4 + 4; // rgbxchNums, ixchFollow, dxaIndentSav, unused2
  const cbChpx = r.u8();
  const cbPapx = r.u8();
  const restartLimit = r.u8();
  r.at += 1; // grfhic
  r.at += cbPapx + cbChpx;
  if (!r.need(2)) return null;
  const cch = r.u16();
  if (!r.need(cch * 2)) return null;
  let text = '';
  for (let i = 0; i < cch; i++) {
    const c = r.u16();
    // a character below 9 stands for the number of that level
    text += c < 9 ? `%${c + 1}` : String.fromCharCode(c);
  }
  const noRestart = (flags & 0x08) !== 0;
  return el('w:lvl', { 'w:ilvl': String(ilvl) }, [
    valued('w:start', start),
    valued('w:numFmt', NFC[nfc] ?? (nfc === 0xff ? 'none' : 'decimal')),
    valued('w:lvlText', text),
    ...(noRestart ? [valued('w:lvlRestart', restartLimit)] : []),
    ...(flags & 0x04 ? [el('w:isLgl', {})] : []),
  ]);
}

/** The document's lists as a w:numbering element: one w:abstractNum per list (by lsid), one w:num per LFO. */
export function readLists(fib: DataView, table: Uint8Array): XElement | null {
  const fcLst = fib.getUint32(FIB_PLF_LST, true);
  const lcbLst = fib.getUint32(FIB_PLF_LST + 4, true);
  const fcLfo = fib.getUint32(FIB_PLF_LFO, true);
  const lcbLfo = fib.getUint32(FIB_PLF_LFO + 4, true);
  if (!lcbLst || !lcbLfo || fcLst + lcbLst > table.length || fcLfo + lcbLfo > table.length) return null;

  const children: XElement[] = [];
  const lst = new Reader(table, fcLst);
  const count = lst.v.getInt16(lst.at, true);
  lst.at += 2;
  const lists: Array<{ lsid: number; simple: boolean }> = [];
  for (let i = 0; i < count && lst.need(28); i++) {
    const lsid = lst.i32();
    lst.at += 4 + 18; // tplc, rgistdPara
    const flags = lst.u8();
    lst.at += 1;
    lists.push({ lsid, simple: (flags & 0x01) !== 0 });
  }
  // the LVLs follow the PlfLst, 1 per simple list and 9 per other list
  const lvl = new Reader(table, fcLst + lcbLst);
  for (const list of lists) {
    const levels: XElement[] = [];
    for (let i = 0; i < (list.simple ? 1 : 9); i++) {
      const level = readLevel(lvl, i);
      if (!level) return null;
      levels.push(level);
    }
    children.push(el('w:abstractNum', { 'w:abstractNumId': String(list.lsid) }, levels));
  }

  const lfo = new Reader(table, fcLfo);
  const lfoCount = lfo.i32();
  const entries: Array<{ lsid: number; overrides: number }> = [];
  for (let i = 0; i < lfoCount && lfo.need(16); i++) {
    const lsid = lfo.i32();
    lfo.at += 8;
    const overrides = lfo.u8();
    lfo.at += 3;
    entries.push({ lsid, overrides });
  }
  entries.forEach((entry, i) => {
    const overrides: XElement[] = [];
    // every LFO has its LFOData: a cp, then one LFOLVL per override
    if (lfo.need(4)) {
      lfo.at += 4;
      for (let k = 0; k < entry.overrides && lfo.need(8); k++) {
        const start = lfo.i32();
        const flags = lfo.v.getUint32(lfo.at, true);
        lfo.at += 4;
        const ilvl = flags & 0x0f;
        const override = el('w:lvlOverride', { 'w:ilvl': String(ilvl) });
        if (flags & 0x10) override.children.push(valued('w:startOverride', start));
        if (flags & 0x20) {
          const level = readLevel(lfo, ilvl);
          if (level) override.children.push(level);
        }
        overrides.push(override);
      }
    }
    children.push(el('w:num', { 'w:numId': String(i + 1) }, [valued('w:abstractNumId', entry.lsid), ...overrides]));
  });
  return el('w:numbering', {}, children);
}
