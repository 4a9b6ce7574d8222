import { readFileSync } from 'fs';
import type { z } from 'zod';
import type { Lang } from '../core/lang';
import { DEFAULT_PROFILE, ProfileSchema, type Profile } from '../core/profile';
import { CLI_MESSAGES } from './messages';

/** A profile that cannot be used; the message is in the chosen language. */
export class ProfileError extends Error {}

/** Keys a profile may have, at each level, for the message naming an unknown one. */
function knownKeys(path: readonly PropertyKey[]): string {
  let schema: z.ZodType = ProfileSchema;
  for (const key of path) {
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
    const inner = shape?.[String(key)];
    if (!inner) break;
    schema = (inner as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? inner;
  }
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape).join(', ') : '';
}

/**
 * The review profile at `path` (defaults when none): read, parsed and validated strictly, so a
 * misspelt key is named instead of silently ignored. Throws ProfileError with a plain message.
 */
export function loadProfile(path: string | undefined, lang: Lang): Profile {
  if (!path) return DEFAULT_PROFILE;
  const m = CLI_MESSAGES[lang];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ProfileError(m.profileMissing(path));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(m.profileNotJson(path, (e as Error).message));
  }
  const parsed = ProfileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const where = [...issue.path, issue.keys[0]].map(String).join('.');
    throw new ProfileError(m.profileUnknownKey(path, where, knownKeys(issue.path)));
  }
  throw new ProfileError(m.profileInvalid(path, issue.path.map(String).join('.') || '(root)', issue.message));
}
