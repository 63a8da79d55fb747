// Page geometry in Word's units (twips = 1/20 pt), derived once from a layout profile.
import type { LayoutProfile } from './profile';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

export interface Geometry {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginLeft: number;
  marginRight: number;
  marginBottom: number;
  /** 版心 width and height */
  textWidth: number;
  textHeight: number;
  /** grid line pitch: floor(版心 height / lines), as Word's own templates compute it */
  linePitch: number;
  /** the run spacing that condenses body characters so that exactly charsPerLine fit */
  charSpacing: number;
  /** one body character's advance including that spacing: the grid cell */
  cell: number;
  /** body font size in twips */
  bodySize: number;
  lines: number;
  chars: number;
}

export function geometryOf(profile: LayoutProfile): Geometry {
  const { page, grid } = profile;
  const pageWidth = mmToTwips(page.widthMm);
  const pageHeight = mmToTwips(page.heightMm);
  const marginTop = mmToTwips(page.topMm);
  const marginLeft = mmToTwips(page.leftMm);
  const textWidth = mmToTwips(page.textWidthMm);
  const textHeight = mmToTwips(page.textHeightMm);
  const bodySize = ptToTwips(profile.sizes.body);
  // Word spacing is whole twips; 28 × (320 − 5) = 8820 ≤ 8844 < 29 × 315.
  const cell = Math.floor(textWidth / grid.charsPerLine);
  return {
    pageWidth,
    pageHeight,
    marginTop,
    marginLeft,
    marginRight: pageWidth - marginLeft - textWidth,
    // the remainder, so that top + 版心 + bottom is exactly the page (1985 for A4, as Word writes it)
    marginBottom: pageHeight - marginTop - textHeight,
    textWidth,
    textHeight,
    linePitch: Math.floor(textHeight / grid.linesPerPage),
    charSpacing: cell - bodySize,
    cell,
    bodySize,
    lines: grid.linesPerPage,
    chars: grid.charsPerLine,
  };
}
