/**
 * Rounds of a self-test: no question shows, in its sentence or hint, the
 * answer another question of the same round asks for — on sentences shaped
 * like the regulations' and on every question the real corpus yields.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../../lib/study/generate-questions';
import { answerKeys, planRounds, visibleText } from '../../lib/study/quiz-rounds';
import type { ClauseRecord } from '../../lib/corpus/export-contract';
import { realCorpus } from '../helpers/corpus';

function clause(text: string, n: number): ClauseRecord {
  return { id: `art-${n}`, documentId: 'rule', parentId: null, kind: 'article', label: `第${n}条`, number: n, text, sourceText: text, head: [{ text }], line: n, depth: 0 };
}
const ask = (texts: string[]) => generateQuestions({ documents: [{ id: 'rule', title: '某规定' }], clauses: texts.map((t, i) => clause(t, i + 1)) });

/** Pairs in one round where one shows what the other asks. */
function leaks(rounds: Question[][]): string[] {
  const out: string[] = [];
  for (const round of rounds)
    for (const a of round)
      for (const b of round) if (a !== b && answerKeys(b).some((k) => visibleText(a).includes(k))) out.push(`${a.id} shows ${b.answer} (${b.id})`);
  return out;
}

describe('planRounds', () => {
  it('puts two blanks cut from one sentence in different rounds', () => {
    const qs = ask(['各地党政主要负责同志是社会治安综合治理的第一责任人，社会治安综合治理的分管负责同志是直接责任人。']);
    expect(qs.map((q) => q.answer)).toEqual(['各地党政主要负责同志', '社会治安综合治理的分管负责同志']);
    // Each prompt shows the other's answer…
    expect(qs[1].prompt.join('')).toContain(qs[0].answer);
    const { rounds } = planRounds(qs);
    // …so they are never asked together.
    expect(rounds).toHaveLength(2);
    expect(leaks(rounds)).toEqual([]);
  });

  it('keeps a sequence hint that names another question’s answer out of its round', () => {
    const qs = ask([
      '对受到约谈后仍未按期完成整改目标的地区、单位，由上一级综治委办公室挂牌督办。',
      '对受到挂牌督办后仍未按期完成整改目标的地区、单位，实行一票否决权制。',
    ]).filter((q) => q.kind === 'sequence');
    expect(qs.map((q) => q.answer)).toEqual(['挂牌督办', '一票否决权制']);
    expect(planRounds(qs).rounds).toHaveLength(2);
  });

  it('counts a number with its unit: 一 in 一票否决 does not give away 一年', () => {
    const qs = ask(['每一年开展一次评选。', '实行一票否决。', '受到处理的，在一年内取消其资格。']);
    const time = qs.find((q) => q.answer === '一' && q.prompt[1].startsWith('年内'))!;
    expect(answerKeys(time)).toEqual(['1年']);
  });

  it('fills rounds to the size in order, a waiting question first in the next round', () => {
    const qs = ask(['甲机关是第一责任人，乙机关是直接责任人。', '由丙机关负责。', '由丁机关负责。']);
    const { rounds, complete } = planRounds(qs, 2);
    expect(rounds.map((r) => r.map((q) => q.answer))).toEqual([['甲机关', '丙机关'], ['乙机关', '丁机关']]);
    expect(complete).toBe(2);
  });

  it('full rounds stay the same when more questions come after them', () => {
    const qs = realCorpus().corpus.documents.length ? questionsOfCorpus() : [];
    const whole = planRounds(qs).rounds;
    const part = planRounds(qs.slice(0, Math.floor(qs.length / 2)));
    expect(part.rounds.slice(0, part.complete)).toEqual(whole.slice(0, part.complete));
  });

  it('no round of the real corpus’s questions shows one question’s answer in another', () => {
    const qs = questionsOfCorpus();
    const { rounds } = planRounds(qs);
    expect(rounds.flat()).toHaveLength(qs.length);
    expect(leaks(rounds)).toEqual([]);
    // Without planning, rounds taken in order would leak.
    const naive: Question[][] = [];
    for (let i = 0; i < qs.length; i += 10) naive.push(qs.slice(i, i + 10));
    expect(leaks(naive).length).toBeGreaterThan(0);
  });
});

function questionsOfCorpus(): Question[] {
  const { corpus, study, synonyms } = realCorpus();
  return generateQuestions({ documents: corpus.documents, clauses: corpus.clauses, topics: study.topics, synonyms });
}
