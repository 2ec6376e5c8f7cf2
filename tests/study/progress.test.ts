/** Self-test progress: recording, 重做错题, and a storage that holds anything. */
import { describe, expect, it } from 'vitest';
import { parseProgress, recordAnswer, summarize, wrongIds } from '../../lib/study/progress';

describe('progress', () => {
  it('counts answers and keeps the last verdict and time', () => {
    let p = recordAnswer({}, 'q1', false, new Date('2024-01-01T08:00:00Z'));
    p = recordAnswer(p, 'q1', true, new Date('2024-01-02T08:00:00Z'));
    p = recordAnswer(p, 'q2', false, new Date('2024-01-02T09:00:00Z'));
    expect(p.q1).toEqual({ answered: 2, correct: 1, lastCorrect: true, lastSeen: '2024-01-02T08:00:00.000Z' });
    expect([...wrongIds(p)]).toEqual(['q2']);
    expect(summarize(p, ['q1', 'q2', 'q3'])).toEqual({ total: 3, answered: 2, right: 1, wrong: 1 });
  });

  it('survives what a storage may hold', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress(JSON.stringify({ a: { answered: 1, correct: 1, lastCorrect: true, lastSeen: 'x' }, b: { answered: 'x' } }))).toEqual({
      a: { answered: 1, correct: 1, lastCorrect: true, lastSeen: 'x' },
    });
  });
});
