/**
 * Question generation by general rules, table-driven on sentences shaped
 * like the regulations', and the invariant on the real corpus and on random
 * text: every answer is the clause's own words, at the blank.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternatives, generateQuestions, headText, type Question } from '../../lib/study/generate-questions';
import type { ClauseRecord } from '../../lib/corpus/export-contract';
import { realCorpus } from '../helpers/corpus';

function clause(text: string, n = 1, documentId = 'rule'): ClauseRecord {
  return { id: `art-${n}`, documentId, parentId: null, kind: 'article', label: `第${n}条`, number: n, text: `第${n}条\u3000${text}`, sourceText: text, head: [{ text }], line: n, depth: 0 };
}
function ask(texts: string[]): Question[] {
  const clauses = texts.map((t, i) => clause(t, i + 1));
  return generateQuestions({ documents: [{ id: 'rule', title: '某规定' }], clauses });
}
const answers = (qs: Question[], kind?: Question['kind']) => qs.filter((q) => !kind || q.kind === kind).map((q) => q.answer);

describe('time limits', () => {
  it.each([
    ['重大情报信息必须在事件发生后1小时内上报，重要情报信息，必须在3小时内报告；一般情报信息，必须在6小时内报告。', ['1', '3', '6']],
    ['把维护社会稳定工作纳入重要议事日程，每年至少2次召开专题会议研究解决重要事项。', ['2']],
    ['中央社会治安综合治理委员会每四年开展一次全国先进集体评选表彰工作。', ['四']],
    ['每年至少开展一次专项督查。', ['一']],
    ['评估主体填写计划表，每年3月底前报市委政法委员会。', ['3']],
    ['对临时决定的重大决策事项，应当于15个工作日内上报。', ['15']],
    ['对受到挂牌督办的地区、单位，在半年内取消其评选综合性荣誉称号的资格。', ['半']],
    ['挂账督办期限一般为6个月。', ['6']],
    ['本规定自2016年2月27日起施行。', ['2016年2月27日']],
    ['严格落实网上24小时巡查管理措施。', []],
    ['在较短时间内连续发生重大刑事案件的。', []],
  ])('%s', (text, expected) => expect(answers(ask([text]), 'time')).toEqual(expected));

  it('shows the unit and blanks only the number', () => {
    const [q] = ask(['应当于15个工作日内上报。']);
    expect(q.prompt).toEqual(['应当于', '个工作日内上报。']);
  });
});

describe('who is responsible', () => {
  it.each([
    ['本规定由中央社会治安综合治理委员会负责解释。', ['中央社会治安综合治理委员会']],
    ['由相应的上一级社会治安综合治理委员会办公室挂牌督办，限期进行整改。', ['上一级社会治安综合治理委员会办公室']],
    ['由纪检监察机关、组织人事部门按照管理权限办理。', ['纪检监察机关、组织人事部门']],
    ['本细则具体解释工作由市信访办承担。', ['市信访办']],
    ['各地党政主要负责同志是社会治安综合治理的第一责任人，社会治安综合治理的分管负责同志是直接责任人。', ['各地党政主要负责同志', '社会治安综合治理的分管负责同志']],
    ['党政机关领导班子主要负责人对本地区的信访工作负总责。', ['党政机关领导班子主要负责人']],
    ['由乱到治、由治到安，努力做到事实清楚、证据确凿。', []],
    ['由此可见，工作很重要。', []],
  ])('%s', (text, expected) => expect(answers(ask([text]), 'who')).toEqual(expected));

  it('blanks every use of the answer in the sentence, but not 由于 as an agent', () => {
    const qs = ask(['由于承办人员隐瞒事实、伪造证据，导致做出错误决定的，由承办人员承担直接责任；']);
    expect(qs).toHaveLength(1);
    expect(qs[0].prompt).toEqual(['由于', '隐瞒事实、伪造证据，导致做出错误决定的，由', '承担直接责任；']);
  });

  it('leaves another blank’s words as printed', () => {
    const qs = ask(['由相应县级以上社会治安综合治理委员会办公室以书面形式进行通报，必要时由社会治安综合治理委员会进行通报。']);
    const inner = qs.find((q) => q.answer === '社会治安综合治理委员会')!;
    expect(inner.prompt).toHaveLength(2);
    expect(inner.prompt[0]).toContain('县级以上社会治安综合治理委员会办公室');
  });
});

describe('graduated measures', () => {
  const chain = [
    '对具有本规定所列情形的地区、单位，由县级以上综治委办公室以书面形式进行通报，限期进行整改。',
    '对受到通报后仍未按期完成整改目标，或者危害严重的地区、单位，由上一级综治委办公室主任进行约谈，必要时由综治委主任约谈，督促限期整改。',
    '对受到约谈后仍未按期完成整改目标，或者危害特别严重但尚不够实施一票否决权制的地区、单位，由上一级综治委办公室挂牌督办，限期进行整改。',
    '对受到挂牌督办后仍未按期完成整改目标的地区、单位，由上一级综治委研究决定实行一票否决权制。',
    '对受到一票否决权制处理的地区、单位，在一年内取消其评选资格。',
  ];

  it('asks for the measure that follows each one', () => {
    const qs = ask(chain).filter((q) => q.kind === 'sequence');
    expect(qs.map((q) => [q.hint.match(/“(.+)”/)![1], q.answer])).toEqual([
      ['通报', '约谈'],
      ['约谈', '挂牌督办'],
      ['挂牌督办', '一票否决权制'],
    ]);
    // Both uses of 约谈 in the sentence are blanked; the trigger stays visible.
    const talk = qs[0];
    expect(talk.prompt).toHaveLength(3);
    expect(talk.prompt[0]).toContain('受到通报后');
    expect(talk.choices).toContain('约谈');
  });

  it('keeps the trigger visible when it contains the answer (…警示 → …)', () => {
    const qs = ask(['对受到一票否决警示后仍未按期完成整改目标的地方，由联席会议研究，实行一票否决。', '对受到一票否决处理的地方，在一年内取消资格。']);
    const q = qs.find((x) => x.kind === 'sequence')!;
    expect(q.answer).toBe('一票否决');
    expect(q.prompt[0]).toContain('受到一票否决警示后');
    expect(q.prompt).toHaveLength(2);
  });

  it('falls back to what the consequence says is done', () => {
    const qs = ask(['对受到通报后仍未完成整改目标的，由有管理权限的党政机关对相关责任人进行诫勉，督促限期整改。']);
    expect(answers(qs, 'sequence')).toEqual(['诫勉']);
  });
});

/** The prompt with its blanks filled in must be the clause's own words. */
function restores(q: Question, text: string): boolean {
  const filled = q.prompt.join(q.answer).replace(/^……/, '').replace(/……$/, '');
  return text.includes(filled) && text.includes(q.answer);
}

describe('every answer is in its clause', () => {
  it('on the real corpus, with a link to an existing clause', () => {
    const { corpus, study } = realCorpus();
    const qs = generateQuestions({ documents: corpus.documents, clauses: corpus.clauses, topics: study.topics });
    expect(qs.length).toBeGreaterThan(40);
    for (const q of qs) {
      const c = corpus.clauses.find((x) => x.documentId === q.documentId && x.id === q.clauseId);
      expect(c, q.id).toBeDefined();
      expect(c!.text.includes(q.answer), q.id).toBe(true);
      expect(restores(q, headText(c!)), q.id).toBe(true);
      expect(q.prompt.length).toBeGreaterThan(1);
      if (q.choices) expect(q.choices).toContain(q.answer);
    }
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    expect(new Set(qs.map((q) => q.kind))).toEqual(new Set(['time', 'who', 'sequence']));
    expect(qs.some((q) => q.topics.includes('zeren-zhuijiu'))).toBe(true);
  });

  it('on random text made of regulation phrases', () => {
    const phrase = fc.constantFrom('由市委政法委员会负责', '每年至少2次', '1小时内上报', '对受到通报后仍未整改的，', '实行约谈', '受到约谈后仍未整改的单位，', '挂牌督办', '，', '。', '；', '是第一责任人', '党政主要负责同志', '自2020年1月1日起施行', '半年内', '由于', '的');
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 14 }), fc.array(phrase, { maxLength: 14 }), (a, b) => {
        const texts = [a.join(''), b.join('')];
        for (const q of ask(texts)) {
          const text = texts[Number(q.clauseId.slice(4)) - 1];
          expect(restores(q, text)).toBe(true);
        }
      }),
    );
  });
});

describe('accepted synonyms', () => {
  it('takes the whole answer’s group and swaps a longer wording inside the answer', () => {
    const synonymsOf = new Map([
      ['挂牌督办', ['挂账督办']],
      ['挂账督办', ['挂牌督办']],
      ['社会治安综合治理', ['综治']],
      ['综治', ['社会治安综合治理']],
      ['信访', ['上访']],
      ['上访', ['信访']],
    ]);
    expect(alternatives('挂牌督办', synonymsOf)).toEqual(['挂账督办']);
    expect(alternatives('上一级社会治安综合治理委员会', synonymsOf)).toEqual(['上一级综治委员会']);
    // Two-character wordings are only swapped for a whole answer: 信访部门 is not 上访部门.
    expect(alternatives('信访部门', synonymsOf)).toEqual([]);
  });

  it('the real questions accept the glossary’s alias 挂账督办 for 挂牌督办', () => {
    const { corpus, study, synonyms } = realCorpus();
    const qs = generateQuestions({ documents: corpus.documents, clauses: corpus.clauses, topics: study.topics, synonyms });
    const q = qs.find((x) => x.answer === '挂牌督办')!;
    expect(q.accepted).toContain('挂账督办');
    expect(qs.find((x) => x.answer === '挂账督办')!.accepted).toContain('挂牌督办');
  });

  it('never offers an accepted wording as a wrong choice', () => {
    const { corpus, study, synonyms } = realCorpus();
    const qs = generateQuestions({ documents: corpus.documents, clauses: corpus.clauses, topics: study.topics, synonyms });
    const withAlias = qs.filter((q) => q.accepted?.length && q.choices);
    expect(withAlias.length).toBeGreaterThan(0);
    for (const q of withAlias) for (const a of q.accepted!) expect(q.choices, q.id).not.toContain(a);
  });
});
