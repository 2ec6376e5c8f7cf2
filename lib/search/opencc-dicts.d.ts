/** opencc-js ships its dictionaries as untyped ES modules: each exports one "from to|from to" string. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
