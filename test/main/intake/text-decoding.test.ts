import { describe, expect, it } from 'vitest';

import { decodeText } from '../../../electron/main/services/intake/text-decoding';
import { toWindows1252 } from './intake.factory';

const sample = 'Größe;Straße;Preis\r\nÄrger;Übung;12 €\r\n„Zitat“ – öffentlich';

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(Buffer.from(sample, 'utf8'))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8-bom' });
  });

  it('reads Windows-1252 as German Excel writes it, including €, „ “ and –', () => {
    const bytes = toWindows1252(sample);
    expect(bytes.includes(0xe4)).toBe(false);
    expect([...bytes.subarray(0, 3)]).toEqual([0x47, 0x72, 0xf6]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'windows-1252' });
  });

  it('reads UTF-16 LE and BE with BOM, and LE without BOM', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({
      text: sample,
      encoding: 'utf-16le',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: sample,
      encoding: 'utf-16be',
    });
    expect(decodeText(le)).toEqual({ text: sample, encoding: 'utf-16le' });
  });
});
