import { LEVEL2, type Level2 } from './categories';

/**
 * Wording cues per 二级 (SPEC §2), as data: `word weight` pairs, strong words (3) decide on their own, weak
 * ones (1) only tip a balance. Hints, not a closed list: the classifier weighs them with the corpus.
 * Adding a cue a finance office uses is one entry.
 */
const CUES: Record<Level2, string> = {
  数量指标:
    '数量 3, 次数 3, 个数 3, 家数 3, 人次 3, 户数 3, 场次 3, 期数 3, 宗数 3, 家次 3, 台数 3, 件数 3, 种类 2, 面积 2, 长度 1, 覆盖 1, 覆盖率 3, 完成率 1, 采购率 1, 编制 1, 人数 2, 频率 1, 保障 1',
  质量指标:
    '合格率 3, 合规性 2, 合规 1, 覆盖率 1, 达标率 3, 准确率 3, 完好率 3, 正常运转率 3, 正常运行率 3, 正常使用率 3, 在线率 3, 优良率 3, 良好率 3, 故障率 3, 通过率 3, 合规率 3, 质量 3, 清晰度 3, 验收 2, 整改率 2, 利用率 2, 出勤率 2, 保障率 2, 处置率 2, 预警率 2, 标准化 2, 采用率 2, 畅通率 2, 抽查 1, 理赔比例 2, 发放准确 3, 结算率 1, 使用率 2',
  时效指标:
    '及时率 3, 及时性 3, 时效 3, 按时 3, 完成时间 3, 时限 3, 进度 3, 周期 2, 期限 3, 响应时间 3, 修复 1, 处理时间 3, 时间长度 3, 前完成 3, 及时 2, 时间 2, 效率 1',
  成本指标: '成本 3, 费用 2, 经费 3, 单价 3, 预算控制率 3, 资金使用 3, 不超过预算 3, 支出率 2, 金额 3, 投入 1, 节约 1',
  经济效益指标: '经济效益 3, 经济 2, 收入 3, 产值 3, 增收 3, 税收 3, 创收 3',
  社会效益指标:
    '社会效益 3, 事故率 3, 形势 3, 能力提升 2, 安全 1, 能力 1, 意识 2, 形象 2, 群众 1, 发生率 2, 受灾 1, 推送率 2, 畅通 1, 处置 1, 稳岗 2, 无故障 1, 效果 1, 安全度汛 3, 安全率 3, 就学 3, 入学 3, 文化 2, 传承 2, 就业 2, 财产安全 3, 社会稳定 3',
  生态效益指标:
    '生态 3, 环境 2, 排放 3, 绿化 3, 节能 3, 污染 3, 碳 2, 粪污 3, 污水 3, 垃圾 2, 废弃物 3, 资源化 3, 节水 3, 水土流失 3, 植被 3, 森林覆盖 3, 空气 2, 水质 3, 土壤 2, 减排 3, 循环利用 3, 环保 3, 湿地 3, 秸秆 2, 农药 2, 化肥 2',
  可持续影响指标:
    '可持续 3, 维持 2, 长效 3, 持续 2, 长期 3, 使用年限 3, 受益期限 3, 受益年限 3, 受益期 2, 年限 2, 机制 2, 制度 1, 长远 3',
  服务对象满意度指标: '满意度 3, 满意率 3, 满意 2',
  经济成本指标: '经济成本 3',
  社会成本指标: '社会成本 3',
  生态环境成本指标: '生态环境成本 3, 环境成本 3',
};

/** The cues by 二级, parsed: [word, weight]. */
export const KEYWORDS: Record<Level2, [string, number][]> = Object.fromEntries(
  LEVEL2.map((l2) => [
    l2,
    CUES[l2]
      .split(',')
      .map((pair) => pair.trim().split(' '))
      .filter((p) => p.length === 2)
      .map(([word, weight]) => [word, Number(weight)] as [string, number]),
  ]),
) as Record<Level2, [string, number][]>;
