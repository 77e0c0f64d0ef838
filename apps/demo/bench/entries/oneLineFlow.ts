// What an app imports for the one-line flow: the provider and the component, English built in.
export { WebFormKitProvider, WebFormFlow } from '@webform-kit/react';
