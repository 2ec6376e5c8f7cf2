/**
 * The command line: `npm run -s kb -- <command>`.
 *   build   check content, then write the corpus, search, comparison and study data (downloads, questions) for the site
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
import { formatIndexSize, writeSearchIndex } from './lib/search-index-files';
import { searchCommand } from './lib/search-command';
import { writeCompareData } from './lib/compare-data';
import { writeStudyFiles } from './lib/study-files';

const [command = 'help', ...args] = process.argv.slice(2);

function load(): BuiltCorpus {
  return buildCorpus(readContent());
}

function report(built: BuiltCorpus): boolean {
  for (const p of built.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  return built.problems.length === 0;
}

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
    const built = load();
    if (!report(built)) {
      console.error('kb build: content check failed; nothing was published.');
      process.exit(1);
    }
    mkdirSync('.generated', { recursive: true });
    writeFileSync('.generated/corpus.json', JSON.stringify({ ...exportJson(built), bodies: built.bodies }));
    console.log(`built: ${built.corpus.documents.length} documents, ${built.corpus.clauses.length} clauses → .generated/corpus.json`);
    console.log(formatIndexSize(await writeSearchIndex(built.corpus)));
    console.log(writeCompareData(built.corpus));
    console.log(await writeStudyFiles(built));
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
void args;
await run();
