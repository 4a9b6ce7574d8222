import { makeFinding } from '../../findings/make';
import type { Finding, Severity } from '../../findings/finding';
import type { Project } from '../../model/project';
import type { Profile } from '../../profile';
import { CATEGORY_EN, LEVEL1, LEVEL2, type Level1, type Level2 } from '../../taxonomy/categories';
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
  for (const l1 of REQUIRED_LEVEL1) {
    if (!has(level1s, LEVEL1_BIT, l1)) {
      out.push(makeFinding('MISSING_LEVEL1', projectSite(project), { expected: l1, params: { expectedEn: CATEGORY_EN[l1] } }));
    }
  }
  const note = inferred ? INFERRED_NOTE : NO_NOTE;
  if (has(level1s, LEVEL1_BIT, '产出指标')) {
    for (const { level2, severity } of OUTPUT_LEVEL2) {
      const satisfied = has(level2s, LEVEL2_BIT, level2) || (level2 === '成本指标' && has(level1s, LEVEL1_BIT, '成本指标'));
      if (!satisfied) out.push(missingLevel2(project, '产出指标', level2, severity, note));
    }
  }
  if (has(level1s, LEVEL1_BIT, '效益指标') && !has(level2s, LEVEL2_BIT, '可持续影响指标')) {
    if (profile.requireSustainability) out.push(missingLevel2(project, '效益指标', '可持续影响指标', 'error', note));
    else if (project.multiYear || LASTING.test(project.name) || LASTING.test(project.goal?.text ?? '')) {
      out.push(missingLevel2(project, '效益指标', '可持续影响指标', 'warning', note));
    }
  }
  return out;
}

function has<K extends string>(set: number, bits: Record<K, number>, key: K): boolean {
  return (set & bits[key]) !== 0;
}

const INFERRED_NOTE = { note: '（二级指标由指标表述推断）', noteEn: ' (level-2 categories inferred from the wording)' };
const NO_NOTE = { note: '', noteEn: '' };

function missingLevel2(project: Project, parent: Level1, level2: Level2, severity: Severity, note: typeof NO_NOTE): Finding {
  return makeFinding('MISSING_LEVEL2', projectSite(project), {
    expected: level2,
    severity,
    params: { parent, parentEn: CATEGORY_EN[parent], expectedEn: CATEGORY_EN[level2], ...note },
  });
}
