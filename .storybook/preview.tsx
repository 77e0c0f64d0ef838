import type { Preview } from '@storybook/react-vite';
import { INITIAL_VIEWPORTS, MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { I18nProvider } from '../packages/react/src/i18n/I18nProvider.tsx';
import '../packages/react/src/styles.css';
import { LOCALES } from '../packages/react/test/screens/locales.ts';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the screens',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.keys(LOCALES).map((lang) => ({
          value: lang,
          title: `${lang}: ${LANGUAGE_NAMES.of(lang) ?? lang}`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, dark, or the system setting (prefers-color-scheme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (Story, { globals }) => {
      const theme = globals['theme'] as string | undefined;
      const locale = LOCALES[String(globals['locale'])] ?? LOCALES['en'];
      return (
        <I18nProvider locale={locale}>
          <div
            data-theme={theme === 'system' ? undefined : theme}
            style={{ padding: '1rem', background: 'var(--wfk-color-note)' }}
          >
            <Story />
          </div>
        </I18nProvider>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // A story with an axe violation fails its test.
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: {
          name: '320 px (200 % zoom of 640 px)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        ...MINIMAL_VIEWPORTS,
        iphonese2: INITIAL_VIEWPORTS.iphonese2,
        galaxys9: INITIAL_VIEWPORTS.galaxys9,
      },
    },
  },
};

export default preview;
