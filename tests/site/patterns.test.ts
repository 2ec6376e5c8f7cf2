/** Region values → province and the place below it (lib/site/patterns.ts, split-region.ts). */
import { describe, expect, it } from 'vitest';
import { splitRegion } from '../../lib/site/split-region';

describe('splitRegion', () => {
  it.each([
    ['河北省唐山市', '河北省', '唐山市'],
    ['山东省', '山东省', null],
    ['云南省德宏傣族景颇族自治州', '云南省', '德宏傣族景颇族自治州'],
    ['黑龙江省哈尔滨市', '黑龙江省', '哈尔滨市'],
    ['上海市', '上海市', null],
    ['重庆市', '重庆市', null],
    ['北京市海淀区', '北京市', '海淀区'],
    ['内蒙古自治区呼和浩特市', '内蒙古自治区', '呼和浩特市'],
    ['广西壮族自治区', '广西壮族自治区', null],
    ['新疆维吾尔自治区乌鲁木齐市', '新疆维吾尔自治区', '乌鲁木齐市'],
    ['宁夏回族自治区银川市', '宁夏回族自治区', '银川市'],
    ['香港特别行政区', '香港特别行政区', null],
    ['全国', '全国', null],
    ['中央', '全国', null],
    // A bare city names no province it knows: kept whole, not taken for a municipality.
    ['唐山市', '唐山市', null],
    ['吉林省白城市', '吉林省', '白城市'],
    ['  浙江省杭州市 ', '浙江省', '杭州市'],
  ])('%s → %s / %s', (region, province, city) => {
    expect(splitRegion(region)).toEqual({ province, city });
  });
});
