/**
 * The command line: `npm run -s kb -- <command>`.
 *   build   check content, then write the corpus, search, comparison and study data (downloads, questions) for the site;
 *           incremental: unchanged sources and documents come from .generated/cache/ (KB_NO_CACHE=1 to turn off);
 *           one build at a time (.generated.lock), output staged and swapped in whole at the end
 *   check [--json]  report content problems with file and line (--json: as objects on stdout); exit 1 if any (as every command that reads content does)
 *   export  print the whole corpus as JSON
 *   ingest  import a new regulation text as a draft content entry
 *   import <folder> [--into <content>] [--collection <name>] [--commit <sha>]  import every law text under a folder (re-runs keep editors' changes)
 *   errata suggest <documentId> [--parent <id>] [--json]  propose corrections from the parent text
 *   search "<query>" [--json] [--limit N]  full-text search over the built index, as the site runs it
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { buildCorpus, type BuiltCorpus } from '../lib/corpus/build-corpus';
import { contentRootProblem, readContent } from './lib/read-content';
import { contentConfig } from './lib/content-config';
import { createSegmenter } from '../lib/text/segmenter';
import { ingest } from './lib/ingest-command';
import { importCommand } from './lib/import-command';
import { errataCommand } from './lib/errata-command';
import { SEARCH_SUBDIR, formatIndexSize, writeSearchIndex } from './lib/search-index-files';
import { searchCommand } from './lib/search-command';
import { writeCompareData } from './lib/compare-data';
import { writeStudyFiles } from './lib/study-files';
import { CACHE_DIR, cacheKey, linkCache, openBuildCache, pruneBuildCache } from './lib/build-cache';
import { cachedVocabulary } from './lib/cached-vocabulary';
import { reportProblems } from './lib/report-problems';
import { acquireBuildLock } from './lib/build-lock';
import { OUTPUT, stageOutput } from './lib/staged-output';
import { progress } from './lib/progress';
import { writeJsonFile, writeJsonStream } from './lib/write-json';

// Each step leaves most of what it allocates as garbage, and V8 by default lets the heap grow up to
// several times what is live before collecting: a build's peak was mostly garbage. Growing by at most
// 30% per collection cut a large build's peak by a third at no measurable cost in time (the scaling
// bench). V8 reads this flag at each collection, so setting it here, before the command runs, takes effect.
setFlagsFromString('--heap-growing-percent=30');

const [command = 'help', ...args] = process.argv.slice(2);
/** Made once here from KB_CONTENT and passed to every reader of content. */
const config = contentConfig();

/** The corpus, or exit 1 after listing the problems: no command works from content that fails the check. */
function load(): BuiltCorpus {
  const built = buildCorpus(readContent(config));
  if (!reportProblems(built)) process.exit(1);
  return built;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function exportJson(built: BuiltCorpus) {
  const { documents, works, clauses, citations, links, rejectedLinks, conflicts, findings, exclusions, corrections } = built.corpus;
  return { documents, works, clauses, citations, links, rejectedLinks, conflicts, findings, exclusions, corrections };
}

const commands: Record<string, () => void | Promise<void>> = {
  check() {
    const json = args.includes('--json');
    const built = json ? buildCorpus(readContent(config)) : load();
    const { documents, clauses, findings } = built.corpus;
    // Data-quality notices do not fail the check; they are listed for editors.
    // Looked up by key: a search per notice made a long law's check quadratic.
    const docById = new Map(documents.map((d) => [d.id, d]));
    const lineOf = new Map(clauses.map((c) => [`${c.documentId}#${c.id}`, c.line]));
    const notices = findings.filter((x) => x.kind !== 'erratum-applied').map((f) => {
      const doc = docById.get(f.documentId);
      const line = f.clauseId === null ? undefined : lineOf.get(`${f.documentId}#${f.clauseId}`);
      return { ...f, file: doc ? join(config.sourcesDir, doc.sourceFile) : config.sourcesDir, line: doc ? (line ?? Number(doc.sourceLines.split('-')[0])) : undefined };
    });
    if (json) {
      process.stdout.write(JSON.stringify({ problems: built.problems, findings: notices }, null, 2) + '\n');
      if (built.problems.length) process.exit(1);
      return;
    }
    for (const f of notices) {
      const where = f.line === undefined ? f.file : `${f.file}:${f.line}`;
      console.log(`${f.severity}: ${where}: ${f.documentId}${f.clauseId ? '#' + f.clauseId : ''} [${f.kind}] ${f.message}`);
    }
    console.log(`ok: ${documents.length} documents, ${clauses.length} clauses, ${findings.length} findings`);
  },
  async export() {
    const built = load();
    await writeJsonStream(exportJson(built), 2, process.stdout);
    process.stdout.write('\n');
  },
  async build() {
    const lock = acquireBuildLock();
    if (!lock.ok) {
      console.error(`kb build: ${lock.message}`);
      process.exit(1);
    }
    if (lock.note) console.error(`kb build: ${lock.note}`);
    const cache = openBuildCache();
    const { step, elapsed } = progress('kb build');
    const files = await step('读取内容', () => readContent(config));
    const terms = files.terms ?? [];
    const built = await step(`解析 ${files.sources.length} 份原文、${files.documents.length} 件文件并对齐条款`, () =>
      buildCorpus(files, { ...(cache ? { cache: cache.parse, salt: cache.parseSalt, links: linkCache(cache, terms) } : {}), onStage: (name) => console.error(`kb build:   ${name}（${elapsed()}）`) }),
    );
    if (!reportProblems(built)) {
      console.error('kb build: 内容检查未通过，未发布任何内容。');
      process.exit(1);
    }
    // Everything goes into fresh folders that replace the old output only at the end.
    const staged = stageOutput();
    const out = staged.dirs;
    const searchDir = join(out.data, SEARCH_SUBDIR);
    await step('写出语料', () => {
      writeJsonFile(join(out.generated, 'corpus.json'), { ...exportJson(built), bodies: built.bodies });
      writeJsonFile(join(out.generated, 'sources.json'), built.sources);
      writeFileSync(join(out.generated, 'search-examples.json'), JSON.stringify(built.searchExamples));
    });
    console.log(`built: ${built.corpus.documents.length} documents, ${built.corpus.clauses.length} clauses → ${join(OUTPUT.generated, 'corpus.json')}`);
    if (cache) {
      console.log(`parse: ${plural(cache.parse.misses, 'source')} re-parsed, ${cache.parse.hits} reused (cache ${CACHE_DIR})`);
      console.log(`align: ${plural(cache.links.misses, 'pair')} aligned, ${cache.links.hits} reused`);
      const seg = await step('分词', () => cachedVocabulary(built.corpus.clauses, terms, { cache: cache.words, salt: cache.wordsSalt }));
      console.log(`segment: ${plural(seg.segmented, 'document')} segmented, ${seg.reused} reused`);
      console.log(formatIndexSize(await step('建检索索引', () => writeSearchIndex(built.corpus, terms, searchDir, { words: seg.words, synonyms: built.synonyms }))));
    } else {
      console.log('parse: cache off (KB_NO_CACHE); every source parsed and segmented');
      console.log(formatIndexSize(await step('分词并建检索索引', () => writeSearchIndex(built.corpus, terms, searchDir, { synonyms: built.synonyms }))));
    }
    const compareOutputs = cache ? { docs: cache.compareDocs, csv: cache.compareCsv, salt: cacheKey(cache.compareSalt, terms) } : undefined;
    console.log(await step('对照数据', () => writeCompareData(built.corpus, out, createSegmenter(terms), cache ? linkCache(cache, terms) : undefined, compareOutputs)));
    console.log(await step('学习资料与下载文件', () => writeStudyFiles(built, out, cache ? { store: cache.docx, salt: cache.docxSalt } : undefined)));
    if (cache) pruneBuildCache(cache);
    staged.commit();
    console.log(`published: ${OUTPUT.generated}/, ${OUTPUT.data}/`);
  },
  ingest() {
    process.exitCode = ingest(args, config);
  },
  import() {
    process.exitCode = importCommand(args, config);
  },
  errata() {
    process.exitCode = errataCommand(args, config);
  },
  async search() {
    process.exitCode = await searchCommand(args);
  },
  help() {
    console.log('usage: npm run -s kb -- <build|check|export|ingest <file>|import <folder>|errata suggest <documentId>|search "<query>"> [options]');
  },
};

/** Commands that read or write content/: a wrong KB_CONTENT stops them before they touch anything. */
const USES_CONTENT = new Set(['check', 'export', 'build', 'ingest', 'import', 'errata']);

const run = commands[command];
if (!run) {
  console.error(`kb: unknown command "${command}"`);
  commands.help();
  process.exit(2);
}
const rootProblem = USES_CONTENT.has(command) ? contentRootProblem(config) : null;
if (rootProblem) {
  console.error(`kb ${command}: ${rootProblem}`);
  process.exit(2);
}
await run();
