/** Thrown by the simulator's programmatic API when asked for something finAPI would not do. */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
}
