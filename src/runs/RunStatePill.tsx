import { useTranslation } from 'react-i18next';
import type { RunState } from '@shared/domain';

export function RunStatePill({ state }: { state: RunState }) {
  const { t } = useTranslation();
  return <span className={`pill run-state run-state--${state}`}>{t(`runs.state.${state}`)}</span>;
}
