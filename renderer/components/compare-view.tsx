// 对比往年: two documents side by side; sections matched by similarity, with character-level changes.
import { useEffect, useState } from 'react';
import type { CompareReport, DiffPart, SectionChange } from '../../shared/compare/types';
import { call } from '../api';
import { docLabel } from './doc-label';
import { useDocument } from '../store/document-store';
import { useLibrary } from '../store/library-store';
import { showError } from '../store/ui-store';

/** One of the two documents to compare, from the library (its label tells same-titled documents apart). */
function DocChoice({ name, value, onChange }: { name: string; value: string; onChange(id: string): void }) {
  const docs = useLibrary((s) => s.documents);
  return (
    <label>
      {name}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">选择文档…</option>
        {docs.map((d) => (
          <option key={d.id} value={d.id}>
            {docLabel(d, docs)}
          </option>
        ))}
      </select>
    </label>
  );
}

const KIND: Record<SectionChange['kind'], string> = {
  added: '新增',
  removed: '删除',
  moved: '移动',
  changed: '修改',
  unchanged: '未变',
};

function Diff({ parts, side }: { parts: DiffPart[] | null; side: 'old' | 'new' }) {
  if (!parts) return null;
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' && side === 'old' ? (
          <del key={i}>{p.text}</del>
        ) : p.kind === 'added' && side === 'new' ? (
          <ins key={i}>{p.text}</ins>
        ) : null,
      )}
    </>
  );
}

export function CompareView() {
  const openId = useDocument((s) => s.id);
  const [oldId, setOldId] = useState('');
  const [newId, setNewId] = useState(openId ?? '');
  const [report, setReport] = useState<CompareReport | null>(null);
  const [hideSame, setHideSame] = useState(true);
  const [options, setOptions] = useState({ ignorePunctuationWidth: false, ignoreWhitespace: false });
  // a report belongs to the documents it compared: opening another one starts over with it as 今年
  useEffect(() => {
    setNewId(openId ?? '');
    setReport(null);
  }, [openId]);
  const run = async (opts = options) => {
    try {
      await useDocument.getState().flush();
      setReport(await call('compare.documents', { oldId, newId, ...opts }));
    } catch (e) {
      showError(e);
    }
  };
  return (
    <div className="compare" data-testid="compare-view">
      <div className="compare-bar">
        <DocChoice name="往年" value={oldId} onChange={setOldId} />
        <DocChoice name="今年" value={newId} onChange={setNewId} />
        <button className="primary" disabled={!oldId || !newId || oldId === newId} onClick={() => void run()}>
          对比
        </button>
        <label className="check">
          <input type="checkbox" checked={hideSame} onChange={(e) => setHideSame(e.target.checked)} /> 隐藏未变的章节
        </label>
        {(['ignorePunctuationWidth', 'ignoreWhitespace'] as const).map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              name={k}
              checked={options[k]}
              onChange={(e) => {
                const next = { ...options, [k]: e.target.checked };
                setOptions(next);
                if (report) void run(next); // a shown report follows the option at once
              }}
            />{' '}
            {k === 'ignorePunctuationWidth' ? '忽略标点全角半角' : '忽略空格'}
          </label>
        ))}
      </div>
      {!report ? (
        <p className="muted">选择往年和今年的文档后点“对比”。章节按标题和内容的相似度配对，不按位置。</p>
      ) : (
        <>
          <p className="compare-counts">
            {(['added', 'removed', 'moved', 'changed', 'unchanged'] as const).map((k) => (
              <span key={k} className={`chip chip-${k}`}>
                {KIND[k]} {report.counts[k]}
              </span>
            ))}
          </p>
          <table className="compare-table">
            <thead>
              <tr>
                <th>往年</th>
                <th>今年</th>
              </tr>
            </thead>
            <tbody>
              {report.changes
                .filter((c) => !hideSame || c.kind !== 'unchanged')
                .map((c, i) => (
                  <tr key={i} className={`row-${c.kind}`}>
                    <td>
                      {c.oldPath !== null ? (
                        <>
                          <b>{c.oldPath} </b>
                          {c.headingDiff ? <Diff parts={c.headingDiff} side="old" /> : c.oldHeading}
                          <div className="body-diff">
                            <Diff parts={c.bodyDiff} side="old" />
                          </div>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <span className={`chip chip-${c.kind}`}>{KIND[c.kind]}</span>{' '}
                      {c.newPath !== null ? (
                        <>
                          <b>{c.newPath} </b>
                          {c.headingDiff ? <Diff parts={c.headingDiff} side="new" /> : c.newHeading}
                          <div className="body-diff">
                            <Diff parts={c.bodyDiff} side="new" />
                          </div>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
