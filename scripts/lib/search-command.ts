/**
 * `kb search "<query>" [--json] [--limit N] [--level L] [--region R] [--area A] [--doc ID] [--all-versions] [--exact] [--index DIR]`:
 * the browser's query code over the built index files (public/data/search/ unless --index says otherwise).
 * Readable output adds what the page shows above the results: the cited provision, the documents
 * found by title, synonyms and a typo suggestion or correction (--exact: the query as typed); --json prints the hits only.
 */
import { createSearchEngine, type FoundDocument, type SearchHit, type SearchResult } from '../../lib/search/search-engine';
import { hitPlace } from '../../lib/search/hit-place';
import { orderNotes } from '../../lib/search/order-notes';
import { IndexFileError, SEARCH_DIR, fileShardLoader } from './search-index-files';

type Args = { query: string; json: boolean; limit: number; level?: string; region?: string; area?: string; doc?: string; allVersions?: boolean; exact?: boolean; index?: string };

export function parseSearchArgs(argv: string[]): Args | string {
  const args: Args = { query: '', json: false, limit: 20 };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--limit') args.limit = Number(value());
    else if (a === '--level') args.level = value();
    else if (a === '--region') args.region = value();
    else if (a === '--doc') args.doc = value();
    else if (a === '--area') args.area = value();
    else if (a === '--all-versions') args.allVersions = true;
    else if (a === '--exact') args.exact = true;
    else if (a === '--index') args.index = value();
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else words.push(a);
  }
  if (!Number.isInteger(args.limit) || args.limit < 1) return '--limit takes a positive whole number';
  args.query = words.join(' ');
  if (!args.query.trim()) return 'usage: kb search "<query>" [--json] [--limit N] [--level L] [--region R] [--area 法律部门] [--doc ID] [--all-versions] [--exact]';
  return args;
}

/** The JSON the CLI prints for a result: one object per hit, best first. */
export function hitsToJson(result: SearchResult) {
  return result.hits.map((h) => ({
    unitId: h.unitId,
    clauseId: h.clauseId,
    documentId: h.documentId,
    score: Number(h.score.toFixed(6)),
    snippet: h.snippet.text,
    label: h.label,
    match: h.match,
    highlights: h.snippet.highlights,
  }));
}

export async function searchCommand(argv: string[]): Promise<number> {
  const args = parseSearchArgs(argv);
  if (typeof args === 'string') {
    console.error(`kb search: ${args}`);
    return 2;
  }
  const engine = createSearchEngine(fileShardLoader(args.index));
  const started = performance.now();
  let result: SearchResult;
  let ms: number;
  let documents: FoundDocument[] = [];
  try {
    result = await engine.search(args.query, { limit: args.limit, exact: args.exact, filters: { level: args.level, region: args.region, area: args.area, documentId: args.doc, allVersions: args.allVersions } });
    ms = performance.now() - started;
    if (!args.json) documents = await engine.findDocuments(args.query);
  } catch (e) {
    // Everything the engine reads is the index: any failure here means it is missing, damaged or from another version.
    const dir = args.index ?? SEARCH_DIR;
    const why = e instanceof IndexFileError ? e.message : `读取检索索引 ${dir} 时出错（索引可能损坏或版本不符）：${e instanceof Error ? e.message : String(e)}`;
    console.error(`kb search: ${why}；请运行 npm run -s kb -- build 重新生成${dir !== SEARCH_DIR ? '（或检查 --index）' : ''}。`);
    return 1;
  }
  if (args.json) {
    // The hits only, as the page lists them; a correction is said where a script's reader sees it.
    if (result.correctedFrom) console.error(`kb search: 没有条款含有“${result.correctedFrom}”，以下是“${result.query}”的结果（按原样检索：加 --exact）`);
    process.stdout.write(JSON.stringify(hitsToJson(result), null, 2) + '\n');
    return 0;
  }
  printReadable(result, ms, documents);
  return 0;
}

const MATCH_LABEL = { phrase: '整句', all: '全部词', some: '部分词' } as const;

function printReadable(result: SearchResult, ms: number, documents: FoundDocument[]) {
  const words = result.words.length ? `；分词：${result.words.join(' / ')}` : '';
  const synonyms = result.synonyms.length ? `；含同义词：${result.synonyms.join('、')}` : '';
  const notes = orderNotes(result).map((n) => `；${n.text}`).join('');
  console.log(`“${result.query}” → ${result.phrase}${words}${synonyms}${notes}`);
  if (result.cited) console.log(`直达：《${result.cited.documentTitle}》${result.cited.label}（${result.cited.versionDate ?? '日期不详'}版本${result.cited.current ? '，现行' : ''}）  ${result.cited.documentId}#${result.cited.clauseId}\n   ${result.cited.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  for (const d of documents) console.log(`文件：《${d.title}》（${d.versionDate ?? '日期不详'}版本${d.current ? '，现行' : ''}）  ${d.documentId}`);
  if (result.correctedFrom) console.log(`没有条款含有“${result.correctedFrom}”，以下是“${result.query}”的结果（按原样检索：加 --exact）`);
  if (result.suggestion) console.log(`您是不是要找：${result.suggestion}`);
  console.log(`共 ${result.total} 条（整句 ${result.counts.phrase}，全部词 ${result.counts.all}，部分词 ${result.counts.some}），用时 ${ms.toFixed(1)} ms`);
  result.hits.forEach((h, k) => {
    console.log(`\n${k + 1}. ${h.documentTitle} ${hitPlace(h, ' ') || h.clauseId}  [${MATCH_LABEL[h.match]} ${h.score.toFixed(3)}]  ${h.documentId}#${h.clauseId}`);
    console.log(`   ${marked(h)}`);
  });
}

function marked(h: SearchHit): string {
  const color = process.stdout.isTTY;
  const [open, close] = color ? ['\x1b[1;33m', '\x1b[0m'] : ['【', '】'];
  let out = '';
  let pos = 0;
  for (const [a, b] of h.snippet.highlights) {
    out += h.snippet.text.slice(pos, a) + open + h.snippet.text.slice(a, b) + close;
    pos = b;
  }
  return out + h.snippet.text.slice(pos);
}
