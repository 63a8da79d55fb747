// The tables of a .docx as grids of cell text (a 任务分工表 attached to a notice is a Word table): the
// importer's own package reader and XML helpers, vertically merged cells filled from the cell above.
import { cellsOf, rowsOf } from '../import/docx/containers';
import { openPackage, parsePart } from '../import/docx/package';
import { child, findAll, textOf, type XElement } from '../import/docx/xml';

const TEXT = new Set(['w:t']);

function cellText(tc: XElement): string {
  return findAll(tc, 'w:p')
    .map((p) => findAll(p, 'w:t').map(textOf).join(''))
    .join('\n')
    .trim();
}

function gridOf(tbl: XElement): string[][] {
  const grid: string[][] = [];
  for (const tr of rowsOf(tbl)) {
    const row: string[] = [];
    for (const tc of cellsOf(tr)) {
      const pr = child(tc, 'w:tcPr');
      const span = Number(child(pr, 'w:gridSpan')?.attrs['w:val'] ?? 1) || 1;
      const vMerge = child(pr, 'w:vMerge');
      const continued = vMerge && vMerge.attrs['w:val'] !== 'restart';
      const col = row.length;
      const text = continued ? (grid[grid.length - 1]?.[col] ?? '') : cellText(tc);
      row.push(text);
      for (let i = 1; i < span; i++) row.push('');
    }
    grid.push(row);
  }
  return grid;
}

/** Every top-level table of the document, in order. */
export function docxTables(bytes: Uint8Array): string[][][] {
  const pkg = openPackage(bytes);
  const root = parsePart(pkg, pkg.mainPath, { keepTextIn: TEXT });
  if (!root) return [];
  return findAll(root, 'w:tbl').map(gridOf);
}
