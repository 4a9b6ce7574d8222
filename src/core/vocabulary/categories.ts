import type { Level1, Level2 } from '../taxonomy/categories';
import type { LabelTable } from './table';

/**
 * Category labels of real templates, by the canonical category they name (SPEC §2). Parenthesized
 * alternates (`数量指标(或建筑规模指标)`) and weight suffixes (`产出指标(50分)`) are read by labelCandidates.
 */
export const LEVEL1_LABELS: LabelTable<Level1> = {
  产出指标: ['产出指标', '产出', '预期产出指标', '产出目标', '项目产出', '产出绩效', '项目完成指标', '项目完成'],
  效益指标: [
    '效益指标',
    '效益',
    '效果指标',
    '效果',
    '实施效果指标',
    '预期效果指标',
    '效益目标',
    '项目效益',
    '项目效益指标',
    '效益绩效',
  ],
  满意度指标: ['满意度指标', '满意度', '满意度目标', '社会满意度指标'],
  成本指标: ['成本指标', '成本', '成本目标', '成本控制指标'],
};

/**
 * 一级 labels of a self-evaluation scorecard's common rows (项目决策 / 项目过程 / 项目管理, the national
 * evaluation framework's dimensions beside 产出 and 效益): the framework's own rows, scored but with no
 * target to judge.
 */
export const FRAMEWORK_LEVEL1_LABELS: LabelTable<'决策' | '过程'> = {
  决策: ['项目决策', '决策', '决策指标', '项目决策指标', '立项决策'],
  过程: ['项目过程', '过程', '过程指标', '项目管理', '管理', '管理指标', '项目管理指标', '项目实施', '过程管理'],
};

/**
 * 二级 labels. `效益(combined)` is the older templates' single 社会、经济、生态效益指标 row: the
 * indicator is a benefit whose 二级 the wording decides among 经济/社会/生态.
 */
export type Level2Label = Level2 | '效益(combined)';

export const LEVEL2_LABELS: LabelTable<Level2Label> = {
  数量指标: ['数量指标', '数量', '建筑规模指标', '规模指标', '产出数量指标', '产出数量'],
  质量指标: ['质量指标', '质量', '产出质量指标', '产出质量'],
  时效指标: ['时效指标', '时效', '工期指标', '形象进度指标', '进度指标', '时效性指标', '产出时效指标', '产出时效'],
  成本指标: [
    '成本指标',
    '成本',
    '预算控制指标',
    '投资规模控制指标',
    '预算(或投资规模)控制指标',
    '成本控制指标',
    '产出成本指标',
    '产出成本',
  ],
  经济效益指标: ['经济效益指标', '经济效益'],
  社会效益指标: ['社会效益指标', '社会效益'],
  生态效益指标: ['生态效益指标', '生态效益', '环境效益指标', '生态环境效益指标'],
  可持续影响指标: [
    '可持续影响指标',
    '可持续影响',
    '可持续性影响',
    '可持续性影响指标',
    '可持续发展',
    '可持续发展指标',
    '可持续影响力指标',
  ],
  服务对象满意度指标: [
    '服务对象满意度指标',
    '服务对象满意度',
    '满意度指标',
    '社会公众或服务对象满意度指标',
    '社会公众或服务对象满意度',
    '服务对象满意度指标等',
    '社会公众满意度指标',
    '社会公众满意度',
    '群众满意度指标',
    '受益对象满意度指标',
    '受益群众满意度指标',
  ],
  经济成本指标: ['经济成本指标', '经济成本'],
  社会成本指标: ['社会成本指标', '社会成本'],
  生态环境成本指标: ['生态环境成本指标', '生态环境成本', '环境成本指标'],
  '效益(combined)': [
    '社会、经济、生态效益指标',
    '社会经济生态效益指标',
    '经济、社会、生态效益指标',
    '社会、经济、生态效益',
    '经济效益、社会效益、生态效益指标',
    /^(社会|经济|生态)[、,]?(社会|经济|生态)[、,]?(社会|经济|生态)?效益(指标)?$/,
  ],
};
