/** Short help texts in kubectl's layout, listing only what the sandbox simulates. */
import type {KubectlCommand} from './command.js';

export function rootHelp(commands: readonly KubectlCommand[]): string {
	const visible = commands.filter(command => !command.hidden);
	const width = Math.max(...visible.map(command => command.name.length)) + 3;
	const lines = visible.map(command => `  ${command.name.padEnd(width)}${command.short}`);
	return [
		'kubectl controls the Kubernetes cluster manager.',
		'',
		' This is the kubetutor sandbox: a simulated kind cluster. These commands work here:',
		'',
		...lines,
		'',
		'Usage:',
		'  kubectl [flags] [options]',
		'',
		"Use \"kubectl <command> --help\" for more information about a given command.",
		'',
	].join('\n');
}

export function commandHelp(path: string, command: KubectlCommand): string {
	const lines = [command.short + '.', ''];
	if (command.subcommands?.length) {
		lines.push('Available Commands:');
		const width = Math.max(...command.subcommands.map(sub => sub.name.length)) + 3;
		for (const sub of command.subcommands) lines.push(`  ${sub.name.padEnd(width)}${sub.short}`);
		lines.push('');
	}
	// kubectl lists options by name, whatever order the command declares them in
	const flags = [...command.flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(flag => `    ${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.type === 'bool' ? '' : '=...'}`);
	if (flags.length > 0) lines.push('Options:', ...flags, '');
	lines.push('Usage:', `  ${path} [options]`, '');
	return lines.join('\n');
}
