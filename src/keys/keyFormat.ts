// The same shape main enforces, checked before sending so a typo is explained in plain words instead of
// as a refused request.
import { API_KEY_PATTERN } from '@shared/domain';
import { t } from '../i18n';

export const keyFormatProblem = (key: string): string | null => (API_KEY_PATTERN.test(key.trim()) ? null : t('keys.malformedKey'));
