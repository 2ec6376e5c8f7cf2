/**
 * Bytes of a new source → text, or a refusal that says why. Encodings seen
 * on government sites: UTF-8 (with or without BOM), GBK/GB2312/GB18030 and
 * UTF-16. GBK and GB2312 are decoded as GB18030, their superset. A file
 * pasted together from pages in both UTF-8 and GBK is decoded line by line,
 * with a notice naming the lines read each way: decoded whole as GB18030,
 * its UTF-8 lines would be kept as mojibake in the permanent record.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** `notice`: what an editor should know about how the text was read (a mixed encoding). */
export type Decoded = { ok: true; text: string; encoding: string; notice?: string } | { ok: false; reason: string };

export function decodeSource(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return { ok: false, reason: '文件为空' };
  if (buf.length > MAX_SOURCE_BYTES) return { ok: false, reason: `文件过大：${buf.length} 字节，上限 ${MAX_SOURCE_BYTES} 字节` };
  const encoding = detectEncoding(buf);
  if (!encoding) return { ok: false, reason: '看起来是二进制文件，不是文本' };
  const mixed = encoding === 'gb18030' ? decodeMixedLines(buf) : null;
  const text = mixed?.text ?? iconv.decode(buf, encoding, { stripBOM: true });
  if (!text.trim()) return { ok: false, reason: '文件只有空白，没有文字' };
  if (controlRatio(text) > 0.01 || text.includes('\ufffd'.repeat(3))) return { ok: false, reason: `按 ${encoding} 解码后含大量控制字符或乱码，可能是二进制文件或编码无法识别` };
  return mixed ? { ok: true, text, encoding: 'utf-8+gb18030', notice: mixed.notice } : { ok: true, text, encoding };
}

/**
 * A file that is not UTF-8 as a whole but has lines that are: each line is
 * read as UTF-8 when it is valid UTF-8 and has no more unlikely characters
 * that way than as GB18030 (UTF-8 read as GB18030 gives plausible-looking
 * Chinese, so only the other direction can be told by its oddities). Null when no non-ASCII line is
 * UTF-8 (a plain GB file). Lines split at the byte 0x0A, which neither
 * encoding uses inside a character.
 */
function decodeMixedLines(buf: Buffer): { text: string; notice: string } | null {
  const utf8Lines: number[] = [];
  const gbLines: number[] = [];
  const parts: string[] = [];
  let start = 0;
  for (let no = 1; start <= buf.length; no++) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl + 1;
    const line = buf.subarray(start, end);
    const gb = iconv.decode(line, 'gb18030');
    const utf8 = isValidUtf8(line) ? line.toString('utf8') : null;
    const asUtf8 = utf8 !== null && unlikelyChars(utf8) <= unlikelyChars(gb);
    parts.push(asUtf8 ? utf8 : gb);
    // ASCII-only lines read the same either way and are not listed.
    if (line.some((b) => b >= 0x80)) (asUtf8 ? utf8Lines : gbLines).push(no);
    if (nl < 0) break;
    start = end;
  }
  if (!utf8Lines.length) return null;
  return {
    text: parts.join('').replace(/^\ufeff/, ''),
    notice: `原文件混用两种编码，已逐行解码：第 ${lineList(utf8Lines)} 行按 UTF-8，第 ${lineList(gbLines)} 行按 GB18030`,
  };
}

/** 1, 2, 3, 7 → "1–3、7". */
function lineList(lines: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    runs.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j;
  }
  return runs.join('、');
}

function detectEncoding(buf: Buffer): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return utf16;
  if (buf.includes(0)) return null;
  if (isValidUtf8(buf)) return 'utf-8';
  const guess = chardet.detect(buf);
  if (guess && /^(GB|BIG5|EUC-TW)/i.test(guess)) return /^GB/i.test(guess) ? 'gb18030' : guess.toLowerCase();
  // Chinese text that is not UTF-8 is, in practice, GB-encoded.
  return 'gb18030';
}

/** UTF-16 text without a BOM has NUL in every other byte for ASCII and CJK-heavy text alike is rare; check both parities. */
function utf16WithoutBom(buf: Buffer): string | null {
  if (buf.length < 4 || buf.length % 2) return null;
  const sample = buf.subarray(0, Math.min(buf.length, 4096));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  // CJK-only UTF-16 has no NUL bytes; decode and see whether it is mostly CJK.
  const le = iconv.decode(sample, 'utf-16le');
  if (!buf.includes(0) || cjkRatio(le) < 0.6) return null;
  return 'utf-16le';
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function controlRatio(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(ch)) n++;
  return n / text.length;
}

/** Characters a Chinese regulation hardly ever prints: what a wrong decoding produces. */
const LIKELY = /[\t\n\r\u0020-\u007e\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2100-\u218f\u2460-\u24ff\u2500-\u25ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
function unlikelyChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!LIKELY.test(ch)) n++;
  return n;
}

function cjkRatio(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/g)?.length ?? 0;
  return cjk / Math.max(1, text.length);
}
