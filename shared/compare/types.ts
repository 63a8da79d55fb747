// Compare two documents (last year's and this year's): sections matched by similarity, not by position.
export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface SectionChange {
  kind: ChangeKind;
  oldSectionId: string | null;
  newSectionId: string | null;
  /** number paths as printed in each document, e.g. "二、(三)" */
  oldPath: string | null;
  newPath: string | null;
  oldHeading: string | null;
  newHeading: string | null;
  /** 0..1 similarity of the matched pair */
  similarity: number | null;
  /** character-level diff of heading + body, for changed sections */
  headingDiff: DiffPart[] | null;
  bodyDiff: DiffPart[] | null;
}

export interface CompareReport {
  changes: SectionChange[];
  counts: Record<ChangeKind, number>;
}
