// Reads the text runs of a PDF with PDF.js (legacy build: it runs in Node without a DOM). Plain Node; the
// line rebuilding is pure and lives in shared/import/pdf.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError } from '../../shared/import/errors';
import type { PdfPage, PdfTextItem } from '../../shared/import/pdf';
import { ensurePdfGlobals } from './pdf-globals';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A notice is a few dozen pages; a PDF of hundreds is a book or a scan batch, not worth the wait. */
const MAX_PAGES = 300;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/**
 * PDF.js and its worker, loaded on first use. The worker runs on this thread ("fake worker"); giving it as
 * globalThis.pdfjsWorker keeps PDF.js from importing it by a file path, which a bundle would not have.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    ensurePdfGlobals();
    // when they load, PDF.js and its worker look for the native canvas package (for drawing, not needed here)
    // and print a warning when it is missing, as in a bundled build: the command line would show it
    const { log, warn } = console;
    const quiet =
      (print: (...a: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (!/^Warning: Cannot (?:load "@napi-rs\/canvas"|access the `require`)/.test(String(args[0]))) print(...args);
      };
    console.log = quiet(log);
    console.warn = quiet(warn);
    try {
      // @ts-expect-error the worker module ships without type declarations
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return pdfjs;
}

/**
 * Chinese PDFs made without embedded fonts name Adobe's CMaps (UniGB-UCS2-H…), which PDF.js reads from its
 * package folder; where the package is not on disk (a bundled build) such PDFs read without them.
 */
function resourceUrls(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      cMapUrl: `${join(dir, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    };
  } catch {
    return {};
  }
}

function textItem(item: unknown): PdfTextItem | null {
  const i = item as { str?: string; transform?: number[]; width?: number; height?: number };
  if (typeof i.str !== 'string' || !i.transform || !i.str) return null;
  const [a, b, c, d, x, y] = i.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || i.height || 0;
  return { text: i.str, x, y, width: i.width ?? 0, size };
}

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const { getDocument, PasswordResponses } = await loadPdfJs();
  // PDF.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    ...resourceUrls(),
  });
  let needsPassword = false;
  task.onPassword = (_update: unknown, reason: number) => {
    needsPassword = reason === PasswordResponses.NEED_PASSWORD || reason === PasswordResponses.INCORRECT_PASSWORD;
    void task.destroy();
  };
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PAGES) {
      throw new ImportError('too-large', `PDF 共 ${doc.numPages} 页，超过 ${MAX_PAGES} 页的上限，不像是一份要点通知`);
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ width, height, items: content.items.map(textItem).filter((i): i is PdfTextItem => i !== null) });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const name = (e as Error)?.name ?? '';
    if (needsPassword || name === 'PasswordException') {
      throw new ImportError('encrypted', 'PDF 设置了打开密码（已加密），无法读取：请使用未加密的文件或原始 Word 文档');
    }
    throw new ImportError('corrupt-docx', 'PDF 文件已损坏或不完整，无法读取：请重新获取原文件');
  } finally {
    await task.destroy();
  }
}
