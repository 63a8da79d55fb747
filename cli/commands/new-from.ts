// yaodian new-from <文件> [--year 2025] [--skeleton] -o <输出.json|输出.docx>: next year's draft from a prior
// document; lists every change (applied, cleared, to review) and writes the draft.
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { exportDocumentToFile } from '../../electron/services/export-file';
import { toJson } from '../../shared/model/interchange';
import { planNewYear } from '../../shared/new-year';
import type { YearChange } from '../../shared/new-year/types';
import { colours, loadForCommand } from './check';

const USAGE =
  '用法：yaodian new-from <文件> [--year 2025] [--skeleton] -o <输出.json|输出.docx>\n  --year 新年度（默认为原文年度加一）  --skeleton 只保留标题和编号，清空正文';
const ACTION_NAMES: Record<YearChange['action'], string> = { changed: '已改', cleared: '已清空', review: '待确认' };

interface Options {
  file: string;
  out: string;
  year?: number;
  skeleton: boolean;
}

function parse(args: string[]): Options | string {
  let out: string | undefined;
  let year: number | undefined;
  let skeleton = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--out') {
      out = args[++i];
      if (!out) return '“-o”后缺少输出文件';
    } else if (a === '--year' || a.startsWith('--year=')) {
      const v = a.includes('=') ? a.slice(7) : args[++i];
      if (!v || !/^\d{4}$/.test(v) || +v < 1949 || +v > 2200) return `年度“${v ?? ''}”无效，应为四位年份，如 2025`;
      year = Number(v);
    } else if (a === '--skeleton') skeleton = true;
    else if (a.startsWith('-')) return `未知选项“${a}”`;
    else files.push(a);
  }
  if (files.length !== 1) return files.length ? '一次只能处理一个文件' : '请指定往年的文件';
  if (!out) return '请用 -o 指定输出文件（.json 或 .docx）';
  if (!['.json', '.docx'].includes(extname(out).toLowerCase())) return `输出文件“${out}”应为 .json 或 .docx`;
  if (resolve(out) === resolve(files[0])) return '输出文件不能与原文件相同';
  return { file: files[0], out, year, skeleton };
}

export function formatChanges(changes: YearChange[], c = colours()): string[] {
  const paint: Record<YearChange['action'], (t: string) => string> = {
    changed: c.green,
    cleared: c.yellow,
    review: c.cyan,
  };
  return changes.map((ch) => {
    const head = `  ${paint[ch.action](`[${ACTION_NAMES[ch.action]}]`)} ${c.bold(ch.location)}：`;
    if (ch.action === 'changed') return `${head}${ch.before} → ${ch.after}\n        ${c.dim(ch.reason)}`;
    if (ch.action === 'cleared') return `${head}${ch.before} → （空）\n        ${c.dim(ch.reason)}`;
    return `${head}${ch.before}\n        ${c.dim(ch.reason)}${ch.suggestion ? c.dim(`；可改为：${ch.suggestion}`) : ''}`;
  });
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const opts = parse(args);
  if (typeof opts === 'string') {
    console.error(`yaodian new-from：${opts}。\n${USAGE}`);
    return 2;
  }
  const doc = await loadForCommand('new-from', opts.file);
  if (!doc) return 2;
  let plan;
  try {
    plan = planNewYear(doc, { year: opts.year, skeleton: opts.skeleton });
  } catch (e) {
    console.error(`yaodian new-from：“${opts.file}”：${(e as Error).message}`);
    return 1;
  }
  const count = (a: YearChange['action']) => plan.changes.filter((ch) => ch.action === a).length;
  const lines = [
    `由“${opts.file}”（${plan.sourceYear ?? '年度未知'}${plan.sourceYear ? '年' : ''}）生成 ${plan.year} 年草稿（${opts.skeleton ? '只保留框架' : '保留全文'}）`,
    `变更 ${plan.changes.length} 项：已改 ${count('changed')}，已清空 ${count('cleared')}，待确认 ${count('review')}`,
    ...formatChanges(plan.changes),
  ];
  console.log(lines.join('\n'));
  try {
    if (extname(opts.out).toLowerCase() === '.json') {
      await writeFile(opts.out, `${JSON.stringify(toJson(plan.document), null, 2)}\n`, 'utf8');
    } else {
      await exportDocumentToFile(plan.document, opts.out);
    }
  } catch (e) {
    console.error(`yaodian new-from：无法写入“${opts.out}”：${(e as Error)?.message ?? String(e)}`);
    return 1;
  }
  console.log(`已写入：${opts.out}`);
  return 0;
}
