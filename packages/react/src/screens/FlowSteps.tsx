import { useRedirectI18n } from '../i18n/useRedirectI18n.ts';

const STEPS = ['redirect.step.open', 'redirect.step.confirm', 'redirect.step.return'] as const;

/**
 * The three steps of the round trip (open the form, confirm at the bank, come back). With
 * `current`, the steps before it are done and it is marked `aria-current="step"`: the waiting
 * screen's sense of progress.
 */
export function FlowSteps({ current }: { current?: number | undefined }) {
  const { t } = useRedirectI18n();
  return (
    <ol className="wfk-steps">
      {STEPS.map((key, index) => (
        <li
          key={key}
          aria-current={index === current ? 'step' : undefined}
          data-done={current !== undefined && index < current ? '' : undefined}
        >
          {t(key)}
        </li>
      ))}
    </ol>
  );
}
