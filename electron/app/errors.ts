// Errors the user is meant to read. The code is stable for the UI and scripts; the message is shown
// as is, so it must be plain language and must never contain a key's plaintext.
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
