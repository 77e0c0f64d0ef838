import { KNOWN_WEB_FORM_ERROR_CODES, ProxyError, ReturnUrlError } from '@webform-kit/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nProvider.tsx';
import type { MessageCatalogue } from '../../src/i18n/Messages.ts';
import { FlowScreenView, type FlowScreenState } from '../../src/screens/FlowScreenView.tsx';
import { LoadErrorScreen } from '../../src/screens/LoadErrorScreen.tsx';
import {
  AbortedScreen,
  CheckingScreen,
  CompletedScreen,
  CompletedWithErrorScreen,
  ConnectionErrorScreen,
  ExpiredScreen,
  Illustration,
  OpenWebFormAction,
  OpenWebFormNote,
  RedirectScreen,
  ScreenButton,
  ScreenLayout,
  SupportLink,
  WaitingScreen,
  WebFormRequiredScreen,
} from '../../src/screens/index.ts';
import { LOCALES } from './locales.ts';

/*
 * The HTML every screen renders, in its main states, in English and in every language, compared
 * with the committed snapshot: the guard for changes that should change the code and not what a
 * customer sees (or hears: the live regions are in it, and where focus is).
 */

const NOW = Date.parse('2026-11-26T10:00:00Z');
const URL = 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002';
const SUPPORT = 'https://bank.example/support';
const SUMMARY = {
  amount: { value: 249.9, currency: 'EUR' },
  payee: 'Demo Shop GmbH',
  purpose: 'Order 1042',
  reference: 'ORDER-1042',
};
const noop = () => {};
const minutes = (n: number) => new Date(NOW + n * 60_000);
const seconds = (n: number) => new Date(NOW + n * 1000);

/** useId's values differ between React versions and with the order of tests: number them. */
function normalizeIds(html: string): string {
  const ids = new Map<string, string>();
  return html.replace(/_r_[\da-z]+_|«r[\da-z]+»|:r[\da-z]+:|«R[\da-z]+»|_R_[\da-z]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id) as string;
  });
}

/** One line per element, so a changed snapshot reads as a diff. */
const lines = (html: string) => normalizeIds(html).replace(/><(?!\/)/g, '>\n<');

function focused(): string {
  const active = document.activeElement;
  if (active === null || active === document.body) return 'body';
  return `<${active.tagName.toLowerCase()}> ${active.textContent}`;
}

const settle = (ms = 200) => act(() => vi.advanceTimersByTime(ms));

type Step = [label: string, run: () => void];

/** Renders, lets the announcement in, and records the HTML and the focus after every step. */
function framesOf(element: ReactElement, steps: Step[] = [], select?: string): string {
  const { container } = render(element);
  const frame = (label: string) => {
    settle();
    const html =
      select === undefined
        ? container.innerHTML
        : [...container.querySelectorAll(select)].map((node) => node.outerHTML).join('');
    return `--- ${label} (focus: ${focused()})\n${lines(html)}`;
  };
  const frames = [frame('rendered')];
  for (const [label, run] of steps) {
    act(run);
    frames.push(frame(label));
  }
  return frames.join('\n');
}

const click = (name: string | RegExp) => () => {
  fireEvent.click(screen.getByRole('button', { name }));
};

const KINDS = [
  'bank-connection-import',
  'bank-connection-update',
  'standalone-payment',
  'payment-with-account-id',
  'direct-debit-with-account-id',
  'standing-order',
] as const;

type Case = [name: string, element: ReactElement, steps?: Step[]];

const REDIRECT: Case[] = [
  ...KINDS.map((kind): Case => [`kind ${kind}`, <RedirectScreen kind={kind} />]),
  [
    'payment with summary, open and cancel',
    <RedirectScreen kind="standalone-payment" summary={SUMMARY} onOpen={noop} onCancel={noop} />,
  ],
  ['new tab', <RedirectScreen openIn="new-tab" onOpen={noop} />],
  ['preparing', <RedirectScreen preparing onOpen={noop} />],
  ['preparing in a new tab', <RedirectScreen preparing openIn="new-tab" onOpen={noop} />],
  ['popup blocked with the url', <RedirectScreen popupBlocked url={URL} openIn="new-tab" />],
  ['popup blocked without the url', <RedirectScreen popupBlocked onOpen={noop} />],
  [
    'countdown, ticking then stopped by the user',
    <RedirectScreen countdown={10} onOpen={noop} onCancel={noop} />,
    [
      ['3 s later', () => vi.advanceTimersByTime(3000)],
      ['Stay on this page', click('Stay on this page')],
      ['5 s later', () => vi.advanceTimersByTime(5000)],
    ],
  ],
  [
    'countdown with autoFocus, opened by the user',
    <RedirectScreen kind="standing-order" countdown={5} onOpen={noop} autoFocus />,
    [['open clicked', click('Continue to the secure form')]],
  ],
  [
    'countdown running out',
    <RedirectScreen countdown={2} onOpen={noop} />,
    [['2 s later', () => vi.advanceTimersByTime(2000)]],
  ],
  ['countdown while preparing', <RedirectScreen countdown={10} preparing onOpen={noop} />],
  ['countdown with the popup blocked', <RedirectScreen countdown={10} popupBlocked url={URL} />],
  ['autoFocus', <RedirectScreen autoFocus onOpen={noop} />],
  ['heading level 1', <RedirectScreen headingLevel={1} />],
  ['heading level 6', <RedirectScreen headingLevel={6} />],
  ['className', <RedirectScreen className="my-screen" />],
  [
    'messages override',
    <RedirectScreen
      messages={{ 'open.button': 'Go to the bank', 'redirect.heading.import': 'Add an account' }}
      onOpen={noop}
    />,
  ],
  [
    'slots replaced',
    <RedirectScreen
      illustration={<img src="/logo.svg" alt="" />}
      actions={<ScreenButton>Mine</ScreenButton>}
      footer={<p>Footer</p>}
    >
      <p>Child</p>
    </RedirectScreen>,
  ],
  [
    'slots removed',
    <RedirectScreen illustration={null} actions={null} footer={null} onOpen={noop} />,
  ],
  [
    'actions added to',
    <RedirectScreen
      onOpen={noop}
      actions={(defaults) => (
        <>
          {defaults}
          <ScreenButton variant="secondary">Help</ScreenButton>
        </>
      )}
    />,
  ],
];

const WAITING: Case[] = [
  ['not yet opened, bare', <WaitingScreen status="NOT_YET_OPENED" />],
  ['in progress, bare', <WaitingScreen status="IN_PROGRESS" />],
  [
    'not yet opened with open, cancel and 19 minutes',
    <WaitingScreen status="NOT_YET_OPENED" expiresAt={minutes(19)} onOpen={noop} onCancel={noop} />,
  ],
  [
    'not yet opened, popup blocked with the url',
    <WaitingScreen status="NOT_YET_OPENED" popupBlocked url={URL} onOpen={noop} />,
  ],
  [
    'not yet opened, popup blocked without url or open',
    <WaitingScreen status="NOT_YET_OPENED" popupBlocked onRestart={noop} />,
  ],
  [
    'in progress with restart, cancel, summary and 90 s',
    <WaitingScreen
      status="IN_PROGRESS"
      expiresAt={seconds(90)}
      summary={SUMMARY}
      onRestart={noop}
      onCancel={noop}
      onOpen={noop}
    />,
  ],
  ['time up', <WaitingScreen status="IN_PROGRESS" expiresAt={seconds(-5)} />],
  ['expiry as epoch ms', <WaitingScreen status="IN_PROGRESS" expiresAt={NOW + 4 * 60_000} />],
  [
    'expiry as a finAPI timestamp',
    <WaitingScreen status="IN_PROGRESS" expiresAt="2026-11-26T10:07:30.000+0000" />,
  ],
  [
    'expiry as an ISO string',
    <WaitingScreen status="IN_PROGRESS" expiresAt="2026-11-26T11:00:00+01:00" />,
  ],
  ['expiry that is no time', <WaitingScreen status="IN_PROGRESS" expiresAt="soon" />],
  [
    'crossing the 10 and 5 minute marks',
    <WaitingScreen status="IN_PROGRESS" expiresAt={seconds(10 * 60 + 2)} />,
    [
      ['3 s later', () => vi.advanceTimersByTime(3000)],
      ['5 minutes later', () => vi.advanceTimersByTime(5 * 60_000)],
    ],
  ],
  [
    'crossing the 30 s mark',
    <WaitingScreen status="IN_PROGRESS" expiresAt={seconds(31)} />,
    [['2 s later', () => vi.advanceTimersByTime(2000)]],
  ],
  ['autoFocus', <WaitingScreen status="NOT_YET_OPENED" autoFocus onOpen={noop} />],
  ['heading level 3', <WaitingScreen status="IN_PROGRESS" headingLevel={3} />],
];

const CHECKING: Case[] = [
  ['bare', <CheckingScreen />],
  ['autoFocus', <CheckingScreen autoFocus />],
  ['illustration removed', <CheckingScreen illustration={null} className="x" />],
];

const COMPLETED: Case[] = [
  ['bare', <CompletedScreen />],
  ['payment', <CompletedScreen resource="payment" />],
  ['standing order', <CompletedScreen resource="standing-order" />],
  ...KINDS.map((kind): Case => [`kind ${kind}`, <CompletedScreen kind={kind} onContinue={noop} />]),
  [
    'receipt with payment id and continue label',
    <CompletedScreen
      resource="payment"
      kind="standalone-payment"
      summary={SUMMARY}
      paymentId={98765}
      onContinue={noop}
      continueLabel="Back to the shop"
      autoFocus
    />,
  ],
  ['receipt without amount', <CompletedScreen summary={{ payee: 'Shop', reference: 'R-1' }} />],
  ['receipt of the payment id only', <CompletedScreen resource="payment" paymentId={7} />],
  ['empty summary', <CompletedScreen summary={{}} paymentId={null} />],
  [
    'actions added to',
    <CompletedScreen
      onContinue={noop}
      actions={(defaults) => (
        <>
          {defaults}
          <ScreenButton variant="tertiary">Close</ScreenButton>
        </>
      )}
    />,
  ],
];

const ERROR_CODES = [...KNOWN_WEB_FORM_ERROR_CODES, 'SOMETHING_NEW', null] as const;

const COMPLETED_WITH_ERROR: Case[] = [
  ...ERROR_CODES.map((code): Case => [
    `${code} with every action`,
    <CompletedWithErrorScreen
      errorCode={code}
      onRestart={noop}
      onContinue={noop}
      supportUrl={SUPPORT}
    />,
  ]),
  ...ERROR_CODES.map((code): Case => [
    `${code}, bare`,
    <CompletedWithErrorScreen errorCode={code} />,
  ]),
  ...KINDS.flatMap((kind) =>
    (['BANK_SERVER_REJECTION', 'INTERNAL_ERROR'] as const).map((code): Case => [
      `${kind} ${code}`,
      <CompletedWithErrorScreen
        kind={kind}
        errorCode={code}
        onRestart={noop}
        supportUrl={SUPPORT}
      />,
    ]),
  ),
  [
    'payment with a payment id',
    <CompletedWithErrorScreen
      kind="standing-order"
      errorCode="BANK_SERVER_REJECTION"
      paymentId={42}
      onRestart={noop}
      supportUrl={SUPPORT}
    />,
  ],
  [
    'payment with a payment id, no support url',
    <CompletedWithErrorScreen kind="standalone-payment" paymentId={42} onRestart={noop} />,
  ],
  [
    'entity exists without continue',
    <CompletedWithErrorScreen errorCode="ENTITY_EXISTS" onRestart={noop} continueLabel="Go" />,
  ],
  [
    'entity exists with a continue label',
    <CompletedWithErrorScreen errorCode="ENTITY_EXISTS" onContinue={noop} continueLabel="Go" />,
  ],
  [
    'misconfiguration without support url',
    <CompletedWithErrorScreen errorCode="MANDATOR_MISCONFIGURATION" onRestart={noop} />,
  ],
  [
    'given reference',
    <CompletedWithErrorScreen errorCode="INTERNAL_ERROR" supportReference="IE-946DB09E" />,
  ],
  [
    'reference hidden',
    <CompletedWithErrorScreen errorCode="INTERNAL_ERROR" supportReference={null} />,
  ],
  [
    'copying the reference without a clipboard',
    <CompletedWithErrorScreen errorCode="INTERNAL_ERROR" autoFocus />,
    [['Copy', click('Copy')]],
  ],
  [
    'footer replaced',
    <CompletedWithErrorScreen errorCode="INTERRUPTED" supportUrl={SUPPORT} footer={<p>Own</p>} />,
  ],
];

const EXPIRED: Case[] = [
  ['bare', <ExpiredScreen />],
  ...KINDS.map((kind): Case => [`kind ${kind}`, <ExpiredScreen kind={kind} onRestart={noop} />]),
  ['autoFocus', <ExpiredScreen autoFocus onRestart={noop} />],
];

const ABORTED: Case[] = [
  ['bare', <AbortedScreen />],
  ...KINDS.map((kind): Case => [
    `kind ${kind}`,
    <AbortedScreen kind={kind} onRestart={noop} supportUrl={SUPPORT} />,
  ]),
  ['footer removed', <AbortedScreen supportUrl={SUPPORT} footer={null} onRestart={noop} />],
];

const WEB_FORM_REQUIRED: Case[] = [
  ['bare', <WebFormRequiredScreen />],
  ['open and cancel', <WebFormRequiredScreen onOpen={noop} onCancel={noop} />],
  ['new tab', <WebFormRequiredScreen onOpen={noop} openIn="new-tab" />],
  [
    'popup blocked with the url',
    <WebFormRequiredScreen onOpen={noop} onCancel={noop} url={URL} popupBlocked />,
  ],
  ['popup blocked without the url', <WebFormRequiredScreen onOpen={noop} popupBlocked />],
];

const http = (status: number, code?: string) =>
  new ProxyError('http', 'Refused', code === undefined ? { status } : { status, code });

const ERRORS: [string, unknown][] = [
  ['no error', undefined],
  ['a plain Error', new Error('boom')],
  ['network', new ProxyError('network', 'offline')],
  ['timeout', new ProxyError('timeout', 'slow')],
  ['invalid answer', new ProxyError('invalid-response', 'nonsense')],
  ['408', http(408)],
  ['LOCKED', http(409, 'LOCKED')],
  ['FLOW_IN_PROGRESS', http(409, 'FLOW_IN_PROGRESS')],
  ['429', http(429)],
  ['503', http(503)],
  ['PAYMENT_UNCERTAIN', http(409, 'PAYMENT_UNCERTAIN')],
  ['ALREADY_COMPLETED', http(409, 'ALREADY_COMPLETED')],
  ['418', http(418)],
  ['401', http(401)],
  ['404', http(404, 'NOT_FOUND')],
  ['410', http(410)],
  ['400', http(400)],
  ['PREPARE_REQUIRED', http(403, 'PREPARE_REQUIRED')],
  ['FINAPI_UNAUTHORIZED', http(502, 'FINAPI_UNAUTHORIZED')],
  ['a refused return url', new ReturnUrlError('redirectUrl', 'not-absolute', 'relative')],
];

const CONNECTION_ERROR: Case[] = [
  ...ERRORS.map(([label, error]): Case => [
    `${label} with every action`,
    <ConnectionErrorScreen
      error={error}
      onRetry={noop}
      onRestart={noop}
      onCancel={noop}
      supportUrl={SUPPORT}
    />,
  ]),
  ...ERRORS.map(([label, error]): Case => [
    `${label}, bare`,
    <ConnectionErrorScreen error={error} />,
  ]),
  ...KINDS.map((kind): Case => [
    `PAYMENT_UNCERTAIN for ${kind}`,
    <ConnectionErrorScreen
      kind={kind}
      error={http(409, 'PAYMENT_UNCERTAIN')}
      supportUrl={SUPPORT}
    />,
  ]),
  [
    'given reference',
    <ConnectionErrorScreen error={http(400)} supportReference="X-1" supportUrl={SUPPORT} />,
  ],
  ['reference hidden', <ConnectionErrorScreen error={http(400)} supportReference={null} />],
  [
    'autoFocus with children',
    <ConnectionErrorScreen autoFocus onRetry={noop}>
      <p>Child</p>
    </ConnectionErrorScreen>,
  ],
];

const LOAD_ERROR: Case[] = [
  ['bare', <LoadErrorScreen onRetry={noop} />],
  [
    'autoFocus, level 3, className',
    <LoadErrorScreen onRetry={noop} autoFocus headingLevel={3} className="x" />,
  ],
];

const PARTS: Case[] = [
  ['ScreenLayout, least', <ScreenLayout screen="completed" heading="Thank you" />],
  [
    'ScreenLayout, most',
    <ScreenLayout
      screen="completed"
      state="custom"
      tone="success"
      heading="Thank you"
      hero={<strong>Hero</strong>}
      lead="Your account is connected."
      announcement="Said"
      headingLevel={4}
      className="mine"
      illustration={<Illustration name="success" />}
      actions={<ScreenButton>Next</ScreenButton>}
      footer="Footer"
      autoFocus
    >
      <p>Child</p>
    </ScreenLayout>,
  ],
  [
    'ScreenLayout, autoFocus announces a text lead',
    <ScreenLayout screen="expired" heading="H" lead="Lead" autoFocus />,
  ],
  [
    'ScreenLayout, defaults',
    <ScreenLayout
      screen="aborted"
      heading="H"
      lead={<em>Lead</em>}
      autoFocus
      defaults={{ illustration: 'I', actions: 'A', footer: 'F' }}
      footer={false}
    />,
  ],
  ...(
    [
      'secure',
      'waiting',
      'progress',
      'success',
      'info',
      'error',
      'expired',
      'aborted',
      'offline',
    ] as const
  ).map((name): Case => [`Illustration ${name}`, <Illustration name={name} />]),
  ['OpenWebFormAction', <OpenWebFormAction onOpen={noop} />],
  ['OpenWebFormAction, label', <OpenWebFormAction onOpen={noop} label="Go" />],
  ['OpenWebFormAction, preparing', <OpenWebFormAction preparing label="Go" />],
  ['OpenWebFormAction, link', <OpenWebFormAction popupBlocked url={URL} />],
  ['OpenWebFormNote, same tab', <OpenWebFormNote />],
  ['OpenWebFormNote, new tab', <OpenWebFormNote openIn="new-tab" />],
  ['OpenWebFormNote, blocked', <OpenWebFormNote popupBlocked openIn="new-tab" />],
  ['SupportLink', <SupportLink href={SUPPORT} />],
  ['SupportLink, secondary', <SupportLink href={SUPPORT} variant="secondary" />],
  ['ScreenButton', <ScreenButton className="c" variant="tertiary" disabled />],
];

const STATE: FlowScreenState = {
  screen: 'redirect',
  kind: 'standalone-payment',
  outcome: undefined,
  error: undefined,
  summary: SUMMARY,
};
const ALL_ACTIONS = {
  open: noop,
  openedThroughLink: noop,
  restart: noop,
  cancel: noop,
  retry: noop,
  continue: noop,
};

const FLOW_STATES: [string, FlowScreenState][] = [
  ['redirect', STATE],
  ['redirect, preparing in a new tab', { ...STATE, preparing: true, openIn: 'new-tab' }],
  ['redirect, blocked', { ...STATE, popupBlocked: true, url: URL }],
  [
    'waiting, not yet opened',
    {
      ...STATE,
      screen: 'waiting',
      outcome: { kind: 'pending', status: 'NOT_YET_OPENED' },
      expiresAt: NOW + 15 * 60_000,
      url: URL,
    },
  ],
  [
    'waiting, in progress',
    { ...STATE, screen: 'waiting', outcome: { kind: 'pending', status: 'IN_PROGRESS' } },
  ],
  [
    'waiting, for the task’s form',
    {
      ...STATE,
      kind: 'bank-connection-update',
      screen: 'waiting',
      outcome: {
        kind: 'web-form-required',
        webForm: { id: 'wf-1', url: URL, status: 'NOT_YET_OPENED' },
      } as FlowScreenState['outcome'],
    },
  ],
  [
    'web form required',
    { ...STATE, kind: 'bank-connection-update', screen: 'web-form-required', openIn: 'new-tab' },
  ],
  ['checking', { ...STATE, screen: 'checking' }],
  [
    'completed',
    {
      ...STATE,
      screen: 'completed',
      outcome: { kind: 'completed', resource: 'payment', paymentId: 98765 },
    } as FlowScreenState,
  ],
  ['completed without outcome', { ...STATE, kind: 'bank-connection-import', screen: 'completed' }],
  [
    'completed with error',
    {
      ...STATE,
      screen: 'completed-with-error',
      id: '946db09e-5bfc-11eb-ae93-0242ac130002',
      outcome: { kind: 'completed-with-error', errorCode: 'INTERNAL_ERROR' },
    } as FlowScreenState,
  ],
  [
    'completed with error, provisional',
    {
      ...STATE,
      screen: 'completed-with-error',
      provisional: true,
      paymentId: 5,
      outcome: { kind: 'completed-with-error', errorCode: 'BANK_SERVER_REJECTION' },
    } as FlowScreenState,
  ],
  [
    'completed with error, entity exists',
    {
      ...STATE,
      kind: 'bank-connection-import',
      screen: 'completed-with-error',
      outcome: { kind: 'completed-with-error', errorCode: 'ENTITY_EXISTS' },
    } as FlowScreenState,
  ],
  ['expired', { ...STATE, screen: 'expired', outcome: { kind: 'expired' } } as FlowScreenState],
  ['aborted', { ...STATE, screen: 'aborted', outcome: { kind: 'aborted' } } as FlowScreenState],
  [
    'connection error',
    { ...STATE, screen: 'connection-error', error: http(409, 'PAYMENT_UNCERTAIN') },
  ],
];

const FLOW: Case[] = FLOW_STATES.flatMap(([label, state]): Case[] => [
  [
    label,
    <FlowScreenView
      state={state}
      actions={ALL_ACTIONS}
      supportUrl={SUPPORT}
      countdown={10}
      continueLabel="Back to the shop"
      autoFocus
      headingLevel={3}
      className="flow"
    />,
  ],
  [`${label}, no actions`, <FlowScreenView state={state} actions={{}} autoFocus={false} />],
]);

const GROUPS: [string, Case[]][] = [
  ['redirect', REDIRECT],
  ['waiting', WAITING],
  ['checking', CHECKING],
  ['completed', COMPLETED],
  ['completed-with-error', COMPLETED_WITH_ERROR],
  ['expired', EXPIRED],
  ['aborted', ABORTED],
  ['web-form-required', WEB_FORM_REQUIRED],
  ['connection-error', CONNECTION_ERROR],
  ['load error', LOAD_ERROR],
  ['parts', PARTS],
  ['FlowScreenView', FLOW],
];

/** The main states of every screen, rendered in each language. */
const IN_EVERY_LANGUAGE: Case[] = [
  [
    'redirect, payment with summary and countdown',
    <RedirectScreen
      kind="standalone-payment"
      summary={SUMMARY}
      onOpen={noop}
      onCancel={noop}
      countdown={1}
      autoFocus
    />,
  ],
  [
    'redirect, update in a new tab, blocked',
    <RedirectScreen kind="bank-connection-update" openIn="new-tab" popupBlocked url={URL} />,
  ],
  ['redirect, preparing', <RedirectScreen kind="standing-order" preparing />],
  [
    'waiting, not yet opened',
    <WaitingScreen status="NOT_YET_OPENED" expiresAt={minutes(19)} onOpen={noop} onCancel={noop} />,
  ],
  [
    'waiting, in progress',
    <WaitingScreen
      status="IN_PROGRESS"
      expiresAt={minutes(12)}
      summary={SUMMARY}
      onRestart={noop}
      onCancel={noop}
    />,
    [['2 minutes before the 10 minute mark', () => vi.advanceTimersByTime(2 * 60_000)]],
  ],
  ['waiting, time up', <WaitingScreen status="IN_PROGRESS" expiresAt={seconds(0)} />],
  ['checking', <CheckingScreen autoFocus />],
  ...(['bank-connection', 'payment', 'standing-order'] as const).map((resource): Case => [
    `completed ${resource}`,
    <CompletedScreen resource={resource} summary={SUMMARY} paymentId={98765} onContinue={noop} />,
  ]),
  ...(['ENTITY_EXISTS', 'INTERNAL_ERROR'] as const).map((code): Case => [
    `completed with error ${code}`,
    <CompletedWithErrorScreen
      errorCode={code}
      onRestart={noop}
      onContinue={noop}
      supportUrl={SUPPORT}
    />,
  ]),
  ...(['standing-order'] as const).flatMap((kind): Case[] => [
    [`expired ${kind}`, <ExpiredScreen kind={kind} onRestart={noop} />],
    [`aborted ${kind}`, <AbortedScreen kind={kind} onRestart={noop} supportUrl={SUPPORT} />],
    [
      `completed with error ${kind}, result unknown`,
      <CompletedWithErrorScreen kind={kind} errorCode="INTERNAL_ERROR" supportUrl={SUPPORT} />,
    ],
    [
      `completed with error ${kind}, not made`,
      <CompletedWithErrorScreen kind={kind} errorCode="UNSUPPORTED_ORDER" onRestart={noop} />,
    ],
  ]),
  ['expired', <ExpiredScreen onRestart={noop} />],
  ['aborted', <AbortedScreen onRestart={noop} supportUrl={SUPPORT} />],
  ['web form required', <WebFormRequiredScreen onOpen={noop} onCancel={noop} openIn="new-tab" />],
  ...ERRORS.filter(([label]) =>
    ['no error', 'LOCKED', 'PAYMENT_UNCERTAIN', '401', '400'].includes(label),
  ).map(([label, error]): Case => [
    `connection error, ${label}`,
    <ConnectionErrorScreen
      error={error}
      kind="standing-order"
      onRetry={noop}
      onRestart={noop}
      onCancel={noop}
      supportUrl={SUPPORT}
    />,
  ]),
  ['load error', <LoadErrorScreen onRetry={noop} />],
];

// The time left in every plural category the languages have (Czech, Polish and Romanian have
// several), minutes and seconds.
const TIMES_LEFT = [1, 2, 3, 5, 12, 19, 21, 22, 25];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.lang = '';
});

describe('rendered HTML', () => {
  describe.each(GROUPS)('%s', (_, cases) => {
    it.each(cases)('%s', (_name, element, steps) => {
      expect(framesOf(element, steps)).toMatchSnapshot();
    });
  });

  describe.each(Object.entries(LOCALES))('in %s', (_, locale: MessageCatalogue) => {
    it.each(IN_EVERY_LANGUAGE)('%s', (_name, element, steps) => {
      expect(
        framesOf(<I18nProvider locale={locale}>{element}</I18nProvider>, steps),
      ).toMatchSnapshot();
    });

    it('the time left, in minutes and in seconds', () => {
      const texts = [
        ...TIMES_LEFT.map((n) => minutes(n)),
        ...TIMES_LEFT.map((n) => seconds(n)),
      ].map((expiresAt) =>
        framesOf(
          <I18nProvider locale={locale}>
            <WaitingScreen status="IN_PROGRESS" expiresAt={expiresAt} />
          </I18nProvider>,
          [],
          '.wfk-time-left',
        ),
      );
      expect(texts.join('\n')).toMatchSnapshot();
    });

    it('the countdown, in seconds', () => {
      expect(
        framesOf(
          <I18nProvider locale={locale}>
            <RedirectScreen countdown={22} onOpen={noop} />
          </I18nProvider>,
          [20, 1].map((n): Step => [`${n} s later`, () => vi.advanceTimersByTime(n * 1000)]),
          '.wfk-countdown',
        ),
      ).toMatchSnapshot();
    });
  });

  it('the page’s own language leaves the lang attribute off', () => {
    document.documentElement.lang = 'en-GB';
    const english = framesOf(<CheckingScreen />);
    const german = framesOf(
      <I18nProvider locale={LOCALES['de'] as MessageCatalogue}>
        <CheckingScreen />
      </I18nProvider>,
    );
    expect(`${english}\n${german}`).toMatchSnapshot();
  });

  it('messages nest: provider over provider over screen', () => {
    expect(
      framesOf(
        <I18nProvider messages={{ 'common.cancel': 'Back', 'open.button': 'Outer' }}>
          <I18nProvider messages={{ 'open.button': 'Inner' }}>
            <RedirectScreen onOpen={noop} onCancel={noop} messages={{ 'common.cancel': 'Own' }} />
            <ExpiredScreen onRestart={noop} messages={{ 'expired.restart': 'Again' }} />
          </I18nProvider>
          <I18nProvider locale={LOCALES['fr'] as MessageCatalogue}>
            <AbortedScreen onRestart={noop} />
          </I18nProvider>
        </I18nProvider>,
      ),
    ).toMatchSnapshot();
  });

  it.each([
    ['redirect', <RedirectScreen kind="standalone-payment" summary={SUMMARY} countdown={10} />],
    ['waiting', <WaitingScreen status="IN_PROGRESS" expiresAt={minutes(5)} onRestart={noop} />],
    ['completed with error', <CompletedWithErrorScreen errorCode="INTERNAL_ERROR" />],
    [
      'connection error in Polish',
      <I18nProvider locale={LOCALES['pl'] as MessageCatalogue}>
        <ConnectionErrorScreen error={http(400)} supportUrl={SUPPORT} />
      </I18nProvider>,
    ],
  ] as const)('on the server: %s', (_, element) => {
    expect(lines(renderToString(element))).toMatchSnapshot();
  });
});
