/** A bank the simulator's form lets the customer log in to. None of them exists. */
export interface SimulatorBank {
  /** finAPI's bank id, as in a request's `bank.id`. */
  readonly id: number;
  readonly name: string;
  readonly bic: string;
  /** The German bank code, as in an IBAN's digits 5 to 12. */
  readonly blz: string;
  /** The badge's colour: white text on it meets WCAG AA. */
  readonly colour: string;
}

/** The simulator's banks, the first the default. */
export const SIMULATOR_BANKS: readonly SimulatorBank[] = Object.freeze([
  { id: 280001, name: 'Demo Bank', bic: 'DEMODEM1XXX', blz: '12030000', colour: '#0a58ca' },
  { id: 280002, name: 'Musterbank', bic: 'MUSTDEM1XXX', blz: '37040044', colour: '#a3242b' },
  {
    id: 280003,
    name: 'Sparkasse Beispielstadt',
    bic: 'BSPKDEM1XXX',
    blz: '50050201',
    colour: '#b0361c',
  },
  { id: 280004, name: 'Nordbank Test', bic: 'NORDDEM1XXX', blz: '20050550', colour: '#1f6b52' },
]);

const DEFAULT_BANK = SIMULATOR_BANKS[0] as SimulatorBank;

export function bankById(id: number | null | undefined): SimulatorBank | undefined {
  return SIMULATOR_BANKS.find((bank) => bank.id === id);
}

/** The bank of a German IBAN by its bank code; the default bank for any other. */
export function bankOfIban(iban: string): SimulatorBank {
  const blz = /^DE\d{2}(\d{8})/.exec(iban)?.[1];
  return SIMULATOR_BANKS.find((bank) => bank.blz === blz) ?? DEFAULT_BANK;
}

/** The first bank whose name, BIC or bank code contains `search`; the default bank otherwise. */
export function bankOfSearch(search: string | null | undefined): SimulatorBank {
  const term = search?.trim().toLowerCase() ?? '';
  if (term === '') return DEFAULT_BANK;
  return (
    SIMULATOR_BANKS.find((bank) =>
      [bank.name, bank.bic, bank.blz].some((field) => field.toLowerCase().includes(term)),
    ) ?? DEFAULT_BANK
  );
}

export { DEFAULT_BANK };
