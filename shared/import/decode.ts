import { ImportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Turns file bytes into text the way newsroom files arrive: UTF-8 with or without BOM,
 * UTF-16 with BOM; CRLF and lone CR become LF. Anything that looks binary is refused with a
 * message rather than imported as mojibake.
 */
export function decodeText(bytes: Uint8Array, name = 'the file'): DecodedText {
  let encoding: TextEncodingName = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }

  let text: string;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    text = new TextDecoder(encoding, { fatal: false }).decode(body);
  } else {
    if (looksBinary(body)) {
      throw new ImportError('binary', `${name} is a binary file, not a text draft.`);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Old Word-to-text exports are often Windows-1252; better that than a refusal.
      text = fixC1(new TextDecoder('windows-1252').decode(body));
    }
  }
  if (text.includes('\u0000')) {
    throw new ImportError('binary', `${name} contains NUL bytes: it is binary, not a text draft.`);
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

/**
 * Windows-1252 puts curly quotes, dashes, € and … at 0x80–0x9F. Node's decoder reads that label as
 * Latin-1 and returns C1 control characters there instead (Chromium gets it right, so this is a
 * no-op in the renderer); map them to what the bytes meant.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const fixC1 = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);

/** NUL bytes or a high share of control characters in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** True when the bytes start with the ZIP signature (DOCX, ODT, EPUB…). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
