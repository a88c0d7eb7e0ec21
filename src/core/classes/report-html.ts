import {percent, type ClassReport, type LessonState, type Ratio} from './class-report.js';

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made inert in HTML, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, char => ESCAPES[char]);
}

const STATE_LABEL: Record<LessonState, string> = {done: '✔', assisted: '◐', started: '…', none: '·'};
const STATE_TITLE: Record<LessonState, string> = {done: 'done', assisted: 'done after seeing a solution', started: 'started', none: 'not started'};

const CSS = `
body{font:14px/1.4 system-ui,sans-serif;color:#1b1f24;margin:2rem auto;max-width:70rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
th{background:#f3f5f7}td.n,th.n{text-align:right}td.s{text-align:center}
.muted{color:#5a6270}.warn{background:#fff4d6;border:1px solid #e8c44d;padding:.5rem 1rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0;flex:1 1 28rem}svg{max-width:100%;height:auto}
figcaption{font-weight:600;margin-bottom:.3rem}svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
.bar{fill:#3b6fd8}.bar2{fill:#9bb7ef}.track{fill:#eef1f5}
@media print{body{margin:0;max-width:none;font-size:11px}.charts figure{break-inside:avoid}tr{break-inside:avoid}h2{break-after:avoid}}
`;

function cell(text: string, className?: string, title?: string): string {
	return `<td${className ? ` class="${className}"` : ''}${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</td>`;
}

const pct = (value: Ratio): string => (value.total === 0 ? '–' : `${percent(value)}%`);

/** Horizontal bars, one per row, each labelled with its figure (readable without colour). */
function barChart(rows: ReadonlyArray<{label: string; value: number; max: number; text: string}>, description: string): string {
	const height = 22;
	const labelWidth = 200;
	const barWidth = 150;
	const bars = rows.map((row, i) => {
		const y = i * height;
		const width = row.max === 0 ? 0 : Math.round((barWidth * row.value) / row.max);
		return `<text x="0" y="${y + 15}">${escapeHtml([...row.label].length > 30 ? `${[...row.label].slice(0, 29).join('')}…` : row.label)}</text><rect class="track" x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="14"/><rect class="bar" x="${labelWidth}" y="${y + 4}" width="${width}" height="14"/><text x="${labelWidth + barWidth + 6}" y="${y + 15}">${escapeHtml(row.text)}</text>`;
	});
	return `<svg role="img" aria-label="${escapeHtml(description)}" viewBox="0 0 ${labelWidth + barWidth + 90} ${Math.max(1, rows.length) * height}" width="${labelWidth + barWidth + 90}">${bars.join('')}</svg>`;
}

function histogram(counts: readonly number[], description: string): string {
	const max = Math.max(1, ...counts);
	const column = 36;
	const chart = 120;
	const bars = counts.map((count, i) => {
		const h = Math.round((chart * count) / max);
		const x = i * column;
		return `<rect class="bar" x="${x + 4}" y="${chart - h + 16}" width="${column - 8}" height="${h}"/><text x="${x + column / 2}" y="${chart - h + 12}" text-anchor="middle">${count}</text><text x="${x + column / 2}" y="${chart + 32}" text-anchor="middle">${i * 10}</text>`;
	});
	return `<svg role="img" aria-label="${escapeHtml(description)}" viewBox="0 0 ${counts.length * column} ${chart + 56}" width="${counts.length * column}">${bars.join('')}<text x="0" y="${chart + 48}">quiz score, % (from)</text></svg>`;
}

/** `report --html`: one self-contained page, no script and nothing fetched; prints on paper too. */
export function reportHtml(report: ClassReport, generatedAt: Date): string {
	const learners = report.learners.length;
	const packs = report.packs.map(pack => `${pack.title} (${pack.id} ${pack.version})`).join(', ') || 'none';
	const warnings = [
		...report.leftOut.map(entry => `${entry.file} left out: ${entry.reason}`),
		...report.learners.filter(row => row.marks.length > 0).map(row => `${row.name} (${row.file}) marked: ${row.marks.join('; ')}`),
	];
	const completion = barChart(
		report.lessons.map((lesson, i) => ({label: `${i + 1}. ${lesson.title}`, value: lesson.done, max: learners, text: `${lesson.done}/${learners}`})),
		'Learners who completed each lesson',
	);
	const domains = barChart(
		report.domains.map(domain => ({label: domain.topic, value: percent(domain), max: 100, text: `${percent(domain)}% (${domain.total})`})),
		'Share of right answers per CKA/CKAD domain',
	);
	const header = ['Learner', ...report.lessons.map((_, i) => String(i + 1)), 'Done', 'Quiz', 'Exam', 'Drills', 'Assisted', 'Last activity'];
	const rows = report.learners.map(row => {
		const lessons = row.lessons.map((state, i) => cell(STATE_LABEL[state], 's', `${report.lessons[i].title}: ${STATE_TITLE[state]}`)).join('');
		const name = `<td>${escapeHtml(row.name)}${row.marks.length > 0 ? ` <span class="muted" title="${escapeHtml(row.marks.join('; '))}">(marked)</span>` : ''}</td>`;
		const drills = row.drills.total === 0 ? '–' : `${row.drills.correct}/${row.drills.total}`;
		return `<tr>${name}${lessons}${cell(`${row.done}/${report.lessons.length}`, 'n')}${cell(pct(row.quiz), 'n')}${cell(row.exam ? pct(row.exam) : '–', 'n')}${cell(drills, 'n')}${cell(String(row.assisted), 'n')}${cell(row.last?.slice(0, 16).replace('T', ' ') ?? '–')}</tr>`;
	});
	const topics = report.topics.slice(0, 10).map(topic => `<tr>${cell(topic.topic)}${cell(`${percent(topic)}%`, 'n')}${cell(String(topic.total), 'n')}</tr>`);
	const missed = report.missed.slice(0, 10).map(q => `<tr>${cell(`${q.quiz}/${q.question}`)}${cell(String(q.learners), 'n')}${cell(`${q.wrong} of ${q.answers}`, 'n')}</tr>`);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class report — ${learners} learners</title>
<style>${CSS}</style>
</head>
<body>
<h1>Class report</h1>
<p class="muted">${learners} learner${learners === 1 ? '' : 's'} · ${report.lessons.length} lessons · packs: ${escapeHtml(packs)} · made ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC by kubetutor report</p>
${warnings.length > 0 ? `<div class="warn"><strong>Warnings</strong><ul>${warnings.map(text => `<li>${escapeHtml(text)}</li>`).join('')}</ul></div>` : ''}
<div class="charts">
<figure><figcaption>Completion per lesson</figcaption>${completion}</figure>
<figure><figcaption>Quiz score distribution (learners)</figcaption>${histogram(report.distribution, 'Number of learners per quiz score band')}</figure>
<figure><figcaption>Strength per domain</figcaption>${report.domains.length > 0 ? domains : '<p class="muted">no answers yet</p>'}</figure>
</div>
<h2>Learners</h2>
<table>
<thead><tr>${header.map((text, i) => `<th${i > report.lessons.length ? ' class="n"' : ''}>${escapeHtml(text)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="muted">✔ done · ◐ done after seeing a solution · … started · · not started. Quiz: latest answer to each practice question; Exam: the latest exam; Drills: review answers right.</p>
<h2>Weakest topics</h2>
${topics.length > 0 ? `<table><thead><tr><th>Topic</th><th class="n">Right</th><th class="n">Answers</th></tr></thead><tbody>${topics.join('')}</tbody></table>` : '<p class="muted">no answers yet</p>'}
<h2>Most-missed questions</h2>
${missed.length > 0 ? `<table><thead><tr><th>Question</th><th class="n">Learners who missed it</th><th class="n">Wrong answers</th></tr></thead><tbody>${missed.join('')}</tbody></table>` : '<p class="muted">none missed</p>'}
<h2>Lessons</h2>
<ol>${report.lessons.map(lesson => `<li>${escapeHtml(lesson.title)} <span class="muted">(${escapeHtml(lesson.id)}) — ${lesson.done}/${learners} done${lesson.assisted > 0 ? `, ${lesson.assisted} with help` : ''}</span></li>`).join('')}</ol>
</body>
</html>
`;
}
