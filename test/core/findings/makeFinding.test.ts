import { makeFinding, type FindingDetail } from '../../../src/core/findings/make';

const site = { sheet: '表', cell: 'G7', project: { id: '表!A7', name: '应急专项经费' } };

describe('makeFinding', () => {
  it('fills messages from params, then expected/actual, in Chinese and English', () => {
    const f = makeFinding('MISSING_LEVEL1', site, { expected: '满意度指标', params: { expectedEn: 'satisfaction' } });
    expect(f).toMatchObject({
      code: 'MISSING_LEVEL1',
      severity: 'error',
      sheet: '表',
      cell: 'G7',
      project: '应急专项经费',
      projectId: '表!A7',
      expected: '满意度指标',
    });
    expect(f.message).toContain('满意度指标');
    expect(f.messageEn).toContain('satisfaction');
  });

  it('makes the messages of a frozen detail once, the same as an unfrozen copy would', () => {
    const detail: FindingDetail<'MISSING_LEVEL2'> = {
      expected: '时效指标',
      severity: 'warning',
      params: { parent: '产出指标', parentEn: 'output', expectedEn: 'timeliness', note: '', noteEn: '' },
    };
    const frozen = Object.freeze({ ...detail });
    const a = makeFinding('MISSING_LEVEL2', site, frozen);
    const b = makeFinding('MISSING_LEVEL2', { ...site, cell: 'G8' }, frozen);
    const plain = makeFinding('MISSING_LEVEL2', site, detail);
    expect([a.message, a.messageEn]).toEqual([plain.message, plain.messageEn]);
    expect(b.message).toBe(a.message);
    expect(b.cell).toBe('G8');
    // Another code with the same detail gets its own messages.
    expect(makeFinding('MISSING_LEVEL1', site, frozen).message).not.toBe(a.message);
  });
});

describe('message parameters are typed from the templates', () => {
  it('refuses a misspelt or missing parameter at compile time', () => {
    const ok = makeFinding('MISSING_GOAL', site, { params: { what: '绩效目标', whatEn: 'performance goal' } });
    expect(ok.messageEn).toBe('The project has no performance goal');
    // @ts-expect-error `whatEN` is not a parameter of MISSING_GOAL's templates (they use `whatEn`)
    makeFinding('MISSING_GOAL', site, { params: { what: '绩效目标', whatEN: 'goal' } });
    // @ts-expect-error MISSING_LEVEL1 shows {expected}: it must be given
    makeFinding('MISSING_LEVEL1', site, { params: { expectedEn: 'output' } });
  });
});
