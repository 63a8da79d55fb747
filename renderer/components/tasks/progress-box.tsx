// Progress of one task: what was reported, newest first (nothing is ever overwritten), and a line to add one.
import { useEffect, useState } from 'react';
import type { Section } from '../../../shared/model/types';
import {
  periodLabel,
  quartersOf,
  STATUSES,
  type ProgressRecord,
  type ProgressStatus,
} from '../../../shared/tasks/progress';
import { call } from '../../api';
import { useDocument } from '../../store/document-store';
import { showError } from '../../store/ui-store';

interface Props {
  documentId: string;
  section: Section;
  year: number | null;
}

export function ProgressBox({ documentId, section, year }: Props) {
  const periods = quartersOf(year ?? new Date().getFullYear());
  const [records, setRecords] = useState<ProgressRecord[]>([]);
  const [period, setPeriod] = useState(periods[Math.min(3, Math.floor(new Date().getMonth() / 3))]);
  const [status, setStatus] = useState<ProgressStatus>('推进中');
  const [text, setText] = useState('');

  const refresh = async () => {
    const r = await call('tasks.list', { documentId });
    setRecords(r.records.filter((x) => x.sectionId === section.id).reverse());
  };
  useEffect(() => {
    void refresh().catch(showError);
  }, [section.id]);

  const add = async () => {
    try {
      await useDocument.getState().flush(); // the task must be stored before its progress
      await call('progress.add', { documentId, sectionId: section.id, period, status, text });
      setText('');
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <div className="progress-box" data-testid="progress-box">
      <div className="label">进展情况</div>
      <div className="field-row">
        <select aria-label="期次" value={period} onChange={(e) => setPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p).replace(/^\d{4}年/, '')}
            </option>
          ))}
        </select>
        <select aria-label="状态" value={status} onChange={(e) => setStatus(e.target.value as ProgressStatus)}>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <textarea
        aria-label="进展"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="本期进展情况"
      />
      <button className="mini" onClick={() => void add()} data-testid="progress-add">
        记录进展
      </button>
      <ul className="progress-history">
        {records.map((r) => (
          <li key={r.id} data-testid="progress-record">
            <span className={`status st-${r.status}`}>{r.status}</span> {periodLabel(r.period)}：
            {r.text || '（未填写）'}
            <span className="muted">（{r.source}）</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
