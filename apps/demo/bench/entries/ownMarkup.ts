// What an app imports to draw its own screens: the provider and the round-trip hook.
export { WebFormKitProvider, useWebFormFlow } from '@webform-kit/react';
