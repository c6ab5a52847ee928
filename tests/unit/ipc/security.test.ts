import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../../electron/security';

describe('IPC sender check', () => {
  it('accepts only the app bundle origin', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle/')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'https://example.com/',
      'app://evil/index.html',
      'http://127.0.0.1:5173/',
      '',
      undefined,
      'not a url',
    ]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('CSP allows no remote scripts or objects', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});
