// npm run bench import: text import of each fixture and of each real notice of tests/corpus/real (target ≤ 10 ms
// median), and of a generated 1,000-section, ~1 MB notice (target ≤ 200 ms), also through importBytes (decoding
// included). A bare reference (splitting the same texts into lines) is measured in the same run.
import { importBytes } from '../../shared/import';
import { importText } from '../../shared/import/text';
import { toChineseNumeral } from '../../shared/model/numbering';
import { countSections } from '../../shared/model/tree';
import { readSeed, SEEDS } from '../helpers/paths';
import { readCorpus } from '../corpus/truth';
import { percentile, report, sample } from './stats';

/** A notice of `top` × `perTop` sections (level 1 + level 2 run-in + some level 3), about `bytes` of UTF-8. */
export function generatedNotice(sections = 1000, bytes = 1_100_000): string {
  const lines = [
    '示例市民政局文件',
    '示民发〔2025〕9号',
    '关于印发2025年全市民政工作要点的通知',
    '各县（市、区）民政局：',
    '现将要点印发给你们，请认真贯彻落实。',
    '示例市民政局',
    '2025年3月1日',
    '2025年全市民政工作要点',
    '2025年，全市民政工作要坚持稳中求进。',
  ];
  const perTop = 9; // 1 level-1 + 6 level-2 + 3 level-3 per group = 10 sections
  const groups = Math.ceil(sections / (perTop + 1));
  const sentence = '坚持以人民为中心的发展思想，完善分层分类社会救助体系，推动养老服务高质量发展，提升基层治理能力，';
  const bodyChars = Math.max(20, Math.floor(bytes / 3 / sections));
  const body = sentence.repeat(Math.ceil(bodyChars / sentence.length)).slice(0, bodyChars - 1) + '。';
  for (let g = 1; g <= groups; g++) {
    lines.push(`${toChineseNumeral(g)}、第${g}项重点工作`);
    for (let k = 1; k <= 6; k++) {
      lines.push(`（${toChineseNumeral(k)}）重点任务${g}-${k}。${body}`);
      if (k === 6) for (let t = 1; t <= 3; t++) lines.push(`${t}.具体措施${t}。${body}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function run(): Promise<void> {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const text = readSeed(name);
    report(
      `import fixture ${name} (${(text.length / 1024).toFixed(0)}k chars)`,
      sample(() => importText(text), 50, 10),
      10,
    );
  }
  const corpus = readCorpus();
  const perNotice = corpus.map((d) => ({ slug: d.slug, samples: sample(() => importText(d.text), 15, 3) }));
  report(
    `import real notices (${corpus.length}), median of medians`,
    perNotice.map((p) => percentile(p.samples, 50)),
    10,
  );
  const slowest = perNotice.reduce((a, b) => (percentile(b.samples, 50) > percentile(a.samples, 50) ? b : a));
  report(`  slowest: ${slowest.slug}`, slowest.samples, 10);
  report(
    '  reference: split the same texts into lines',
    corpus.map((d) =>
      percentile(
        sample(() => d.text.split(/\r?\n/), 15, 3),
        50,
      ),
    ),
  );
  const big = generatedNotice();
  const bytes = new TextEncoder().encode(big);
  const doc = importText(big);
  const label = `generated ${countSections(doc.sections)} sections, ${(bytes.length / 1024 / 1024).toFixed(2)} MB`;
  if (doc.warnings.length) console.log(`  (unexpected warnings on the generated notice: ${doc.warnings.length})`);
  report(
    `importText ${label}`,
    sample(() => importText(big), 15, 3),
    200,
  );
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await importBytes(bytes, 'generated.txt');
    times.push(performance.now() - t0);
  }
  report(`importBytes ${label}`, times, 200);
}
