// react-plaid-link's hook, the whole client side of Plaid Link (its UI loads from Plaid's servers).
export { usePlaidLink } from 'react-plaid-link';
