import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTranslator,
  formatRelativeSeconds,
  formatTimeLeft,
  I18nProvider,
  useI18n,
} from '../../src/i18n/index.ts';
import { cs } from '../../src/i18n/locales/cs.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { fr } from '../../src/i18n/locales/fr.ts';
import { pl } from '../../src/i18n/locales/pl.ts';
import { CompletedScreen, ExpiredScreen } from '../../src/screens/index.ts';

afterEach(() => {
  document.documentElement.lang = '';
});

describe('languages', () => {
  it('renders the heading of the language it is given, and switches', () => {
    const { rerender } = render(
      <I18nProvider locale={de}>
        <ExpiredScreen onRestart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Das sichere Formular ist abgelaufen',
    );
    expect(screen.getByRole('button', { name: 'Neu starten' })).toBeInTheDocument();
    rerender(
      <I18nProvider locale={fr}>
        <ExpiredScreen onRestart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Le formulaire sécurisé a expiré',
    );
  });

  it('sets lang on the screen only when it differs from the page’s', () => {
    document.documentElement.lang = 'de-DE';
    const { container, rerender } = render(
      <I18nProvider locale={de}>
        <CompletedScreen />
      </I18nProvider>,
    );
    expect(container.firstElementChild).not.toHaveAttribute('lang');
    rerender(
      <I18nProvider locale={pl}>
        <CompletedScreen />
      </I18nProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute('lang', 'pl');
  });

  it('sets lang when the page declares none', () => {
    const { container } = render(<CompletedScreen />);
    expect(container.firstElementChild).toHaveAttribute('lang', 'en');
  });
});

describe('message overrides', () => {
  it('replaces any message from the provider', () => {
    render(
      <I18nProvider messages={{ 'expired.heading': 'Time ran out' }}>
        <ExpiredScreen />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Time ran out');
  });

  it('replaces a message for one screen with its messages prop, over the provider’s', () => {
    render(
      <I18nProvider
        locale={de}
        messages={{ 'expired.heading': 'Zeit abgelaufen', 'expired.restart': 'Nochmal' }}
      >
        <ExpiredScreen onRestart={() => {}} messages={{ 'expired.heading': 'Leider zu spät' }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Leider zu spät');
    expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument();
  });

  it('nested providers merge their overrides and keep the outer language', () => {
    render(
      <I18nProvider locale={de} messages={{ 'expired.restart': 'Nochmal' }}>
        <I18nProvider messages={{ 'expired.heading': 'Zeit abgelaufen' }}>
          <ExpiredScreen onRestart={() => {}} />
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Zeit abgelaufen');
    expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument();
  });
});

describe('plurals and times', () => {
  it('picks the plural form with Intl.PluralRules', () => {
    const t = createTranslator(pl);
    const left = (minutes: number) =>
      t('waiting.timeLeft', {
        count: minutes,
        duration: formatTimeLeft(minutes * 60_000, 'pl').duration,
      });
    expect(left(1)).toBe('Pozostała 1 minuta');
    expect(left(3)).toBe('Pozostały 3 minuty');
    expect(left(5)).toBe('Pozostało 5 minut');
    expect(left(22)).toBe('Pozostały 22 minuty');
    const tc = createTranslator(cs);
    expect(tc('waiting.timeLeft', { count: 2, duration: '2 minuty' })).toBe('Zbývají 2 minuty');
  });

  it('says times relative to now with Intl.RelativeTimeFormat, grammar included', () => {
    expect(formatRelativeSeconds(1, 'pl')).toBe('za 1 sekundę');
    expect(formatRelativeSeconds(5, 'de')).toBe('in 5 Sekunden');
    expect(formatRelativeSeconds(5, 'tr')).toBe('5 saniye sonra');
  });

  it('leaves unknown placeholders and keys visible rather than failing', () => {
    const t = createTranslator(de);
    expect(t('redirect.countdown')).toBe(
      'Sie werden {time} automatisch zum sicheren Formular weitergeleitet.',
    );
    expect(t('no.such.key' as never)).toBe('no.such.key');
  });
});

describe('English without a chosen language', () => {
  // The built-in English holds only the redirect screen's words (WebFormFlow's first chunk);
  // useI18n, the later screens and an app's own components add the rest.
  function OwnStatus() {
    const { t, lang } = useI18n();
    return (
      <p lang={lang}>
        {t('waiting.heading.inProgress')} / {t('open.button')}
      </p>
    );
  }

  it("gives an app's own components every English message", () => {
    render(<OwnStatus />);
    expect(
      screen.getByText('Please complete the secure form / Continue to the secure form'),
    ).toHaveAttribute('lang', 'en');
  });

  it('keeps overrides of a provider without a language over the added English', () => {
    render(
      <I18nProvider messages={{ 'expired.heading': 'Zu spät', 'open.button': 'Weiter' }}>
        <ExpiredScreen onRestart={() => {}} />
        <OwnStatus />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Zu spät' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    expect(screen.getByText('Please complete the secure form / Weiter')).toBeInTheDocument();
  });
});
