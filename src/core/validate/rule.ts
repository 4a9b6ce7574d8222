import type { Finding } from '../findings/finding';
import type { Project } from '../model/project';
import type { Profile } from '../profile';

/** A check of one project: pure, returns its findings. */
export type ProjectRule = (project: Project, profile: Profile) => Finding[];
