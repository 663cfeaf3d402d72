/** ABK (analisis beban kerja): the one implementation of the kebutuhan formula. Pure, no I/O. */
export {
  hitungAbk,
  kebutuhanStruktural,
  type AbkInput,
  type Angka,
  type HasilAbk,
  type HasilStruktural,
  type RincianBeban,
  type TugasInput,
} from "./hitung";
export { jelaskanAbk, jelaskanEj, jelaskanRincian, penjelasanLengkap } from "./penjelasan";
export {
  DEFAULT_BAND_EJ,
  DEFAULT_FAKTOR_PERIODE,
  DEFAULT_RULE_SET,
  PEMBULATAN,
  PERIODE,
  PRESTASI_JABATAN,
  RULE_SET_PERKA_BKN_19_2011,
  SATUAN_WAKTU,
  overrideRuleSet,
  type BandEJ,
  type Pembulatan,
  type Periode,
  type PrestasiJabatan,
  type RuleSet,
  type RuleSetOverride,
  type SatuanWaktu,
} from "./rule-set";
export { parseDecimal, parseFraction, toFraction, toNumber, type Rational } from "./rational";
