// Switching between the user's own profile and the sandbox. Only a ProfileHost can switch; every
// other host of the core (the command line's sessions, tests that open one profile) stays real.
import { AppError } from './errors';
import type { AppMode, ModeInfo } from '@shared/domain';

export interface ModeControl {
  current(): ModeInfo;
  switchTo(mode: AppMode): Promise<ModeInfo>;
}

export const realOnly: ModeControl = {
  current: () => ({ mode: 'real' }),
  switchTo: async (mode) => {
    if (mode === 'real') return { mode };
    throw new AppError('mode_unavailable', 'Sandbox mode can only be switched on in the app.');
  },
};
