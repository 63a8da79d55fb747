// The cost of "已保存 means on disk": a section edit and a whole-document autosave on a 1,000-section draft,
// committed with synchronous=FULL (the store's setting: the WAL is synced before the save returns) and, for
// comparison, with NORMAL (synced only at the next checkpoint). Also the daily backup (VACUUM INTO) and a
// recovery from it, which a user waits for once a day at most.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { takeBackup } from '../../electron/store/backups';
import { createDocument, createSection } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { tempDir } from '../helpers/paths';
import { openHarness } from '../store/harness';
import { fmt, percentile, report } from './stats';
import { updateSection } from '../../shared/model/operations';

const TEXT = '坚持以人民为中心的发展思想，兜住兜准兜牢民生底线，推进基本养老服务体系建设。';

function draft(): YaodianDocument {
  const sections: Section[] = [];
  for (let a = 0; a < 10; a++) {
    const twos: Section[] = [];
    for (let b = 0; b < 9; b++) {
      const threes = Array.from({ length: 10 }, (_, c) =>
        createSection(3, `措施${a}-${b}-${c}`, { paragraphs: [TEXT + TEXT] }),
      );
      twos.push(createSection(2, `任务${a}-${b}`, { runIn: true, paragraphs: [TEXT], children: threes }));
    }
    sections.push(createSection(1, `方面${a}`, { children: twos }));
  }
  return createDocument({ sections });
}

export async function run(): Promise<void> {
  const dir = tempDir('yaodian-bench-');
  try {
    const h = openHarness({ dir });
    const created = await h.ok('documents.create', { document: draft() });
    const id = created.summary.id;
    const ids: string[] = [];
    const walk = (l: Section[]) => l.forEach((s) => (ids.push(s.id), walk(s.children)));
    walk(created.document.sections);
    const rounds = 300;
    const measure = async (mode: 'FULL' | 'NORMAL') => {
      h.db.pragma(`synchronous = ${mode}`);
      const edits: number[] = [];
      const saves: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const sectionId = ids[(i * 37) % ids.length];
        const paragraphs = [`${TEXT}（${mode}第${i}次）`];
        // one keystroke's autosave: the change set of one section, as the editor sends it
        let t0 = performance.now();
        await h.edit(id, (d) => updateSection(d, sectionId, { paragraphs }));
        edits.push(performance.now() - t0);
        // a save that rewrites every section (a paste over the whole draft, undo of a large change)
        t0 = performance.now();
        await h.edit(id, (d) => {
          const doc = structuredClone(d);
          doc.sections[i % 10].heading = `方面${i}${mode}`;
          return doc;
        });
        saves.push(performance.now() - t0);
      }
      report(`section edit saved (change set, incl. reading the stored version), synchronous=${mode}`, edits);
      report(`whole-document save, synchronous=${mode}`, saves);
      return { edit: percentile(edits, 50), save: percentile(saves, 50) };
    };
    await measure('NORMAL'); // warm-up: caches and statements
    const normal = await measure('NORMAL');
    const full = await measure('FULL');
    console.log(
      `cost of syncing each save (median, FULL − NORMAL): section edit ${fmt(full.edit - normal.edit)}, ` +
        `whole-document save ${fmt(full.save - normal.save)}`,
    );
    const t0 = performance.now();
    const backup = takeBackup(h.db, join(dir, 'yaodian.db'), 'daily', new Date());
    console.log(
      `daily backup (VACUUM INTO, synced) of a 1,000-section draft with its revisions: ${fmt(performance.now() - t0)}`,
    );
    h.close();
    rmSync(backup, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
