// A notice as PDF: the page model laid out from the document and the profile, drawn with the profile's fonts.
import { resolveProfile, type ExportOptions } from '../../../shared/export';
import type { YaodianDocument } from '../../../shared/model/types';
import { layoutPages } from '../../../shared/page';
import { drawPdf } from './draw-pdf';

export interface PdfExport {
  bytes: Uint8Array;
  profile: string;
  profileName: string;
  /** the document's warnings (no 文号…) and the fonts that had to be substituted */
  warnings: string[];
  pages: number;
  /** font name → what was embedded for it */
  fonts: Record<string, string>;
}

export async function exportPdfWithReport(doc: YaodianDocument, options: ExportOptions = {}): Promise<PdfExport> {
  const profile = resolveProfile(options.profile);
  const model = layoutPages(doc, { profile, withSeal: options.withSeal });
  const meta = doc.meta;
  const title = meta.noticeTitle?.trim() || meta.title?.trim() || '';
  const pdf = await drawPdf(model, {
    title,
    author: meta.signature?.trim() || meta.issuer?.trim() || '',
    subject: [meta.docNumber?.trim(), meta.title?.trim()].filter(Boolean).join(' '),
    profileName: profile.name,
    now: options.now,
  });
  return {
    bytes: pdf.bytes,
    profile: profile.id,
    profileName: profile.name,
    pages: model.pageCount,
    fonts: pdf.fonts,
    warnings: [...model.warnings, ...pdf.warnings],
  };
}
