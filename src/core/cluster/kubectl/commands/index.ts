/** Every kubectl verb the sandbox simulates, and the real verbs it does not. */
import type {KubectlCommand} from '../command.js';
import {annotateCommand} from './annotate.js';
import {applyCommand} from './apply.js';
import {authCommand} from './auth.js';
import {createCommand} from './create.js';
import {deleteCommand} from './delete.js';
import {describeCommand} from './describe.js';
import {diffCommand} from './diff.js';
import {editCommand} from './edit.js';
import {execCommand} from './exec.js';
import {explainCommand} from './explain.js';
import {exposeCommand} from './expose.js';
import {getCommand} from './get.js';
import {configCommand} from './config.js';
import {apiResourcesCommand, clusterInfoCommand, versionCommand} from './info.js';
import {labelCommand} from './label.js';
import {logsCommand} from './logs.js';
import {patchCommand} from './patch.js';
import {portForwardCommand} from './port-forward.js';
import {proxyCommand} from './proxy.js';
import {replaceCommand} from './replace.js';
import {runCommand} from './run.js';
import {scaleCommand} from './scale.js';
import {rolloutCommand} from './rollout.js';
import {setCommand} from './set.js';
import {topCommand} from './top.js';
import {waitCommand} from './wait.js';

export const COMMANDS: readonly KubectlCommand[] = [
	createCommand,
	exposeCommand,
	runCommand,
	getCommand,
	describeCommand,
	explainCommand,
	deleteCommand,
	applyCommand,
	replaceCommand,
	diffCommand,
	patchCommand,
	editCommand,
	labelCommand,
	annotateCommand,
	scaleCommand,
	setCommand,
	rolloutCommand,
	waitCommand,
	execCommand,
	topCommand,
	logsCommand,
	portForwardCommand,
	proxyCommand,
	clusterInfoCommand,
	apiResourcesCommand,
	configCommand,
	authCommand,
	versionCommand,
];

/** kubectl v1.34's other top-level commands: named honestly as not simulated here. */
export const KUBECTL_VERBS: readonly string[] = [
	'api-versions', 'attach', 'autoscale', 'certificate', 'completion', 'cordon', 'cp', 'debug',
	'drain', 'events', 'kustomize', 'options', 'plugin', 'taint', 'uncordon', 'alpha', 'help',
];
