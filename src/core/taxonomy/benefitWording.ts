/**
 * Wording that tells whether a 效益 indicator states an effect at all, as data (one entry a word):
 * what an ecological benefit is about, and how an indicator names the project's own execution.
 */

/** What a 生态效益 indicator is about: the environment, resources, pollution, living things. */
const ECOLOGY_WORDS = [
  '生态',
  '环境',
  '环保',
  '绿化',
  '绿色',
  '绿地',
  '污染',
  '污水',
  '排放',
  '减排',
  '节能',
  '节水',
  '能耗',
  '低碳',
  '碳',
  '水土',
  '水质',
  '水源',
  '水体',
  '水资源',
  '河道',
  '河湖',
  '湿地',
  '灌溉',
  '排水',
  '防洪',
  '空气',
  '大气',
  '扬尘',
  '噪声',
  '土壤',
  '耕地',
  '森林',
  '林木',
  '植被',
  '草原',
  '物种',
  '生物',
  '垃圾',
  '粪污',
  '废弃',
  '废水',
  '废气',
  '秸秆',
  '农药',
  '化肥',
  '剂量',
  '放射',
  '资源化',
  '循环利用',
  '卫生',
  '人居',
  // Air, energy and climate as filed in 生态效益 (蓝天天数, 清洁能源使用率, 光伏发电量, PM2.5浓度).
  '蓝天',
  'PM',
  '臭氧',
  '二氧化',
  '温室',
  '气候',
  '清洁',
  '能源',
  '光伏',
  '用电',
  '电耗',
  '燃煤',
  '散煤',
  // Water, land and living things (野生动物保护, 增殖放流, 造林面积, 矿山复绿, 绿水青山).
  '水生',
  '流域',
  '江河',
  '湖泊',
  '海洋',
  '海域',
  '岸线',
  '自然',
  '保护区',
  '野生',
  '动物',
  '植物',
  '鱼类',
  '放流',
  '造林',
  '植树',
  '林地',
  '草地',
  '沙化',
  '荒漠',
  '石漠',
  '复垦',
  '复绿',
  '矿山',
  '地质灾害',
  '绿水',
  '青山',
  '病虫害',
  '农膜',
  '畜禽',
  '厕',
  '氨氮',
  'COD',
];

/** 环境 of things other than nature: 营商环境, 学习环境 … are no ecological benefit. */
const NON_NATURAL_ENVIRONMENTS = [
  '营商',
  '贸易',
  '国际',
  '投资',
  '发展',
  '政务',
  '法治',
  '社会',
  '学习',
  '工作',
  '办学',
  '教学',
  '育人',
  '网络',
  '市场',
  '消费',
  '经营',
  '创业',
  '就业',
  '服务',
  '医疗',
  '治安',
  '舆论',
  '金融',
  '信用',
  '竞争',
  '政策',
  '制度',
];

const ECOLOGY = new RegExp(ECOLOGY_WORDS.join('|'));
const NON_NATURAL = new RegExp(`(?:${NON_NATURAL_ENVIRONMENTS.join('|')})环境`, 'g');

/** Whether a wording speaks of the environment (`保护生态环境卫生`, `低剂量科学保粮率`; not `优化营商环境`). */
export function speaksOfEcology(text: string): boolean {
  return ECOLOGY.test(text.replace(NON_NATURAL, ''));
}

/** What a project carries out: its contract, tasks, works, funds. */
const EXECUTED = ['合同', '任务', '工作', '项目', '工程', '计划', '经费', '资金', '预算'];
/** Doing it. */
const EXECUTING = ['完成', '实施', '执行', '推进', '建设', '结算', '使用', '拨付', '支付'];
/** How far it got. */
const PROGRESS = ['率', '情况', '进度', '进展', '程度'];

/**
 * A name that measures the project's own execution (`与委托运营方合同完成率`, `项目实施情况`,
 * `经费使用完成情况`): an output or a timeliness measure, never an effect. The subject comes right before
 * the doing (`困难生完成学业率` is an effect on students).
 */
const EXECUTION = new RegExp(`(?:${EXECUTED.join('|')})(?:${EXECUTING.join('|')}){1,2}(?:${PROGRESS.join('|')})$`);

/** Whether an indicator's name measures the project's own execution rather than an effect. */
export function measuresExecution(name: string): boolean {
  return EXECUTION.test(name.replace(/[\s。.,，;；:：]+$/, ''));
}
