import {resolve} from 'node:path';
import {readExportFiles} from '../adapters/export-files.js';
import {nodeHasher} from '../adapters/node-hasher.js';
import {writeReplacing} from '../adapters/output-files.js';
import type {CommandContext} from '../cli/command.js';
import {buildClassReport, type LeftOut, type ReportEntry} from '../core/classes/class-report.js';
import {checkExport} from '../core/classes/export-check.js';
import {reportCsv} from '../core/classes/report-csv.js';
import {reportHtml} from '../core/classes/report-html.js';
import {reportLines} from '../core/classes/report-text.js';

const HINT = "Usage: kubetutor report FILES|DIR [--html OUT] [--csv OUT] [--class-key KEY] (see 'kubetutor report --help')";
const VALUE_FLAGS = ['--html', '--csv', '--class-key'];

interface ReportArgs {
	targets: string[];
	html?: string;
	csv?: string;
	classKey?: string;
}

function parse(args: readonly string[]): ReportArgs {
	const out: ReportArgs = {targets: []};
	for (let i = 0; i < args.length; i++) {
		if (VALUE_FLAGS.includes(args[i])) {
			const value = args[++i];
			if (args[i - 1] === '--html') out.html = value;
			else if (args[i - 1] === '--csv') out.csv = value;
			else out.classKey = value;
		} else out.targets.push(args[i]);
	}
	return out;
}

/**
 * `kubetutor report FILES|DIR`: the class view of many exports. A file that cannot be read, is not
 * an export, or was edited (digest or HMAC) is named on standard error and left out; one from
 * another pack version is kept and marked. Exit 1 when something was left out.
 */
export default async function report(ctx: CommandContext): Promise<number> {
	const args = parse(ctx.args);
	if (args.targets.length === 0) {
		ctx.stderr.write(`kubetutor: report needs the export files or the folder holding them. ${HINT}\n`);
		return 2;
	}
	if (args.classKey === '') {
		ctx.stderr.write(`kubetutor: --class-key needs the key you gave the class. ${HINT}\n`);
		return 2;
	}
	const entries: Array<Omit<ReportEntry, 'marks'>> = [];
	const leftOut: LeftOut[] = [];
	for (const read of readExportFiles(args.targets, ctx.cwd)) {
		if ('problem' in read) {
			leftOut.push({file: read.file, reason: read.problem});
			continue;
		}
		const checked = checkExport(read.data, nodeHasher, args.classKey);
		if (checked.ok) entries.push({file: read.file, export: checked.export});
		else leftOut.push({file: read.file, reason: checked.problem === 'unreadable' ? `not a usable export: ${checked.reason}` : checked.problem === 'tampered' ? `tampered: ${checked.reason}` : `unsigned: ${checked.reason}`});
	}
	const classReport = buildClassReport(entries, leftOut);
	for (const entry of leftOut) ctx.stderr.write(`kubetutor: report: ${entry.file} left out: ${entry.reason}\n`);
	for (const learner of classReport.learners) {
		if (learner.marks.length > 0) ctx.stderr.write(`kubetutor: report: ${learner.file} marked: ${learner.marks.join('; ')}\n`);
	}
	ctx.stdout.write(`${reportLines(classReport).join('\n')}\n`);
	let failed = false;
	const write = (path: string, text: string, what: string) => {
		const problem = writeReplacing(resolve(ctx.cwd, path), text);
		if (problem) {
			ctx.stderr.write(`kubetutor: report: ${what} not written: ${problem}\n`);
			failed = true;
		} else ctx.stdout.write(`Wrote the ${what} to ${path}\n`);
	};
	if (args.html !== undefined) write(args.html, reportHtml(classReport, new Date()), 'HTML report');
	if (args.csv !== undefined) write(args.csv, reportCsv(classReport), 'CSV');
	return failed || leftOut.length > 0 ? 1 : 0;
}
