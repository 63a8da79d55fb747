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
  /** for a moved section: now under another heading ('parent'), or elsewhere among the same siblings ('order') */
  move?: 'parent' | 'order' | null;
  /** the heading or body text differs (a moved section may be changed as well; its diffs are then given) */
  textChanged?: boolean;
}

/** A notice field (标题, 文号, 前言 …) that differs between the two documents. */
export interface FieldChange {
  /** NoticeMeta key, or 'preamble' */
  field: string;
  /** Chinese name of the field */
  name: string;
  before: string;
  after: string;
  diff: DiffPart[];
}

export interface CompareReport {
  /** sections in the new document's order, removed ones where they stood */
  changes: SectionChange[];
  counts: Record<ChangeKind, number>;
  /** differences in the notice and the preamble */
  fields?: FieldChange[];
}
