import { useState } from 'react';
import type { DocumentSummary } from '../../shared/api/contract';
import { useDocument } from '../store/document-store';
import { byYear, useLibrary } from '../store/library-store';
import { openDocument, restoreDocument, trashDocument } from './actions';
import { docDetails } from './doc-label';
import { OutlineNav } from './outline-nav';

function DocItem({ d, trash }: { d: DocumentSummary; trash?: boolean }) {
  const openId = useDocument((s) => s.id);
  const all = useLibrary((s) => s.documents);
  return (
    <li className={`doc-item${openId === d.id ? ' active' : ''}`} data-testid="doc-item">
      <button
        className="doc-open"
        disabled={trash}
        onClick={() => void openDocument(d.id)}
        title={d.noticeTitle ?? d.title}
      >
        <span className="doc-title">{d.title || '未命名要点'}</span>
        <span className="doc-meta">{docDetails(d, all)}</span>
      </button>
      {trash ? (
        <button className="mini" onClick={() => void restoreDocument(d.id)}>
          恢复
        </button>
      ) : (
        <button
          className="mini"
          title="移到回收站"
          aria-label={`删除 ${d.title}`}
          onClick={() => void trashDocument(d)}
        >
          删除
        </button>
      )}
    </li>
  );
}

export function Sidebar() {
  const documents = useLibrary((s) => s.documents);
  const trash = useLibrary((s) => s.trash);
  const templates = useLibrary((s) => s.templates);
  const error = useLibrary((s) => s.error);
  const hasDoc = useDocument((s) => s.id !== null);
  const [tab, setTab] = useState<'docs' | 'outline'>('docs');
  const [showTrash, setShowTrash] = useState(false);
  const active = hasDoc ? tab : 'docs';
  return (
    <aside className="sidebar" aria-label="文档与大纲">
      <div className="tabs">
        <button className={active === 'docs' ? 'active' : ''} onClick={() => setTab('docs')}>
          文档
        </button>
        <button
          className={active === 'outline' ? 'active' : ''}
          onClick={() => setTab('outline')}
          disabled={!hasDoc}
          data-testid="outline-tab"
        >
          大纲
        </button>
      </div>
      {active === 'outline' ? (
        <OutlineNav />
      ) : (
        <div className="doc-list" data-testid="doc-list">
          {error ? <p className="error-text">{error}</p> : null}
          {documents.length === 0 && !error ? <p className="muted">还没有文档。点“新建”或“导入”开始。</p> : null}
          {byYear(documents.filter((d) => !d.isTemplate)).map((g) => (
            <section key={g.year ?? 'none'}>
              <h4>{g.year ? `${g.year} 年` : '未标年度'}</h4>
              <ul>
                {g.items.map((d) => (
                  <DocItem key={d.id} d={d} />
                ))}
              </ul>
            </section>
          ))}
          {templates.length ? (
            <section>
              <h4>模板</h4>
              <ul>
                {templates.map((d) => (
                  <DocItem key={d.id} d={d} />
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h4>
              <button className="link" onClick={() => setShowTrash(!showTrash)} data-testid="trash-toggle">
                回收站（{trash.length}）{showTrash ? ' ▾' : ' ▸'}
              </button>
            </h4>
            {showTrash ? (
              trash.length ? (
                <ul>
                  {trash.map((d) => (
                    <DocItem key={d.id} d={d} trash />
                  ))}
                </ul>
              ) : (
                <p className="muted">回收站是空的</p>
              )
            ) : null}
          </section>
        </div>
      )}
    </aside>
  );
}
