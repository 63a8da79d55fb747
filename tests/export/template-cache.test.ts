// The export template kept in a cache folder between processes: a fresh process reads it instead of building
// it with the docx library, the .docx it writes is byte for byte the same, and a damaged or foreign file
// there is ignored (rebuilt), never trusted.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { setTemplateStore, type TemplateStore } from '../../shared/export/package';
import { importText } from '../../shared/import/text';
import { folderTemplateStore } from '../../electron/services/template-cache';
import { readSeed, tempDir } from '../helpers/paths';

const now = new Date('2025-03-01T08:00:00Z');
afterEach(() => setTemplateStore(null));

/** The folder store, counting reads that found a template. */
function counted(dir: string) {
  const inner = folderTemplateStore(dir);
  const stats = { hits: 0, writes: 0 };
  const store: TemplateStore = {
    read: (key) => {
      const t = inner.read(key);
      if (t) stats.hits++;
      return t;
    },
    write: (key, t) => {
      stats.writes++;
      inner.write(key, t);
    },
  };
  return { store, stats };
}

describe('template cache', () => {
  it('builds once, then a fresh process reads it and writes the same bytes', async () => {
    const doc = importText(readSeed('jilin'));
    const plain = await exportDocx(doc, { now });
    const dir = tempDir('yaodian-template-cache-');
    const first = counted(dir);
    setTemplateStore(first.store);
    expect(await exportDocx(doc, { now })).toEqual(plain);
    expect(first.stats).toEqual({ hits: 0, writes: 1 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    // a fresh process: nothing in memory, the folder as the last one left it
    const second = counted(dir);
    setTemplateStore(second.store);
    expect(await exportDocx(doc, { now })).toEqual(plain);
    expect(second.stats).toEqual({ hits: 1, writes: 0 });
    // another profile is another template
    await exportDocx(doc, { now, profile: 'gbt9704-2012-fangsong' });
    expect(second.stats).toEqual({ hits: 1, writes: 1 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
  });

  it('ignores a damaged or foreign file in the folder and builds the template again', async () => {
    const doc = importText(readSeed('maoji'));
    const plain = await exportDocx(doc, { now });
    const dir = tempDir('yaodian-template-cache-');
    setTemplateStore(folderTemplateStore(dir));
    await exportDocx(doc, { now });
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    for (const junk of [
      Buffer.from('not a template'),
      Buffer.alloc(0),
      Buffer.concat([Buffer.from([10, 0, 0, 0]), Buffer.from('{"magic":1}')]),
    ]) {
      writeFileSync(join(dir, file), junk);
      const again = counted(dir);
      setTemplateStore(again.store);
      expect(await exportDocx(doc, { now })).toEqual(plain);
      expect(again.stats).toEqual({ hits: 0, writes: 1 });
    }
  });
});
