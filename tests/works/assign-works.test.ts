import { describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../lib/corpus/export-contract';
import { assignWorks } from '../../lib/works';
import { createDocumentResolver } from '../../lib/refs/document-resolver';
import { citationOf } from '../../lib/works/cited-in';
import { articleRange } from '../../lib/clause/article-range';
import { clause, doc } from '../compare/synthetic';

const law = (id: string, title: string, versionDate: string | null, extra: Partial<DocumentRecord> = {}) => doc(id, { title, versionDate, level: 'central', rank: 'law', ...extra });
const local = (id: string, title: string, versionDate: string | null, region: string) => doc(id, { title, versionDate, level: 'provincial', rank: 'local-regulation', region });
const first = (documentId: string, text: string, label = '第一条'): ClauseRecord => clause(documentId, `${documentId}-a1`, text, { label, number: 1 });

function run(documents: DocumentRecord[], clauses: ClauseRecord[] = []) {
  const out = assignWorks({ documents, clauses });
  return { ...out, get: (id: string) => out.documents.find((d) => d.id === id)! };
}

describe('works and versions', () => {
  const { works, get } = run([
    law('x2020', '中华人民共和国X法', '2020-01-01'),
    law('x2010', 'X法', '2010-01-01'),
    law('xt', 'X法（试行）', '2005-01-01'),
    law('xa', '中华人民共和国X法修正案（一）', '2015-01-01'),
    local('bj', '物业管理条例', '2018-01-01', '北京市'),
    local('sh', '物业管理条例', '2019-01-01', '上海市'),
  ]);
  it('groups versions of one law under the id of the earliest, newest first', () => {
    const w = works.find((w) => w.id === 'x2010')!;
    expect(w.versions.map((v) => v.documentId)).toEqual(['x2020', 'x2010']);
    expect(w.current).toBe('x2020');
    expect([get('x2020').workId, get('x2010').workId]).toEqual(['x2010', 'x2010']);
  });
  it('gives the older version 已被修订 with the next version, the newest 现行有效', () => {
    expect(get('x2010')).toMatchObject({ status: 'amended', supersededBy: 'x2020' });
    expect(get('x2020')).toMatchObject({ status: 'in-force', supersededBy: null });
  });
  it('keeps （试行）, a 修正案 and two regions\' rules of one title apart', () => {
    expect(new Set(['xt', 'xa', 'bj', 'sh', 'x2010'].map((id) => get(id).workId)).size).toBe(5);
    expect(works).toHaveLength(5);
  });
  it('takes two texts of one date as one version, one of them current', () => {
    const { works: ws, get: g } = run([law('a1', 'A法', '2011-10-29'), law('a2', 'A法', '2011-10-29')]);
    expect(ws[0].current).toBe('a2');
    expect(g('a1').status).toBe('in-force');
    expect(g('a1').statusEvidence).toContain('同一版本');
  });
  it('keeps apart the parts of a code published one per file, whose articles continue rather than restate', () => {
    const article = (documentId: string, number: number) => clause(documentId, `${documentId}-a${number}`, '……', { label: `第${number}条`, number });
    const { works: ws, get: g } = run(
      [law('general', 'M法典', '2021-01-01'), law('contracts', 'M法典', '2021-01-01'), law('family', 'M法典', '2020-05-28'), law('general2', 'M法典', '2030-01-01'), law('bare', 'N法', '2001-01-01'), law('bare2', 'N法', '2002-01-01')],
      [article('general', 1), article('general', 204), article('contracts', 205), article('contracts', 988), article('family', 989), article('family', 1118), article('general2', 1), article('general2', 204), article('bare2', 1)],
    );
    expect(ws.map((w) => w.versions.map((v) => v.documentId))).toEqual([['general2', 'general'], ['contracts'], ['family'], ['bare2', 'bare']]);
    expect([g('contracts').status, g('family').status, g('general2').status]).toEqual(['in-force', 'in-force', 'in-force']);
    expect(g('general')).toMatchObject({ status: 'amended', supersededBy: 'general2' });
  });
  it('keeps same-titled texts whose numbering has a gap as versions: a text of later chapters only is no part', () => {
    const article = (documentId: string, number: number) => clause(documentId, `${documentId}-a${number}`, '……', { label: `第${number}条`, number });
    const { works: ws } = run([law('whole', 'P法', '2010-01-01'), law('later', 'P法', '2015-01-01')], [article('whole', 1), article('whole', 80), article('later', 95), article('later', 120)]);
    expect(ws).toHaveLength(1);
  });
});

describe('statuses', () => {
  it('repeals a code kept in parts in every part', () => {
    const article = (documentId: string, number: number) => clause(documentId, `${documentId}-a${number}`, '……', { label: `第${number}条`, number });
    const { get } = run(
      [law('p1', 'Q法典', '2001-01-01'), law('p2', 'Q法典', '2001-01-01'), law('z', 'Z法', '2015-06-01')],
      [article('p1', 1), article('p1', 50), article('p2', 51), article('p2', 90), first('z', '本法自2015年7月1日起施行，《Q法典》同时废止。', '第九十条')],
    );
    expect([get('p1').status, get('p2').status]).toEqual(['repealed', 'repealed']);
  });
  it('marks the version in force at the repealing document\'s date as repealed, quoting the notice', () => {
    const { works, get } = run(
      [law('y1', 'Y条例', '2001-01-01'), law('y2', 'Y条例', '2010-01-01'), law('y3', 'Y条例', '2020-01-01'), law('z', 'Z法', '2015-06-01')],
      [first('z', '本法自2015年7月1日起施行，《Y条例》同时废止。', '第九十条')],
    );
    expect(get('y2').status).toBe('repealed');
    expect(get('y2').statusEvidence).toBe('已由《Z法》第九十条：“本法自2015年7月1日起施行，《Y条例》同时废止”废止');
    expect(get('y1').status).toBe('amended');
    expect(get('y3').status).toBe('in-force');
  });
  it('leaves a work with its newest version repealed without a current version', () => {
    const { works, get } = run([law('y', 'Y条例', '2001-01-01'), law('z', 'Z法', '2015-06-01')], [first('z', '《Y条例》同时废止。')]);
    expect(get('y').status).toBe('repealed');
    expect(works.find((w) => w.id === 'y')!.current).toBeNull();
  });
  it('does not repeal a version the printed date does not name, nor the repealing text itself', () => {
    const { get } = run(
      [law('p2010', 'P细则', '2010-01-09'), law('p2023', 'P细则', '2023-12-11')],
      [first('p2023', '1992年12月21日发布的《P细则》同时废止。')],
    );
    expect(get('p2010').status).toBe('amended');
    expect(get('p2023').status).toBe('in-force');
  });
  it('does not repeal on a merely similar title', () => {
    const { get } = run([law('q', '国内水路运输管理条例', '2017-03-01'), law('r', 'R法', '2020-01-01')], [first('r', '《中华人民共和国水路运输管理条例》同时废止。')]);
    expect(get('q').status).toBe('in-force');
  });
  it('lets an editor\'s status win', () => {
    const meta = { status: { value: 'repealed', basis: 'stated', evidence: '已废止' } } as unknown as DocumentRecord['meta'];
    const { get } = run([law('e', 'E法', '2001-01-01', { meta })]);
    expect(get('e')).toMatchObject({ status: 'repealed', statusEvidence: '已废止' });
  });
});

describe('parents', () => {
  const documents = [
    law('w2010', '中华人民共和国W法', '2010-01-01'),
    law('w2020', '中华人民共和国W法', '2020-01-01'),
    law('v', '中华人民共和国V法', '2000-01-01'),
    law('c', '中华人民共和国宪法', '2018-03-11', { rank: 'constitution' }),
    local('old', '河南省实施《W法》办法', '2012-05-01', '河南省'),
    local('new', '北京市实施《中华人民共和国W法》办法', '2021-05-01', '北京市'),
    local('undated', '上海市实施《W法》办法', null, '上海市'),
    local('basis', '北京市U条例', '2015-01-01', '北京市'),
    local('city', '郑州市U条例', '2016-01-01', '郑州市'),
    local('provincial', '河南省U条例', '2012-01-01', '河南省'),
  ];
  const clauses = [
    first('new', '根据《中华人民共和国W法》和有关法律、行政法规，结合本市实际，制定本办法。'),
    first('basis', '为了规范管理，根据宪法、《中华人民共和国宪法》、《中华人民共和国V法》、《T条例》等法律、行政法规，结合本市实际，制定本条例。'),
    first('city', '根据《河南省U条例》，结合本市实际，制定本条例。'),
  ];
  const { get } = run(documents, clauses);
  it('resolves the law a title names to the version in force at the document\'s date', () => {
    expect(get('old').parents).toMatchObject([{ citation: '《W法》', documentId: 'w2010', workId: 'w2010', via: 'title', evidence: '河南省实施《W法》办法', basis: 'stated' }]);
    expect(get('new').parents).toMatchObject([{ documentId: 'w2020', via: 'title' }]);
  });
  it('names the parent once though title and 制定依据 both name it', () => expect(get('new').parents).toHaveLength(1));
  it('takes the current version when the document has no date, with a note', () => {
    expect(get('undated').parents[0]).toMatchObject({ documentId: 'w2020' });
    expect(get('undated').parents[0].note).toContain('日期不详');
  });
  it('reads every title of the 制定依据, keeps a missing one with documentId null, and leaves out the constitution', () => {
    expect(get('basis').parents.map((p) => [p.citation, p.documentId, p.via])).toEqual([
      ['《中华人民共和国V法》', 'v', 'basis-article'],
      ['《T条例》', null, 'basis-article'],
    ]);
    expect(get('basis').parents[0].evidence).toMatch(/^根据宪法.*制定本条例$/);
  });
  it('does not take a near title of another region\'s rule', () => {
    const { get: g } = run([local('hn', '河南省人民代表大会关于开展全民义务植树运动的决议', '1982-01-01', '河南省'), local('cq', '重庆市植树条例', '2010-01-01', '重庆市')], [first('cq', '根据《关于开展全民义务植树运动的决议》，制定本条例。')]);
    expect(g('cq').parents).toMatchObject([{ citation: '《关于开展全民义务植树运动的决议》', documentId: null }]);
  });
  it('gives a city regulation the provincial regulation it names', () => expect(get('city').parents).toMatchObject([{ documentId: 'provincial' }]));
  it('keeps declared parents alone and as they are', () => {
    const declared = { citation: '《某办法》', documentId: null, workId: null, basis: 'stated' as const, via: 'declared' as const, evidence: null };
    const { get: g } = run([...documents.filter((d) => d.id !== 'new'), { ...documents.find((d) => d.id === 'new')!, parents: [declared] }], clauses);
    expect(g('new').parents).toEqual([declared]);
  });
});

describe('citations resolve to the version in force at the citing date', () => {
  const { documents } = run([law('w2010', 'W法', '2010-01-01'), law('w2020', 'W法', '2020-01-01')]);
  const resolver = createDocumentResolver(documents);
  const at = (date: string | null) => resolver.resolve(citationOf('中华人民共和国W法')!, { citingDocumentId: 'z', parents: [], date });
  it.each([
    ['2015-01-01', 'w2010'],
    ['2020-01-01', 'w2020'],
    ['2024-01-01', 'w2020'],
    ['2001-01-01', 'w2020'],
    [null, 'w2020'],
  ])('cited on %s → %s', (date, id) => expect(at(date).targetDocumentId).toBe(id));
  it('says which version and why', () => expect(at('2015-01-01').reason).toBe('标题相符；本库收录该文件 2 个版本，取引用文件日期（2015-01-01）时施行的版本（2010-01-01）'));
});

describe('a citation of a code published one part per file names the part that holds the article', () => {
  const article = (documentId: string, number: number) => clause(documentId, `${documentId}-a${number}`, '……', { label: `第${number}条`, number });
  const clauses = [article('general', 1), article('general', 204), article('contracts', 205), article('contracts', 988), article('bj', 1), article('sh', 1)];
  const { documents } = run([law('general', 'M法典', '2021-01-01', { shortTitle: '总则' }), law('contracts', 'M法典', '2021-01-01', { shortTitle: '合同编' }), local('bj', '物业条例', '2018-01-01', '北京市'), local('sh', '物业条例', '2019-01-01', '上海市')], clauses);
  const resolver = createDocumentResolver(documents, (id) => articleRange(clauses.filter((c) => c.documentId === id)));
  const cite = (title: string, art: number | null) => resolver.resolve({ ...citationOf(title)!, pinpoint: art === null ? null : { art, para: null } }, { citingDocumentId: 'z', parents: [], date: null });
  it('第四百七十条 → the part numbered 205–988', () => expect(cite('M法典', 470)).toMatchObject({ targetDocumentId: 'contracts', reason: '标题相符；本库分 2 个文件收录该文件的各部分，第470条在“合同编”' }));
  it('the whole code → its first part, naming every part', () => expect(cite('M法典', null)).toMatchObject({ targetDocumentId: 'general', parts: ['general', 'contracts'] }));
  it('a regulation made under the whole code has every part as its parent', () => {
    const { get: g } = run([...documents, local('reg', '某市物业条例', '2022-01-01', '某市')], [...clauses, first('reg', '根据《M法典》等法律，制定本条例。')]);
    expect(g('reg').parents.map((p) => p.documentId)).toEqual(['general', 'contracts']);
    expect(g('reg').parents[1].note).toContain('此为“合同编”');
  });
  it('an interpretation whose title names a part has that part as its parent', () => {
    const { get: g } = run([...documents, law('interp', '最高人民法院关于适用《M法典》合同编的解释', '2023-01-01', { rank: 'judicial-interpretation' })], [...clauses, first('interp', '根据《M法典》等法律，制定本解释。')]);
    expect(g('interp').parents.map((p) => p.documentId)).toEqual(['contracts']);
    expect(g('interp').parents[0].note).toBe('标题相符；本库分 2 个文件收录该文件的各部分，本文件标题写明“合同编”，取该部分');
  });
  it('an article no part holds → none, saying so', () => expect(cite('M法典', 2000)).toMatchObject({ targetDocumentId: null, reason: '标题相符；本库分 2 个文件收录该文件的各部分，各部分均无第2000条' }));
  it('two regions\' rules of one title stay ambiguous', () => expect(cite('物业条例', 1).targetDocumentId).toBeNull());
});

describe('a seed citation of 《信访条例》 once the national corpus is in', () => {
  const { documents } = run([law('xf1995', '信访条例', '1995-10-28', { rank: 'administrative-regulation' }), law('xf2005', '信访条例', '2005-01-10', { rank: 'administrative-regulation' }), law('xfgz', '信访工作条例', '2022-02-25', { rank: 'other' })]);
  it('resolves to the 2005 text for a 2016 document, not to 信访工作条例', () => {
    const r = createDocumentResolver(documents).resolve(citationOf('信访条例')!, { citingDocumentId: 'xinfang-zerenzhi-xize', parents: [], date: '2016-12-01' });
    expect(r.targetDocumentId).toBe('xf2005');
  });
});
