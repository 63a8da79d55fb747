// 规范检查: findings with their location; a click goes to the section, a safe fix applies in one click.
import { useState } from 'react';
import type { Finding } from '../../shared/checks/types';
import { call } from '../api';
import { useDocument } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';

const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '提示', info: '建议' };

export function CheckPanel() {
  const id = useDocument((s) => s.id);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [running, setRunning] = useState(false);
  if (!id) return <p className="muted">打开一份文档后进行规范检查。</p>;

  const run = async () => {
    setRunning(true);
    try {
      await useDocument.getState().flush();
      setFindings(await call('check.document', { id }));
    } catch (e) {
      showError(e);
    } finally {
      setRunning(false);
    }
  };
  const fix = async (index: number) => {
    try {
      await useDocument.getState().flush();
      const r = await call('check.applyFix', { id, findingIndex: index });
      useDocument.getState().applySaved(r.document, r.summary);
      setFindings(r.findings);
      useUi.getState().toast('已修正', 'success', { label: '撤销', run: () => useDocument.getState().undo() });
    } catch (e) {
      showError(e);
    }
  };
  return (
    <div className="check-panel" data-testid="check-panel">
      <button className="primary" onClick={() => void run()} disabled={running}>{running ? '正在检查…' : '检查公文规范'}</button>
      {findings && findings.length === 0 ? <p className="ok-text">没有发现问题。</p> : null}
      {findings && findings.length ? <p className="muted">发现 {findings.length} 处问题</p> : null}
      <ul className="findings">
        {(findings ?? []).map((f, i) => (
          <li key={i} className={`finding sev-${f.severity}`} data-testid="finding">
            <button className="link" onClick={() => f.sectionId && useUi.getState().scrollTo(f.sectionId)}>
              <span className="sev">{SEVERITY[f.severity]}</span> <span className="loc">{f.location}</span>
            </button>
            <div>{f.message}</div>
            {f.fix ? <button className="mini" onClick={() => void fix(i)}>{f.fix.label}</button> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
