// 规范检查: findings with their location; a click goes to the section, a safe fix applies in one click.
// The results belong to the document they were found in: opening another document clears them, and a fix is
// addressed to its finding by a stable key, never by its position in a list that may be stale.
import { useState } from 'react';
import { findingKey } from '../../shared/checks/finding-key';
import type { Finding } from '../../shared/checks/types';
import { call } from '../api';
import { useDocument } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';

const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '提示', info: '建议' };

export function CheckPanel() {
  const id = useDocument((s) => s.id);
  const [result, setResult] = useState<{ id: string; findings: Finding[] } | null>(null);
  const [running, setRunning] = useState(false);
  if (!id) return <p className="muted">打开一份文档后进行规范检查。</p>;
  const findings = result && result.id === id ? result.findings : null;

  const run = async () => {
    setRunning(true);
    try {
      await useDocument.getState().flush();
      setResult({ id, findings: await call('check.document', { id }) });
    } catch (e) {
      showError(e);
    } finally {
      setRunning(false);
    }
  };
  const fix = async (index: number, finding: Finding) => {
    try {
      await useDocument.getState().flush();
      const r = await call('check.applyFix', { id, findingIndex: index, findingKey: findingKey(finding) });
      useDocument.getState().applySaved(r.document, r.summary);
      setResult({ id, findings: r.findings });
      useUi.getState().toast('已修正', 'success', { label: '撤销', run: () => useDocument.getState().undo() });
    } catch (e) {
      showError(e);
    }
  };
  // lexicon findings (用词、提法、数字、名称) can be ignored here or in the whole document; the store remembers it
  const ignore = async (index: number, finding: Finding, scope: 'here' | 'document') => {
    try {
      setResult({
        id,
        findings: await call('check.ignore', { id, findingIndex: index, findingKey: findingKey(finding), scope }),
      });
      useUi.getState().toast(scope === 'here' ? '已忽略此处' : '本文档中不再提示这一条', 'success');
    } catch (e) {
      showError(e);
    }
  };
  const restore = async () => {
    try {
      const r = await call('check.clearIgnores', { id });
      setResult({ id, findings: r.findings });
      useUi.getState().toast(r.cleared ? `已恢复 ${r.cleared} 条忽略的提示` : '没有忽略的提示', 'success');
    } catch (e) {
      showError(e);
    }
  };
  return (
    <div className="check-panel" data-testid="check-panel" data-document-id={id}>
      <button className="primary" onClick={() => void run()} disabled={running}>
        {running ? '正在检查…' : '检查公文规范'}
      </button>
      {findings ? (
        <button className="mini" onClick={() => void restore()}>
          恢复已忽略的提示
        </button>
      ) : null}
      {findings && findings.length === 0 ? <p className="ok-text">没有发现问题。</p> : null}
      {findings && findings.length ? <p className="muted">发现 {findings.length} 处问题</p> : null}
      <ul className="findings">
        {(findings ?? []).map((f, i) => (
          <li key={`${findingKey(f)}#${i}`} className={`finding sev-${f.severity}`} data-testid="finding">
            <button className="link" onClick={() => f.sectionId && useUi.getState().scrollTo(f.sectionId)}>
              <span className="sev">{SEVERITY[f.severity]}</span> <span className="loc">{f.location}</span>
            </button>
            <div>{f.message}</div>
            {f.source ? (
              <div className="muted" data-testid="finding-source">
                依据：{f.source}
              </div>
            ) : null}
            {f.fix ? (
              <button className="mini" onClick={() => void fix(i, f)}>
                {f.fix.label}
              </button>
            ) : null}
            {f.entryId ? (
              <>
                <button className="mini" onClick={() => void ignore(i, f, 'here')}>
                  忽略此处
                </button>
                <button className="mini" onClick={() => void ignore(i, f, 'document')}>
                  本文档忽略
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
