import type { ReactNode } from 'react';

/** The default pictures of the screens; pass your own through a screen's `illustration` slot. */
export type IllustrationName =
  | 'secure'
  | 'waiting'
  | 'progress'
  | 'success'
  | 'info'
  | 'error'
  | 'expired'
  | 'aborted'
  | 'offline';

const PATHS: Record<IllustrationName, ReactNode> = {
  secure: (
    <>
      <rect x="12" y="21" width="24" height="18" rx="3" />
      <path d="M17 21v-5a7 7 0 0 1 14 0v5M24 29v4" />
    </>
  ),
  waiting: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="M24 15v9l6 4" />
    </>
  ),
  // A turning arc where motion is allowed; a still clock face where it is not (a frozen arc
  // would look broken).
  progress: (
    <>
      <circle cx="24" cy="24" r="15" className="wfk-illustration__track" />
      <path d="M24 9a15 15 0 0 1 15 15" className="wfk-illustration__spinner" />
      <path d="M24 17v7l5 3" className="wfk-illustration__still" />
    </>
  ),
  success: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="m17 24.5 5 5 9-10" />
    </>
  ),
  info: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="M24 22v10M24 16v.5" />
    </>
  ),
  error: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="M24 16v10M24 31.5v.5" />
    </>
  ),
  expired: (
    <>
      <path d="M16 9h16M16 39h16M18 9c0 8 12 8 12 15s-12 7-12 15M30 9c0 8-12 8-12 15s12 7 12 15" />
    </>
  ),
  aborted: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="m19 19 10 10M29 19 19 29" />
    </>
  ),
  offline: (
    <>
      <path d="M9 19a22 22 0 0 1 30 0M14 25a15 15 0 0 1 20 0M19 31a8 8 0 0 1 10 0M24 36v.5M10 10l28 28" />
    </>
  ),
};

/** A decorative pictogram in the current text colour; hidden from assistive technology. */
export function Illustration({ name }: { name: IllustrationName }) {
  return (
    <svg
      className="wfk-illustration"
      data-illustration={name}
      viewBox="0 0 48 48"
      width="48"
      height="48"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
