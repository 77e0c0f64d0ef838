import type { HostedPageLanguage } from '../HostedPageLanguage.ts';
import { cs } from './cs.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { HostedPageMessages } from './HostedPageMessages.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { sk } from './sk.ts';
import { tr } from './tr.ts';

/** The hosted page's texts in each of its languages. */
export const HOSTED_PAGE_MESSAGES: Readonly<Record<HostedPageLanguage, HostedPageMessages>> =
  Object.freeze({ cs, de, en, es, fr, it, nl, pl, ro, sk, tr });

export type { FormPurpose, Frequency, HostedPageMessages } from './HostedPageMessages.ts';
