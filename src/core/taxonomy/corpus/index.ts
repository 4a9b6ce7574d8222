/**
 * Labelled corpus of published budget performance indicators (预算绩效指标).
 * Generated list of the JSON files in this folder; see README.md.
 */
import type { Level1, Level2 } from '../categories';
import src_ah_huangshan_2025_gaj_xueliang from './ah-huangshan-2025-gaj-xueliang.json';
import src_ah_suixi_2019_linshijiuzhu from './ah-suixi-2019-linshijiuzhu.json';
import src_ah_xuancheng_2021_jindu from './ah-xuancheng-2021-jindu.json';
import src_gd_dongguan_2019_jtj_zhenjilianwanglu from './gd-dongguan-2019-jtj-zhenjilianwanglu.json';
import src_hb_hbeu_xueshengzizhu_zipingbiao from './hb-hbeu-xueshengzizhu-zipingbiao.json';
import src_hb_huangshi_2022_dangxiao_zhutiban from './hb-huangshi-2022-dangxiao-zhutiban.json';
import src_hb_wuhan_qingshan_2020_bxgz from './hb-wuhan-qingshan-2020-bxgz.json';
import src_he_ningjin_2019_gaozhong_zhuxuejin from './he-ningjin-2019-gaozhong-zhuxuejin.json';
import src_hn_nanyue_2023_yulujihua from './hn-nanyue-2023-yulujihua.json';
import src_hn_xiangtan_2023_wupaoche from './hn-xiangtan-2023-wupaoche.json';
import src_hn_yueyangxian_2022_gaobiaozhun_nongtian from './hn-yueyangxian-2022-gaobiaozhun-nongtian.json';
import src_lib_journal_tongyong_gongxing_shili from './lib-journal-tongyong-gongxing-shili.json';
import src_nx_tongxin_2023_xiamaguan_putao from './nx-tongxin-2023-xiamaguan-putao.json';
import src_nx_yuanzhou_2022_malingshu_zipingbiao from './nx-yuanzhou-2022-malingshu-zipingbiao.json';
import src_sc_zhaohua_2021_tekunjiating from './sc-zhaohua-2021-tekunjiating.json';
import src_sc_zhongjiang_2022_shuibiaochi from './sc-zhongjiang-2022-shuibiaochi.json';
import src_sn_chencang_2020_shuilifazhan from './sn-chencang-2020-shuilifazhan.json';
import src_sx_jishan_2021_jibengonggongweisheng from './sx-jishan-2021-jibengonggongweisheng.json';
import src_yn_yongde_2022_minglang_yingyang from './yn-yongde-2022-minglang-yingyang.json';

export type CorpusKind = 'published-sheet' | 'national-guide' | 'provincial-library';

export interface CorpusSourceInfo {
  id: string;
  title: string;
  url: string;
  region: string;
  /** Year of the sheet or document; null where the page does not say. */
  year: number | null;
  kind: CorpusKind;
}

/** [一级, 二级, 三级 name as written, target as written or "", optional "misfiled:<correct 二级>"]. */
export type CorpusRow = [Level1, Level2, string, string] | [Level1, Level2, string, string, string];

export interface CorpusSource {
  source: CorpusSourceInfo;
  rows: CorpusRow[];
}

export const CORPUS_SOURCES = [
  src_ah_huangshan_2025_gaj_xueliang,
  src_ah_suixi_2019_linshijiuzhu,
  src_ah_xuancheng_2021_jindu,
  src_gd_dongguan_2019_jtj_zhenjilianwanglu,
  src_hb_hbeu_xueshengzizhu_zipingbiao,
  src_hb_huangshi_2022_dangxiao_zhutiban,
  src_hb_wuhan_qingshan_2020_bxgz,
  src_he_ningjin_2019_gaozhong_zhuxuejin,
  src_hn_nanyue_2023_yulujihua,
  src_hn_xiangtan_2023_wupaoche,
  src_hn_yueyangxian_2022_gaobiaozhun_nongtian,
  src_lib_journal_tongyong_gongxing_shili,
  src_nx_tongxin_2023_xiamaguan_putao,
  src_nx_yuanzhou_2022_malingshu_zipingbiao,
  src_sc_zhaohua_2021_tekunjiating,
  src_sc_zhongjiang_2022_shuibiaochi,
  src_sn_chencang_2020_shuilifazhan,
  src_sx_jishan_2021_jibengonggongweisheng,
  src_yn_yongde_2022_minglang_yingyang,
] as unknown as CorpusSource[];
