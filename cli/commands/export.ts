// yaodian export <输入> -o <输出.docx|输出.pdf> [--profile <方案|方案.json>] [--seal]: a .txt, .docx or 要点 JSON
// to a Word notice (or its PDF) laid out to GB/T 9704-2012. Several inputs with -o <文件夹> export each beside the others.
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ExportFileError, exportDocumentToFile } from '../../electron/services/export-file';
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { BUILTIN_PROFILES } from '../../shared/export';

const USAGE = [
  '用法：yaodian export <输入文件> -o <输出.docx|输出.pdf> [--profile <版式方案>] [--seal]',
  '      yaodian export <输入文件…> -o <输出文件夹> [--pdf]',
  '  输入：.txt、.docx 或要点 JSON',
  `  --profile  内置方案（${Object.keys(BUILTIN_PROFILES).join('、')}）或本地方案 .json 文件；默认 GB/T 9704-2012`,
  '  --seal     按加盖印章的版式排署名和成文日期（默认不加盖印章）',
  '  --pdf      导出到文件夹时输出 PDF（-o 为 .pdf 文件时自动输出 PDF）',
].join('\n');

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

interface Parsed {
  inputs: string[];
  out: string | null;
  profile: string | undefined;
  seal: boolean;
  pdf: boolean;
}

function parse(args: string[]): Parsed | string {
  const p: Parsed = { inputs: [], out: null, profile: undefined, seal: false, pdf: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--out' || a === '--output') {
      if (i + 1 >= args.length) return `选项 ${a} 后面缺少输出文件`;
      p.out = args[++i];
    } else if (a.startsWith('--out=') || a.startsWith('--output=')) {
      p.out = a.slice(a.indexOf('=') + 1);
    } else if (a === '--profile') {
      if (i + 1 >= args.length) return '选项 --profile 后面缺少版式方案';
      p.profile = args[++i];
    } else if (a.startsWith('--profile=')) {
      p.profile = a.slice('--profile='.length);
    } else if (a === '--seal') {
      p.seal = true;
    } else if (a === '--pdf') {
      p.pdf = true;
    } else if (a.startsWith('-') && a !== '-') {
      return `未知选项“${a}”`;
    } else {
      p.inputs.push(a);
    }
  }
  if (!p.inputs.length) return '请指定要导出的文件';
  if (!p.out) return '请用 -o 指定输出的 .docx 或 .pdf 文件';
  return p;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    console.error(`yaodian export：${parsed}。\n${USAGE}`);
    return 2;
  }
  const many = parsed.inputs.length > 1;
  // -o names a folder for several inputs, or an existing folder whose name is not a .docx (a folder named
  // x.docx in the way of the file is an error, reported by the export)
  const outDir = many || (!/\.(docx|pdf)$/i.test(parsed.out!) && (await isDirectory(parsed.out!))) ? parsed.out! : null;
  if (many && !(await isDirectory(outDir!))) {
    console.error(`yaodian export：导出多个文件时，-o 应为已存在的文件夹（“${outDir}”不是）。`);
    return 2;
  }
  let failed = 0;
  for (const input of parsed.inputs) {
    const out = outDir ? join(outDir,
      `${basename(input, extname(input))}.${parsed.pdf ? 'pdf' : 'docx'}`) : parsed.out!;
    try {
      const doc = await loadDocumentFromFile(input);
      const result = await exportDocumentToFile(doc, out, { profile: parsed.profile, withSeal: parsed.seal });
      const name = BUILTIN_PROFILES[result.profile]?.name ?? result.profile;
      console.log(`已导出：${result.path}（${result.bytes} 字节，版式方案：${name}）`);
      for (const w of result.warnings) console.log(`  提示：${w}`);
    } catch (e) {
      failed++;
      const message = e instanceof FileImportError || e instanceof ExportFileError ? e.message : `导出“${input}”失败：${(e as Error)?.message ?? String(e)}`;
      console.error(`yaodian export：${oneLine(message)}`);
    }
  }
  return failed ? 1 : 0;
}
