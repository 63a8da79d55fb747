// A finding's stable key: the same problem at the same place has the same key after other edits, so a fix
// is addressed to that finding and never to whatever now stands at its old position in a list.
import type { Finding } from './types';

export function findingKey(f: Pick<Finding, 'code' | 'field' | 'sectionId' | 'message'>): string {
  return [f.code, f.field ?? '', f.sectionId ?? '', f.message].join('\u001f');
}
