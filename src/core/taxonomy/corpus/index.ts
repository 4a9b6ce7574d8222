/**
 * Labelled corpus of published budget performance indicators (预算绩效指标).
 * Generated list of the JSON files in this folder; see README.md.
 */
import type { Level1, Level2 } from '../categories';
import src_ah_guichi_2022_tangxi_cunjiyunzhuan from './ah-guichi-2022-tangxi-cunjiyunzhuan.json';
import src_ah_guichi_2022_tangxi_weituoyewu from './ah-guichi-2022-tangxi-weituoyewu.json';
import src_ah_huangshan_2025_gaj_xueliang from './ah-huangshan-2025-gaj-xueliang.json';
import src_ah_jinan_2023_canlian_kangfu from './ah-jinan-2023-canlian-kangfu.json';
import src_ah_jinzhai_2021_kaifaqu_wuye from './ah-jinzhai-2021-kaifaqu-wuye.json';
import src_ah_jinzhai_2023_chagu_meilixiangcun_zhengti from './ah-jinzhai-2023-chagu-meilixiangcun-zhengti.json';
import src_ah_luan_2024_nongchanpinzhijian from './ah-luan-2024-nongchanpinzhijian.json';
import src_ah_suixi_2019_linshijiuzhu from './ah-suixi-2019-linshijiuzhu.json';
import src_ah_xiaoxian_2023_hexicun_zhongyangzhi from './ah-xiaoxian-2023-hexicun-zhongyangzhi.json';
import src_ah_xiaoxian_2023_yanglou_zhongyangzhi from './ah-xiaoxian-2023-yanglou-zhongyangzhi.json';
import src_ah_xuancheng_2021_jindu from './ah-xuancheng-2021-jindu.json';
import src_cq_fengjie_2023_yunwu_jiagongyuan from './cq-fengjie-2023-yunwu-jiagongyuan.json';
import src_cq_fengjie_2025_yingji_12350 from './cq-fengjie-2025-yingji-12350.json';
import src_cq_rongchang_2022_lvhuameihua from './cq-rongchang-2022-lvhuameihua.json';
import src_cq_wuxi_2025_weifanggaizao from './cq-wuxi-2025-weifanggaizao.json';
import src_gd_dongguan_2019_jtj_zhenjilianwanglu from './gd-dongguan-2019-jtj-zhenjilianwanglu.json';
import src_gs_jiayuguan_2023_bowuguan from './gs-jiayuguan-2023-bowuguan.json';
import src_hb_ezhou_2022_binhudasha from './hb-ezhou-2022-binhudasha.json';
import src_hb_hbeu_xueshengzizhu_zipingbiao from './hb-hbeu-xueshengzizhu-zipingbiao.json';
import src_hb_huangshi_2022_dangxiao_zhutiban from './hb-huangshi-2022-dangxiao-zhutiban.json';
import src_hb_wuhan_qingshan_2020_bxgz from './hb-wuhan-qingshan-2020-bxgz.json';
import src_hb_wuhan_qingshan_2020_jiaoyujijian from './hb-wuhan-qingshan-2020-jiaoyujijian.json';
import src_hb_xinzhou_2020_chujutuan from './hb-xinzhou-2020-chujutuan.json';
import src_he_langfang_2019_shipingongcheng_nuantong from './he-langfang-2019-shipingongcheng-nuantong.json';
import src_he_ningjin_2019_gaozhong_zhuxuejin from './he-ningjin-2019-gaozhong-zhuxuejin.json';
import src_hn_hengshan_2020_chubeiliang from './hn-hengshan-2020-chubeiliang.json';
import src_hn_lingling_2021_linyeju from './hn-lingling-2021-linyeju.json';
import src_hn_nanyue_2018_lvyoufupin from './hn-nanyue-2018-lvyoufupin.json';
import src_hn_nanyue_2018_zichanshouyi from './hn-nanyue-2018-zichanshouyi.json';
import src_hn_nanyue_2020_zhonglieci from './hn-nanyue-2020-zhonglieci.json';
import src_hn_nanyue_2023_yulujihua from './hn-nanyue-2023-yulujihua.json';
import src_hn_xiangtan_2023_wupaoche from './hn-xiangtan-2023-wupaoche.json';
import src_hn_xiangxi_2023_tejiao_huoshi from './hn-xiangxi-2023-tejiao-huoshi.json';
import src_hn_yueyanglou_2023_jiagerending from './hn-yueyanglou-2023-jiagerending.json';
import src_hn_yueyangxian_2022_gaobiaozhun_nongtian from './hn-yueyangxian-2022-gaobiaozhun-nongtian.json';
import src_js_xuzhou_2025_gaozhi_gongchengjixie_zhuanyequn from './js-xuzhou-2025-gaozhi-gongchengjixie-zhuanyequn.json';
import src_jx_fuliang_linyeju_zhengti from './jx-fuliang-linyeju-zhengti.json';
import src_lib_cams_chuangxingongcheng_tongyong from './lib-cams-chuangxingongcheng-tongyong.json';
import src_lib_ciq_2016_zhuanxiang_pingjiabiao from './lib-ciq-2016-zhuanxiang-pingjiabiao.json';
import src_lib_gx_xiangmuzhichu_zhibiaoku_shili from './lib-gx-xiangmuzhichu-zhibiaoku-shili.json';
import src_lib_journal_tongyong_gongxing_shili from './lib-journal-tongyong-gongxing-shili.json';
import src_nm_wuhai_2021_gongxiaoshe_zaisheng from './nm-wuhai-2021-gongxiaoshe-zaisheng.json';
import src_nx_tongxin_2023_xiamaguan_putao from './nx-tongxin-2023-xiamaguan-putao.json';
import src_nx_yuanzhou_2022_malingshu_zipingbiao from './nx-yuanzhou-2022-malingshu-zipingbiao.json';
import src_nx_yuanzhou_2022_shuiyuanhanyanglin from './nx-yuanzhou-2022-shuiyuanhanyanglin.json';
import src_sc_anju_2021_shipinjianguan from './sc-anju-2021-shipinjianguan.json';
import src_sc_daying_2020_jingkaiqu_hedaobaojie from './sc-daying-2020-jingkaiqu-hedaobaojie.json';
import src_sc_daying_2020_minzhengju_yanglao from './sc-daying-2020-minzhengju-yanglao.json';
import src_sc_daying_2020_shuangxin_wenmingchengshi from './sc-daying-2020-shuangxin-wenmingchengshi.json';
import src_sc_daying_2023_sifaju_zipingbiao from './sc-daying-2023-sifaju-zipingbiao.json';
import src_sc_daying_gongzi_zipingbiao from './sc-daying-gongzi-zipingbiao.json';
import src_sc_daying_tielu_yanxian_zipingbiao from './sc-daying-tielu-yanxian-zipingbiao.json';
import src_sc_ganzi_scjgj_shipinanquan from './sc-ganzi-scjgj-shipinanquan.json';
import src_sc_jingyan_2023_mata_xiangmumubiao from './sc-jingyan-2023-mata-xiangmumubiao.json';
import src_sc_puhuijinrong_zipingbiao from './sc-puhuijinrong-zipingbiao.json';
import src_sc_qingchuan_2021_zhengfa_zhuanyi_zipingbaogao from './sc-qingchuan-2021-zhengfa-zhuanyi-zipingbaogao.json';
import src_sc_qingshen_2023_fgj_gongzi from './sc-qingshen-2023-fgj-gongzi.json';
import src_sc_suining_jkq_2021_liangpinyixie from './sc-suining-jkq-2021-liangpinyixie.json';
import src_sc_zhaohua_2021_tekunjiating from './sc-zhaohua-2021-tekunjiating.json';
import src_sc_zhongjiang_2022_shuibiaochi from './sc-zhongjiang-2022-shuibiaochi.json';
import src_sd_linyi_2025_shifanfuxiao_gongyong from './sd-linyi-2025-shifanfuxiao-gongyong.json';
import src_sn_chencang_2020_shuilifazhan from './sn-chencang-2020-shuilifazhan.json';
import src_sn_hanyin_2022_puhuijinrong from './sn-hanyin-2022-puhuijinrong.json';
import src_sn_qingjian_2021_jiaotong_guoyuanlu from './sn-qingjian-2021-jiaotong-guoyuanlu.json';
import src_sx_jishan_2021_jibengonggongweisheng from './sx-jishan-2021-jibengonggongweisheng.json';
import src_xj_changji_2019_sizhong_zhuxuejin from './xj-changji-2019-sizhong-zhuxuejin.json';
import src_xj_changji_2019_zhiyuan_zhuxuejin from './xj-changji-2019-zhiyuan-zhuxuejin.json';
import src_yn_gucheng_2020_weipianzhifa from './yn-gucheng-2020-weipianzhifa.json';
import src_yn_nanhua_yejunjiagong_zipingbiao from './yn-nanhua-yejunjiagong-zipingbiao.json';
import src_yn_yongde_2022_minglang_yingyang from './yn-yongde-2022-minglang-yingyang.json';
import src_zj_linhai_2024_lvhuayanghu from './zj-linhai-2024-lvhuayanghu.json';

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
  src_ah_guichi_2022_tangxi_cunjiyunzhuan,
  src_ah_guichi_2022_tangxi_weituoyewu,
  src_ah_huangshan_2025_gaj_xueliang,
  src_ah_jinan_2023_canlian_kangfu,
  src_ah_jinzhai_2021_kaifaqu_wuye,
  src_ah_jinzhai_2023_chagu_meilixiangcun_zhengti,
  src_ah_luan_2024_nongchanpinzhijian,
  src_ah_suixi_2019_linshijiuzhu,
  src_ah_xiaoxian_2023_hexicun_zhongyangzhi,
  src_ah_xiaoxian_2023_yanglou_zhongyangzhi,
  src_ah_xuancheng_2021_jindu,
  src_cq_fengjie_2023_yunwu_jiagongyuan,
  src_cq_fengjie_2025_yingji_12350,
  src_cq_rongchang_2022_lvhuameihua,
  src_cq_wuxi_2025_weifanggaizao,
  src_gd_dongguan_2019_jtj_zhenjilianwanglu,
  src_gs_jiayuguan_2023_bowuguan,
  src_hb_ezhou_2022_binhudasha,
  src_hb_hbeu_xueshengzizhu_zipingbiao,
  src_hb_huangshi_2022_dangxiao_zhutiban,
  src_hb_wuhan_qingshan_2020_bxgz,
  src_hb_wuhan_qingshan_2020_jiaoyujijian,
  src_hb_xinzhou_2020_chujutuan,
  src_he_langfang_2019_shipingongcheng_nuantong,
  src_he_ningjin_2019_gaozhong_zhuxuejin,
  src_hn_hengshan_2020_chubeiliang,
  src_hn_lingling_2021_linyeju,
  src_hn_nanyue_2018_lvyoufupin,
  src_hn_nanyue_2018_zichanshouyi,
  src_hn_nanyue_2020_zhonglieci,
  src_hn_nanyue_2023_yulujihua,
  src_hn_xiangtan_2023_wupaoche,
  src_hn_xiangxi_2023_tejiao_huoshi,
  src_hn_yueyanglou_2023_jiagerending,
  src_hn_yueyangxian_2022_gaobiaozhun_nongtian,
  src_js_xuzhou_2025_gaozhi_gongchengjixie_zhuanyequn,
  src_jx_fuliang_linyeju_zhengti,
  src_lib_cams_chuangxingongcheng_tongyong,
  src_lib_ciq_2016_zhuanxiang_pingjiabiao,
  src_lib_gx_xiangmuzhichu_zhibiaoku_shili,
  src_lib_journal_tongyong_gongxing_shili,
  src_nm_wuhai_2021_gongxiaoshe_zaisheng,
  src_nx_tongxin_2023_xiamaguan_putao,
  src_nx_yuanzhou_2022_malingshu_zipingbiao,
  src_nx_yuanzhou_2022_shuiyuanhanyanglin,
  src_sc_anju_2021_shipinjianguan,
  src_sc_daying_2020_jingkaiqu_hedaobaojie,
  src_sc_daying_2020_minzhengju_yanglao,
  src_sc_daying_2020_shuangxin_wenmingchengshi,
  src_sc_daying_2023_sifaju_zipingbiao,
  src_sc_daying_gongzi_zipingbiao,
  src_sc_daying_tielu_yanxian_zipingbiao,
  src_sc_ganzi_scjgj_shipinanquan,
  src_sc_jingyan_2023_mata_xiangmumubiao,
  src_sc_puhuijinrong_zipingbiao,
  src_sc_qingchuan_2021_zhengfa_zhuanyi_zipingbaogao,
  src_sc_qingshen_2023_fgj_gongzi,
  src_sc_suining_jkq_2021_liangpinyixie,
  src_sc_zhaohua_2021_tekunjiating,
  src_sc_zhongjiang_2022_shuibiaochi,
  src_sd_linyi_2025_shifanfuxiao_gongyong,
  src_sn_chencang_2020_shuilifazhan,
  src_sn_hanyin_2022_puhuijinrong,
  src_sn_qingjian_2021_jiaotong_guoyuanlu,
  src_sx_jishan_2021_jibengonggongweisheng,
  src_xj_changji_2019_sizhong_zhuxuejin,
  src_xj_changji_2019_zhiyuan_zhuxuejin,
  src_yn_gucheng_2020_weipianzhifa,
  src_yn_nanhua_yejunjiagong_zipingbiao,
  src_yn_yongde_2022_minglang_yingyang,
  src_zj_linhai_2024_lvhuayanghu,
] as unknown as CorpusSource[];
