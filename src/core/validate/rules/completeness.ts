import type { Finding, Severity } from '../../findings/finding';
import { makeFinding, type FindingDetail } from '../../findings/make';
import { CATEGORY_EN, LEVEL1, LEVEL2, PARENT_OF, type Level1, type Level2 } from '../../taxonomy/categories';
import { isSelfEvaluation, rule, type Owner } from '../rule';
import { ownerSite } from '../site';

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

/** What the owner's indicators cover: 一级 and 二级 as bit sets, and the 二级 undetermined indicators could still be. */
interface Coverage {
  level1s: number;
  level2s: number;
  /** 二级 that an indicator whose 二级 the wording does not tell could be: a missing one is only "could not tell". */
  undetermined: Map<Level2, string[]>;
  inferred: boolean;
}

function coverage(owner: Owner): Coverage {
  // One scan into bit sets of the categories present: this runs for every project of a district.
  const c: Coverage = { level1s: 0, level2s: 0, undetermined: new Map(), inferred: false };
  for (const i of owner.indicators) {
    if (i.level1) c.level1s |= LEVEL1_BIT[i.level1];
    if (i.level2) c.level2s |= LEVEL2_BIT[i.level2];
    else
      for (const { level2 } of i.inference?.candidates ?? []) {
        c.undetermined.set(level2, [...(c.undetermined.get(level2) ?? []), i.level3]);
      }
    if (i.level2Inferred) c.inferred = true;
  }
  // Rows with a category and a value but no name still show the category is there (MISSING_INDICATOR_NAME says the rest).
  for (const u of ('unnamedCategories' in owner ? owner.unnamedCategories : undefined) ?? []) {
    if (u.level1) c.level1s |= LEVEL1_BIT[u.level1];
    if (u.level2) c.level2s |= LEVEL2_BIT[u.level2];
  }
  return c;
}

const has = <K extends string>(set: number, bits: Record<K, number>, key: K) => (set & bits[key]) !== 0;

/**
 * 产出 and 效益 present (MISSING_LEVEL1, error), 满意度 present (a warning by default, the profile's
 * severity otherwise); under 产出 数量/质量/时效/成本, and 可持续影响 under 效益 for lasting projects
 * (MISSING_LEVEL2). A 一级 成本指标 counts as 成本. Where some 二级 under a 一级 cannot be told from the
 * wording, a missing 二级 there is CATEGORY_UNDETERMINED (info), not asserted missing. Projects whose
 * indicators could not be read, and department self-evaluations (their own frameworks), are not judged.
 */
export const completeness = rule({
  scope: 'indicatorSet',
  codes: ['MISSING_LEVEL1', 'MISSING_LEVEL2', 'CATEGORY_UNDETERMINED'],
  check(owner, profile) {
    if (isSelfEvaluation(owner) ? owner.kind !== 'project' : owner.unread?.includes('indicators')) return [];
    if (owner.indicators.length === 0 && isSelfEvaluation(owner)) return [];
    const c = coverage(owner);
    const out: Finding[] = [];
    const site = ownerSite(owner);
    for (const l1 of ['产出指标', '效益指标', '满意度指标'] as const) {
      if (has(c.level1s, LEVEL1_BIT, l1)) continue;
      const severity = l1 === '满意度指标' ? profile.satisfactionSeverity : 'error';
      out.push(makeFinding('MISSING_LEVEL1', site, missingLevel1Detail(l1, severity)));
    }
    const missing = (level2: Level2, severity: Severity) => {
      const could = c.undetermined.get(level2);
      out.push(
        could === undefined
          ? makeFinding('MISSING_LEVEL2', site, missingLevel2Detail(level2, severity, c.inferred))
          : makeFinding('CATEGORY_UNDETERMINED', site, undeterminedDetail(level2, could.length, could[0])),
      );
    };
    if (has(c.level1s, LEVEL1_BIT, '产出指标')) {
      for (const { level2, severity } of OUTPUT_LEVEL2) {
        const satisfied =
          has(c.level2s, LEVEL2_BIT, level2) || (level2 === '成本指标' && has(c.level1s, LEVEL1_BIT, '成本指标'));
        if (!satisfied) missing(level2, severity);
      }
    }
    if (has(c.level1s, LEVEL1_BIT, '效益指标') && !has(c.level2s, LEVEL2_BIT, '可持续影响指标')) {
      const project = isSelfEvaluation(owner) ? undefined : owner;
      const lasting =
        project !== undefined &&
        (project.multiYear || LASTING.test(project.name) || LASTING.test(project.goal?.text ?? ''));
      if (profile.requireSustainability) missing('可持续影响指标', 'error');
      else if (lasting) missing('可持续影响指标', 'warning');
    }
    return out;
  },
});

/** MISSING_LEVEL1 details by 一级 and severity, frozen: every project missing the same 一级 shares their messages. */
const MISSING_LEVEL1_DETAILS = new Map<string, FindingDetail<'MISSING_LEVEL1'>>();

function missingLevel1Detail(l1: Level1, severity: Severity): FindingDetail<'MISSING_LEVEL1'> {
  const key = `${l1}/${severity}`;
  let detail = MISSING_LEVEL1_DETAILS.get(key);
  if (!detail) {
    detail = Object.freeze({ expected: l1, severity, params: { expectedEn: CATEGORY_EN[l1] } });
    MISSING_LEVEL1_DETAILS.set(key, detail);
  }
  return detail;
}

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

function undeterminedDetail(level2: Level2, count: number, example: string): FindingDetail<'CATEGORY_UNDETERMINED'> {
  const parent = PARENT_OF[level2];
  return {
    expected: level2,
    params: { parent, parentEn: CATEGORY_EN[parent], expectedEn: CATEGORY_EN[level2], count, example },
  };
}
