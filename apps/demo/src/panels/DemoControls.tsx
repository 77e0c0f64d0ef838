import { useEffect, useId, useState } from 'react';
import { applyScenario, SCENARIOS, TASK_MODES } from '../scenarios.ts';
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
  const [settings, update] = useSettings();
  const [scenarioError, setScenarioError] = useState<string | null>(null);
  const id = useId();
  const { scenario, taskMode } = settings;

  // The simulator forgets its scenario when it restarts; the demo re-applies the chosen one.
  useEffect(() => {
    applyScenario(scenario, taskMode).then(
      () => setScenarioError(null),
      (error: unknown) => setScenarioError(error instanceof Error ? error.message : String(error)),
    );
  }, [scenario, taskMode]);

  return (
    <details className="demo-controls">
      <summary>Demo settings</summary>
      <div className="demo-controls-grid">
        <label htmlFor={`${id}-language`}>Language</label>
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

        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={settings.theme}
          onChange={(event) => update({ theme: event.target.value as Theme })}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>

        <label htmlFor={`${id}-open`}>Open the form in</label>
        <select
          id={`${id}-open`}
          value={settings.openIn}
          onChange={(event) => update({ openIn: event.target.value as 'same-tab' | 'new-tab' })}
        >
          <option value="same-tab">The same tab</option>
          <option value="new-tab">A new tab</option>
        </select>

        <label htmlFor={`${id}-push`}>Status updates</label>
        <select
          id={`${id}-push`}
          value={settings.push ? 'push' : 'polling'}
          onChange={(event) => update({ push: event.target.value === 'push' })}
        >
          <option value="push">Push (Server-Sent Events)</option>
          <option value="polling">Polling only</option>
        </select>

        <label htmlFor={`${id}-scenario`}>finAPI scenario</label>
        <select
          id={`${id}-scenario`}
          value={scenario}
          aria-describedby={`${id}-scenario-note`}
          onChange={(event) => update({ scenario: event.target.value as Scenario })}
        >
          {Object.entries(SCENARIOS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p className="demo-note" id={`${id}-scenario-note`}>
          {scenarioError ?? SCENARIOS[scenario].description}
        </p>

        <label htmlFor={`${id}-task`}>Background update</label>
        <select
          id={`${id}-task`}
          value={taskMode}
          onChange={(event) => update({ taskMode: event.target.value as TaskMode })}
        >
          {Object.entries(TASK_MODES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
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
          <label htmlFor={`${id}-panels`}>Show the walkthrough and the event log</label>
        </span>
      </div>
    </details>
  );
}
