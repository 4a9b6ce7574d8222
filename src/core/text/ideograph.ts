/** Whether a UTF-16 code unit is a CJK unified ideograph of the basic block (U+4E00–U+9FFF): a Chinese character. */
export function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
