// export.docx with withTasks: the notice goes out with its 分工表 as the last 附件. What was exported is kept
// as the export revision; once the exporter lays out doc.appendices (the 附件 pages), LibreOffice must show the
// table with its header on every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/paths';
import { pageLines, renderPdfs } from '../export/render';
import { openHarness, type Harness } from '../store/harness';
import { makeTaskDocument } from './big';

// the 附件 pages come from the exporter's appendix support (written in parallel); until then only the model is checked
const exporterLaysOutAppendices = /appendices/.test(
  ['compose.ts', 'blocks.ts', 'index.ts']
    .map((f) => readFileSync(join(repoRoot, 'shared', 'export', f), 'utf8'))
    .join('\n'),
);

let h: Harness;
afterEach(() => h?.close());

describe('the notice with its 分工表', () => {
  it('exports with the table as 附件, named in the 附件说明, and keeps what was exported as a revision', async () => {
    h = openHarness();
    const doc = makeTaskDocument(60);
    doc.meta = {
      ...doc.meta,
      issuer: '某省民政厅',
      signature: '某省民政厅',
      date: '2024-02-19',
      recipients: '各市民政局',
    };
    const { summary } = await h.ok('documents.create', { document: doc });
    const dir = tempDir('yaodian-notice-');
    const file = join(dir, '通知.docx');
    await h.ok('export.docx', { id: summary.id, path: file, withTasks: true });
    const revs = await h.ok('revisions.list', { documentId: summary.id });
    const exported = (await h.ok('revisions.get', { revisionId: revs.find((r) => r.reason === 'export')!.id }))
      .document;
    expect(exported.meta.attachments).toEqual(['2024年全省民政工作要点任务分工表']);
    expect(exported.appendices).toHaveLength(1);
    const table = exported.appendices![0].blocks[0];
    expect(table.kind === 'table' && table.rows.length).toBe(61);
    // the stored document itself is unchanged: the 附件 is made at export time from the current 分工
    expect((await h.ok('documents.get', { id: summary.id })).document.appendices ?? []).toEqual([]);
    const body = strFromU8(unzipSync(readFileSync(file))['word/document.xml']);
    expect(body).toContain('任务分工表'); // the 附件说明 line at least
    if (!exporterLaysOutAppendices) return;
    expect(body).toContain('<w:tblHeader/>');
    const pages = pageLines(renderPdfs([file], dir).get(file)!);
    const tablePages = pages.filter((lines) => lines.some((l) => /完善|健全|推进|加强/.test(l) && /处/.test(l)));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const lines of tablePages) expect(lines.some((l) => /序号\s+工作任务\s+牵头单位/.test(l))).toBe(true);
  }, 240_000);
});
