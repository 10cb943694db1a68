/** The bin's commands: name -> the module (relative to bin/) whose `main(args)` runs it. */
export const COMMANDS = {
  conform: "../src/cli/conform.js",
  mock: "../src/cli/mock.js",
  fake: "../src/cli/fake.js",
} as const satisfies Record<string, string>;

export type Command = keyof typeof COMMANDS;

export const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);
