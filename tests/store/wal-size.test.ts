// The WAL stays small while the app is open: after a burst (a big import) has been checkpointed, the next
// write starts the log over and cuts the file back, instead of leaving tens of MB beside the database.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSection } from '../../shared/model/factory';
import { updateSection } from '../../shared/model/operations';
import { openHarness, sampleDocument } from './harness';

const MB = 1024 * 1024;

describe('WAL size', () => {
  it('is cut back to a few MB after a large import once checkpointed', async () => {
    const h = openHarness();
    try {
      const big = sampleDocument();
      for (let i = 0; i < 3000; i++) {
        big.sections[2].children.push(
          createSection(3, `第${i}项工作`, { id: `S${i}`, paragraphs: [`推进第${i}项民政重点工作，`.repeat(40)] }),
        );
      }
      const { summary } = await h.ok('documents.create', { document: big });
      const wal = () => statSync(`${h.dbPath}-wal`).size;
      expect(wal()).toBeGreaterThan(8 * MB); // the import went through the log
      // edits go on (the first one also takes an automatic snapshot of the big document), flushed as in use
      for (let i = 0; i < 3; i++) {
        h.store.flush();
        await h.edit(summary.id, (d) => updateSection(d, 'A1', { heading: `第${i}次小修改` }));
      }
      expect(wal()).toBeLessThanOrEqual(4 * MB);
    } finally {
      h.close();
    }
  });
});
