// Every real document the lexicon is held to: the seeds, the import corpus, the texts collected for these checks
// (tests/checks/real-texts) and, when present, the bigger real corpus (tests/corpus/real).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBytes } from '../../shared/import';
import type { YaodianDocument } from '../../shared/model/types';
import { repoRoot, seedsDir } from '../helpers/paths';

const FOLDERS = [
  seedsDir,
  join(repoRoot, 'tests', 'import', 'corpus'),
  join(repoRoot, 'tests', 'checks', 'real-texts'),
  join(repoRoot, 'tests', 'corpus', 'real'),
];

export interface RealDocument {
  /** folder/file, as the allow-list names it */
  name: string;
  path: string;
}

/** Every *.txt under the folders, subfolders included, named by folder and relative path. */
export function realDocuments(): RealDocument[] {
  return FOLDERS.filter((d) => existsSync(d)).flatMap((d) => {
    const files = (readdirSync(d, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
    return files.map((f) => ({ name: `${d.split('/').pop()}/${f}`, path: join(d, f) }));
  });
}

export function loadReal(doc: RealDocument): Promise<YaodianDocument> {
  return importBytes(new Uint8Array(readFileSync(doc.path)), doc.path.split('/').pop()!);
}
