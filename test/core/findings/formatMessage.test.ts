import { CATALOGUE, formatMessage as formatWith, type MessageParams } from '../../../src/core/findings/catalogue';

const formatMessage = (template: string, params: MessageParams) => formatWith(template, params, (p, name) => p[name]);

describe('formatMessage', () => {
  it('fills every placeholder, repeated ones too, and leaves unknown ones visible', () => {
    expect(formatMessage('{a}与{b}：{a}', { a: '产出指标', b: 3 })).toBe('产出指标与3：产出指标');
    expect(formatMessage('缺少{expected}', {})).toBe('缺少{expected}');
    expect(formatMessage('没有参数', { a: 1 })).toBe('没有参数');
    expect(formatMessage('{a}', { a: '' })).toBe('');
  });

  it('gives the same text on a second call with other values (templates are compiled once)', () => {
    const t = CATALOGUE.MISSING_LEVEL1.zh;
    const first = formatMessage(t, { expected: '产出指标' });
    expect(formatMessage(t, { expected: '效益指标' })).toBe(first.replace('产出指标', '效益指标'));
  });
});
