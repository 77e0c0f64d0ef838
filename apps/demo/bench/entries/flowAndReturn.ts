// An app with both one-line components (its flow route and its return route), English built in.
export { WebFormKitProvider, WebFormFlow, WebFormReturn } from '@webform-kit/react';
