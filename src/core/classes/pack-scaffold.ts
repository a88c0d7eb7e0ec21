import {packManifestText, PACK_MANIFEST, type PackManifest} from './pack-manifest.js';

/** What is already in the folder `kubetutor new` writes to. */
export interface PackFolder {
	/** The folder's name, for a new pack's id and title. */
	name: string;
	/** The pack's manifest when the folder is a pack already; undefined for a new pack. */
	manifest?: PackManifest;
	/** File names already in `lessons/` and `quizzes/`, to pick the next number. */
	lessons: readonly string[];
	quizzes: readonly string[];
	/** Lesson ids the pack has, for a new quiz to refer to. */
	lessonIds: readonly string[];
}

export type ScaffoldKind = 'lesson' | 'quiz';

/** A shipped lesson a quiz may refer to when the pack has none of its own. */
const SHIPPED_LESSON = 'what-is-a-service';

export function packIdOf(folderName: string): string {
	const id = folderName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
	return id === '' ? 'my-pack' : /^[a-z0-9]/.test(id) ? id : `pack-${id}`;
}

function next(names: readonly string[]): string {
	const numbers = names.map(name => Number(/^(\d+)-/.exec(name)?.[1] ?? 0));
	return String(Math.max(0, ...numbers) + 1).padStart(2, '0');
}

function lessonText(id: string, number: string): string {
	return `---
id: ${id}
title: "New lesson ${number}: exposing a Deployment"
order: ${100 + Number(number)}
summary: One line shown on the home screen; say what the learner will be able to do.
tasks:
  - id: expose-web
    title: Give the web Deployment a ClusterIP Service on port 80
    goal: "\`kubectl get endpoints web\` lists both web pods, on port 80"
    setup: |
      kubectl create deployment web --image=nginx --replicas=2
    checks:
      - service: {name: web, type: ClusterIP, port: 80}
      - endpoints: {service: web, min: 2}
    hints:
      - Which kubectl command puts a Service in front of an existing Deployment?
      - "kubectl expose deployment … --port=…"
    solution: |
      kubectl expose deployment web --port=80
---

# New lesson ${number}

Write the lesson in Markdown. Keep paragraphs short: the reader is a terminal.

A fenced \`yaml\` block holding Kubernetes objects can be sent to the sandbox with \`a\`. Give
examples their own names, so that applying one never completes a task (a block that does is
marked \`\`\`yaml completes=TASK-ID, and applying it counts as assisted):

\`\`\`yaml
apiVersion: v1
kind: Service
metadata:
  name: hello
spec:
  selector:
    app: hello
  ports:
    - port: 80
\`\`\`

The task in the front matter is checked against the sandbox: press \`s\`, solve it, and the
lesson shows the result. See docs/content.md in kubetutor for every kind of check.
`;
}

function quizText(id: string, lesson: string): string {
	return `# yaml-language-server: $schema=https://unpkg.com/kubetutor/schemas/quiz.schema.json
format_version: 1
id: ${id}
title: New quiz
lesson: ${lesson}
questions:
  - id: service-port
    kind: single
    prompt: "A Service has \`port: 80\` and \`targetPort: 8080\`. Where do clients connect?"
    choices:
      - The Service's address on port 8080
      - The Service's address on port 80
      - Each Pod's address on port 80
    answer: 2
    explain: "Clients use \`port\`; kube-proxy forwards to \`targetPort\` on a ready Pod."
    tags: [ports, ckad:services-networking, cka:services-networking]

  - id: default-type
    kind: text
    prompt: Which Service type do you get when you leave \`type\` out?
    accept: [ClusterIP]
    explain: "Without \`type\`, a Service is a ClusterIP Service, reachable only inside the cluster."
    tags: [service-types, ckad:services-networking]
`;
}

/**
 * The files `kubetutor new lesson|quiz DIR` writes, by path inside DIR: in a new pack a manifest
 * too; in an existing pack the next numbered file. Every one passes `kubetutor validate`.
 */
export function scaffold(kind: ScaffoldKind, folder: PackFolder): Record<string, string> {
	const manifest = folder.manifest ?? {id: packIdOf(folder.name), version: '0.1.0', title: folder.name};
	const files: Record<string, string> = folder.manifest ? {} : {[PACK_MANIFEST]: packManifestText(manifest)};
	if (kind === 'lesson') {
		const number = next(folder.lessons);
		files[`lessons/${number}-new-lesson.md`] = lessonText(`${manifest.id}-lesson-${number}`, number);
	} else {
		const number = next(folder.quizzes);
		files[`quizzes/${number}-new-quiz.yaml`] = quizText(`${manifest.id}-quiz-${number}`, folder.lessonIds[0] ?? SHIPPED_LESSON);
	}
	return files;
}
