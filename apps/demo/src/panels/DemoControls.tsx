import { useEffect, useId, useState } from 'react';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import { fill } from '../i18n/fill.ts';
import { applyScenario, SCENARIOS, ScenarioRefused, TASK_MODES } from '../scenarios.ts';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  useSettings,
  type Language,
  type Scenario,
  type TaskMode,
  type Theme,
} from '../settings.ts';

/** The demo's switchers: language, theme, tab, push, and the simulator's scenario. */
export function DemoControls() {
  const t = useDemoMessages();
  const [settings, update] = useSettings();
  const [scenarioError, setScenarioError] = useState<number | string | null>(null);
  const id = useId();
  const { scenario, taskMode } = settings;

  // The simulator forgets its scenario when it restarts; the demo re-applies the chosen one.
  useEffect(() => {
    applyScenario(scenario, taskMode).then(
      () => setScenarioError(null),
      (error: unknown) =>
        setScenarioError(error instanceof ScenarioRefused ? error.status : String(error)),
    );
  }, [scenario, taskMode]);

  return (
    <details className="demo-controls">
      <summary>{t.settings}</summary>
      <div className="demo-controls-grid">
        <label htmlFor={`${id}-language`}>{t.languageLabel}</label>
        <select
          id={`${id}-language`}
          value={settings.language}
          onChange={(event) => update({ language: event.target.value as Language })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-theme`}>{t.themeLabel}</label>
        <select
          id={`${id}-theme`}
          value={settings.theme}
          onChange={(event) => update({ theme: event.target.value as Theme })}
        >
          <option value="system">{t.themes.system}</option>
          <option value="light">{t.themes.light}</option>
          <option value="dark">{t.themes.dark}</option>
        </select>

        <label htmlFor={`${id}-open`}>{t.openInLabel}</label>
        <select
          id={`${id}-open`}
          value={settings.openIn}
          onChange={(event) => update({ openIn: event.target.value as 'same-tab' | 'new-tab' })}
        >
          <option value="same-tab">{t.openIn['same-tab']}</option>
          <option value="new-tab">{t.openIn['new-tab']}</option>
        </select>

        <label htmlFor={`${id}-push`}>{t.updatesLabel}</label>
        <select
          id={`${id}-push`}
          value={settings.push ? 'push' : 'polling'}
          onChange={(event) => update({ push: event.target.value === 'push' })}
        >
          <option value="push">{t.updates.push}</option>
          <option value="polling">{t.updates.polling}</option>
        </select>

        <label htmlFor={`${id}-scenario`}>{t.scenarioLabel}</label>
        <select
          id={`${id}-scenario`}
          value={scenario}
          aria-describedby={`${id}-scenario-note`}
          onChange={(event) => update({ scenario: event.target.value as Scenario })}
        >
          {SCENARIOS.map((value) => (
            <option key={value} value={value}>
              {t.scenarios[value].label}
            </option>
          ))}
        </select>
        <p className="demo-note" id={`${id}-scenario-note`}>
          {scenarioError === null
            ? t.scenarios[scenario].description
            : fill(t.scenarioRefused, { status: scenarioError })}
        </p>

        <label htmlFor={`${id}-task`}>{t.taskLabel}</label>
        <select
          id={`${id}-task`}
          value={taskMode}
          onChange={(event) => update({ taskMode: event.target.value as TaskMode })}
        >
          {TASK_MODES.map((value) => (
            <option key={value} value={value}>
              {t.taskModes[value]}
            </option>
          ))}
        </select>

        <span className="demo-checkbox">
          <input
            id={`${id}-panels`}
            type="checkbox"
            checked={settings.panels}
            onChange={(event) => update({ panels: event.target.checked })}
          />
          <label htmlFor={`${id}-panels`}>{t.panelsLabel}</label>
        </span>
      </div>
    </details>
  );
}
