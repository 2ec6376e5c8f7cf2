/**
 * A correction can never drift onto other words: every way an erratum can go
 * stale makes the build report a problem at the errata file and entry line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/corpus/build-corpus';
import { minimalEdit, parseErrata } from '../../lib/fidelity/resolve-errata';
import { readContent } from '../../scripts/lib/read-content';
import { runKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

const BANFA = `${TEST_CONTENT}/errata/zongzhi-weiwen-shishi-banfa.yaml`;
const XINFANG = `${TEST_CONTENT}/errata/xinfang-zerenzhi-xize.yaml`;

/** The real content with one errata file's text edited (or a new errata file added). */
function withErrata(path: string, edit: (text: string) => string): ContentFiles {
  const files = readContent();
  const name = path.split('/').pop()!;
  const existing = files.errata.find((e) => e.path.endsWith(name));
  const errata = existing
    ? files.errata.map((e) => (e === existing ? { ...e, text: edit(e.text) } : e))
    : [...files.errata, { path, documentId: name.replace(/\.yaml$/, ''), text: edit('') }];
  return { ...files, errata };
}
const problemsOf = (files: ContentFiles) => buildCorpus(files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
/** The line of `- id: <id>` in an errata file. */
const entryLine = (text: string, id: string) => text.split('\n').findIndex((l) => l === `- id: ${id}`) + 1;
/** Replace one key's value inside the entry with this id. */
const setInEntry = (id: string, key: string, value: string) => (text: string) =>
  text.replace(new RegExp(`(- id: ${id}\\n(?:  .*\\n)*?  ${key}: ).*`), `$1${value}`);

describe('errata stale checks', () => {
  const banfa = readFileSync(BANFA, 'utf8');
  const at = (id: string) => `${BANFA}:${entryLine(banfa, id)}: ${id}`;

  it('the real errata resolve without problems', () => expect(problemsOf(readContent())).toEqual([]));

  it('reports find text that is not on the declared line', () => {
    expect(problemsOf(withErrata(BANFA, setInEntry('renda-jiguan', 'line', '6')))).toContainEqual(expect.stringMatching(new RegExp(`^${at('renda-jiguan')}：已失效——原文第 6 行应有`)));
  });

  it('reports find text that occurs twice on the line without an occurrence', () => {
    const edit = (t: string) => setInEntry('chengyuan-yuetan-shangji', 'replace', '"其他领导班子成员,"')(setInEntry('chengyuan-yuetan-shangji', 'find', '"其他领导班子,"')(t));
    const problems = problemsOf(withErrata(BANFA, edit));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('chengyuan-yuetan-shangji')}：已失效.*恰好 1 处，实有 2 处`)));
  });

  it('reports a wrong count for an `all` correction', () => {
    const xinfang = readFileSync(XINFANG, 'utf8');
    const problems = problemsOf(withErrata(XINFANG, (t) => t.replace('count: 79', 'count: 78')));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${XINFANG}:${entryLine(xinfang, 'xinfang')}: xinfang：已失效——全文应有.*78 处，实有 79 处`)));
  });

  it('reports a declared kind that does not match the edit', () => {
    const problems = problemsOf(withErrata(BANFA, setInEntry('renda-jiguan', 'kind', 'substitution')));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('renda-jiguan')}：声明为 substitution（替换），但.*实际是 insertion（补字）`)));
  });

  it('reports overlapping corrections', () => {
    const straddling = '\n- id: straddling\n  line: 5\n  find: "党的机关、机关、行政"\n  replace: "党的机关和构关、行政"\n  kind: substitution\n  evidence: test\n  confidence: low\n';
    const problems = problemsOf(withErrata(BANFA, (t) => t + straddling));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${BANFA}:\\d+: (renda-jiguan：与校订 straddling|straddling：与校订 renda-jiguan)`)));
  });

  it('reports two insertions at the same point', () => {
    const twin = '\n- id: twin\n  line: 5\n  find: "机关、机关"\n  replace: "机关、人民代表大会机关"\n  kind: insertion\n  evidence: test\n  confidence: low\n';
    const files = withErrata(BANFA, (t) => t + twin);
    const twinLine = files.errata.find((e) => e.path === BANFA)!.text.split('\n').indexOf('- id: twin') + 1;
    expect(problemsOf(files)).toContainEqual(`${BANFA}:${twinLine}: twin：与校订 renda-jiguan（第 ${entryLine(banfa, 'renda-jiguan')} 行）改动的文字重叠`);
  });

  it('reports a line outside the document', () => {
    expect(problemsOf(withErrata(BANFA, setInEntry('renda-jiguan', 'line', '60')))).toContainEqual(`${at('renda-jiguan')}：原文第 60 行不在本文件之内`);
  });

  it('reports a stale suspected-damage entry', () => {
    const problems = problemsOf(withErrata(BANFA, setInEntry('suspect-yuyi', 'find', '"不在这一行的文字"')));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('suspect-yuyi')}：已失效`)));
  });

  it('reports a suspected-damage entry that also carries a replacement', () => {
    const files = withErrata(BANFA, (t) => t.replace('  suspect: true\n  note: “予以”', '  suspect: true\n  replace: "予以惩处"\n  note: “予以”'));
    // At the line of the key that does not belong, which the YAML parser knows, not at the entry's first line.
    const replaceLine = files.errata.find((e) => e.path === BANFA)!.text.split('\n').indexOf('  replace: "予以惩处"') + 1;
    expect(replaceLine).toBeGreaterThan(entryLine(banfa, 'suspect-yuyi'));
    expect(problemsOf(files)).toContain(`${BANFA}:${replaceLine}: 不认识的字段 replace`);
  });

  it('reports duplicate ids', () => {
    const dup = banfa.replace('- id: chengyuan-bumen', '- id: chengyuan-dangwei');
    expect(problemsOf(withErrata(BANFA, () => dup))).toContainEqual(expect.stringContaining(`${BANFA}:${entryLine(banfa, 'chengyuan-bumen')}: chengyuan-dangwei：编号重复`));
  });

  it('reports an errata file whose document does not exist', () => {
    expect(problemsOf(withErrata(`${TEST_CONTENT}/errata/no-such-document.yaml`, () => '[]\n'))).toContainEqual(
      `${TEST_CONTENT}/errata/no-such-document.yaml:1: 这是 no-such-document 的校订表，但没有编号为 no-such-document 的文件`,
    );
  });
});

describe('parseErrata and minimalEdit', () => {
  it('keeps the line of each entry and separates suspected damage', () => {
    const text = '- id: a\n  line: 3\n  find: "xy"\n  replace: "xzy"\n  kind: insertion\n  evidence: e\n  confidence: high\n- id: b\n  line: 4\n  find: "q"\n  suspect: true\n  note: n\n';
    const parsed = parseErrata('f.yaml', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.entry.id, e.line])).toEqual([['a', 1]]);
    expect(parsed.suspects.map((e) => [e.entry.id, e.line])).toEqual([['b', 8]]);
  });
  it.each([
    ['的机关、机关、行', '的机关、人大机关、行', '', '人大'],
    ['血流成河 工作', '信访工作', '血流成河 ', '信访'],
    ['重复重复了', '重复了', '重复', ''],
  ])('%s → %s', (find, replace, original, corrected) => expect(minimalEdit(find, replace)).toMatchObject({ original, corrected }));
});

describe('suspected damage', () => {
  it('becomes a warning on the clause that holds it, and the text stays as printed', () => {
    const { corpus } = buildCorpus(readContent());
    const finding = corpus.findings.find((f) => f.kind === 'suspected-damage' && f.message.includes('予以'));
    expect(finding).toMatchObject({ documentId: 'zongzhi-weiwen-shishi-banfa', clauseId: 'art-10', severity: 'warning' });
    const clause = corpus.clauses.find((c) => c.documentId === 'zongzhi-weiwen-shishi-banfa' && c.id === 'art-10')!;
    expect(clause.text).toContain('对评为较差等次的予以。');
  });
});

describe('kb check on the command line', () => {
  it('exits 1 and names the errata file and entry line of a stale correction', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'kb-errata-')), 'content');
    cpSync(TEST_CONTENT, root, { recursive: true });
    const file = join(root, 'errata', 'zongzhi-weiwen-shishi-banfa.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, setInEntry('renda-jiguan', 'line', '6')(text));
    const check = await runKb(['check'], { content: root });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`content/errata/zongzhi-weiwen-shishi-banfa.yaml:${entryLine(text, 'renda-jiguan')}: renda-jiguan：已失效`);
  });
});
