// Every failed call ends here, so the user always hears about it in the same way.
import { toast } from 'sonner';
import { isApiError } from './api';
import { t } from './i18n';

/** The sentence to show for an error: main's plain-language message, or a generic one for our own bugs. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  console.error(error);
  return t('common.unexpectedError');
}

export function notifyError(error: unknown): void {
  toast.error(errorMessage(error));
}

export function errorCode(error: unknown): string | null {
  return isApiError(error) ? error.code : null;
}
