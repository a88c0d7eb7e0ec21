import {describe, expect, it} from 'vitest';
import type {KubectlCommand} from '../../../../../src/core/cluster/kubectl/command.js';
import {COMMANDS} from '../../../../../src/core/cluster/kubectl/commands/index.js';
import {sandbox} from '../helpers.js';
import {REAL_KUBECTL, runReal} from './real-kubectl.js';

function paths(commands: readonly KubectlCommand[], prefix = ''): string[] {
	return commands.flatMap(command => [`${prefix}${command.name}`, ...paths(command.subcommands ?? [], `${prefix}${command.name} `)]);
}

const HEADERS = ['Aliases:', 'Examples:', 'Available Commands:', 'Options:', 'Usage:'];

/** A help text cut at its section headers. */
function sections(text: string): Record<string, string[]> {
	const found: Record<string, string[]> = {description: []};
	let current = 'description';
	for (const line of text.split('\n')) {
		if (HEADERS.includes(line)) found[(current = line)] = [];
		else found[current].push(line);
	}
	return found;
}

/** Option entries: the `    --flag=default:` line with its text. */
function entries(lines: readonly string[]): string[] {
	return lines.flatMap((line, index) => (/^ {4}(-\w, )?--[\w-]+=.*:$/.test(line) ? [`${line}\n${lines[index + 1]}`] : []));
}

describe.skipIf(!REAL_KUBECTL)(`--help layouts, against the real kubectl v1.33${REAL_KUBECTL ? '' : ' (real kubectl not found: skipped)'}`, () => {
	it.each(paths(COMMANDS.filter(command => !command.hidden)))('kubectl %s --help', path => {
		const real = sections(runReal([...path.split(' '), '--help'], {}).stdout);
		const ours = sections(sandbox().run(`kubectl ${path} --help`).stdout);
		// the description, aliases and usage are kubectl's; examples are our own, options and subcommands a subset
		expect({description: ours.description, aliases: ours['Aliases:'], usage: ours['Usage:']}).toEqual({description: real.description, aliases: real['Aliases:'], usage: real['Usage:']});
		const realOptions = new Set(entries(real['Options:'] ?? []));
		for (const entry of entries(ours['Options:'] ?? [])) expect(realOptions.has(entry), entry).toBe(true);
		const realCommands = (real['Available Commands:'] ?? []).map(line => line.trim().split(/\s+/)[0]);
		for (const line of ours['Available Commands:'] ?? []) if (line.trim()) expect(realCommands).toContain(line.trim().split(/\s+/)[0]);
	});
});

if (!REAL_KUBECTL) console.warn('real kubectl not found: the differential tests of --help are skipped');
