/** A command that only groups subcommands (`create secret`, `create service`, `config`): cobra's answers without one. */
import type {KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';

/** No subcommand: the group's help on stderr, exit 1; an unknown word: cobra's "unknown command". */
export function subcommandGroup(path: string, help: string): KubectlCommand['run'] {
	return context => {
		const word = context.flags.args[0];
		if (word === undefined) return new Output().err(help).done(1);
		return new Output().err(`error: unknown command "${word}"\nSee '${path} -h' for help and examples\n`).done(1);
	};
}
