import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings/finding';

/** Text colours with at least 4.5:1 contrast on the pane's background (axe color-contrast). */
export const SEVERITY_TEXT: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground2,
  info: tokens.colorBrandForeground1,
};

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: '3px', fontWeight: tokens.fontWeightSemibold },
  icon: { flexShrink: 0 },
});

/** Severity as an icon and a word, never colour alone. */
export function SeverityLabel({ severity, word }: { severity: Severity; word: string }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span className={styles.label} style={{ color: SEVERITY_TEXT[severity] }} data-severity={severity}>
      <Icon className={styles.icon} aria-hidden />
      {word}
    </span>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon aria-hidden style={{ color: SEVERITY_TEXT[severity], flexShrink: 0 }} />;
}
