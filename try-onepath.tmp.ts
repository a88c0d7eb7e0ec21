import {sandbox} from './test/core/cluster/kubectl/helpers.ts';
const files: Record<string, string> = {'notyaml.txt': 'hello\n', 'widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n', 'nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n', 'bad.yaml': 'a: b: c\n'};
const {run} = sandbox(files);
for (const line of process.argv.slice(2)) { const r = run(line); console.log(`== ${line}\n${r.text}rc=${r.exitCode}`); }
