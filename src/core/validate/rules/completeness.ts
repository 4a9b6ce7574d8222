import { makeFinding, type FindingDetail } from '../../findings/make';
import type { Finding, Severity } from '../../findings/finding';
import type { Project } from '../../model/project';
import type { Profile } from '../../profile';
import { CATEGORY_EN, LEVEL1, LEVEL2, PARENT_OF, type Level1, type Level2 } from '../../taxonomy/categories';
import { projectSite } from '../site';

const REQUIRED_LEVEL1: Level1[] = ['产出指标', '效益指标', '满意度指标'];
const OUTPUT_LEVEL2: { level2: Level2; severity: Severity }[] = [
  { level2: '数量指标', severity: 'info' },
  { level2: '质量指标', severity: 'info' },
  { level2: '时效指标', severity: 'warning' },
  { level2: '成本指标', severity: 'warning' },
];

const LEVEL1_BIT = Object.fromEntries(LEVEL1.map((l, k) => [l, 1 << k])) as Record<Level1, number>;
const LEVEL2_BIT = Object.fromEntries(LEVEL2.map((l, k) => [l, 1 << k])) as Record<Level2, number>;

/** Projects that build lasting capacity (SPEC §5): systems, equipment, works, mechanisms. */
const LASTING = /建设|系统|平台|设备|装备|采购|工程|装修|改造|信息化|长效|机制|购置|基础设施/;

/**
 * 产出/效益/满意度 present (MISSING_LEVEL1); under 产出 数量/质量/时效/成本, and
 * 可持续影响 under 效益 for lasting projects (MISSING_LEVEL2). A 一级 成本指标
 * (newer national guidance) counts as 成本.
 */
export function checkCompleteness(project: Project, profile: Profile): Finding[] {
  // Nothing is concluded about indicators that could not be read (PARTLY_READ says so).
  if (project.unread?.includes('indicators')) return [];
  // One scan into bit sets of the categories present: this runs for every project of a district.
  let level1s = 0;
  let level2s = 0;
  let inferred = false;
  for (const i of project.indicators) {
    if (i.level1) level1s |= LEVEL1_BIT[i.level1];
    if (i.level2) level2s |= LEVEL2_BIT[i.level2];
    if (i.level2Inferred) inferred = true;
  }
  const out: Finding[] = [];
  const site = projectSite(project);
  for (const l1 of REQUIRED_LEVEL1) {
    if (!has(level1s, LEVEL1_BIT, l1)) out.push(makeFinding('MISSING_LEVEL1', site, MISSING_LEVEL1_DETAIL[l1]));
  }
  if (has(level1s, LEVEL1_BIT, '产出指标')) {
    for (const { level2, severity } of OUTPUT_LEVEL2) {
      const satisfied =
        has(level2s, LEVEL2_BIT, level2) || (level2 === '成本指标' && has(level1s, LEVEL1_BIT, '成本指标'));
      if (!satisfied) out.push(makeFinding('MISSING_LEVEL2', site, missingLevel2Detail(level2, severity, inferred)));
    }
  }
  if (has(level1s, LEVEL1_BIT, '效益指标') && !has(level2s, LEVEL2_BIT, '可持续影响指标')) {
    if (profile.requireSustainability)
      out.push(makeFinding('MISSING_LEVEL2', site, missingLevel2Detail('可持续影响指标', 'error', inferred)));
    else if (project.multiYear || LASTING.test(project.name) || LASTING.test(project.goal?.text ?? '')) {
      out.push(makeFinding('MISSING_LEVEL2', site, missingLevel2Detail('可持续影响指标', 'warning', inferred)));
    }
  }
  return out;
}

function has<K extends string>(set: number, bits: Record<K, number>, key: K): boolean {
  return (set & bits[key]) !== 0;
}

/** MISSING_LEVEL1 details by 一级, frozen: every project missing the same 一级 shares their messages. */
const MISSING_LEVEL1_DETAIL: Record<string, FindingDetail<'MISSING_LEVEL1'>> = Object.fromEntries(
  REQUIRED_LEVEL1.map((l1) => [l1, Object.freeze({ expected: l1, params: { expectedEn: CATEGORY_EN[l1] } })]),
);

/** MISSING_LEVEL2 details made so far, frozen likewise, by 二级, severity and whether 二级 were inferred. */
const MISSING_LEVEL2_DETAILS = new Map<string, FindingDetail<'MISSING_LEVEL2'>>();

function missingLevel2Detail(level2: Level2, severity: Severity, inferred: boolean): FindingDetail<'MISSING_LEVEL2'> {
  const key = `${level2}/${severity}/${inferred}`;
  let detail = MISSING_LEVEL2_DETAILS.get(key);
  if (!detail) {
    const parent = PARENT_OF[level2];
    detail = Object.freeze({
      expected: level2,
      severity,
      params: {
        parent,
        parentEn: CATEGORY_EN[parent],
        expectedEn: CATEGORY_EN[level2],
        note: inferred ? '（二级指标由指标表述推断）' : '',
        noteEn: inferred ? ' (level-2 categories inferred from the wording)' : '',
      },
    });
    MISSING_LEVEL2_DETAILS.set(key, detail);
  }
  return detail;
}
