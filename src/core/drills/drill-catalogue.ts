/** Every drill template and every fault kind the generator draws from (README, "Drills"). */
import type {FaultKind} from './drill-fault.js';
import type {DrillTemplate} from './drill-template.js';
import {crashLoop} from './faults/crash-loop.js';
import {externalNameTypo} from './faults/externalname-typo.js';
import {imageTypo} from './faults/image-typo.js';
import {ingressBackendPort} from './faults/ingress-backend-port.js';
import {ingressPathType} from './faults/ingress-path-type.js';
import {labelDrift} from './faults/label-drift.js';
import {localTrafficElsewhere} from './faults/local-traffic-elsewhere.js';
import {missingIngressClass} from './faults/missing-ingress-class.js';
import {nodePortTaken} from './faults/nodeport-taken.js';
import {notHeadless} from './faults/not-headless.js';
import {policyBlocksApp} from './faults/policy-blocks-app.js';
import {policyBlocksDns} from './faults/policy-blocks-dns.js';
import {portName} from './faults/port-name.js';
import {readiness404} from './faults/readiness-404.js';
import {scaledToZero} from './faults/scaled-to-zero.js';
import {selectorTypo} from './faults/selector-typo.js';
import {servicePort} from './faults/service-port.js';
import {targetPort} from './faults/target-port.js';
import {unreachableType} from './faults/unreachable-type.js';
import {wrongNamespace} from './faults/wrong-namespace.js';
import {externalName} from './templates/externalname.js';
import {frontendBackend} from './templates/frontend-backend.js';
import {ingressTwoServices} from './templates/ingress-two-services.js';
import {nodeportLocal} from './templates/nodeport-local.js';
import {statefulsetHeadless} from './templates/statefulset-headless.js';
import {webService} from './templates/web-service.js';

export const DRILL_TEMPLATES: readonly DrillTemplate[] = [webService, frontendBackend, statefulsetHeadless, ingressTwoServices, nodeportLocal, externalName];

export const FAULT_KINDS: readonly FaultKind[] = [
	selectorTypo,
	labelDrift,
	targetPort,
	portName,
	servicePort,
	imageTypo,
	crashLoop,
	readiness404,
	wrongNamespace,
	scaledToZero,
	localTrafficElsewhere,
	unreachableType,
	nodePortTaken,
	missingIngressClass,
	ingressPathType,
	ingressBackendPort,
	externalNameTypo,
	policyBlocksApp,
	policyBlocksDns,
	notHeadless,
];

export function faultKind(kind: string): FaultKind | undefined {
	return FAULT_KINDS.find(fault => fault.kind === kind);
}

export const DRILL_LEVELS = [1, 2, 3] as const;
export type DrillLevel = (typeof DRILL_LEVELS)[number];
