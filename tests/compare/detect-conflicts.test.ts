/** Possible conflicts between linked local and parent provisions: what is flagged, and what is left alone. */
import { describe, expect, it } from 'vitest';
import { detectConflicts, parseNumber } from '../../lib/compare/detect-conflicts';

describe('parseNumber', () => {
  it.each([
    ['30', 30],
    ['３０', 30],
    ['2.5', 2.5],
    ['三十', 30],
    ['十五', 15],
    ['一百二十', 120],
    ['两', 2],
    ['五万', 50000],
    ['一千五百', 1500],
    ['二〇一六', 2016],
    ['三千万', 30000000],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));
});

const kinds = (local: string, parent: string) => detectConflicts(local, parent).map((c) => c.kind);

describe('detectConflicts: flagged', () => {
  it.each([
    ['deadline, Chinese numerals', '应当自收到之日起三十日内作出答复。', '应当自收到之日起六十日内作出答复。', 'deadline'],
    ['deadline, Arabic against Chinese', '应当在15日内告知。', '应当在三十日内告知。', 'deadline'],
    ['deadline, working days against days', '应当在十五个工作日内办结。', '应当在十五日内办结。', 'deadline'],
    ['deadline, 以上 against 以下', '处三日以上拘留。', '处三日以下拘留。', 'deadline'],
    ['amount, range', '处一千元以上五千元以下罚款。', '处一千元以上一万元以下罚款。', 'amount'],
    ['amount, 万元 against 元', '处五万元以下罚款。', '处10000元以下罚款。', 'amount'],
    ['amount, 倍', '处违法所得二倍以下罚款。', '处违法所得五倍以下罚款。', 'amount'],
    ['ratio', '按照不低于百分之十的比例配备。', '按照不低于15%的比例配备。', 'ratio'],
    ['count', '每年至少组织两次演练。', '每年至少组织一次演练。', 'count'],
    ['level', '由县级以上人民政府负责。', '由设区的市级以上人民政府负责。', 'level'],
    ['modal 可以 against 应当', '对发生问题的单位，可以约谈其主要负责人。', '对发生问题的单位，应当约谈其主要负责人。', 'modal'],
    ['modal 不得 against 可以', '信访人不得委托他人代为提出。', '信访人可以委托他人代为提出。', 'modal'],
    ['modal, adverb skipped', '有关部门可以报告。', '有关部门应当及时报告。', 'modal'],
    ['subject', '公安机关应当组织调查处理。', '县级以上人民政府应当组织调查处理。', 'subject'],
    ['custody terms', '处十日以上十五日以下拘留。', '处五日以上十五日以下拘留。', 'deadline'],
    ['modal after an adverbial of need', '有关部门应当根据实际需要建立救援队伍。', '有关部门可以根据实际需要建立救援队伍。', 'modal'],
  ])('%s', (_, local, parent, kind) => expect(kinds(local, parent)).toContain(kind));

  it('gives both phrases side by side', () => {
    expect(detectConflicts('应当自受理之日起三十日内办结。', '应当自受理之日起六十日内办结。')).toEqual([
      { kind: 'deadline', local: '应当自受理之日起三十日内办结', parent: '应当自受理之日起六十日内办结' },
    ]);
    expect(detectConflicts('处一千元以上五千元以下罚款。', '处一千元以上一万元以下罚款。')).toEqual([
      { kind: 'amount', local: '处一千元以上五千元以下罚款', parent: '处一千元以上一万元以下罚款' },
    ]);
  });
});

describe('detectConflicts: left alone', () => {
  it.each([
    ['the same number written differently', '应当在三十日内答复。', '应当在30日内答复。'],
    ['不超过 and 以内 are one bound', '期限不超过三十日。', '期限为三十日以内。'],
    ['天 is 日', '应当在七天内登记。', '应当在七日内登记。'],
    ['万元 is 元', '处一万元罚款。', '处10000元罚款。'],
    ['a number only the local text has: added detail', '应当在十五日内受理，并在三十日内办结。', '应当在十五日内受理。'],
    ['a number only the parent has', '应当及时受理。', '应当在十五日内受理。'],
    ['dates are not deadlines', '本办法自2018年1月1日起施行。', '本条例自二〇〇五年五月一日起施行。'],
    ['clause numbers are not quantities', '依照本条例第三十条处理。', '依照本法第六十条处理。'],
    ['一次性 and 年度 are words', '给予一次性补助，纳入年度考核。', '给予一次补助，纳入三年考核。'],
    ['the same modal', '应当约谈。', '应当约谈。'],
    ['different actions under different modals', '可以约谈主要负责人。', '应当通报批评。'],
    ['both modals on both sides', '应当报告，也可以报告。', '可以报告；应当报告。'],
    ['a more specific body of the same kind', '市公安机关应当组织调查。', '公安机关应当组织调查。'],
    ['a time limit against a term of custody', '一年内两次以上未依照规定提供技术支持的，予以警告。', '处五日以上十五日以下拘留。'],
    ['a body the local text adds beside the same one', '区、县人民政府及其有关部门应当在居民委员会设立宣传点。', '县级人民政府应当在居民委员会设立宣传点。'],
    ['a modal whose verb comes after a preposition', '机关和单位应当根据本市规定制定预案。', '制定机关可以根据实际需要修订预案。'],
    ['identical text', '县级以上人民政府应当在三十日内处一千元罚款。', '县级以上人民政府应当在三十日内处一千元罚款。'],
  ])('%s', (_, local, parent) => expect(detectConflicts(local, parent)).toEqual([]));
});
