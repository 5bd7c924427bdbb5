/** A problem with what the user gave us: shown as one line naming the input and the problem, never a stack. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
  }
}
