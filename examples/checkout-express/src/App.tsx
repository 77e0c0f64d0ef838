import { WebFormFlow, WebFormKitProvider, WebFormReturn } from '@webform-kit/react';
import '@webform-kit/react/styles.css';
import { useState } from 'react';

/** The cart is the browser's; what it costs is the server's (see server/orders.ts). */
function Checkout() {
  const [orderId, setOrderId] = useState<string>();
  const [failed, setFailed] = useState(false);
  if (orderId !== undefined) {
    return (
      <WebFormFlow
        kind="standalone-payment"
        input={{ orderId }} // all the browser says: the server's prepare decides the payment
        returnTo={new URL('/return', window.location.href).href}
      />
    );
  }
  const checkOut = async () => {
    const response = await fetch('/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: ['coffee-beans'] }),
    });
    if (response.ok) setOrderId(((await response.json()) as { id: string }).id);
    else setFailed(true);
  };
  return (
    <main>
      <h1>Your cart</h1>
      <p>1 × Coffee beans, 1 kg</p>
      <button type="button" onClick={() => void checkOut()}>
        Check out
      </button>
      {failed && <p role="alert">The order could not be placed. Please try again.</p>}
    </main>
  );
}

export function App() {
  return (
    <WebFormKitProvider baseUrl="/api">
      {window.location.pathname === '/return' ? (
        <WebFormReturn
          onContinue={() => window.location.assign('/')}
          continueLabel="Back to the shop"
        />
      ) : (
        <Checkout />
      )}
    </WebFormKitProvider>
  );
}
