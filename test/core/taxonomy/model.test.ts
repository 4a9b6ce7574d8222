import MODEL from '../../../src/core/taxonomy/classifier/model.json';
import { featuresOf } from '../../../src/core/taxonomy/classifier/features';
import { NaiveBayes } from '../../../src/core/taxonomy/classifier/naiveBayes';
import { trainingDocuments } from '../../../src/core/taxonomy/classifier/training';
import { LEVEL2 } from '../../../src/core/taxonomy/categories';

describe('the shipped classifier model (model.json)', () => {
  const fresh = new NaiveBayes(trainingDocuments());

  it('is what training on the corpus and the lexicon gives now (else: npm run classifier:train)', () => {
    expect(fresh.toCounts()).toEqual(MODEL);
  });

  it('ranks as the freshly trained model does', () => {
    const shipped = NaiveBayes.fromCounts(MODEL);
    for (const name of [
      '设备采购数量',
      '资金拨付及时率',
      '服务对象满意度',
      '单位成本',
      '带动就业人数',
      '设施使用年限',
    ]) {
      const features = featuresOf(name);
      expect(features.length).toBeGreaterThan(0);
      expect(shipped.posterior(features)).toEqual(fresh.posterior(features));
    }
  });

  it('refuses counts made for other categories', () => {
    expect(() => NaiveBayes.fromCounts({ ...MODEL, classes: LEVEL2.slice(1) })).toThrow(/retrain/);
  });
});
