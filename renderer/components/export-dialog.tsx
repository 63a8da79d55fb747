// 导出 Word: the export choices in the window — layout profile (the built-in GB/T 9704 ones or a local JSON
// profile) and 加盖印章 — asked before each export and remembered per document.
import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { BUILTIN_PROFILES } from '../../shared/export/profile';
import { loadChoices, saveChoices, type ExportChoices } from './export-choices';

interface Request {
  /** tells one request from the next, so each gets a fresh form */
  seq: number;
  documentId: string;
  resolve: (choices: ExportChoices | null) => void;
}

const useExportDialog = create<{ request: Request | null; lastSeq: number }>(() => ({ request: null, lastSeq: 0 }));

/** Asks for this document's export choices (its last ones preselected); null when cancelled. */
export function askExportChoices(documentId: string): Promise<ExportChoices | null> {
  return new Promise((resolve) => {
    useExportDialog.setState((s) => ({
      request: {
        seq: s.lastSeq + 1,
        documentId,
        resolve: (choices) => {
          useExportDialog.setState({ request: null });
          if (choices) saveChoices(documentId, choices);
          resolve(choices);
        },
      },
      lastSeq: s.lastSeq + 1,
    }));
  });
}

const LOCAL = '__local__';

export function ExportDialog() {
  const request = useExportDialog((s) => s.request);
  if (!request) return null;
  // a new form for each request: its fields start from that document's remembered choices, never from the
  // choices shown for the previous document
  return <ExportForm key={request.seq} request={request} />;
}

function ExportForm({ request }: { request: Request }) {
  const [initial] = useState(() => {
    const last = loadChoices(request.documentId);
    const builtin = last.profile in BUILTIN_PROFILES;
    return { profile: builtin ? last.profile : LOCAL, localPath: builtin ? '' : last.profile, withSeal: last.withSeal };
  });
  const [profile, setProfile] = useState(initial.profile);
  const [localPath, setLocalPath] = useState(initial.localPath);
  const [withSeal, setWithSeal] = useState(initial.withSeal);
  const exportRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    exportRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') request.resolve(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [request]);

  const local = profile === LOCAL;
  const path = localPath.trim();
  const ready = !local || /\.json$/i.test(path);
  const submit = () => ready && request.resolve({ profile: local ? path : profile, withSeal });

  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        data-testid="export-dialog"
        onSubmit={(e) => (e.preventDefault(), submit())}
      >
        <h3 id="export-title">导出 Word</h3>
        <div className="field">
          <label htmlFor="export-profile">版式方案</label>
          <select id="export-profile" name="profile" value={profile} onChange={(e) => setProfile(e.target.value)}>
            {Object.values(BUILTIN_PROFILES).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={LOCAL}>本单位版式方案（JSON 文件）…</option>
          </select>
        </div>
        {local ? (
          <div className="field">
            <label htmlFor="export-profile-path">方案文件路径</label>
            <input
              id="export-profile-path"
              name="profilePath"
              value={localPath}
              placeholder="如：D:\版式\本单位.json"
              onChange={(e) => setLocalPath(e.target.value)}
            />
            {path && !ready ? <small className="error-text">版式方案应为 .json 文件</small> : null}
          </div>
        ) : null}
        <label className="check">
          <input type="checkbox" name="withSeal" checked={withSeal} onChange={(e) => setWithSeal(e.target.checked)} />
          加盖印章版式（署名和成文日期按用印位置排）
        </label>
        <p className="muted">这份文档下次导出时沿用这些选择。</p>
        <div className="modal-actions">
          <button type="button" onClick={() => request.resolve(null)}>
            取消
          </button>
          <button ref={exportRef} type="submit" className="primary" disabled={!ready}>
            导出
          </button>
        </div>
      </form>
    </div>
  );
}
