/** What each command accepts, as data: the parser, `--help` and `help CMD` all read this table. */
export interface FlagSpec {
	name: string;
	alias?: string;
	/** Name of the value the flag takes (`--seed N`), absent for switches. */
	value?: string;
	/** Allowed values, when the flag takes one of a few words. */
	choices?: readonly string[];
	help: string;
}

export interface CommandSpec {
	name: string;
	usage: string;
	summary: string;
	details: string;
	flags: readonly FlagSpec[];
	/** Most positional words the command takes; Infinity for a list. */
	maxArgs: number;
}

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
	{name: '--plain', help: 'line-based output without the full-screen interface (screen readers, dumb terminals)'},
	{name: '--content', value: 'DIR', help: 'add a lesson/quiz pack from DIR (may repeat)'},
	{name: '--no-color', help: 'no colours (NO_COLOR is honoured too)'},
	{name: '--help', alias: '-h', help: 'show help'},
	{name: '--version', alias: '-V', help: 'show the version'},
];

export const COMMAND_SPECS: readonly CommandSpec[] = [
	{
		name: 'lesson',
		usage: 'kubetutor lesson [ID] [--script FILE] [--seed N] [--workers N]',
		summary: 'open a lesson; without ID, list them with completion marks',
		details: 'In a terminal the lesson opens in the reader (PgUp/PgDn/Space to page, n/p for the next or previous lesson,\na to send a manifest to the sandbox). With --plain or when output is not a terminal, the lesson is printed.\nID is a lesson id or the number the list shows: kubetutor lesson 3.\nWith --script FILE (or commands on standard input that is not a terminal), runs the commands in the lesson\'s\nsandbox, answering check, hint, solution, tasks and task K; prints the transcript, then the grade table;\nexit status 0 when every task passes, 1 otherwise.',
		flags: [
			{name: '--script', value: 'FILE', help: 'run the commands in FILE in the lesson\'s sandbox, then grade its tasks'},
			{name: '--seed', value: 'N', help: 'seed for generated names and addresses (same seed, same transcript)'},
			{name: '--workers', value: 'N', help: 'worker nodes of the lesson\'s sandbox cluster, 1 to 100 (default 2)'},
		],
		maxArgs: 1,
	},
	{
		name: 'quiz',
		usage: 'kubetutor quiz [ID] [--exam|--review]',
		summary: 'run a quiz; --exam for the timed choice exam, --review for due mistakes',
		details: 'In plain mode the choices are numbered and read from standard input; end of input stops the quiz and\nkeeps the answers given.',
		flags: [
			{name: '--exam', help: 'timed mixed choice-question exam, scored per domain (the hands-on exam is kubetutor exam)'},
			{name: '--review', help: 'the questions due for review today'},
		],
		maxArgs: 1,
	},
	{
		name: 'exam',
		usage: 'kubetutor exam [--tasks N] [--minutes M] [--seed N] [--realistic] [--review] [--script FILE] [--print-solution]',
		summary: 'a timed hands-on exam: tasks to solve in one cluster, graded by behaviour',
		details: `Draws N tasks (default 16) from the exam bank by a seed (printed; --seed N sits the same exam again) and\nsets them all up in one cluster. Type kubectl and the tutor's commands: tasks, task K, check, hint,\nsolution, flag, submit. On submit or when time is up every task is graded; the results show what is still\nwrong, the reference solution and the score per domain. With --script FILE, or a script on standard\ninput, runs its lines and prints the transcript and the grade table (exit status 0 when every task\npasses). The choice-question exam is 'kubetutor quiz --exam'.`,
		flags: [
			{name: '--tasks', value: 'N', help: 'how many tasks to draw (default 16)'},
			{name: '--minutes', value: 'M', help: 'time allowed (default 60); warnings at 15 and 5 minutes left'},
			{name: '--seed', value: 'N', help: 'which tasks, in which order (same seed, same exam)'},
			{name: '--realistic', help: 'as in the real exam: no hints, no check, no trace, no tutor help, only kubectl --help'},
			{name: '--script', value: 'FILE', help: 'run the commands in FILE, print the transcript and the grade table'},
			{name: '--print-solution', help: 'print the reference repair of the drawn tasks as a script'},
			{name: '--review', help: 'the exam tasks due for review (missed before), in a fresh cluster'},
		],
		maxArgs: 0,
	},
	{
		name: 'sandbox',
		usage: 'kubetutor sandbox [--script FILE] [--seed N] [--cloud none] [--workers N]',
		summary: 'the simulated cluster shell (kubectl, curl, nslookup, trace)',
		details: 'Interactive on a terminal. With --script FILE, or a script on standard input, runs the commands as if\ntyped and prints a transcript; exit status 1 when any command failed, 2 when the script cannot be read.',
		flags: [
			{name: '--script', value: 'FILE', help: 'run the commands in FILE and print the transcript'},
			{name: '--seed', value: 'N', help: 'seed for generated names and addresses (same seed, same transcript)'},
			{name: '--cloud', value: 'none', choices: ['none', 'kind'], help: 'none: no cloud load-balancer controller (LoadBalancers stay <pending>)'},
			{name: '--workers', value: 'N', help: 'worker nodes: kind-worker, kind-worker2 … kind-workerN, 1 to 100 (default 2)'},
		],
		maxArgs: 0,
	},
	{
		name: 'drill',
		usage: 'kubetutor drill [--seed N] [--level 1|2|3] [--workers N] [--script FILE] [--print-solution] [--review]',
		summary: 'a seeded break/fix scenario: repair what the users report',
		details: 'Builds a working app from the seed, breaks it with one fault (level 1), two (level 2) or faults that hide\neach other (level 3), and reports the symptom as a user would. check says fixed or not yet, hint gives tiered\nhints, solution shows the faults and one repair (the drill then counts as assisted). With --script FILE, or\ncommands on standard input, runs them as typed and prints the transcript and the result: exit status 0 when\nfixed, 1 otherwise.',
		flags: [
			{name: '--seed', value: 'N', help: 'which drill (same seed, same drill); a random one when not given'},
			{name: '--level', value: 'L', choices: ['1', '2', '3'], help: '1: one fault (default), 2: two, 3: faults that hide each other'},
			{name: '--workers', value: 'N', help: "worker nodes of the drill's cluster, 1 to 100 (default 2)"},
			{name: '--script', value: 'FILE', help: 'run the commands in FILE (check, hint, solution, submit too) and print the result'},
			{name: '--print-solution', help: "print the drill's repair as a script, a # fault: KIND line before each fault's commands"},
			{name: '--review', help: 'a fresh drill of a fault kind you missed before, when one is due'},
			{name: '--fault', value: 'KIND', help: 'a drill with this fault kind (selector-typo, image-typo, …)'},
		],
		maxArgs: 0,
	},
	{
		name: 'progress',
		usage: 'kubetutor progress [--json] [--export FILE [--name NAME] [--class-key KEY]]',
		summary: 'what has been done, scores, what is due for review',
		details: 'Progress is kept on this computer (KUBETUTOR_CONFIG_DIR chooses the folder).\n--export writes a file to hand in: your name, the packs and their versions, every task and answer,\nand an integrity digest (an HMAC too with --class-key). The name is asked once on a terminal and\nremembered.',
		flags: [
			{name: '--json', help: 'print the progress as JSON'},
			{name: '--export', value: 'FILE', help: 'write a record to hand in to your instructor'},
			{name: '--name', value: 'NAME', help: 'the name on the export (remembered for next time)'},
			{name: '--class-key', value: 'KEY', help: 'the key your instructor gave out: signs the export'},
		],
		maxArgs: 0,
	},
	{
		name: 'report',
		usage: 'kubetutor report FILES|DIR [--html OUT] [--csv OUT] [--class-key KEY]',
		summary: "a class's progress exports merged: learners, lessons, scores, weak spots",
		details: 'Reads the files made by `kubetutor progress --export` (a folder: its *.json files). Prints a table of\nlearners and the weakest topics; --html writes one self-contained page with charts, --csv one row per\nlearner. An unreadable or edited export is named and left out (exit status 1); one from another pack\nversion is marked.',
		flags: [
			{name: '--html', value: 'OUT', help: 'write the report as one HTML file (no network, prints well)'},
			{name: '--csv', value: 'OUT', help: 'write one row per learner for spreadsheets'},
			{name: '--class-key', value: 'KEY', help: 'check each export was signed with this key'},
		],
		maxArgs: Infinity,
	},
	{
		name: 'reset',
		usage: 'kubetutor reset [--yes]',
		summary: 'forget all progress (asks first)',
		details: 'Without --yes, asks for confirmation on the terminal.',
		flags: [{name: '--yes', alias: '-y', help: 'do not ask'}],
		maxArgs: 0,
	},
	{
		name: 'validate',
		usage: 'kubetutor validate [DIR...]',
		summary: 'check lesson and quiz files; errors as file:line:col message',
		details: 'Without DIR, checks the shipped lessons and quizzes and the --content packs. Exit status 1 when any\nproblem is found.',
		flags: [],
		maxArgs: Infinity,
	},
	{
		name: 'new',
		usage: 'kubetutor new lesson|quiz DIR',
		summary: 'start a content pack, or add a lesson or quiz to one',
		details: `In a new or empty DIR, writes a pack: kubetutor-pack.yaml (id, version, title) and a first lesson or\nquiz that passes 'kubetutor validate'. In a pack, adds the next numbered lesson or quiz. Never overwrites.`,
		flags: [],
		maxArgs: 2,
	},
	{
		name: 'help',
		usage: 'kubetutor help [COMMAND]',
		summary: 'show help for kubetutor or one command',
		details: '',
		flags: [],
		maxArgs: 1,
	},
];

export function findSpec(name: string): CommandSpec | undefined {
	return COMMAND_SPECS.find(spec => spec.name === name);
}
