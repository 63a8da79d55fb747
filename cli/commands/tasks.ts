// yaodian tasks <文件> -o <分工表.docx|.xlsx> [--by-unit]: the 任务分工表 of a 要点 (inline assignments are read
// at import), as a GB/T 9704 table or a tracking workbook; --by-unit writes each unit's own list beside it.
import { basename, dirname, extname, join } from 'node:path';
import { ExportFileError, writeBytesAtomically } from '../../electron/services/export-file';
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { tableTitle, taskTableDocx } from '../../shared/tasks/outputs';
import { quartersOf } from '../../shared/tasks/progress';
import { rowsByUnit, taskRows } from '../../shared/tasks/table';
import { documentYear } from '../../shared/tasks/year';
import { trackingXlsx } from '../../shared/tasks/xlsx-write';
import type { YaodianDocument } from '../../shared/model/types';

const USAGE = [
  '用法：yaodian tasks <要点文件> -o <分工表.docx|分工表.xlsx> [--by-unit]',
  '  输入：.txt、.docx 或要点 JSON（正文中的“（牵头单位：…；配合单位：…；完成时限：…）”等写法会读成分工）',
  '  .docx  按 GB/T 9704 排版的任务分工表；.xlsx  跟踪用台账（每项任务一行，每季度一列）',
  '  --by-unit  另为每个单位各出一份（牵头、配合分列），文件名为 <输出名>-<单位>.<扩展名>',
].join('\n');

function parse(args: string[]): { input: string; out: string; byUnit: boolean } | string {
  let out: string | null = null;
  let byUnit = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--out') {
      if (i + 1 >= args.length) return `选项 ${a} 后面缺少输出文件`;
      out = args[++i];
    } else if (a === '--by-unit') byUnit = true;
    else if (a.startsWith('-')) return `未知选项“${a}”`;
    else inputs.push(a);
  }
  if (inputs.length !== 1) return inputs.length ? '一次只能处理一个文件' : '请指定要点文件';
  if (!out) return '请用 -o 指定输出的 .docx 或 .xlsx 文件';
  if (!/\.(docx|xlsx)$/i.test(out)) return `输出文件“${out}”应以 .docx 或 .xlsx 结尾`;
  return { input: inputs[0], out, byUnit };
}

async function render(doc: YaodianDocument, ext: string, unit: string | null): Promise<Uint8Array> {
  if (ext === '.docx') return taskTableDocx(doc, unit);
  const rows = taskRows(doc).filter((r) => !unit || r.lead.includes(unit) || r.support.includes(unit));
  const year = documentYear(doc) ?? new Date().getFullYear();
  const title = tableTitle(doc) + (unit ? `（${unit}）` : '');
  return trackingXlsx(rows, { documentId: null, title, periods: quartersOf(year), unit });
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const p = parse(args);
  if (typeof p === 'string') {
    console.error(`yaodian tasks：${p}。\n${USAGE}`);
    return 2;
  }
  try {
    const doc = await loadDocumentFromFile(p.input);
    const rows = taskRows(doc);
    if (!rows.length) {
      console.error(`yaodian tasks：“${p.input}”中没有任务分工（没有找到“牵头单位：…”“责任单位：…”等写法）。`);
      return 1;
    }
    const ext = extname(p.out).toLowerCase();
    const targets: Array<[string, string | null]> = [[p.out, null]];
    if (p.byUnit) {
      const base = join(dirname(p.out), basename(p.out, extname(p.out)));
      for (const u of rowsByUnit(rows)) targets.push([`${base}-${u.unit.replace(/[\\/:*?"<>|]/g, '_')}${ext}`, u.unit]);
    }
    for (const [path, unit] of targets) {
      const bytes = await render(doc, ext, unit);
      await writeBytesAtomically(path, bytes);
      console.log(`已导出：${path}（${unit ?? `${rows.length} 项任务`}）`);
    }
    return 0;
  } catch (e) {
    const message =
      e instanceof FileImportError || e instanceof ExportFileError
        ? e.message
        : `处理“${p.input}”失败：${(e as Error)?.message ?? String(e)}`;
    console.error(`yaodian tasks：${message.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}
