export { SCREEN_NAMES, type ScreenName } from './screenNames.ts';
export {
  ScreenLayout,
  type ScreenLayoutProps,
  type ScreenSlots,
  type ScreenActions,
  type HeadingLevel,
} from './ScreenLayout.tsx';
export type { ScreenProps } from './ScreenProps.ts';
export { RedirectScreen, type RedirectScreenProps } from './RedirectScreen.tsx';
export { WaitingScreen, type WaitingScreenProps } from './WaitingScreen.tsx';
export { CheckingScreen, type CheckingScreenProps } from './CheckingScreen.tsx';
export { CompletedScreen, type CompletedScreenProps } from './CompletedScreen.tsx';
export {
  CompletedWithErrorScreen,
  type CompletedWithErrorScreenProps,
} from './CompletedWithErrorScreen.tsx';
export { ExpiredScreen, type ExpiredScreenProps } from './ExpiredScreen.tsx';
export { AbortedScreen, type AbortedScreenProps } from './AbortedScreen.tsx';
export {
  WebFormRequiredScreen,
  type WebFormRequiredScreenProps,
} from './WebFormRequiredScreen.tsx';
export {
  ConnectionErrorScreen,
  type ConnectionErrorScreenProps,
} from './ConnectionErrorScreen.tsx';
export { OpenWebFormAction, type OpenWebFormActionProps } from './OpenWebFormAction.tsx';
export { OpenWebFormNote, type OpenWebFormNoteProps } from './OpenWebFormNote.tsx';
export { ScreenButton, type ScreenButtonProps } from './ScreenButton.tsx';
export { SupportLink, type SupportLinkProps } from './SupportLink.tsx';
export { Illustration, type IllustrationName } from './Illustration.tsx';
export { composeEventHandlers } from './composeEventHandlers.ts';
export type { Instant } from './toMillis.ts';
export * from '../i18n/index.ts';
export { WebFormFlow, type WebFormFlowProps, type FlowPresentationProps } from './WebFormFlow.tsx';
export { WebFormReturn, type WebFormReturnProps } from './WebFormReturn.tsx';
