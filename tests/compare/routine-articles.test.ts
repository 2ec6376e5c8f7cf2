/** Routine articles (解释权、施行日期、授权制定实施办法、适用范围、立法目的) are told from substance by their wording. */
import { describe, expect, it } from 'vitest';
import { routineKind } from '../../lib/compare/routine-articles';

describe('routineKind', () => {
  it.each([
    ['本条例自2005年5月1日起施行。1995年10月28日国务院发布的《信访条例》同时废止。', 'effective-date'],
    ['本办法自印发之日起施行。', 'effective-date'],
    ['本实施办法从发布之日起施行。', 'effective-date'],
    ['本规定由中央社会治安综合治理委员会负责解释。', 'interpretation'],
    ['本条例具体应用中的问题由国务院法制办公室负责解释。', 'interpretation'],
    ['本办法由市委政法委负责解释。', 'interpretation'],
    ['省、自治区、直辖市人民政府可以根据本条例制定实施办法。', 'implementing-rules'],
    ['各省、自治区、直辖市可以根据本规定，结合本地实际，制定具体实施办法。', 'implementing-rules'],
    ['本条例适用于本市行政区域内的信访活动。', 'scope'],
    ['在本省行政区域内，本办法适用于各级国家机关。', 'scope'],
    ['为了保持各级人民政府同人民群众的密切联系，保护信访人的合法权益，维护信访秩序，制定本条例。', 'purpose'],
  ])('%s → %s', (text, kind) => expect(routineKind(text)).toBe(kind));

  it.each([
    ['信访人应当自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查。'],
    ['县级以上人民政府应当建立统一领导、部门协调的信访工作格局，及时化解矛盾和纠纷。'],
    ['对受到一票否决处理的地方、部门、单位，在一年内，取消其评选综合性荣誉称号的资格。'],
    ['行政机关及其工作人员违反本条例规定，有下列情形之一的，由其上级行政机关责令改正；造成严重后果的，对直接负责的主管人员和其他直接责任人员依法给予行政处分：（一）对收到的信访事项不按规定登记的；（二）对属于其法定职权范围的信访事项不予受理的。'],
    ['本条例所称信访，是指公民、法人或者其他组织采用书信、电子邮件、传真、电话、走访等形式，向各级人民政府、县级以上人民政府工作部门反映情况，提出建议、意见或者投诉请求，依法由有关行政机关处理的活动。'],
  ])('substance: %s', (text) => expect(routineKind(text)).toBeNull());
});
