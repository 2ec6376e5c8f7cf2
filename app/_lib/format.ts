/** 2016-02-27 → 2016年2月27日, as Chinese documents write dates. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** "54-114" → "第54–114行"; "1" → "第1行". */
export function formatLines(range: string): string {
  const [a, b] = range.split('-');
  return b && b !== a ? `第${a}–${b}行` : `第${a}行`;
}
