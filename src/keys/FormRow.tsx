// A labelled control in the dialogs' two-column layout; the id ties the label to its control.
import { useId, type ReactNode } from 'react';

interface FormRowProps {
  label: string;
  children(id: string): ReactNode;
}

export function FormRow({ label, children }: FormRowProps) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A failure shown where the user is looking instead of in a toast. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
