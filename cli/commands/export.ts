// yaodian export <输入> -o <输出.docx|输出.pdf> [--profile <方案|方案.json>] [--seal]: any file the importer reads
// (told by content) or 要点 JSON, to a Word notice (or its PDF) laid out to GB/T 9704-2012. Several inputs, or a
// folder, with -o <文件夹> export each beside the others.
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ExportFileError, exportDocumentToFile } from '../../electron/services/export-file';
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { BUILTIN_PROFILES } from '../../shared/export';

const USAGE = [
  '用法：yaodian export <输入文件> -o <输出.docx|输出.pdf> [--profile <版式方案>] [--seal]',
  '      yaodian export <输入文件…> -o <输出文件夹> [--pdf]',
  '      yaodian export <输入文件夹> -o <输出文件夹> [--pdf]   （文件夹中每个文件各导出一份；按内容识别格式）',
  '  输入：.txt、.docx、.doc、.wps、.pdf、.html、.mhtml 或要点 JSON',
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

/** The regular, visible files directly in a folder, in name order. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
    .map((e) => join(folder, e.name))
    .sort();
}

/**
 * 通知.docx for 通知.pdf; 通知（pdf）.docx when 通知.doc is exported beside it, so neither overwrites the other;
 * 通知（导出）.docx when the output would be the input itself (a .docx exported into its own folder).
 */
function outputPath(input: string, all: readonly string[], outDir: string, ext: '.docx' | '.pdf'): string {
  const stem = basename(input, extname(input));
  const clash = all.some((other) => other !== input && basename(other, extname(other)) === stem);
  const path = join(outDir, clash && extname(input) ? `${stem}（${extname(input).slice(1)}）${ext}` : `${stem}${ext}`);
  return resolve(path) === resolve(input) ? join(outDir, `${stem}（导出）${ext}`) : path;
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
  // a folder stands for the files in it (not its subfolders); the kind of each is told by its content
  const folders = await Promise.all(parsed.inputs.map(isDirectory));
  if (folders.some(Boolean)) {
    parsed.inputs = (
      await Promise.all(parsed.inputs.map((input, i) => (folders[i] ? filesIn(input) : [input])))
    ).flat();
    if (!parsed.inputs.length) {
      console.error('yaodian export：输入文件夹中没有文件。');
      return 2;
    }
    if (/\.(docx|pdf)$/i.test(parsed.out!)) {
      console.error(`yaodian export：导出文件夹时，-o 应为输出文件夹（“${parsed.out}”是文件名）。`);
      return 2;
    }
    await mkdir(parsed.out!, { recursive: true });
  }
  const many = parsed.inputs.length > 1 || folders.some(Boolean);
  // -o names a folder for several inputs, or an existing folder whose name is not a .docx (a folder named
  // x.docx in the way of the file is an error, reported by the export)
  const outDir = many || (!/\.(docx|pdf)$/i.test(parsed.out!) && (await isDirectory(parsed.out!))) ? parsed.out! : null;
  if (many && !(await isDirectory(outDir!))) {
    console.error(`yaodian export：导出多个文件时，-o 应为已存在的文件夹（“${outDir}”不是）。`);
    return 2;
  }
  let failed = 0;
  for (const input of parsed.inputs) {
    const out = outDir ? outputPath(input, parsed.inputs, outDir, parsed.pdf ? '.pdf' : '.docx') : parsed.out!;
    try {
      const doc = await loadDocumentFromFile(input);
      const result = await exportDocumentToFile(doc, out, { profile: parsed.profile, withSeal: parsed.seal });
      const name = BUILTIN_PROFILES[result.profile]?.name ?? result.profile;
      console.log(`已导出：${result.path}（${result.bytes} 字节，版式方案：${name}）`);
      for (const w of result.warnings) console.log(`  提示：${w}`);
    } catch (e) {
      failed++;
      const message =
        e instanceof FileImportError || e instanceof ExportFileError
          ? e.message
          : `导出“${input}”失败：${(e as Error)?.message ?? String(e)}`;
      console.error(`yaodian export：${oneLine(message)}`);
    }
  }
  return failed ? 1 : 0;
}
