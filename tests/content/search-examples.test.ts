/**
 * The example searches are content (content/search-examples.yaml), checked
 * like any other content file and delivered to the site by the build.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchExamples } from '../../lib/content/parse-search-examples';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { TEST_CONTENT } from '../helpers/test-content';

const FILE = `${TEST_CONTENT}/search-examples.yaml`;
const problems = (text: string) => parseSearchExamples({ path: FILE, text }).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('search examples', () => {
  it('reads the real list, in order', () => {
    const { examples, problems } = parseSearchExamples(readContent().searchExamples);
    expect(problems).toEqual([]);
    expect(examples.slice(0, 2)).toEqual(['约谈', '一票否决']);
  });

  it('names the file and line of a duplicate, an empty entry or an entry that is not text', () => {
    expect(problems('# 示例\n- 约谈\n- 整改\n- 约谈\n')).toEqual([`${FILE}:4: 2：示例检索“约谈”重复`]);
    expect(problems('- 约谈\n- ""\n')).toEqual([`${FILE}:2: 1：示例检索不能为空`]);
    expect(problems('- 约谈\n- { q: 整改 }\n')).toHaveLength(1);
    expect(problems('- 约谈\n- { q: 整改 }\n')[0]).toMatch(/^[.\w-]*content\/search-examples\.yaml:2: /);
  });

  it('fails the content check through the build, and the build returns the list', () => {
    const base = { sources: [], documents: [], errata: [] };
    expect(buildCorpus({ ...base, searchExamples: { path: FILE, text: '- 约谈\n- 约谈\n' } }).problems).toContainEqual(expect.objectContaining({ file: FILE, line: 2, rule: 'schema', message: '1：示例检索“约谈”重复' }));
    expect(buildCorpus({ ...base, searchExamples: { path: FILE, text: '- 约谈\n- 整改\n' } }).searchExamples).toEqual(['约谈', '整改']);
  });
});
