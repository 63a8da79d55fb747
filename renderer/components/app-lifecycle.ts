// Window-level wiring: File-menu commands (from Electron's menu or their shortcuts typed in the page) and
// saving pending edits whenever the window may be going away.
import { useEffect } from 'react';
import { type MenuCommand } from '../api';
import { onReconnect } from '../api/connection';
import { useDocument } from '../store/document-store';
import { useUi } from '../store/ui-store';
import { createDocument, exportWord, importFile, printPages } from './actions';

/** The same actions as the toolbar's buttons. */
function runMenuCommand(command: MenuCommand): void {
  const ui = useUi.getState();
  switch (command) {
    case 'new':
      void createDocument();
      return;
    case 'import':
      void importFile();
      return;
    case 'export':
      void exportWord();
      return;
    case 'find': {
      ui.setPanel('search');
      const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]');
      input?.focus();
      input?.select();
      return;
    }
    case 'revisions':
      ui.setPanel('revisions');
      return;
  }
}

/** The menu's accelerators (registered with registerAccelerator: false, so the page handles them). */
function menuCommandForKey(e: KeyboardEvent): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  // Ctrl+F / Ctrl+H are find and replace in the document (find-bar.tsx), as in Word
  if (e.shiftKey) return key === 'f' ? 'find' : key === 'h' ? 'revisions' : null;
  if (key === 'n') return 'new';
  if (key === 'o') return 'import';
  if (key === 'e') return 'export';
  return null;
}

const saveNow = () =>
  void useDocument
    .getState()
    .flush()
    .catch(() => undefined);

export function useAppLifecycle(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // Ctrl+P prints the page view (the page model's pages), not the editor
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void printPages();
        return;
      }
      const command = menuCommandForKey(e);
      if (!command) return;
      e.preventDefault();
      runMenuCommand(command);
    };
    // leaving the window (another program, a native dialog, another tab) saves at once
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    // reload or close: the save must outlive the page
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // a document too large to send while unloading: the browser asks the user to stay while it saves
      if (!useDocument.getState().saveWhileUnloading()) {
        saveNow();
        e.preventDefault();
      }
    };
    const onPageHide = () => void useDocument.getState().saveWhileUnloading();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('blur', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    // Electron: the menu's commands, and the main process asking for a save before it closes the window
    const bridge = window.yaodian;
    const offMenu = bridge?.onMenuCommand?.(runMenuCommand);
    const offFlush = bridge?.onFlushRequest?.(() => useDocument.getState().flush());
    // browser mode: the host is back after a restart — save what was typed while it was gone
    const offReconnect = onReconnect(saveNow);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('blur', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      offMenu?.();
      offFlush?.();
      offReconnect();
    };
  }, []);
}
