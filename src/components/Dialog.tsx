// A modal on the native <dialog> element: focus trapping, Escape and the backdrop come from the
// browser instead of our own code.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
  /** Lets a dialog be a form so Enter submits it. */
  onSubmit?(): void;
  width?: number;
}

export function Dialog({ title, onClose, children, footer, onSubmit, width = 480 }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const body = (
    <>
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="dialog__body">{children}</div>
      <footer className="dialog__footer">{footer}</footer>
    </>
  );

  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ width }}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {onSubmit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
