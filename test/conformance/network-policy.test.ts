/**
 * NetworkPolicy on kind (kindnetd enforces it): the classic walk-through a learner types — a
 * default deny, a labelled exception, an egress deny that breaks DNS — and what the API server
 * says about common mistakes in a policy.
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, run} from './script.js';

const SETUP = `kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80
kubectl run bb --image=busybox:1.36 -- sleep 1d
kubectl create namespace other
kubectl run bb -n other --image=busybox:1.36 -- sleep 1d
`;

const DENY_ALL = applyHere(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
spec:
  podSelector: {}`);

const ALLOW_BB = applyHere(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-from-bb
spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
    - podSelector:
        matchLabels:
          run: bb
    ports:
    - protocol: TCP
      port: 80`);

const DENY_EGRESS = applyHere(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-egress
  namespace: other
spec:
  podSelector: {}
  policyTypes:
  - Egress`);

const TIMED_OUT = 'wget: download timed out\ncommand terminated with exit code 1\n';
const WGET = 'kubectl exec bb -- wget -qO- -T 2 http://web';
const WGET_OTHER = 'kubectl exec -n other bb -- wget -qO- -T 2 http://web.default';

describe('a default deny, then an exception', () => {
	const {transcript} = run(`${SETUP}${WGET}
${DENY_ALL}kubectl get networkpolicy
kubectl get netpol deny-all -o jsonpath={.spec.policyTypes}
${WGET}
trace
${ALLOW_BB}${WGET}
${WGET_OTHER}
kubectl delete netpol deny-all web-from-bb
${WGET_OTHER}
${DENY_EGRESS}kubectl exec -n other bb -- nslookup web.default
${WGET_OTHER}
`);
	const outputs = (command: string) => outputOf(transcript, command);

	test('before any policy, wget answers', () => {
		expect(outputs(WGET)).toContain('<title>Welcome to nginx!</title>');
	});

	test('the policy is stored with its defaulted policyTypes', () => {
		expect(outputOf(transcript, 'kubectl get networkpolicy')).toMatch(/^NAME {7}POD-SELECTOR {3}AGE\ndeny-all {3}<none> {9}\d+s\n$/);
		expect(outputOf(transcript, 'kubectl get netpol deny-all -o jsonpath={.spec.policyTypes}')).toBe('["Ingress"]\n');
	});

	test('with deny-all, wget from another pod times out and trace names the policy', () => {
		expect(outputOf(transcript, WGET, 1)).toBe(TIMED_OUT);
		const trace = outputOf(transcript, 'trace');
		expect(trace).toMatch(/DROP {4}kindnetd on kind-worker2?: dropped by NetworkPolicy\n {12}default\/deny-all \(ingress of pod default\/web-[a-z0-9]+-[a-z0-9]{5}\):/);
		expect(trace).toMatch(/DROP {4}pod default\/bb: no answer to the SYN: gave up after 200\d ms\n$/);
	});

	test('a labelled exception admits bb of its own namespace, not bb of another', () => {
		expect(outputOf(transcript, WGET, 2)).toContain('<title>Welcome to nginx!</title>');
		expect(outputOf(transcript, WGET_OTHER)).toBe(TIMED_OUT);
		expect(outputOf(transcript, 'kubectl delete netpol deny-all web-from-bb')).toBe('networkpolicy.networking.k8s.io "deny-all" deleted from default namespace\nnetworkpolicy.networking.k8s.io "web-from-bb" deleted from default namespace\n');
		expect(outputOf(transcript, WGET_OTHER, 1)).toContain('<title>Welcome to nginx!</title>');
	});

	test('an egress deny without port 53 breaks DNS', () => {
		expect(outputOf(transcript, 'kubectl exec -n other bb -- nslookup web.default')).toBe(';; connection timed out; no servers could be reached\n\ncommand terminated with exit code 1\n');
		expect(outputOf(transcript, WGET_OTHER, 2)).toBe("wget: bad address 'web.default'\ncommand terminated with exit code 1\n");
	});
});

describe('the API server checks a policy', () => {
	const policy = (spec: string) =>
		applyHere(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: bad
spec:
  podSelector: {}
${spec.replace(/^/gm, '  ')}`);
	const applied = (spec: string) => {
		const {transcript} = run(policy(spec));
		return transcript.slice(transcript.indexOf('EOF\n') + 4);
	};

	test.each([
		['an invalid cidr', 'ingress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/33', 'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'],
		['an except outside the cidr', 'egress:\n- to:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n      except: [192.168.0.0/16]', 'spec.egress[0].to[0].ipBlock.except[0]: Invalid value: "192.168.0.0/16": must be a strict subset of `cidr`'],
		['endPort without port', 'ingress:\n- ports:\n  - endPort: 90', 'spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is not specified'],
		['endPort below port', 'ingress:\n- ports:\n  - port: 80\n    endPort: 70', 'spec.ingress[0].ports[0].endPort: Invalid value: 70: must be greater than or equal to `port`'],
		['endPort with a named port', 'ingress:\n- ports:\n  - port: http\n    endPort: 90', 'spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is non-numeric'],
		['an unsupported protocol', 'ingress:\n- ports:\n  - protocol: ICMP', 'spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"'],
		['an empty peer', 'ingress:\n- from:\n  - {}', 'spec.ingress[0].from[0]: Required value: must specify a peer'],
		['ipBlock with a selector', 'ingress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n    podSelector: {}', 'spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer'],
		['a policyType that does not exist', 'policyTypes: [Inbound]', 'spec.policyTypes[0]: Unsupported value: "Inbound": supported values: "Egress", "Ingress"'],
	])('%s', (_what, spec, error) => {
		expect(applied(spec)).toBe(`The NetworkPolicy "bad" is invalid: ${error}\n`);
	});

	test('a typo in a field name is refused by strict decoding, not stored as a broader policy', () => {
		expect(applied('ingress:\n- from:\n  - podSelektor: {}\n  ports:\n  - port: 80\n    endport: 90')).toBe(
			'Error from server (BadRequest): error when creating "STDIN": NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: strict decoding error: unknown field "spec.ingress[0].from[0].podSelektor", unknown field "spec.ingress[0].ports[0].endport"\n',
		);
	});

	test('a valid policy with egress rules gets both policyTypes and TCP ports', () => {
		const {transcript} = run(`${policy('egress:\n- ports:\n  - port: 53\n    protocol: UDP\n  - port: 8000\n    endPort: 8080')}kubectl get netpol bad -o jsonpath={.spec}\n`);
		expect(outputOf(transcript, 'kubectl get netpol bad -o jsonpath={.spec}')).toBe('{"egress":[{"ports":[{"port":53,"protocol":"UDP"},{"endPort":8080,"port":8000,"protocol":"TCP"}]}],"podSelector":{},"policyTypes":["Ingress","Egress"]}\n');
	});
});

describe('kubectl describe networkpolicy', () => {
	test('prints the rules in kubectl words, without an events section', () => {
		const {transcript} = run(`${applyHere(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: test-network-policy
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - ipBlock:
        cidr: 172.17.0.0/16
        except:
        - 172.17.1.0/24
    - namespaceSelector:
        matchLabels:
          project: myproject
      podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 6379
  - {}
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/24
    ports:
    - protocol: TCP
      port: 32000
      endPort: 32768`)}${DENY_ALL}kubectl describe netpol test-network-policy
kubectl describe netpol deny-all
`);
		expect(outputOf(transcript, 'kubectl describe netpol test-network-policy')).toBe(`Name:         test-network-policy
Namespace:    default
Created on:   2026-01-01 00:00:00 +0000 UTC
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     role=db
  Allowing ingress traffic:
    To Port: 6379/TCP
    From:
      IPBlock:
        CIDR: 172.17.0.0/16
        Except: 172.17.1.0/24
    From:
      NamespaceSelector: project=myproject
      PodSelector: role=frontend
    ----------
    To Port: <any> (traffic allowed to all ports)
    From: <any> (traffic not restricted by source)
  Allowing egress traffic:
    To Port Range: 32000-32768/TCP
    To:
      IPBlock:
        CIDR: 10.0.0.0/24
        Except: 
  Policy Types: Ingress, Egress
`);
		expect(outputOf(transcript, 'kubectl describe netpol deny-all')).toBe(`Name:         deny-all
Namespace:    default
Created on:   2026-01-01 00:00:00 +0000 UTC
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)
  Allowing ingress traffic:
    <none> (Selected pods are isolated for ingress connectivity)
  Not affecting egress traffic
  Policy Types: Ingress
`);
	});
});
