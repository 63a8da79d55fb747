// Makes .doc, .pdf and .html versions of documents with LibreOffice, as offices have them: a Word file saved as
// Word 97–2003, printed to PDF, saved as a web page. One profile folder of its own per run, so parallel runs
// and a LibreOffice open elsewhere do not lock each other out.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));

export type Target = 'doc' | 'pdf' | 'html';

const FILTERS: Record<Target, string> = {
  doc: 'doc:MS Word 97',
  pdf: 'pdf:writer_pdf_Export',
  html: 'html:HTML (StarWriter)',
};

/** Converts each input to each target in `outDir`; returns target → input path → output path. */
export function convertAll(inputs: string[], targets: Target[], outDir: string): Map<Target, Map<string, string>> {
  const profile = join(outDir, `.lo-profile-${process.pid}`);
  const out = new Map<Target, Map<string, string>>();
  try {
    for (const target of targets) {
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          FILTERS[target],
          '--outdir',
          outDir,
          ...inputs,
        ],
        { stdio: 'pipe', timeout: 180_000 },
      );
      out.set(target, new Map(inputs.map((i) => [i, join(outDir, basename(i).replace(/\.[^.]+$/, `.${target}`))])));
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
