// yaodian diff <旧文件> <新文件> [--all] [--json]: what changed since last year, section by section, with
// the changed characters marked ([-删去-] {+新增+}, or red and green in a terminal).
import { compareDocuments } from '../../shared/compare';
import type { ChangeKind, CompareReport, DiffPart, SectionChange } from '../../shared/compare/types';
import type { YaodianDocument } from '../../shared/model/types';
import { colours, loadForCommand } from './check';

const USAGE = '用法：yaodian diff <旧文件> <新文件> [--all] [--json]   （--all 同时列出未变的章节）';
const KIND_NAMES: Record<ChangeKind, string> = {
  added: '新增',
  removed: '删除',
  moved: '移动',
  changed: '修改',
  unchanged: '未变',
};
/** Unchanged text kept on each side of a change; longer runs are shortened with …. */
const CONTEXT = 12;

type Colours = ReturnType<typeof colours>;

export function renderDiff(parts: DiffPart[], c: Colours): string {
  return parts
    .map((p, i) => {
      const text = p.text.replace(/\n/g, '↵');
      if (p.kind === 'added') return c.enabled ? c.green(text) : `{+${text}+}`;
      if (p.kind === 'removed') return c.enabled ? c.strike(text) : `[-${text}-]`;
      const chars = [...text];
      const head = i === 0 ? 0 : CONTEXT;
      const tail = i === parts.length - 1 ? 0 : CONTEXT;
      if (chars.length <= head + tail + 1) return text;
      return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
    })
    .join('');
}

function paths(ch: SectionChange): string {
  if (ch.kind === 'added') return ch.newPath ?? '';
  if (ch.kind === 'removed') return ch.oldPath ?? '';
  return ch.oldPath === ch.newPath ? (ch.newPath ?? '') : `${ch.oldPath} → ${ch.newPath}`;
}

function headline(ch: SectionChange): string {
  const heading = ch.newHeading ?? ch.oldHeading ?? '';
  return heading ? `“${heading}”` : '（无标题）';
}

export function formatReport(
  report: CompareReport,
  oldName: string,
  newName: string,
  oldDoc: YaodianDocument,
  newDoc: YaodianDocument,
  all: boolean,
  c: Colours,
): string {
  const out = [
    `对比：旧 ${oldName}（${oldDoc.meta.title ?? '无标题'}）`,
    `  → 新 ${newName}（${newDoc.meta.title ?? '无标题'}）`,
    `章节：${(['added', 'removed', 'moved', 'changed', 'unchanged'] as ChangeKind[]).map((k) => `${KIND_NAMES[k]} ${report.counts[k]}`).join('，')}`,
  ];
  if (report.fields?.length) {
    out.push('', c.bold('【通知与前言】'));
    for (const f of report.fields) out.push(`  ${f.name}：${renderDiff(f.diff, c)}`);
  }
  const paint: Record<ChangeKind, (t: string) => string> = {
    added: c.green,
    removed: c.red,
    moved: c.cyan,
    changed: c.yellow,
    unchanged: c.dim,
  };
  const listed = report.changes.filter((ch) => all || ch.kind !== 'unchanged');
  out.push('', c.bold('【章节】'));
  if (!listed.length) out.push('  章节没有变化。');
  for (const ch of listed) {
    // years and punctuation width do not count for matching, so such edits score 100%: shown only when lower
    const similarity =
      ch.similarity !== null && ch.kind !== 'unchanged' && ch.similarity < 0.995
        ? c.dim(`（相似度 ${Math.round(ch.similarity * 100)}%）`)
        : '';
    const move = ch.move === 'parent' ? '移到其他标题下' : ch.move === 'order' ? '在同级中调整了顺序' : '';
    out.push(
      `  ${paint[ch.kind](`[${KIND_NAMES[ch.kind]}]`)} ${c.bold(paths(ch))} ${headline(ch)}${move ? `，${move}` : ''}${ch.move && ch.textChanged ? '，内容也有修改' : ''}${similarity}`,
    );
    if (ch.textChanged && ch.headingDiff && ch.oldHeading !== ch.newHeading)
      out.push(`      标题：${renderDiff(ch.headingDiff, c)}`);
    if (ch.textChanged && ch.bodyDiff && ch.bodyDiff.some((p) => p.kind !== 'same'))
      out.push(`      正文：${renderDiff(ch.bodyDiff, c)}`);
  }
  return out.join('\n');
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const flags = new Set(['--all', '--json']);
  const unknown = args.filter((a) => a.startsWith('-') && !flags.has(a));
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length) {
    console.error(`yaodian diff：未知选项“${unknown[0]}”。${USAGE}`);
    return 2;
  }
  if (files.length !== 2) {
    console.error(`yaodian diff：请指定旧、新两个文件。${USAGE}`);
    return 2;
  }
  const oldDoc = await loadForCommand('diff', files[0]);
  if (!oldDoc) return 2;
  const newDoc = await loadForCommand('diff', files[1]);
  if (!newDoc) return 2;
  const report = compareDocuments(oldDoc, newDoc);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    process.stdout.write(
      `${formatReport(report, files[0], files[1], oldDoc, newDoc, args.includes('--all'), colours())}\n`,
    );
  return 0;
}
