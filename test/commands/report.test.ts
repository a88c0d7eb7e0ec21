import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parse} from 'csv-parse/sync';
import {chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import report from '../../src/commands/report.js';
import {writeClass} from '../fixtures/class/make-class.js';
import {commandContext} from './command-context.js';

const CHROMIUM = '/usr/bin/chromium';
const dirs: string[] = [];
const tempDir = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	dirs.push(dir);
	return dir;
};
let classDir: string;
let out: string;
let result: {code: number; stdout: string; stderr: string};

async function runReport(args: string[], cwd: string) {
	const run = commandContext({args, cwd});
	const code = await report(run.ctx);
	return {code, stdout: run.stdout(), stderr: run.stderr()};
}

beforeAll(async () => {
	classDir = tempDir('kubetutor-class-');
	out = tempDir('kubetutor-report-');
	await writeClass(classDir);
	result = await runReport(['.', '--html', join(out, 'class.html'), '--csv', join(out, 'class.csv')], classDir);
});
afterAll(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('kubetutor report, a class of 30', () => {
	it('names each file it left out and why, marks the other pack version, and exits 1', () => {
		expect(result.stderr).toBe(
			[
				'kubetutor: report: notes.json left out: not valid JSON (Unexpected end of JSON input)',
				'kubetutor: report: settings.json left out: not a usable export: not a kubetutor progress export (format is missing)',
				'kubetutor: report: trudy.json left out: tampered: its integrity digest does not match its content (edited after export)',
				'kubetutor: report: learner-29.json marked: pack kubetutor-services 0.0.9, the class has 0.1.0',
				'',
			].join('\n'),
		);
		expect(result.code).toBe(1);
	});

	it('prints a table of learners × lessons with scores, completion per lesson and weak spots, within 80 columns', () => {
		const lines = result.stdout.split('\n');
		expect(lines.filter(line => [...line].length > 80)).toEqual([]);
		expect(lines[0]).toBe('Class report: 30 learners, 9 lessons (packs: kubetutor-services 0.1.0)');
		expect(lines[2]).toBe('LEARNER              LESSONS      DONE  QUIZ  EXAM  DRILLS  ASSIST LAST');
		expect(lines).toContain('Learner 07           ◐✔✔✔✔✔✔··    7/9   50%   -     -       1      2026-11-10');
		expect(lines).toContain('* Learner 29         ✔✔✔✔✔✔✔✔✔    9/9   100%  -     -       0      2026-11-10');
		expect(lines).toContain('<b>Mallory</b> & "E… ·········    0/9   0%    100%  1/1     0      2026-11-10');
		expect(lines).toContain('   1 What is a Service?                            27/30 done, 4 with help');
		expect(lines).toContain('   9 Troubleshooting a Service that does not answ… 3/30 done');
		const missed = lines.slice(lines.indexOf('Most-missed questions') + 1, lines.indexOf('Most-missed questions') + 3);
		expect(missed).toEqual(['  nodeport/duplicate-nodeport                missed by 24 (24 of 30 wrong)', '  nodeport/port-80                           missed by 18 (18 of 30 wrong)']);
		expect(lines[lines.indexOf('Weakest topics') + 1]).toMatch(/^ {2}\S+ +\d+% right of \d+ answers$/);
		expect(lines).toContain('Left out: 3 files (see the warnings above)');
	});

	it('writes one CSV row per learner that a CSV parser reads back, quotes and formulas included', () => {
		const rows: Array<Record<string, string>> = parse(readFileSync(join(out, 'class.csv'), 'utf8'), {columns: true});
		expect(rows).toHaveLength(30);
		const byFile = new Map(rows.map(row => [row.file, row]));
		expect(byFile.get('learner-00.json')!.learner).toBe('<b>Mallory</b> & "Eve"');
		expect(byFile.get('learner-01.json')!.learner).toBe("Zoë O'Brien, Jr.");
		expect(byFile.get('learner-02.json')!.learner).toBe("'=SUM(A1:A9)");
		expect(byFile.get('learner-07.json')).toMatchObject({lessons_done: '7', assisted: '1', quiz_right: '2', quiz_answered: '4', quiz_percent: '50', exam_percent: '', 'lesson:what-is-a-service': 'done-assisted', 'lesson:troubleshooting': ''});
		expect(byFile.get('learner-29.json')!.marks).toBe('pack kubetutor-services 0.0.9, the class has 0.1.0');
		expect(readFileSync(join(out, 'class.csv'), 'utf8').split('\r\n')).toHaveLength(32);
	});

	it('builds one HTML page that headless chromium opens without console errors or requests, with names and figures', async () => {
		expect(existsSync(CHROMIUM), `${CHROMIUM} is needed (apt-get install chromium; .ci/run installs it)`).toBe(true);
		const profile = tempDir('kubetutor-chromium-');
		const browser = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		try {
			const page = await browser.newPage();
			const problems: string[] = [];
			const requests: string[] = [];
			page.on('console', message => {
				if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
			});
			page.on('pageerror', error => problems.push(error.message));
			page.on('request', request => requests.push(request.url()));
			const url = pathToFileURL(join(out, 'class.html')).href;
			await page.goto(url, {waitUntil: 'load'});
			expect(problems).toEqual([]);
			expect(requests).toEqual([url]);
			expect(await page.title()).toBe('Class report — 30 learners');
			const rows = page.locator('table').first().locator('tbody tr');
			expect(await rows.count()).toBe(30);
			const text = await page.locator('body').innerText();
			expect(text).toContain('<b>Mallory</b> & "Eve"');
			expect(await page.locator('b').count()).toBe(0);
			expect(text).toContain("Zoë O'Brien, Jr.");
			expect(text).toContain('trudy.json left out: tampered: its integrity digest does not match its content (edited after export)');
			expect(text).toContain('Learner 29 (learner-29.json) marked: pack kubetutor-services 0.0.9, the class has 0.1.0');
			const learner07 = await rows.filter({hasText: 'Learner 07'}).locator('td').allInnerTexts();
			expect(learner07).toEqual(['Learner 07', '◐', '✔', '✔', '✔', '✔', '✔', '✔', '·', '·', '7/9', '50%', '–', '–', '1', '2026-11-10 09:03']);
			const charts = page.locator('figure');
			expect(await charts.locator('figcaption').allInnerTexts()).toEqual(['Completion per lesson', 'Quiz score distribution (learners)', 'Strength per domain']);
			expect(await charts.nth(0).locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['1. What is a Service?', '27/30', '3/30']));
			// Six learners in each of the 0, 20, 50, 70 and 90 % bands.
			const histogram = await charts.nth(1).locator('svg text').allTextContents();
			expect(histogram.slice(0, 20)).toEqual(['6', '0', '0', '10', '6', '20', '0', '30', '0', '40', '6', '50', '0', '60', '6', '70', '0', '80', '6', '90']);
			expect(await charts.nth(2).locator('svg text').allTextContents()).toContain('cka:services-networking');
			const pdf = await page.pdf({format: 'A4'});
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		} finally {
			await browser.close();
		}
	}, 60_000);
});

describe('kubetutor report with a class key', () => {
	it('accepts exports signed with the key and flags unsigned or other-key ones', async () => {
		const signed = tempDir('kubetutor-signed-');
		await writeClass(signed, 'room-42');
		const withKey = await runReport(['.', '--class-key', 'room-42'], signed);
		expect(withKey.stdout.split('\n')[0]).toBe('Class report: 30 learners, 9 lessons (packs: kubetutor-services 0.1.0)');
		const wrongKey = await runReport(['learner-03.json', '--class-key', 'room-43'], signed);
		expect(wrongKey.stderr).toBe("kubetutor: report: learner-03.json left out: tampered: its HMAC does not match the class key (edited, or made with another key)\n");
		expect(wrongKey.stdout).toBe('Class report: 0 learners, 0 lessons (packs: none)\n\nNo export could be read: nothing to report.\n\nLeft out: 1 file (see the warnings above)\n');
		const unsigned = await runReport([join(classDir, 'learner-03.json'), '--class-key', 'room-42'], signed);
		expect(unsigned.stderr).toMatch(/learner-03\.json left out: unsigned: it was exported without the class key \(no HMAC\)\n$/);
		expect(unsigned.code).toBe(1);
	});

	it('without files is a usage error with a hint', async () => {
		expect(await runReport([], classDir)).toEqual({code: 2, stdout: '', stderr: "kubetutor: report needs the export files or the folder holding them. Usage: kubetutor report FILES|DIR [--html OUT] [--csv OUT] [--class-key KEY] (see 'kubetutor report --help')\n"});
	});

	it('names a FIFO, a device and a link to a FIFO as not exports, without waiting on them', async () => {
		const odd = tempDir('kubetutor-odd-');
		execFileSync('mkfifo', [join(odd, 'pipe.json')]);
		symlinkSync(join(odd, 'pipe.json'), join(odd, 'link.json'));
		const ran = await runReport(['pipe.json', 'link.json', '/dev/zero'], odd);
		expect(ran.stderr).toBe(
			'kubetutor: report: pipe.json left out: not a regular file\nkubetutor: report: link.json left out: not a regular file\nkubetutor: report: /dev/zero left out: not a regular file\n',
		);
		expect(ran.code).toBe(1);
	});
});
