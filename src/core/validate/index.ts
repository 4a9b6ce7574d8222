import type { Finding } from '../findings/finding';
import type { RecognizedWorkbook } from '../model/workbook';
import type { Profile } from '../profile';
import { checkSelfEvaluations } from '../selfeval/check';
import type { ProjectRule } from './rule';
import { checkClassification } from './rules/classification';
import { checkCompleteness } from './rules/completeness';
import { checkCostWithinBudget } from './rules/costBudget';
import { checkDuplicates } from './rules/duplicates';
import { checkListTotals } from './rules/listTotals';
import { checkMissingParts } from './rules/missingParts';
import { checkProjectAmounts } from './rules/projectAmounts';
import { checkSpendingPlan } from './rules/spendingPlan';
import { checkTargets } from './rules/targets';
import { checkListTotalNumbers, checkProjectNumbers, checkSelfEvalNumbers } from './rules/unreadableAmounts';

const PROJECT_RULES: ProjectRule[] = [
  checkCompleteness,
  checkMissingParts,
  checkClassification,
  checkTargets,
  checkDuplicates,
  checkProjectAmounts,
  checkCostWithinBudget,
  checkSpendingPlan,
  checkProjectNumbers,
];

/** Run every rule (SPEC §5: target sheets and filed self-evaluations) over the recognized workbook. Linear in projects. */
export function validate(model: RecognizedWorkbook, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const project of model.projects) for (const rule of PROJECT_RULES) out.push(...rule(project, profile));
  for (const table of model.listTables) out.push(...checkListTotalNumbers(table), ...checkListTotals(table, profile));
  for (const e of model.selfEvaluations) out.push(...checkSelfEvalNumbers(e));
  out.push(...checkSelfEvaluations(model.selfEvaluations, profile));
  return out;
}
