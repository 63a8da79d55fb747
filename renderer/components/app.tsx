import { useEffect } from 'react';
import { OutlineEditor } from '../editor/outline-editor';
import { useDocument } from '../store/document-store';
import { useLibrary } from '../store/library-store';
import { useUi } from '../store/ui-store';
import { createDocument, importFile, reopenLastDocument } from './actions';
import { useAppLifecycle } from './app-lifecycle';
import { useHostNotices } from './host-notices';
import { FindBar, useFindShortcuts } from './find-bar';
import { useRememberedScroll } from './use-remembered-scroll';
import { ConfirmDialog, Toasts, BusyOverlay } from './feedback';
import { ExportDialog } from './export-dialog';
import { NoticePreview } from './notice-preview';
import { PageView } from './page-view';
import { RightPanel } from './right-panel';
import { Sidebar } from './sidebar';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { CompareView } from './compare-view';
import { NewYearView } from './new-year-view';

function EmptyState() {
  const loaded = useLibrary((s) => s.loaded);
  const count = useLibrary((s) => s.documents.length);
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{loaded && count === 0 ? '还没有文档' : '请从左侧选择一份文档'}</h2>
      <p>新建一份工作要点，或导入往年的通知（.txt、.docx），也可以直接把网页或 Word 中的全文粘贴进空白文档。</p>
      <div className="empty-actions">
        <button className="primary" onClick={() => void createDocument()}>
          新建要点
        </button>
        <button onClick={() => void importFile()}>导入文件…</button>
      </div>
    </div>
  );
}

function Centre() {
  const id = useDocument((s) => s.id);
  const view = useUi((s) => s.view);
  if (view === 'compare') return <CompareView />;
  if (view === 'new-year') return <NewYearView />;
  if (!id) return <EmptyState />;
  if (view === 'pages') return <PageView />;
  return <EditView key={id} id={id} />;
}

function EditView({ id }: { id: string }) {
  const scroller = useRememberedScroll<HTMLDivElement>(id);
  return (
    <div className="paper-scroll" data-testid="edit-view" ref={scroller}>
      <div className="paper">
        <NoticePreview />
        <OutlineEditor key={id} />
      </div>
    </div>
  );
}

export function App() {
  useAppLifecycle();
  useHostNotices();
  useFindShortcuts();
  useEffect(() => {
    // after a reload the document that was open opens again
    void useLibrary.getState().refresh().then(reopenLastDocument);
  }, []);
  return (
    <div className="app">
      <Toolbar />
      <div className="workspace">
        <Sidebar />
        <main className="centre">
          <FindBar />
          <Centre />
        </main>
        <RightPanel />
      </div>
      <StatusBar />
      <Toasts />
      <ConfirmDialog />
      <ExportDialog />
      <BusyOverlay />
    </div>
  );
}
