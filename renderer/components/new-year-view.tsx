// 新年度: a draft for another year from a prior document or template; every change is listed first.
import { useState } from 'react';
import type { YearChange } from '../../shared/new-year/types';
import { call } from '../api';
import { docLabel } from './doc-label';
import { useDocument } from '../store/document-store';
import { useLibrary } from '../store/library-store';
import { showError, useUi } from '../store/ui-store';
import { openDocument } from './actions';

const ACTION: Record<YearChange['action'], string> = { changed: '已改', cleared: '已清空', review: '请核对' };

/** A 请核对 row never shows the same text twice as if it had changed: it says it is left as it is. */
function afterText(c: YearChange): string {
  if (c.action !== 'review') return c.after;
  return c.suggestion && c.suggestion !== c.before ? `未改动；可改为：${c.suggestion}` : '未改动';
}

export function NewYearView() {
  const docs = useLibrary((s) => s.documents);
  const templates = useLibrary((s) => s.templates);
  const openId = useDocument((s) => s.id);
  const [sourceId, setSourceId] = useState(openId ?? '');
  const source = [...docs, ...templates].find((d) => d.id === sourceId);
  const [year, setYear] = useState<number>((source?.year ?? new Date().getFullYear()) + 1);
  const [skeleton, setSkeleton] = useState(false);
  const [changes, setChanges] = useState<YearChange[] | null>(null);
  const all = [...templates, ...docs.filter((d) => !templates.some((t) => t.id === d.id))];

  const preview = async () => {
    try {
      await useDocument.getState().flush();
      const r = await call('newYear.preview', { id: sourceId, year, skeleton });
      setChanges(r.changes);
    } catch (e) {
      showError(e);
    }
  };
  const createDraft = async () => {
    try {
      const r = await call('newYear.create', { id: sourceId, year, skeleton });
      useLibrary.getState().upsert(r.summary);
      await openDocument(r.summary.id, r);
      const reviews = r.changes.filter((c) => c.action === 'review').length;
      useUi
        .getState()
        .toast(
          `已生成 ${year} 年草稿${reviews ? `；${reviews} 处请核对，已在文中标出，并列在“规范检查”中` : ''}`,
          'success',
        );
    } catch (e) {
      showError(e);
    }
  };
  return (
    <div className="new-year" data-testid="new-year-view">
      <h2>由往年文档生成新年度草稿</h2>
      <div className="compare-bar">
        <label>
          来源{' '}
          <select
            value={sourceId}
            onChange={(e) => {
              setSourceId(e.target.value);
              setChanges(null);
              const d = all.find((x) => x.id === e.target.value);
              if (d?.year) setYear(d.year + 1);
            }}
          >
            <option value="">选择文档或模板…</option>
            {all.map((d) => (
              <option key={d.id} value={d.id}>
                {docLabel(d, all)}
              </option>
            ))}
          </select>
        </label>
        <label>
          年度{' '}
          <input
            type="number"
            min={1949}
            max={2200}
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setChanges(null);
            }}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={skeleton}
            onChange={(e) => {
              setSkeleton(e.target.checked);
              setChanges(null);
            }}
          />{' '}
          只保留标题框架（清空正文）
        </label>
        <button disabled={!sourceId} onClick={() => void preview()}>
          预览改动
        </button>
        <button className="primary" disabled={!sourceId || changes === null} onClick={() => void createDraft()}>
          生成草稿
        </button>
      </div>
      {changes === null ? (
        <p className="muted">
          先点“预览改动”：表示计划年度的年份会随之改变，历史年份和区间保持不变，拿不准的会列出请您核对。
        </p>
      ) : (
        <table className="compare-table year-table" data-testid="year-changes">
          <colgroup>
            <col className="col-where" />
            <col />
            <col />
            <col className="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th>位置</th>
              <th>原文</th>
              <th>改为</th>
              <th>处理</th>
            </tr>
          </thead>
          <tbody>
            {changes.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  没有需要改动的年份。
                </td>
              </tr>
            ) : (
              changes.map((c, i) => (
                <tr key={i} className={`row-${c.action}`}>
                  <td>{c.location}</td>
                  <td>{c.before}</td>
                  <td>
                    {afterText(c)}
                    {c.action === 'review' ? <div className="muted reason">{c.reason}</div> : null}
                  </td>
                  <td title={c.reason}>{ACTION[c.action]}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
