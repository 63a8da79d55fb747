// Toasts, the confirmation dialog and the busy indicator.
import { useEffect, useRef } from 'react';
import { useUi } from '../store/ui-store';

export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const dismiss = useUi((s) => s.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast">
          <span>{t.text}</span>
          {t.action ? (
            <button
              className="link"
              onClick={() => {
                t.action!.run();
                dismiss(t.id);
              }}
            >
              {t.action.label}
            </button>
          ) : null}
          <button className="close" aria-label="关闭" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function ConfirmDialog() {
  const req = useUi((s) => s.confirmRequest);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!req) return;
    confirmRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') req.resolve('cancel');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [req]);
  if (!req) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="confirm-title" data-testid="confirm">
        <h3 id="confirm-title">{req.title}</h3>
        <p>{req.message}</p>
        <div className="modal-actions">
          <button onClick={() => req.resolve('cancel')}>{req.cancelLabel}</button>
          {req.altLabel ? <button onClick={() => req.resolve('alt')}>{req.altLabel}</button> : null}
          <button ref={confirmRef} className={req.danger ? 'danger' : 'primary'} onClick={() => req.resolve('confirm')}>
            {req.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

export function BusyOverlay() {
  const busy = useUi((s) => s.busy);
  if (!busy) return null;
  return (
    <div className="busy" role="progressbar" aria-label={busy} data-testid="busy">
      <div className="spinner" />
      <span>{busy}</span>
    </div>
  );
}
