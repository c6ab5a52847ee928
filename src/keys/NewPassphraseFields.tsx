// A new master passphrase typed twice, for setting one up and for a vault reset without a keychain.
import { useTranslation } from 'react-i18next';
import { SecretField, useSecret, type Secret } from './SecretField';

export interface NewPassphrase {
  passphrase: Secret;
  confirm: Secret;
}

export function useNewPassphrase(): NewPassphrase {
  return { passphrase: useSecret(), confirm: useSecret() };
}

/** Main judges the passphrase's strength; the renderer only catches a typo between the two fields. */
export const passphrasesDiffer = (value: NewPassphrase) => value.passphrase.peek() !== value.confirm.peek();

export function NewPassphraseFields({ value }: { value: NewPassphrase }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <SecretField label={t('keys.vault.passphrase')} secret={value.passphrase} autoFocus />
      <SecretField label={t('keys.vault.confirm')} secret={value.confirm} />
    </div>
  );
}
