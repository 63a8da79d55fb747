// 修订记录: manual revisions (Ctrl+S), those made at export, and restoring one (undoable).
import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../shared/api/contract';
import { call } from '../api';
import { formatTime, useDocument } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';
import { makeRevision } from '../editor/outline-editor';

const REASONS: Record<RevisionSummary['reason'], string> = {
  manual: '手动保存',
  export: '导出时保存',
  auto: '自动保存',
  restore: '恢复前保存',
};

/** "11月27日 14:05", with the year when it is not this year's */
function when(iso: string): string {
  const d = new Date(iso);
  const year = d.getFullYear() === new Date().getFullYear() ? '' : `${d.getFullYear()}年`;
  return `${year}${d.getMonth() + 1}月${d.getDate()}日 ${formatTime(d)}`;
}

export function RevisionsPanel() {
  const id = useDocument((s) => s.id);
  const [list, setList] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (!id) return;
    let live = true;
    call('revisions.list', { documentId: id })
      .then((l) => live && (setList(l), setError(null)))
      .catch((e) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [id, nonce]);

  if (!id) return <p className="muted">打开一份文档后查看修订记录。</p>;

  const restore = async (rev: RevisionSummary) => {
    const answer = await useUi.getState().confirm({
      title: '恢复修订版本',
      message: `用 ${when(rev.createdAt)} 的版本（${rev.sectionCount} 个章节）替换当前内容？当前内容先另存为一个修订版本，恢复后也可以撤销。`,
      confirmLabel: '恢复',
    });
    if (answer !== 'confirm') return;
    try {
      // the present is saved first and kept as a revision by the back end (恢复前保存), so a mistaken restore
      // followed by a reload loses nothing; the store takes the restored text as one undoable edit
      await useDocument.getState().flush();
      // the back end stored the restored text (a new version): the editor takes it as what is saved
      const restored = await call('revisions.restore', { revisionId: rev.id });
      useDocument.getState().applySaved(restored.document, restored.summary);
      useUi.getState().toast('已恢复该版本', 'success', { label: '撤销', run: () => useDocument.getState().undo() });
      setNonce((n) => n + 1);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <div className="revisions" data-testid="revisions-panel">
      <button onClick={() => void makeRevision().then(() => setNonce((n) => n + 1))}>保存当前版本（Ctrl+S）</button>
      <p className="muted" data-testid="revision-policy">
        自动保存的版本：最近一天的全部保留，一个月内每天保留一个，更早的每周保留一个。手动保存和导出时保存的版本一直保留；内容相同的版本只存一份。
      </p>
      {error ? <p className="error-text">{error}</p> : null}
      {list && list.length === 0 ? <p className="muted">还没有修订记录。按 Ctrl+S 保存一个版本。</p> : null}
      <ul>
        {(list ?? []).map((r) => (
          <li key={r.id} className="revision" data-testid="revision">
            <div>
              {/* the label says it better when there is one ("编辑时自动保存"), else the reason */}
              <strong>{when(r.createdAt)}</strong>{' '}
              <span className="muted">{r.label || REASONS[r.reason] || r.reason}</span>
            </div>
            <div className="muted">{r.sectionCount} 个章节</div>
            <button className="mini" onClick={() => void restore(r)}>
              恢复此版本
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
