import { describe, expect, it } from 'vitest';
import { parsePrintRoute, printRoute } from '@shared/ipc/domains/reports.contract';
import { imageTypeOf, logoDataUrl } from '../../../electron/main/services/reports/branding.service';
import { safeFileName } from '../../../electron/main/services/reports/report-export.service';

describe('print routes', () => {
  it('round-trips kind, id and language, including ids with slashes and spaces', () => {
    const route = printRoute('person', 'a/b c', 'en');
    expect(route).toBe('#/print/person/a%2Fb%20c/en');
    expect(parsePrintRoute(route)).toEqual({ kind: 'person', id: 'a/b c', language: 'en' });
  });

  it('refuses anything that is not a print route', () => {
    for (const hash of ['#/reports', '#/print/round/r1', '#/print/secrets/r1/de', '#/print/round/r1/fr', '#/print/round/%E0%A4%A/de']) {
      expect(parsePrintRoute(hash)).toBeNull();
    }
  });
});

describe('file names and logos', () => {
  it('keeps umlauts but removes characters no file system accepts', () => {
    expect(safeFileName('Abschlussbericht Frühjahr 2028: HR/IT?')).toBe('Abschlussbericht Frühjahr 2028 HR IT');
    expect(safeFileName('..\u0000')).toBe('Tandem');
  });

  it('recognises PNG and JPEG by content, not by name', () => {
    expect(imageTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageTypeOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(() => logoDataUrl(new TextEncoder().encode('<svg/>'))).toThrow(expect.objectContaining({ code: 'reports.logo_not_image' }) as Error);
  });
});
