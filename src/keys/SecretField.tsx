// Key and passphrase fields (and the bulk import's text). They are uncontrolled on purpose: React mirrors a controlled input's value
// into the DOM's value attribute, which would leave the plaintext in the page's HTML while it is typed.
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { FormRow } from './FormRow';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface Secret<T extends Field = HTMLInputElement> {
  ref: RefObject<T | null>;
  filled: boolean;
  onInput(event: FormEvent<T>): void;
  /** The typed value, left in the field. */
  peek(): string;
  /** The typed value; the field is emptied, so it is sent once and never kept. */
  take(): string;
}

export function useSecret<T extends Field = HTMLInputElement>(): Secret<T> {
  const ref = useRef<T>(null);
  const [filled, setFilled] = useState(false);
  const peek = () => ref.current?.value ?? '';
  const take = () => {
    const value = peek();
    if (ref.current) ref.current.value = '';
    setFilled(false);
    return value;
  };
  return { ref, filled, peek, take, onInput: (e) => setFilled(e.currentTarget.value !== '') };
}

interface SecretFieldProps {
  label: string;
  secret: Secret;
  autoFocus?: boolean;
}

/** Masked, and never autocompleted or spell-checked (either would hand the value to something else). */
export function SecretField({ label, secret, autoFocus = false }: SecretFieldProps) {
  return (
    <FormRow label={label}>
      {(id) => (
        <input
          id={id}
          ref={secret.ref}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          onInput={secret.onInput}
        />
      )}
    </FormRow>
  );
}
