// Child process for the crash and "already open" tests: opens the store in <dataDir>, then performs a
// stream of edits through the service API, printing one line per acknowledged edit (after the call has
// returned, i.e. after the commit). Run: node --import tsx tests/store/edit-child.ts <dataDir> <seed> [edit|probe]
import { writeSync } from 'node:fs';
import type { Input, Method, Outputs, Result } from '../../shared/api/contract';
import { createSection } from '../../shared/model/factory';
import {
  demoteSection,
  insertSection,
  moveBy,
  OperationError,
  promoteSection,
  updateSection,
} from '../../shared/model/operations';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { saveEdit } from '../helpers/save-edit';
import { openServices, type Services } from '../../electron/services/service-context';

const [dataDir, seedText = '1', mode = 'edit'] = process.argv.slice(2);
const out = (line: string) => writeSync(1, `${line}\n`); // synchronous: a printed ack is never lost in a buffer

let seed = Number(seedText) >>> 0 || 1;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

let services: Services;
try {
  services = openServices({ dataDir, autoRevisionMs: 150 });
} catch (err) {
  out(`open-error ${JSON.stringify({ code: (err as { code?: string }).code, message: (err as Error).message })}`);
  process.exit(3);
}
if (mode === 'probe') {
  out('opened');
  services.close();
  process.exit(0);
}

async function call<M extends Method>(method: M, input: Input<M>): Promise<Outputs[M] | null> {
  const r = (await services.call(method, input)) as Result<Outputs[M]>;
  if (!r.ok && r.error.code !== 'invalid-operation') out(`error ${method} ${r.error.code} ${r.error.message}`);
  return r.ok ? r.value : null;
}

/** An edit saved as the editor saves it; false when the operation is refused (e.g. promoting a top level). */
async function save(id: string, edit: (doc: YaodianDocument) => YaodianDocument): Promise<boolean> {
  const r = await saveEdit(services.call, id, (d) => {
    try {
      return edit(d);
    } catch (err) {
      if (err instanceof OperationError) return d;
      throw err;
    }
  });
  if (!r.ok) out(`error documents.save ${r.error.code} ${r.error.message}`);
  return r.ok;
}

async function main() {
  let docId = (await call('documents.list', {}))?.[0]?.id;
  if (!docId) {
    docId = (await call('documents.create', { title: '崩溃测试要点', year: 2024 }))!.summary.id;
  }
  out(`ready ${docId} ${process.pid}`);
  for (let n = 1; ; n++) {
    const tag = `${seedText}-${n}`;
    const doc = (await call('documents.get', { id: docId }))!.document;
    const ids = flatten(doc.sections).map((f) => f.section.id);
    const r = rand();
    if (ids.length < 3 || r < 0.3) {
      const parents = flatten(doc.sections)
        .filter((f) => f.section.level < 4)
        .map((f) => f.section.id);
      const parent = parents.length && rand() < 0.6 ? pick(parents) : null;
      const level = pick([1, 2, 3, 4] as const);
      const section = createSection(level, `标题${tag}`, { paragraphs: [`正文${tag}`] });
      if (await save(docId, (d) => insertSection(d, { parentId: parent }, section))) out(`insert ${section.id} ${tag}`);
    } else if (r < 0.6) {
      const id = pick(ids);
      const section = flatten(doc.sections).find((f) => f.section.id === id)!.section;
      if (await save(docId, (d) => updateSection(d, id, { paragraphs: [...section.paragraphs, `追加${tag}`] })))
        out(`append ${id} ${tag}`);
    } else if (r < 0.72) {
      const next = structuredClone(doc);
      const target = pick(flatten(next.sections)).section;
      target.heading += `·${tag}`;
      if (await save(docId, () => next)) out(`save ${target.id} ${tag}`);
    } else if (r < 0.82) {
      const id = pick(ids);
      if (await save(docId, (d) => moveBy(d, id, rand() < 0.5 ? -1 : 1))) out('move');
    } else if (r < 0.9) {
      const id = pick(ids);
      const op = rand() < 0.5 ? demoteSection : promoteSection;
      if (await save(docId, (d) => op(d, id))) out('reshape');
    } else {
      const res = await call('revisions.create', { documentId: docId, label: `版本${tag}` });
      if (res) out(`revision ${res.id} ${tag}`);
    }
  }
}

main().catch((err) => {
  out(`crash ${(err as Error).stack}`);
  process.exit(4);
});
