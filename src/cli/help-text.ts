import {COMMAND_SPECS, GLOBAL_FLAGS, findSpec, type FlagSpec} from './command-specs.js';

function flagLines(flags: readonly FlagSpec[]): string[] {
	const labels = flags.map(flag => `${flag.alias ? `${flag.alias}, ` : ''}${flag.name}${flag.value ? ` ${flag.value}` : ''}`);
	const width = Math.max(...labels.map(label => label.length));
	return flags.map((flag, i) => `  ${labels[i].padEnd(width)}  ${flag.help}`);
}

export function mainHelp(version: string): string {
	const width = Math.max(...COMMAND_SPECS.map(spec => spec.name.length));
	return [
		`kubetutor ${version} — learn Kubernetes Services in your terminal, with a simulated cluster built in`,
		'',
		'Usage: kubetutor [COMMAND] [OPTIONS]',
		'',
		'Without a command, opens the interactive home (lessons, quizzes, sandbox, progress).',
		'',
		'Commands:',
		...COMMAND_SPECS.map(spec => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
		'',
		'Options:',
		...flagLines(GLOBAL_FLAGS),
		'',
		"Run 'kubetutor help COMMAND' for one command's options.",
		'Exit status: 0 success, 1 a failed check or command, 2 a usage error.',
	].join('\n') + '\n';
}

export function commandHelp(name: string): string {
	const spec = findSpec(name);
	if (!spec) return '';
	const lines = [`Usage: ${spec.usage}`, '', spec.summary[0].toUpperCase() + spec.summary.slice(1) + '.'];
	if (spec.details) lines.push('', spec.details);
	if (spec.flags.length > 0) lines.push('', 'Options:', ...flagLines(spec.flags));
	lines.push('', 'Global options:', ...flagLines(GLOBAL_FLAGS.filter(flag => flag.name !== '--version')));
	return lines.join('\n') + '\n';
}
