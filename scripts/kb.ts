/**
 * The command line: `npm run -s kb -- <command>`.
 *   build   check content, then write the corpus, search, comparison and study data (downloads, questions) for the site;
 *           incremental: unchanged sources and documents come from .generated/cache/ (KB_NO_CACHE=1 to turn off)
 *   check   report content problems with file and line; exit 1 if any
 *   export  print the whole corpus as JSON
 *   ingest  import a new regulation text as a draft content entry
 *   errata suggest <documentId> [--parent <id>] [--json]  propose corrections from the parent text
 *   search "<query>" [--json] [--limit N]  full-text search over the built index, as the site runs it
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildCorpus, type BuiltCorpus } from '../lib/build-corpus';
import { readContent } from './lib/read-content';
import { ingest } from './lib/ingest-command';
import { errataCommand } from './lib/errata-command';
import { SEARCH_DIR, formatIndexSize, writeSearchIndex } from './lib/search-index-files';
import { searchCommand } from './lib/search-command';
import { writeCompareData } from './lib/compare-data';
import { writeStudyFiles } from './lib/study-files';
import { CACHE_DIR, openBuildCache, pruneBuildCache } from './lib/build-cache';
import { cachedVocabulary } from './lib/cached-vocabulary';

const [command = 'help', ...args] = process.argv.slice(2);

function load(): BuiltCorpus {
  return buildCorpus(readContent());
}

function report(built: BuiltCorpus): boolean {
  for (const p of built.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  return built.problems.length === 0;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function exportJson(built: BuiltCorpus) {
  const { documents, clauses, citations, links, findings, exclusions, corrections } = built.corpus;
  return { documents, clauses, citations, links, findings, exclusions, corrections };
}

const commands: Record<string, () => void | Promise<void>> = {
  check() {
    const built = load();
    if (!report(built)) process.exit(1);
    const { documents, clauses, findings } = built.corpus;
    // Data-quality notices do not fail the check; they are listed for editors.
    for (const f of findings.filter((x) => x.kind !== 'erratum-applied')) {
      const doc = documents.find((d) => d.id === f.documentId);
      const clause = clauses.find((c) => c.documentId === f.documentId && c.id === f.clauseId);
      const where = doc ? `content/sources/${doc.sourceFile}:${clause?.line ?? doc.sourceLines.split('-')[0]}` : 'content/sources';
      console.log(`${f.severity}: ${where}: ${f.documentId}${f.clauseId ? '#' + f.clauseId : ''} [${f.kind}] ${f.message}`);
    }
    console.log(`ok: ${documents.length} documents, ${clauses.length} clauses, ${findings.length} findings`);
  },
  export() {
    const built = load();
    report(built);
    process.stdout.write(JSON.stringify(exportJson(built), null, 2) + '\n');
  },
  async build() {
    const cache = openBuildCache();
    const files = readContent();
    const built = buildCorpus(files, cache ? { cache: cache.parse, salt: cache.parseSalt } : {});
    if (!report(built)) {
      console.error('kb build: content check failed; nothing was published.');
      process.exit(1);
    }
    mkdirSync('.generated', { recursive: true });
    writeFileSync('.generated/corpus.json', JSON.stringify({ ...exportJson(built), bodies: built.bodies }));
    console.log(`built: ${built.corpus.documents.length} documents, ${built.corpus.clauses.length} clauses → .generated/corpus.json`);
    if (cache) {
      console.log(`parse: ${plural(cache.parse.misses, 'source')} re-parsed, ${cache.parse.hits} reused (cache ${CACHE_DIR})`);
      const seg = cachedVocabulary(built.corpus.clauses, files.terms ?? [], { cache: cache.words, salt: cache.wordsSalt });
      console.log(`segment: ${plural(seg.segmented, 'document')} segmented, ${seg.reused} reused`);
      console.log(formatIndexSize(await writeSearchIndex(built.corpus, SEARCH_DIR, { words: seg.words })));
    } else {
      console.log('parse: cache off (KB_NO_CACHE); every source parsed and segmented');
      console.log(formatIndexSize(await writeSearchIndex(built.corpus)));
    }
    console.log(writeCompareData(built.corpus));
    console.log(await writeStudyFiles(built));
    if (cache) pruneBuildCache(cache);
  },
  ingest() {
    process.exitCode = ingest(args);
  },
  errata() {
    process.exitCode = errataCommand(args);
  },
  async search() {
    process.exitCode = await searchCommand(args);
  },
  help() {
    console.log('usage: npm run -s kb -- <build|check|export|ingest <file>|errata suggest <documentId>|search "<query>"> [options]');
  },
};

const run = commands[command];
if (!run) {
  console.error(`kb: unknown command "${command}"`);
  commands.help();
  process.exit(2);
}
await run();
