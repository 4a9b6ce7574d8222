/**
 * Excel API sets the adapter uses beyond 1.1 (ADDIN-NOTES): volume-licensed
 * Office 2016 has only 1.1 and Office 2019 up to 1.7, so each is detected and
 * has a fallback.
 */
export interface Capabilities {
  /** 1.4 getUsedRangeOrNullObject (else getUsedRange, which throws on empty sheets). */
  usedRangeOrNull: boolean;
  /** 1.2 worksheet.protection. */
  protection: boolean;
  /** 1.7 selection events. */
  selectionEvents: boolean;
  /** 1.8 data validation (dropdowns in generated 自评表). */
  dataValidation: boolean;
  /** 1.10 threaded comments. */
  comments: boolean;
  /** 1.13 getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const v = (version: string) => isSetSupported('ExcelApi', version);
  return {
    usedRangeOrNull: v('1.4'),
    protection: v('1.2'),
    selectionEvents: v('1.7'),
    dataValidation: v('1.8'),
    comments: v('1.10'),
    mergedAreas: v('1.13'),
  };
}

/** What each API set level gives: for tests and the docs. */
export const OFFICE_2016: Capabilities = {
  usedRangeOrNull: false,
  protection: false,
  selectionEvents: false,
  dataValidation: false,
  comments: false,
  mergedAreas: false,
};
export const OFFICE_2019: Capabilities = {
  usedRangeOrNull: true,
  protection: true,
  selectionEvents: true,
  dataValidation: false,
  comments: false,
  mergedAreas: false,
};
export const OFFICE_365: Capabilities = {
  usedRangeOrNull: true,
  protection: true,
  selectionEvents: true,
  dataValidation: true,
  comments: true,
  mergedAreas: true,
};
