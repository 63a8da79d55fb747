// Paragraph properties a .doc keeps per paragraph mark ([MS-DOC] PlcBtePapx → PapxFkp pages): the list a
// paragraph is numbered with (sprmPIlfo, sprmPIlvl), its centring (sprmPJc, a hint for titles as in a .docx)
// and whether the mark ends a table row (sprmPFTtp).
// A paragraph's style (doc/styles.ts) gives what the paragraph itself does not say.

export interface ParagraphProps {
  /** 1-based index into the LFO table; 0 when not numbered */
  ilfo: number;
  ilvl: number;
  rowEnd: boolean;
  centered: boolean;
}

interface Run {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_F_INNER_TTP = 0x244c;
const SPRM_P_JC_80 = 0x2403;
const SPRM_P_JC = 0x2461;
const FIB_PLCF_BTE_PAPX = 0x102;

/** Size of a sprm's operand ([MS-DOC] 2.2.5.1, spra), with the two variable-length ones whose length is 2 bytes. */
function operandSize(sprm: number, bytes: Uint8Array, at: number): number {
  switch ((sprm >> 13) & 7) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === 0xd608 || sprm === 0xd606) return 2 + (bytes[at] | (bytes[at + 1] << 8));
      return 1 + bytes[at];
  }
}

const NO_PROPS: ParagraphProps = { ilfo: 0, ilvl: 0, rowEnd: false, centered: false };

/** The paragraph properties a grpprl sets (only those it sets, so that they can override a style's). */
export function readGrpprl(bytes: Uint8Array, start: number, end: number): Partial<ParagraphProps> {
  const props: Partial<ParagraphProps> = {};
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = start;
  while (at + 2 <= end) {
    const sprm = v.getUint16(at, true);
    at += 2;
    const size = operandSize(sprm, bytes, at);
    if (at + size > end) break;
    if (sprm === SPRM_P_ILFO) props.ilfo = v.getInt16(at, true);
    else if (sprm === SPRM_P_ILVL) props.ilvl = bytes[at];
    else if (sprm === SPRM_P_F_TTP || sprm === SPRM_P_F_INNER_TTP) props.rowEnd = props.rowEnd || bytes[at] !== 0;
    else if (sprm === SPRM_P_JC_80 || sprm === SPRM_P_JC) props.centered = bytes[at] === 1;
    at += size;
  }
  return props;
}

/**
 * Reads every PAPX run of the document: file offset ranges of paragraph text and their properties, the
 * paragraph's own over its style's (styleProps: by style index).
 */
export function readParagraphProps(
  word: Uint8Array,
  fib: DataView,
  table: Uint8Array,
  styleProps: (istd: number) => Partial<ParagraphProps>,
): (fc: number) => ParagraphProps | null {
  const fcPlc = fib.getUint32(FIB_PLCF_BTE_PAPX, true);
  const lcbPlc = fib.getUint32(FIB_PLCF_BTE_PAPX + 4, true);
  const runs: Run[] = [];
  if (lcbPlc >= 8 && fcPlc + lcbPlc <= table.length) {
    const plc = new DataView(table.buffer, table.byteOffset + fcPlc, lcbPlc);
    const n = (lcbPlc - 4) / 8;
    for (let i = 0; i < n; i++) {
      const page = (plc.getUint32((n + 1) * 4 + i * 4, true) & 0x3fffff) * 512;
      if (page + 512 > word.length) continue;
      const fkp = word.subarray(page, page + 512);
      const f = new DataView(fkp.buffer, fkp.byteOffset, 512);
      const crun = fkp[511];
      for (let r = 0; r < crun && (crun + 1) * 4 + r * 13 < 511; r++) {
        const bOffset = fkp[(crun + 1) * 4 + r * 13] * 2;
        let props: ParagraphProps = NO_PROPS;
        if (bOffset > 0 && bOffset < 510) {
          let cb = fkp[bOffset];
          let at = bOffset + 1;
          let size = 2 * cb - 1;
          if (cb === 0) {
            cb = fkp[at];
            at++;
            size = 2 * cb;
          }
          // the style index (istd, 2 bytes) comes first
          const istd = fkp[at] | (fkp[at + 1] << 8);
          props = { ...NO_PROPS, ...styleProps(istd), ...readGrpprl(fkp, at + 2, Math.min(511, at + size)) };
        }
        runs.push({ fcStart: f.getUint32(r * 4, true), fcEnd: f.getUint32((r + 1) * 4, true), props });
      }
    }
  }
  runs.sort((a, b) => a.fcStart - b.fcStart);
  return (fc) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid];
      if (fc < run.fcStart) hi = mid - 1;
      else if (fc >= run.fcEnd) lo = mid + 1;
      else return run.props;
    }
    return null;
  };
}
