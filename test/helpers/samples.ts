import { BAIYUN_LIST_ROWS } from '../../scripts/samples/data/baiyunList';
import { GAOXIN_FORMS } from '../../scripts/samples/data/gaoxinForms';
import { normalizeLevel1, normalizeLevel2 } from '../../src/core/taxonomy/labels';
import type { Level1, Level2 } from '../../src/core/taxonomy/categories';

/** Project rows of the 白云区 list (name, indicators cell), in file order. */
export function baiyunProjects(): { name: string; indicators: string }[] {
  return BAIYUN_LIST_ROWS.filter((r) => r.length >= 7 && /指标值/.test(r[6])).map((r) => ({
    name: r[0],
    indicators: r[6],
  }));
}

/** Every indicator of the 高新区 forms with its filed 一级/二级 (blank cells continue; misplaced rows skipped). */
export function gaoxinIndicators(): { level1: Level1; level2: Level2; level3: string; target: string }[] {
  const out: { level1: Level1; level2: Level2; level3: string; target: string }[] = [];
  for (const form of GAOXIN_FORMS) {
    const header = form.findIndex((r) => r[0] === '一级指标');
    let l1: Level1 | null = null;
    let l2: Level2 | null = null;
    for (const r of form.slice(header + 1)) {
      const a = r[0] ? normalizeLevel1(r[0]) : null;
      const b = r[1] ? normalizeLevel2(r[1]) : null;
      if ((r[0] && !a) || (r[1] && !b) || (r[2] && (normalizeLevel1(r[2]) || normalizeLevel2(r[2])))) continue;
      if (a) [l1, l2] = [a, null];
      if (b) l2 = b;
      if (l1 && l2 && r[2])
        out.push({ level1: l1, level2: l2, level3: r[2], target: r.slice(3).filter(Boolean).join('') });
    }
  }
  return out;
}
