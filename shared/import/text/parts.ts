// Parts above 一、: "第一部分　总体要求", "第二章 重点任务", "第三篇". A 要点 numbers at most four levels
// (一、 / （一） / 1. / （1）), so parts become the first level and every level under them moves down one —
// when the document leaves room; otherwise they stay as body paragraphs. Either way the user is told.
import { fromChineseNumeral, labelFor, numeralFor } from '../../model/numbering';
import type { Level, Warning } from '../../model/types';
import { halfWidthDigits } from './labels';
import type { ParsedLabel } from './labels';
import type { TextLine } from './line';
import { charLength } from './sentences';

const PART =
  /^第[\s\u3000]*([一二三四五六七八九十百零〇两]{1,4}|[0-9０-９]{1,3})[\s\u3000]*(部分|章|篇)(?![的中里内])[\s\u3000]*[：:、.．]?[\s\u3000]*/;

interface Part {
  n: number;
  kind: string;
  label: string;
  rest: string;
}

function readPart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // a heading, not a sentence that starts with 第一章…
  if (charLength(rest) > 50 || /[。；;！？!?，,]/.test(rest)) return null;
  const digits = halfWidthDigits(m[1]);
  const n = /^\d+$/.test(digits) ? Number(digits) : (fromChineseNumeral(m[1]) ?? 0);
  return { n, kind: m[2], label: m[0].replace(/[\s\u3000：:、.．]+/g, ''), rest };
}

/** A Word list label ("第一部分") given apart from the text, or the text's own. */
function partOf(line: TextLine): Part | null {
  if (line.label) return null;
  const listed = line.hint.listLabel ? readPart(line.hint.listLabel.trim()) : null;
  if (listed && listed.rest === '') return { ...listed, rest: line.text };
  return readPart(line.text);
}

/** The first label of a level as it prints: 一、 （一） 1. （1） */
const firstLabel = (level: Level) => labelFor(level, numeralFor(level, 1));

/**
 * Finds part headings (two or more of one kind) and gives them level-1 labels, moving the other labels
 * down one level when needed. Returns the lines unchanged when the document has no parts.
 */
export function liftParts(lines: readonly TextLine[], warnings: Warning[]): TextLine[] {
  const found = new Map<number, Part>();
  const kinds = new Map<string, number>();
  lines.forEach((l, i) => {
    const p = partOf(l);
    if (p) {
      found.set(i, p);
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    }
  });
  let kind = '';
  for (const [k, c] of kinds) if (c >= 2 && c > (kinds.get(kind) ?? 0)) kind = k;
  if (!kind) return [...lines];
  const parts = [...found].filter(([, p]) => p.kind === kind);
  const first = parts[0][1].label;
  // the levels under the parts (a notice's numbered 附件 list above them is not among them)
  const from = parts[0][0];
  const used = new Set<Level>();
  for (let i = from; i < lines.length; i++) if (lines[i].label) used.add(lines[i].label!.level);
  const shift = used.has(1);
  if (shift && used.has(4)) {
    warnings.push({
      code: 'part-headings',
      message: `原文在四级编号之上还有“${first}”等 ${parts.length} 个部分标题；要点最多四级编号，这些部分标题已作为正文段落保留，请在导入后调整结构`,
    });
    return [...lines];
  }
  // every label moves (a TOC above the parts must match the body); a numbered 附件 list is read by its text
  const out = lines.map((l) =>
    shift && l.label && l.label.level < 4 ? { ...l, label: { ...l.label, level: (l.label.level + 1) as Level } } : l,
  );
  for (const [i, p] of parts) {
    let rest = p.rest;
    // "第一部分" alone, its heading on the next line
    const next = out[i + 1];
    if (
      !rest &&
      next &&
      !next.label &&
      !found.has(i + 1) &&
      charLength(next.text) <= 40 &&
      !/[。；;！？!?，,]/.test(next.text)
    ) {
      rest = next.text;
      out[i + 1] = { ...next, text: '' };
    }
    const label: ParsedLabel = { level: 1, n: p.n, label: p.label, rest };
    out[i] = { ...out[i], label };
  }
  const moved = [...used].sort().map((l) => `“${firstLabel(l)}”编为“${firstLabel((l + 1) as Level)}”`);
  warnings.push({
    code: 'part-headings',
    message: shift
      ? `原文在“一、”之上还有“${first}”等 ${parts.length} 个部分标题；要点最多四级编号，已把部分标题作为一级标题（编为“${labelFor(1, '一')}”“${labelFor(1, '二')}”…），其下各级依次降一级：${moved.join('，')}`
      : `原文用“${first}”等 ${parts.length} 个部分标题作一级标题，已编为“${labelFor(1, '一')}”“${labelFor(1, '二')}”…`,
  });
  return out.filter((l) => l.text !== '' || l.label);
}
