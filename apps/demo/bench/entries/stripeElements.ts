// React Stripe.js with Stripe.js's loader: the provider, the payment element and loadStripe (which
// then fetches Stripe.js itself from js.stripe.com).
export { Elements, PaymentElement } from '@stripe/react-stripe-js';
export { loadStripe } from '@stripe/stripe-js';
