import { z } from 'zod';

/** 一级指标 canonical names. */
export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export const Level1Schema = z.enum(LEVEL1);
export type Level1 = z.infer<typeof Level1Schema>;

/** 二级指标 canonical names (the last three only under a 一级 成本指标). */
export const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
] as const;
export const Level2Schema = z.enum(LEVEL2);
export type Level2 = z.infer<typeof Level2Schema>;

/** Which 一级 each 二级 belongs to (成本指标 as 二级 sits under 产出指标). */
export const PARENT_OF: Record<Level2, Level1> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
};

/** Codes used by coded list sheets (`13-时效指标`). */
export const LEVEL1_CODES: Record<string, Level1> = { '1': '产出指标', '2': '效益指标', '3': '满意度指标' };
export const LEVEL2_CODES: Record<string, Level2> = {
  '11': '数量指标',
  '12': '质量指标',
  '13': '时效指标',
  '14': '成本指标',
  '21': '经济效益指标',
  '22': '社会效益指标',
  '23': '生态效益指标',
  '24': '可持续影响指标',
  '31': '服务对象满意度指标',
};

/** English names of the categories, for English messages. */
export const CATEGORY_EN: Record<Level1 | Level2, string> = {
  产出指标: 'output',
  效益指标: 'benefit',
  满意度指标: 'satisfaction',
  成本指标: 'cost',
  数量指标: 'quantity',
  质量指标: 'quality',
  时效指标: 'timeliness',
  经济效益指标: 'economic benefit',
  社会效益指标: 'social benefit',
  生态效益指标: 'ecological benefit',
  可持续影响指标: 'sustainable impact',
  服务对象满意度指标: 'beneficiary satisfaction',
  经济成本指标: 'economic cost',
  社会成本指标: 'social cost',
  生态环境成本指标: 'environmental cost',
};
