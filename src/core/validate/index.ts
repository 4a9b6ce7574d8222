import type { Finding } from '../findings/finding';
import type { RecognizedWorkbook } from '../model/workbook';
import type { Profile } from '../profile';
import { isSelfEvaluation, type IndicatorSubject, type Owner, type Rule, type Scope, type Subjects } from './rule';
import { listTableAmountCells, projectAmountCells, selfEvaluationAmountCells } from './rules/amountCells';
import { classification } from './rules/classification';
import { completeness } from './rules/completeness';
import { costComposition } from './rules/costComposition';
import { costWithinBudget } from './rules/costWithinBudget';
import { direction } from './rules/direction';
import { duplicates } from './rules/duplicates';
import { fundingArithmetic } from './rules/fundingArithmetic';
import { goal } from './rules/goal';
import { listTotals } from './rules/listTotals';
import { missingTarget } from './rules/missingTarget';
import { monitoring } from './rules/monitoring';
import { periodConsistency } from './rules/periodConsistency';
import { selfEvalCategoryPoints } from './rules/selfEvalCategoryPoints';
import { selfEvalFilled } from './rules/selfEvalFilled';
import { selfEvalFunds } from './rules/selfEvalFunds';
import { selfEvalScores } from './rules/selfEvalScores';
import { selfEvalTotals } from './rules/selfEvalTotals';
import { spendingPlan } from './rules/spendingPlan';
import { targetWeights } from './rules/targetWeights';
import { targetRange } from './rules/targetRange';
import { units } from './rules/units';
import { vagueTarget } from './rules/vagueTarget';

/** Every rule the checker runs (SPEC §5, §6), each declaring its scope and its codes. */
export const RULES: readonly Rule[] = [
  completeness,
  duplicates,
  missingTarget,
  classification,
  vagueTarget,
  targetRange,
  direction,
  units,
  periodConsistency,
  goal,
  fundingArithmetic,
  costWithinBudget,
  costComposition,
  spendingPlan,
  targetWeights,
  monitoring,
  projectAmountCells,
  listTotals,
  listTableAmountCells,
  selfEvalFunds,
  selfEvalScores,
  selfEvalTotals,
  selfEvalCategoryPoints,
  selfEvalFilled,
  selfEvaluationAmountCells,
] as Rule[];

type ByScope = { [S in Scope]: Rule<S>[] };

function byScope(rules: readonly Rule[]): ByScope {
  const out: ByScope = { project: [], indicator: [], indicatorSet: [], listTable: [], selfEvaluation: [] };
  for (const r of rules) (out[r.scope] as Rule[]).push(r);
  return out;
}

const ALL_SCOPED = byScope(RULES);

function run<S extends Scope>(rules: Rule<S>[], subject: Subjects[S], profile: Profile, out: Finding[]): void {
  for (const r of rules) for (const f of r.check(subject, profile)) out.push(f);
}

/** Indicator rules: all of them, and those declared for framework rows. */
interface IndicatorRules {
  all: Rule<'indicator'>[];
  framework: Rule<'indicator'>[];
}

/**
 * Indicator rules over an owner's indicators. A department's scoring framework (no targets) states no
 * targets or categories to judge, nor do a scorecard's 项目决策 / 项目管理 rows: only the rules declared
 * for framework rows (the score checks) look at them.
 */
function runIndicators(rules: IndicatorRules, owner: Owner, profile: Profile, out: Finding[]): void {
  const noTargets = isSelfEvaluation(owner) && !owner.targets;
  const subject: IndicatorSubject = { owner, indicator: owner.indicators[0] };
  for (const indicator of owner.indicators) {
    subject.indicator = indicator;
    run(noTargets || indicator.framework ? rules.framework : rules.all, subject, profile, out);
  }
}

/** Run every rule (or the given ones) over the recognized workbook. Linear in projects and indicators. */
export function validate(model: RecognizedWorkbook, profile: Profile, only?: readonly Rule[]): Finding[] {
  const SCOPED = only ? byScope(only) : ALL_SCOPED;
  const out: Finding[] = [];
  const indicatorRules = { all: SCOPED.indicator, framework: SCOPED.indicator.filter((r) => r.frameworkRows) };
  for (const project of model.projects) {
    run(SCOPED.project, project, profile, out);
    run(SCOPED.indicatorSet, project, profile, out);
    runIndicators(indicatorRules, project, profile, out);
  }
  for (const table of model.listTables) run(SCOPED.listTable, table, profile, out);
  for (const e of model.selfEvaluations) {
    run(SCOPED.selfEvaluation, e, profile, out);
    run(SCOPED.indicatorSet, e, profile, out);
    runIndicators(indicatorRules, e, profile, out);
  }
  return out;
}
