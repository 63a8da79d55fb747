// yaodian check <文件> [--json]: 规范检查. Prints the findings with their place and fix; exits 1 when any
// finding is an error, 2 on a usage or file problem.
import { defaultDataDir } from '../../electron/dev-host/data-dir';
import { FileImportError, loadDocumentFromFile } from '../../electron/services/import-file';
import { loadOfficeLexicon, officeLexiconFinding } from '../../electron/services/office-lexicon';
import { runChecks } from '../../shared/checks';
import type { Finding, Severity } from '../../shared/checks/types';
import type { YaodianDocument } from '../../shared/model/types';
import { parseFileArgs } from '../args';

const USAGE =
  '用法：yaodian check <文件> [--json]   （文件：.txt、.docx、.doc、.wps、.pdf、.html、.mhtml 或要点 JSON，按内容识别）';
const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** ANSI colour only for a terminal (and not when NO_COLOR is set). */
export function colours(enabled = !!process.stdout.isTTY && !process.env.NO_COLOR) {
  const wrap = (code: string) => (t: string) => (enabled ? `\x1b[${code}m${t}\x1b[0m` : t);
  return {
    red: wrap('31'),
    green: wrap('32'),
    yellow: wrap('33'),
    cyan: wrap('36'),
    dim: wrap('2'),
    bold: wrap('1'),
    strike: wrap('9;31'),
    enabled,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Loads a file for a command; on failure prints the Chinese reason and returns null. */
export async function loadForCommand(command: string, file: string): Promise<YaodianDocument | null> {
  try {
    return await loadDocumentFromFile(file);
  } catch (e) {
    const message =
      e instanceof FileImportError ? e.message : `无法读取“${file}”：${(e as Error)?.message ?? String(e)}`;
    console.error(`yaodian ${command}：${oneLine(message)}`);
    return null;
  }
}

export function formatFindings(findings: Finding[], file: string, doc: YaodianDocument, useColour = colours()): string {
  const c = useColour;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const fixable = findings.filter((f) => f.fix).length;
  const out = [`文件：${file}`, `要点：${doc.meta.title ?? '（未找到标题）'}`, ''];
  if (!findings.length) {
    out.push(c.green('未发现问题。'));
    return out.join('\n');
  }
  out.push(
    `共 ${findings.length} 项：错误 ${count('error')} 项，警告 ${count('warning')} 项，提示 ${count('info')} 项（其中 ${fixable} 项可一键修复）`,
    '',
  );
  const paint: Record<Severity, (t: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  for (const f of findings) {
    out.push(`${paint[f.severity](`[${SEVERITY_NAMES[f.severity]}]`)} ${c.bold(f.location)}  ${f.message}`);
    if (f.source) out.push(c.dim(`        依据：${f.source}`));
    if (f.fix) out.push(c.dim(`        可修复：${f.fix.label}`));
  }
  out.push('');
  out.push(count('error') ? c.red(`有 ${count('error')} 项错误，请修改后再印发。`) : c.green('没有错误。'));
  return out.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseFileArgs('check', '检查', USAGE, args);
  if (typeof parsed === 'number') return parsed;
  const { json, file } = parsed;
  const doc = await loadForCommand('check', file);
  if (!doc) return 2;
  // the office's own lexicon entries, from the same data folder the app uses (YAODIAN_DATA_DIR overrides it)
  const office = loadOfficeLexicon(defaultDataDir());
  const findings = [
    ...(office.problem ? [officeLexiconFinding(office.problem)] : []),
    ...runChecks(doc, office.options),
  ];
  process.stdout.write(json ? `${JSON.stringify(findings, null, 2)}\n` : `${formatFindings(findings, file, doc)}\n`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
