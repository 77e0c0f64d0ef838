import type { HostedPageLanguage } from '../HostedPageLanguage.ts';
import type { JourneyStep } from '../journeyOf.ts';

/** What a web form is for, as the page words it. */
export type FormPurpose = 'connect' | 'update' | 'payment' | 'standingOrder' | 'directDebit';

/** finAPI's standing order frequencies. */
export type Frequency = 'MONTHLY' | 'EVERY_TWO_MONTHS' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';

/**
 * Every text of the hosted page in one language. `{name}` marks a value filled in when the page
 * is rendered (and escaped with the rest). The demo controls' button names and the "Error code"
 * label are not here: they are a contract, English in every language.
 */
export interface HostedPageMessages {
  lang: HostedPageLanguage;
  /** The language's name in itself, for the language selector. */
  languageName: string;

  secureConnection: string;
  footer: string;
  languageLabel: string;
  languageSubmit: string;

  progressLabel: string;
  /** `{step}`, `{total}` */
  stepOf: string;
  stepNames: Record<JourneyStep, string>;
  purpose: Record<FormPurpose, string>;

  bankHeading: string;
  bankLegend: string;
  /** `{bic}`, `{blz}` */
  bankDetails: string;

  /** `{bank}` */
  loginHeading: string;
  userIdLabel: string;
  pinLabel: string;
  loginHint: string;

  reviewHeading: Record<'payment' | 'standingOrder' | 'directDebit', string>;

  tanHeading: string;
  /** `{bank}` */
  tanIntro: string;
  tanLabel: string;
  tanHint: string;

  amount: string;
  total: string;
  to: string;
  from: string;
  iban: string;
  reference: string;
  executionDate: string;
  firstPayment: string;
  lastPayment: string;
  frequency: string;
  frequencies: Record<Frequency, string>;
  mandate: string;
  /** `{id}`: a connected account's finAPI id. */
  connectedAccount: string;
  instantPayment: string;
  connectionName: string;
  /** `{count}` */
  transfers: string;
  /** `{count}` */
  collections: string;
  /** `{count}` */
  moreLines: string;
  /** `{name}`: under the amount, whom it goes to. */
  heroTo: string;
  /** `{name}`: under the amount, whom a direct debit collects from. */
  heroFrom: string;

  continue: string;
  logIn: string;
  confirm: Record<FormPurpose, string>;
  cancel: string;

  fieldRequired: string;
  tanInvalid: string;
  bankRequired: string;

  /** `{duration}`: e.g. "19 minutes", formatted for the language. */
  validFor: string;

  completedHeading: Record<FormPurpose, string>;
  completedText: string;
  closeTab: string;
  errorHeading: string;
  errorText: string;
  errorReference: string;
  backToApp: string;
  support: string;
  abortedHeading: string;
  abortedText: string;
  alreadyOpenedHeading: string;
  alreadyOpenedText: string;
  expiredHeading: string;
  expiredText: string;
  finishedHeading: string;
  finishedText: string;
  notFoundHeading: string;
  notFoundText: string;
  forbiddenHeading: string;
  forbiddenText: string;
  badRequestHeading: string;
  chooseErrorCode: string;

  demoHeading: string;
  demoText: string;
}
