import type { FindingCode } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import type { Indicator, ListTable, Project } from '../model/project';
import type { ScoredIndicator, SelfEvaluation } from '../model/selfEval';
import type { Profile } from '../profile';

/** What owns a set of indicators: a project of a target table, or a filed self-evaluation. */
export type Owner = Project | SelfEvaluation;

/** One indicator with its owner. */
export interface IndicatorSubject {
  owner: Owner;
  indicator: Indicator | ScoredIndicator;
}

/** What a rule looks at, by scope. */
export interface Subjects {
  /** A project of a target table (any layout): its funding, goals, spending plan. */
  project: Project;
  /** One indicator, of a project or of a self-evaluation. */
  indicator: IndicatorSubject;
  /** The indicators of one project or one self-evaluation together (completeness, duplicates, weights). */
  indicatorSet: Owner;
  /** A list table's 合计 / 小计 rows. */
  listTable: ListTable;
  /** A filed self-evaluation (funds, scores, totals, narrative). */
  selfEvaluation: SelfEvaluation;
}

export type Scope = keyof Subjects;

/**
 * A check, declared: its scope, the codes it may emit (a test holds every rule to its list) and the pure
 * function that checks one subject. Adding a rule is one module exporting one of these, listed in
 * validate/index.ts.
 */
export interface Rule<S extends Scope = Scope> {
  scope: S;
  codes: readonly FindingCode[];
  /**
   * An indicator rule that also looks at rows with no target to judge (a scorecard's 项目决策 / 项目管理 rows,
   * a department's scoring framework): the score checks. Other indicator rules skip them.
   */
  frameworkRows?: true;
  check(subject: Subjects[S], profile: Profile): Finding[];
}

/** Declare a rule (types the subject from the scope). */
export function rule<S extends Scope>(r: Rule<S>): Rule<S> {
  return r;
}

/** True for an owner that is a filed self-evaluation. */
export function isSelfEvaluation(owner: Owner): owner is SelfEvaluation {
  return 'funds' in owner && 'kind' in owner;
}

/** True for an indicator of a self-evaluation (it has a score). */
export function isScored(indicator: Indicator | ScoredIndicator): indicator is ScoredIndicator {
  return 'score' in indicator;
}
