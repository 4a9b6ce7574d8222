/**
 * Names written with digits in them that are words, not quantities: pollutants and chemical formulae
 * (PM2.5, PM10, CO2, SO2, NH3-N, BOD5), strains (H7N9), standards (COVID-19), and the short digit-led codes
 * of everyday Chinese (5G基站, 4A景区, 3D打印, 4K). A target such as `PM2.5浓度35微克` has its quantity
 * after the name. Data, so that a code a finance office uses is one entry.
 */

/** Latin letters glued to the digits that follow them: a formula or a code (CO2, PM2.5, H7N9, COVID-19). */
const LETTER_LED = '[A-Za-z]+\\d+(?:\\.\\d+)?(?:[A-Za-z]+\\d*)*(?:-[A-Za-z]*\\d+)?';

/**
 * Codes that start with a digit: network generations, dimensions, picture sizes, scenic-area grades. Only
 * these: a digit glued to other letters is a quantity with a Latin unit (5kg, 10km, 20t).
 */
export const DIGIT_LED_CODES = ['2G', '3G', '4G', '5G', '2D', '3D', '4K', '8K', '1A', '2A', '3A', '4A', '5A'];

/** A code name, not inside a longer number or word (`15G` or `5GB` is no 5G). */
const CODE_NAME = new RegExp(`(?<![A-Za-z\\d.])(?:${LETTER_LED}|(?:${DIGIT_LED_CODES.join('|')})(?![A-Za-z\\d]))`, 'g');

/**
 * The text with the digits of every code name blanked out (same length, so positions still match the
 * original): a number search then finds only quantities.
 */
export function maskCodeNames(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(CODE_NAME, (code) => code.replace(/[\d.]/g, '_'));
}
