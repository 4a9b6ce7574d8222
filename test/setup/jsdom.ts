// jsdom lacks what Fluent UI v9 needs (ResizeObserver, matchMedia); node-environment tests skip this.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only under jsdom
  require('@testing-library/jest-dom');
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
  // Browsers have these; jsdom does not (the engine's copy writer decodes parts with them).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's own, under jsdom only
  const util = require('util') as { TextDecoder: unknown; TextEncoder: unknown };
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= util.TextDecoder;
  (globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= util.TextEncoder;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  // jsdom lays nothing out: a scroll area is as large as the window, so virtualized lists render their lines.
  for (const [prop, size] of [
    ['clientHeight', () => window.innerHeight],
    ['clientWidth', () => window.innerWidth],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: size });
}
