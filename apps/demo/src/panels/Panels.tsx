import { EventLog } from './EventLog.tsx';
import { Walkthrough } from './Walkthrough.tsx';

/**
 * The walkthrough and the event log, the demo's explanations beside the page: one chunk, loaded
 * only while the panels are shown (`?panels=0` or the settings switch give the customer's view).
 */
export function Panels() {
  return (
    <>
      <Walkthrough />
      <EventLog />
    </>
  );
}
