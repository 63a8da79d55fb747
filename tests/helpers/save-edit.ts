// Saving an edit the way the editor does: apply a pure operation to the stored version, then send only the
// change set (documents.save with that version). Tests use it wherever they edit a stored document.
import type { Api, DocumentSummary, Result } from '../../shared/api/contract';
import { diffDocuments } from '../../shared/model/changes';
import { toRows } from '../../shared/model/section-diff';
import type { YaodianDocument } from '../../shared/model/types';

export async function saveEdit(
  call: Api,
  id: string,
  edit: (doc: YaodianDocument) => YaodianDocument,
): Promise<Result<{ summary: DocumentSummary; document: YaodianDocument }>> {
  const got = await call('documents.get', { id });
  if (!got.ok) return got;
  const { summary, document } = got.value;
  const next = edit(document);
  const { changes } = diffDocuments(document, toRows(document.sections), next);
  const saved = await call('documents.save', { id, version: summary.version, changes });
  return saved.ok ? { ok: true, value: { summary: saved.value, document: next } } : saved;
}
