import fc from 'fast-check';
import { a1Position, address, MAX_COLS, parseAddress, parseRange } from '../../../src/core/grid/address';

describe('a1Position', () => {
  it('is the row-major position of an address, for every cell of an Excel sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: MAX_COLS - 1 }), (row, col) => {
        expect(a1Position(address(row, col))).toBe(row * MAX_COLS + col);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes a range's first cell only when asked, and nothing past XFD1048576", () => {
    expect(a1Position('B3:C4')).toBe(-1);
    expect(a1Position('B3:C4', true)).toBe(2 * MAX_COLS + 1);
    expect(a1Position('XFD1048576')).toBe(1048575 * MAX_COLS + 16383);
    for (const bad of ['', 'A', '1', 'A0', 'a1', 'XFE1', 'A1048577', 'A99999999', 'ABCD1', '$A$1'])
      expect(a1Position(bad)).toBe(-1);
  });
});

describe('parseAddress and parseRange', () => {
  it('read anchored and lower-case addresses as Excel does, and refuse what is no cell', () => {
    expect(parseAddress(' $b$3 ')).toEqual({ row: 2, col: 1 });
    expect(parseRange('$C$4:A1')).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
    for (const bad of ['', 'A0', '3B', 'A1048577', 'XFE1'])
      expect(() => parseAddress(bad)).toThrow(/Not a cell address/);
  });
});
