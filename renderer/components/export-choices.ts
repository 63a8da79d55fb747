// The export choices of one document — layout profile and 加盖印章 — remembered per document in the
// browser's storage (the same options the command line takes as --profile and --seal).

export interface ExportChoices {
  /** a built-in profile id, or the path of a local JSON profile on this computer */
  profile: string;
  withSeal: boolean;
}

const DEFAULT_CHOICES: ExportChoices = { profile: 'gbt9704-2012', withSeal: false };

const key = (documentId: string) => `yaodian.export.${documentId}`;

export function loadChoices(documentId: string): ExportChoices {
  try {
    const raw = JSON.parse(localStorage.getItem(key(documentId)) ?? 'null') as Partial<ExportChoices> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_CHOICES;
    return {
      profile: typeof raw.profile === 'string' && raw.profile ? raw.profile : DEFAULT_CHOICES.profile,
      withSeal: raw.withSeal === true,
    };
  } catch {
    return DEFAULT_CHOICES;
  }
}

export function saveChoices(documentId: string, choices: ExportChoices): void {
  try {
    localStorage.setItem(key(documentId), JSON.stringify(choices));
  } catch {
    /* storage unavailable: the choice holds for this export only */
  }
}
