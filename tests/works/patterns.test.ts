import { describe, expect, it } from 'vitest';
import { basisCitations, repealedIn, titleParent } from '../../lib/works';
import { workKey } from '../../lib/works/group-works';
import { REGION_SUFFIX } from '../../lib/works/patterns';

describe('titleParent: the law a title names', () => {
  it.each([
    ['重庆市实施《中华人民共和国水土保持法》办法', '中华人民共和国水土保持法'],
    ['上海市实施《中华人民共和国妇女权益保障法》若干规定', '中华人民共和国妇女权益保障法'],
    ['河南省《森林防火条例》实施办法', '森林防火条例'],
    ['河南省<土地管理法>实施办法', '土地管理法'],
    ['国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法', '国务院关于职工工作时间的规定'],
    ['最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', '中华人民共和国民事诉讼法'],
    ['最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定', '中华人民共和国刑法'],
    ['中华人民共和国专利法实施细则', '中华人民共和国专利法'],
    ['中华人民共和国计算机信息网络国际联网管理暂行规定实施办法', '中华人民共和国计算机信息网络国际联网管理暂行规定'],
    ['最高人民法院关于修改《最高人民法院关于审理民事案件的规定》的决定', null],
    ['票据管理实施办法', null],
    ['上海市区和乡镇人民代表大会代表直接选举实施细则', null],
    ['北京市水土保持条例', null],
  ])('%s', (title, parent) => expect(titleParent(title)).toBe(parent));
});

describe('basisCitations: the 制定依据 sentence', () => {
  const titles = (s: string) => basisCitations(s)?.cited.map((c) => c.title) ?? null;
  it.each([
    ['为了预防水土流失，根据《中华人民共和国水土保持法》等法律、行政法规，结合本市实际，制定本办法。', ['中华人民共和国水土保持法']],
    ['根据《中华人民共和国立法法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，结合本省实际，制定本条例。', ['中华人民共和国立法法', '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法']],
    ['依据《信访条例》（以下简称条例）第十条，制定本细则。', ['信访条例']],
    ['根据宪法，制定本法。', []],
    ['为了加强管理，制定本条例。', null],
    ['依照《X条例》办理。本条例自公布之日起施行。', null],
  ])('%s', (s, expected) => expect(titles(s)).toEqual(expected));
  it('quotes the sentence from 根据 to 制定本…', () => {
    expect(basisCitations('为了规范管理，依据《A法》，制定本办法。')!.sentence).toBe('依据《A法》，制定本办法');
  });
});

describe('repealedIn: titles a sentence repeals', () => {
  const titles = (s: string) => repealedIn(s).map((c) => c.title);
  it.each([
    ['本条例自2020年1月1日起施行，《浙江省水资源管理条例》同时废止', ['浙江省水资源管理条例']],
    ['1979年国务院批准发布的《A规定》和1994年国务院批准发布的《B办法》同时废止', ['A规定', 'B办法']],
    ['《A法》、《B法》、《C法》同时废止', ['A法', 'B法', 'C法']],
    ['本规则施行后，《X规则（试行）》（高检发释字〔2012〕2号）同时废止', ['X规则（试行）']],
    ['《X办法》自本规定施行之日起废止', ['X办法']],
    ['依照《X法》的规定予以修改或者废止', []],
    ['《X条例》规定应当废止的项目', []],
    ['对违反《X法》的规范性文件，依法予以撤销或者废止', []],
  ])('%s', (s, expected) => expect(titles(s)).toEqual(expected));
});

describe('workKey: what makes two titles one work', () => {
  const key = (title: string, region: string | null = null) => workKey({ title, level: region ? 'provincial' : 'central', region });
  it.each([
    ['中华人民共和国立法法', '立法法', true],
    ['人民检察院刑事诉讼规则（试行）', '人民检察院刑事诉讼规则(试行)', true],
    ['人民检察院刑事诉讼规则（试行）', '人民检察院刑事诉讼规则', false],
    ['中华人民共和国刑法修正案（十一）', '中华人民共和国刑法', false],
    ['最高人民法院关于适用《民法典》婚姻家庭编的解释（一）', '最高人民法院关于适用《民法典》婚姻家庭编的解释（二）', false],
    ['国务院关于X的决定', '全国人民代表大会常务委员会关于X的决定', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(key(a) === key(b)).toBe(same));
  it('keeps regions apart even for one title', () => expect(key('物业管理条例', '北京市')).not.toBe(key('物业管理条例', '上海市')));
});

describe('REGION_SUFFIX', () => {
  it.each([['河南省', '河南'], ['郑州市', '郑州'], ['广西壮族自治区', '广西壮族'], ['德宏州', '德宏州'], ['上海', '上海']])('%s → %s', (r, name) => expect(r.replace(REGION_SUFFIX, '')).toBe(name));
});
