// Word export laid out to GB/T 9704-2012 (or a local layout profile). Pure: no Node or DOM APIs.
import type { YaodianDocument } from '../model/types';
import { contextOf, type Context } from './context';
import type { Engine } from './measure';
import { planDocument } from './plan';
import { assemble, templateFor, type Template } from './package';
import { resolveProfile, type LayoutProfile } from './profile';

export { BUILTIN_PROFILES, GBT9704_2012, ProfileError, parseLayoutProfile, resolveProfile } from './profile';
export type { LayoutProfile } from './profile';

export interface ExportOptions {
  /**
   * a built-in profile id ("gbt9704-2012", "gbt9704-2012-fangsong"), a profile object (partial ones extend
   * GB/T 9704-2012); default GB/T 9704-2012
   */
  profile?: string | LayoutProfile | Record<string, unknown>;
  /** lay out 署名/成文日期 for a sealed document (default: without seal) */
  withSeal?: boolean;
  /** the export time written into the document properties (tests pin it) */
  now?: Date;
}

/** Where the 版记 went and why, as the export decided it by paginating in-process. */
interface LayoutSummary {
  /** pages of the body flow, as Word and LibreOffice would set them */
  bodyPages: Record<Engine, number>;
  /** grid lines used on the body's last page */
  lastPageLines: Record<Engine, number>;
  /** the 版记: none; on the body's last page; on the next (even) page; after a blank page */
  colophon: 'none' | 'shared' | 'next-page' | 'after-blank';
  /** expected total pages (Word's reckoning) */
  pages: number;
  /** the red mark's upper edge and the separator, twips below the 版心 top (page 1) */
  markTop: number | null;
  separatorY: number | null;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** the layout profile used (its id) */
  profile: string;
  profileName: string;
  warnings: string[];
  layout: LayoutSummary;
}

export async function exportDocx(doc: YaodianDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await exportDocxWithReport(doc, options)).bytes;
}

export async function exportDocxWithReport(doc: YaodianDocument, options: ExportOptions = {}): Promise<ExportResult> {
  const profile = resolveProfile(options.profile);
  const ctx = contextOf(profile);
  const template = await templateFor(ctx);
  return build(doc, ctx, template, options);
}

function build(doc: YaodianDocument, ctx: Context, template: Template, options: ExportOptions): ExportResult {
  const { profile } = ctx;
  const plan = planDocument(doc, ctx, { withSeal: !!options.withSeal });
  const { composed, ends, lines, colophon } = plan;
  const warnings = [...composed.warnings];
  let body = plan.blocks.map((b) => b.xml);
  const place = plan.place;
  let pages = ends.word.page;
  let tail = '';
  let sect = template.sectMain;
  if (colophon) {
    // the empty paragraph the floating 版记 is anchored to, and one that starts a new page
    const anchor = '<w:p><w:pPr><w:pStyle w:val="GwFlush"/></w:pPr></w:p>';
    const newPage = '<w:p><w:pPr><w:pStyle w:val="GwFlush"/><w:pageBreakBefore/></w:pPr></w:p>';
    if (place === 'shared') {
      tail = colophon.xml + anchor;
    } else if (place === 'next-page') {
      tail = newPage + colophon.xml + anchor;
      pages += 1;
    } else {
      // a section without page numbers: the blank page, then the 版记 page
      body = withLastParagraph(body, (p) => insertSectPr(p, template.sectMain));
      tail = anchor + newPage + colophon.xml + anchor;
      sect = template.sectNoNumbers;
      pages += 2;
    }
  }
  if (body.length === 0 && !tail) body = ['<w:p/>'];
  const xml = body.join('') + tail + sect;
  const title = doc.meta.noticeTitle?.trim() || doc.meta.title?.trim() || '';
  const bytes = assemble(template, xml, title, profile, options.now);
  return {
    bytes,
    profile: profile.id,
    profileName: profile.name,
    warnings,
    layout: {
      get bodyPages() {
        return { word: ends.word.page, libreoffice: ends.libreoffice.page };
      },
      get lastPageLines() {
        return { word: lines('word'), libreoffice: lines('libreoffice') };
      },
      colophon: place,
      pages,
      markTop: composed.markTop,
      separatorY: composed.separatorY,
    },
  };
}

function withLastParagraph(body: string[], fn: (p: string) => string): string[] {
  if (!body.length) return body;
  const last = body[body.length - 1];
  const i = last.lastIndexOf('<w:p>');
  const j = last.lastIndexOf('<w:p ');
  const at = Math.max(i, j);
  if (at < 0) return body;
  return [...body.slice(0, -1), last.slice(0, at) + fn(last.slice(at))];
}

/** Puts section properties into a paragraph (the last one of the section it ends). */
function insertSectPr(p: string, sectPr: string): string {
  if (p.includes('</w:pPr>')) return p.replace('</w:pPr>', `${sectPr}</w:pPr>`);
  return p.replace(/^<w:p>/, `<w:p><w:pPr>${sectPr}</w:pPr>`);
}
