import { z } from 'zod';

/**
 * zod probes for and uses new Function (fast object parsers) as schemas are built;
 * the pane runs without eval, so it works under a CSP without 'unsafe-eval'.
 * Imported first by the pane's entry, before any module that defines a schema.
 */
z.config({ jitless: true });
