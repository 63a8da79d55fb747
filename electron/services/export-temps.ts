// Temporary files of exports in progress. An export writes `.<name>.docx.<hex>.tmp` beside its target and renames
// it into place; a kill in between leaves the temporary, which only Linux hides (dot files show on Windows). Each
// one is recorded here before it is created and forgotten once renamed or removed; the next start removes what a
// killed run left.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface TempJournal {
  add(path: string): void;
  remove(path: string): void;
}

/** What exports name their temporaries: only such files are ever removed from the journal's list. */
const TEMP_NAME = /^\.(?:.+\.docx|yd)\.[0-9a-f]{12}\.tmp$/i;

const JOURNAL_FILE = 'export-temps.txt';

function read(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The journal in the data folder; sweep() removes the temporaries a killed export left and returns them. */
export function openTempJournal(dataDir: string): TempJournal & { sweep(): string[] } {
  const file = join(dataDir, JOURNAL_FILE);
  return {
    add(path) {
      try {
        appendFileSync(file, `${path}\n`);
      } catch {
        // a read-only data folder: the export itself still works, only the clean-up is lost
      }
    },
    remove(path) {
      const rest = read(file).filter((p) => p !== path);
      try {
        writeFileSync(file, rest.map((p) => `${p}\n`).join(''));
      } catch {
        // as above
      }
    },
    sweep() {
      const removed: string[] = [];
      for (const path of read(file)) {
        if (!TEMP_NAME.test(basename(path))) continue;
        try {
          rmSync(path, { force: true });
          removed.push(path);
        } catch {
          // a folder gone offline (a USB stick): tried again at the next start
        }
      }
      try {
        writeFileSync(file, '');
      } catch {
        // read-only data folder
      }
      return removed;
    },
  };
}
