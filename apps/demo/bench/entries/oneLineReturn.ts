// What an app imports for its return route: the provider and the component, English built in.
export { WebFormKitProvider, WebFormReturn } from '@webform-kit/react';
