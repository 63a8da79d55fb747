// Large realistic documents for the benchmark and the scale tests: sentences of the real notices, in a
// 10 × 9 × 10 tree (1,000 sections), and a "next year" version with edits, moves, deletions and additions.
import { createDocument, createSection, newId } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { readSeed } from '../helpers/paths';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): { sentences: string[]; clauses: string[] } {
  const text = (['jilin', 'jiangsu', 'maoji'] as const).map(readSeed).join('\n');
  const sentences = text
    .split(/(?<=。)|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.endsWith('。'));
  const clauses = sentences
    .flatMap((s) => s.split(/[,，。;；]/))
    .map((c) => c.trim())
    .filter((c) => c.length >= 6 && c.length <= 22);
  return { sentences, clauses };
}

/** tops × 100 sections (tops 一、, each 9 (一), each 10 1.); 10 gives 1,000, 200 gives 20,000. */
export function bigDocument(seed = 1, fullWidth = false, tops = 10): YaodianDocument {
  const r = rng(seed);
  const { sentences, clauses } = corpus();
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const punct = (t: string) =>
    fullWidth
      ? t.replace(/,/g, '，').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：')
      : t;
  const body = () => [Array.from({ length: 2 + Math.floor(r() * 3) }, () => punct(pick(sentences))).join('')];
  const sections: Section[] = [];
  for (let i = 0; i < tops; i++) {
    const l2: Section[] = [];
    for (let j = 0; j < 9; j++) {
      const l3: Section[] = [];
      for (let k = 0; k < 10; k++)
        l3.push(createSection(3, punct(pick(clauses)), { runIn: true, paragraphs: body(), sourceLabel: `${k + 1}.` }));
      l2.push(
        createSection(2, punct(pick(clauses)), {
          children: l3,
          sourceLabel: `(${['一', '二', '三', '四', '五', '六', '七', '八', '九'][j]})`,
        }),
      );
    }
    sections.push(
      createSection(1, punct(pick(clauses)), {
        children: l2,
        sourceLabel: `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i % 10]}、`,
      }),
    );
  }
  return createDocument({
    meta: { title: '2024年全省民政工作要点' } as never,
    preamble: [punct(pick(sentences))],
    sections,
  });
}

export interface Edits {
  edited: number;
  removed: number;
  added: number;
  moved: number;
}

/** Next year's version: ~10% bodies edited, ~3% removed, ~3% added, ~3% moved to another parent. */
export function nextYear(doc: YaodianDocument, seed = 2): { doc: YaodianDocument; edits: Edits } {
  const r = rng(seed);
  const edits: Edits = { edited: 0, removed: 0, added: 0, moved: 0 };
  const copy = (s: Section): Section => ({
    ...s,
    id: newId(),
    paragraphs: [...s.paragraphs],
    children: s.children.map(copy),
  });
  const sections = doc.sections.map(copy);
  const parents = sections.flatMap((s) => s.children);
  const movedOut: Section[] = [];
  for (const p of parents) {
    const kept: Section[] = [];
    for (const s of p.children) {
      const x = r();
      if (x < 0.03) edits.removed++;
      else if (x < 0.06) {
        movedOut.push(s);
        edits.moved++;
      } else {
        if (x < 0.16) {
          s.paragraphs = [s.paragraphs[0].replace(/[^。]*。$/, '根据新的形势要求进一步完善相关制度措施。')];
          edits.edited++;
        }
        kept.push(s);
      }
    }
    if (r() < 0.3) {
      kept.splice(
        Math.floor(r() * kept.length),
        0,
        createSection(3, `新增工作任务第${edits.added + 1}项`, {
          runIn: true,
          paragraphs: [`这是${edits.added + 1}号新任务的说明,今年首次列入工作要点。`],
        }),
      );
      edits.added++;
    }
    p.children = kept;
  }
  for (const s of movedOut) {
    const target = parents[Math.floor(r() * parents.length)];
    target.children.splice(Math.floor(r() * (target.children.length + 1)), 0, s);
  }
  return { doc: { ...doc, sections }, edits };
}
