// Owns the open profile — the user's own, or the sandbox with its in-process Lusha simulator — and
// switches between them. Transports bind once to `dispatch`, which always reaches the profile open
// now, so Electron IPC, the e2e binding and anything else never hold a stale Services.
//
// A switch opens the other profile completely (simulator started, sandbox seeded) before closing
// the current one: if anything fails on the way the user stays where they were. Events of a profile
// that is no longer open are dropped, so nothing from one profile reaches the renderer of the other.
import { AppError } from './errors';
import type { Emit } from './host';
import type { ModeControl } from './modeControl';
import { readRememberedMode, rememberMode } from './modeSetting';
import { sandboxEnv, sandboxProfileDir, startSandboxSimulator } from './sandboxProfile';
import { seedSandbox } from './sandboxSeed';
import { createServices, type ServiceOptions, type Services } from './services';
import type { Dispatch } from '../ipc/dispatcher';
import type { AppMode, ModeInfo } from '@shared/domain';

const OPEN_FAILED: Record<AppMode, string> = {
  sandbox: 'The sandbox could not be opened, so you are still on your own keys. Details are in the log.',
  real: 'Your own profile could not be opened, so you are still in the sandbox. Details are in the log.',
};

export interface ProfileHostOptions extends Omit<ServiceOptions, 'mode'> {
  /** The sample CSV the sandbox is seeded with: the repo's resources/ in development, the packaged
   *  app's resources folder otherwise. */
  sampleCsv: string;
}

interface OpenProfile {
  mode: AppMode;
  /** Which opening this is; events carry it so a closed profile's late events can be told apart. */
  generation: number;
  services: Services;
  close(): Promise<void>;
}

export class ProfileHost implements ModeControl {
  private active: OpenProfile | null = null;
  private openings = 0;
  /** The switch under way, if any; never rejects, so requests queued behind it still run. */
  private switching: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: ProfileHostOptions) {}

  /** Opens the profile the user left the app on; their own if the sandbox they left on will not open. */
  static async open(options: ProfileHostOptions): Promise<ProfileHost> {
    const host = new ProfileHost(options);
    const remembered = readRememberedMode(options.profileDir, { nativeBinding: options.nativeBinding });
    host.active = await host.openProfile(remembered).catch((error: unknown) => {
      if (remembered === 'real') throw error;
      const real = host.openReal();
      real.services.logger.error('could not reopen the sandbox; opened your own profile instead', error);
      return real;
    });
    return host;
  }

  /** Opens the user's own profile at once, whatever mode was remembered: for hosts that always start
   *  on a fresh profile, like the end-to-end harness. */
  static startReal(options: ProfileHostOptions): ProfileHost {
    const host = new ProfileHost(options);
    host.active = host.openReal();
    return host;
  }

  get services(): Services {
    if (!this.active) throw new AppError('app_closing', 'EnrichDesk is closing.');
    return this.active.services;
  }

  /** Waits for a switch under way, so no request reaches a profile being closed. */
  readonly dispatch: Dispatch = async (channel, request) => {
    await this.switching;
    return this.services.dispatch(channel, request);
  };

  current(): ModeInfo {
    return { mode: this.active?.mode ?? 'real' };
  }

  switchTo(mode: AppMode): Promise<ModeInfo> {
    const job = this.switching.then(() => this.switchNow(mode));
    this.switching = job.catch(() => undefined);
    return job;
  }

  /** Closes the open profile and stops the simulator; for the app's quit. */
  async close(): Promise<void> {
    await this.switching;
    const closing = this.active;
    this.active = null;
    await closing?.close();
  }

  private async switchNow(mode: AppMode): Promise<ModeInfo> {
    const current = this.active;
    if (!current) throw new AppError('app_closing', 'EnrichDesk is closing.');
    if (current.mode === mode) return { mode };
    refuseWhileRunning(current.services);
    this.active = await this.openProfile(mode).catch((error: unknown) => {
      current.services.logger.error(`could not open the ${mode} profile`, error);
      throw new AppError(`${mode}_unavailable`, OPEN_FAILED[mode]);
    });
    await current.close();
    rememberMode(this.options.profileDir, mode, { nativeBinding: this.options.nativeBinding });
    this.options.emit('app.modeChanged', { mode });
    return { mode };
  }

  private openProfile(mode: AppMode): Promise<OpenProfile> {
    return mode === 'sandbox' ? this.openSandbox() : Promise.resolve(this.openReal());
  }

  private openReal(): OpenProfile {
    const { generation, services } = this.startServices({});
    return { mode: 'real', generation, services, close: async () => services.close() };
  }

  private async openSandbox(): Promise<OpenProfile> {
    const { profileDir, env = process.env, sampleCsv } = this.options;
    const sim = await startSandboxSimulator();
    const profile = await closingOnFailure(
      () => sim.close(),
      (): OpenProfile => {
        const { generation, services } = this.startServices({
          profileDir: sandboxProfileDir(profileDir),
          env: sandboxEnv(env, profileDir, sim.url),
          keychain: null,
        });
        const close = async () => {
          services.close();
          await sim.close();
        };
        return { mode: 'sandbox', generation, services, close };
      },
    );
    await closingOnFailure(profile.close, () => seedSandbox(profile.services, sampleCsv));
    return profile;
  }

  private startServices(overrides: Partial<ServiceOptions>): { generation: number; services: Services } {
    const generation = ++this.openings;
    const emit: Emit = (event, payload) => {
      if (this.active?.generation === generation) this.options.emit(event, payload);
    };
    const services = createServices({ ...this.options, ...overrides, emit, mode: this });
    return { generation, services };
  }
}

async function closingOnFailure<T>(close: () => Promise<void>, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await close();
    throw error;
  }
}

/** Closing a profile interrupts its runs; a run the user is watching should not end that way. */
function refuseWhileRunning(services: Services): void {
  if (services.runs.list().some((run) => run.state === 'running')) {
    throw new AppError(
      'run_in_progress',
      'A run is in progress. Pause or cancel it before switching between the sandbox and your own keys.',
    );
  }
}
