// src/core/cluster/command-result.ts
function outputText(result) {
  return result.output.map((chunk) => chunk.text).join("");
}

// src/core/cluster/topology.ts
var NODES = [
  { name: "kind-control-plane", internalIP: "172.18.0.2", podCIDR: "10.244.0.0/24", podPrefix: "10.244.0", controlPlane: true },
  { name: "kind-worker", internalIP: "172.18.0.3", podCIDR: "10.244.1.0/24", podPrefix: "10.244.1", controlPlane: false },
  { name: "kind-worker2", internalIP: "172.18.0.4", podCIDR: "10.244.2.0/24", podPrefix: "10.244.2", controlPlane: false }
];
var LAPTOP_IP = "172.18.0.1";
var NODE_NETWORK = "172.18.0.0/16";
var POD_CIDR = "10.244.0.0/16";
var SERVICE_CIDR = "10.96.0.0/12";
var KUBERNETES_SERVICE_IP = "10.96.0.1";
var DNS_SERVICE_IP = "10.96.0.10";
var API_SERVER_ENDPOINT = { ip: "172.18.0.2", port: 6443 };
var NODE_PORT_RANGE = { min: 3e4, max: 32767 };
var LOAD_BALANCER_POOL_START = "172.18.255.200";
var CLUSTER_DOMAIN = "cluster.local";
var KUBERNETES_VERSION = "v1.34.0";
function nodeByName(name) {
  return NODES.find((node) => node.name === name);
}

// src/core/cluster/sim-clock.ts
var SIM_EPOCH_MS = Date.UTC(2026, 0, 1, 0, 0, 0);
var SimClock = class {
  ms = 0;
  /** Milliseconds since the simulation started. */
  now() {
    return this.ms;
  }
  advance(ms) {
    if (ms > 0) this.ms += ms;
  }
  /** RFC 3339 timestamp as the API server writes it (second precision, "Z"). */
  timestamp(ms = this.ms) {
    return new Date(SIM_EPOCH_MS + ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  /** Inverse of `timestamp`: simulated milliseconds for an RFC 3339 string. */
  static toSimMs(timestamp) {
    return Date.parse(timestamp) - SIM_EPOCH_MS;
  }
};

// src/core/cluster/controllers/object-meta.ts
function objectKey(kind2, namespace3, name) {
  return `${kind2}|${namespace3 ?? ""}|${name}`;
}
function splitKey(key) {
  const [kind2, namespace3, name] = key.split("|");
  return { kind: kind2, namespace: namespace3, name };
}
function controllerRef(object) {
  return object.metadata.ownerReferences?.find((ref) => ref.controller);
}
function ownerReferenceTo(owner) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true
  };
}
function matchesLabels(labels2, selector2) {
  for (const key in selector2) if (labels2?.[key] !== selector2[key]) return false;
  return true;
}
function matchesSelector(labels2, selector2) {
  if (!selector2) return false;
  if (selector2.matchLabels && !matchesLabels(labels2, selector2.matchLabels)) return false;
  for (const expression of selector2.matchExpressions ?? []) {
    const value = labels2?.[expression.key];
    const values = expression.values ?? [];
    switch (expression.operator) {
      case "In":
        if (value === void 0 || !values.includes(value)) return false;
        break;
      case "NotIn":
        if (value !== void 0 && values.includes(value)) return false;
        break;
      case "Exists":
        if (value === void 0) return false;
        break;
      case "DoesNotExist":
        if (value !== void 0) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function canonicalJson(value) {
  return JSON.stringify(value, (_key, inner) => {
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const sorted = {};
      for (const key of Object.keys(inner).sort()) sorted[key] = inner[key];
      return sorted;
    }
    return inner;
  });
}
function withoutVersion(object) {
  const { resourceVersion: _ignored, ...metadata } = object.metadata;
  return { ...object, metadata };
}
function putIfChanged(cluster, next, current, ownWrites) {
  if (current && JSON.stringify(withoutVersion(next)) === JSON.stringify(withoutVersion(current))) return false;
  const stored = cluster.store.save(next);
  ownWrites?.add(stored);
  return true;
}
function putIfPartChanged(cluster, next, current, part, ownWrites) {
  if (current && JSON.stringify(next[part]) === JSON.stringify(current[part])) return false;
  const stored = cluster.store.save(next);
  ownWrites?.add(stored);
  return true;
}

// src/core/cluster/controllers/controller-state.ts
var states = /* @__PURE__ */ new WeakMap();
function controllerState(cluster) {
  let state = states.get(cluster);
  if (!state) {
    state = newState();
    states.set(cluster, state);
  }
  return state;
}
function newState() {
  return {
    cursor: 0,
    timeShiftMs: 0,
    objects: /* @__PURE__ */ new Map(),
    uids: /* @__PURE__ */ new Map(),
    dependents: /* @__PURE__ */ new Map(),
    podsByNamespace: /* @__PURE__ */ new Map(),
    replicaSetsByNamespace: /* @__PURE__ */ new Map(),
    podLabels: /* @__PURE__ */ new Map(),
    servicesBySelector: /* @__PURE__ */ new Map(),
    slicesByService: /* @__PURE__ */ new Map(),
    podsPerNode: /* @__PURE__ */ new Map(),
    hostNumbersByNode: /* @__PURE__ */ new Map(),
    lastHostNumber: /* @__PURE__ */ new Map(),
    unscheduled: /* @__PURE__ */ new Set(),
    waitingForMounts: /* @__PURE__ */ new Map(),
    loadBalancerIPs: /* @__PURE__ */ new Map(),
    loadBalancerSince: /* @__PURE__ */ new Map(),
    pulledImages: /* @__PURE__ */ new Set(),
    deadlines: /* @__PURE__ */ new Map(),
    nextProbeReport: /* @__PURE__ */ new Map(),
    eventsByKey: /* @__PURE__ */ new Map(),
    eventSeq: 0,
    eventLog: [],
    eventLogHead: 0,
    creationSeq: /* @__PURE__ */ new Map(),
    nextCreationSeq: 0,
    ownWrites: /* @__PURE__ */ new WeakSet(),
    queues: emptyQueues()
  };
}
function emptyQueues() {
  return {
    deployments: /* @__PURE__ */ new Set(),
    replicaSets: /* @__PURE__ */ new Set(),
    statefulSets: /* @__PURE__ */ new Set(),
    daemonSets: /* @__PURE__ */ new Set(),
    schedule: /* @__PURE__ */ new Set(),
    kubelet: /* @__PURE__ */ new Set(),
    services: /* @__PURE__ */ new Set(),
    loadBalancers: /* @__PURE__ */ new Set(),
    namespacesAdded: /* @__PURE__ */ new Set(),
    namespacesRemoved: /* @__PURE__ */ new Set(),
    removedUids: [],
    mirrorPods: [],
    ingress: false
  };
}
function hasWork(state) {
  const q = state.queues;
  return q.deployments.size + q.replicaSets.size + q.statefulSets.size + q.daemonSets.size + q.schedule.size + q.kubelet.size + q.services.size + q.loadBalancers.size + q.namespacesAdded.size + q.namespacesRemoved.size + q.removedUids.length + q.mirrorPods.length > 0 || q.ingress;
}
function nowMs(cluster) {
  return cluster.clock.now() + controllerState(cluster).timeShiftMs;
}
var stamped = { ms: Number.NaN, text: "" };
function nowTimestamp(cluster) {
  const ms = nowMs(cluster);
  if (ms !== stamped.ms) stamped = { ms, text: cluster.clock.timestamp(ms) };
  return stamped.text;
}
function simMs(timestamp) {
  if (!timestamp) return void 0;
  const ms = SimClock.toSimMs(timestamp);
  return Number.isNaN(ms) ? void 0 : ms;
}
function drain(queue) {
  const keys = [...queue].sort();
  queue.clear();
  return keys;
}
function scheduleAt(state, key, due, queue) {
  const existing = state.deadlines.get(key);
  if (!existing || existing.due > due || existing.queue !== queue) state.deadlines.set(key, { due, queue });
}
function releaseDeadlines(state, now) {
  for (const [key, deadline] of state.deadlines) {
    if (deadline.due <= now) {
      state.deadlines.delete(key);
      state.queues[deadline.queue].add(key);
    }
  }
}
function nextDeadline(state) {
  let next;
  for (const { due } of state.deadlines.values()) if (next === void 0 || due < next) next = due;
  return next;
}
function sync(cluster, state) {
  const changes = cluster.store.changesSince(state.cursor);
  if (changes.length === 0) return false;
  state.cursor = cluster.store.changeCount();
  for (const change of changes) {
    if (change.kind === "Event") continue;
    const key = objectKey(change.kind, change.namespace, change.name);
    const before = state.objects.get(key);
    const after = cluster.store.peek(change.kind, change.namespace || void 0, change.name);
    if (before === after) continue;
    if (before) unindex(state, key, before);
    if (after) {
      state.objects.set(key, after);
      index(state, key, after);
    } else {
      state.objects.delete(key);
    }
    route(state, key, before, after);
  }
  cluster.store.forgetChangesBefore(state.cursor);
  return true;
}
function addTo(map2, key, value) {
  let set = map2.get(key);
  if (!set) map2.set(key, set = /* @__PURE__ */ new Set());
  set.add(value);
}
function removeFrom(map2, key, value) {
  const set = map2.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map2.delete(key);
}
function index(state, key, object) {
  const { uid, namespace: namespace3 = "", ownerReferences } = object.metadata;
  if (uid) state.uids.set(uid, key);
  for (const ref of ownerReferences ?? []) addTo(state.dependents, ref.uid, key);
  switch (object.kind) {
    case "Pod": {
      const pod3 = object;
      addTo(state.podsByNamespace, namespace3, key);
      for (const [k, v] of Object.entries(pod3.metadata.labels ?? {})) addTo(state.podLabels, `${namespace3}|${k}=${v}`, key);
      const node = pod3.spec?.nodeName;
      if (node) {
        state.podsPerNode.set(node, (state.podsPerNode.get(node) ?? 0) + 1);
        const host = hostNumber(pod3, node);
        if (host !== void 0) addTo(state.hostNumbersByNode, node, host);
      } else {
        state.unscheduled.add(key);
      }
      if (pod3.metadata.uid && !state.creationSeq.has(pod3.metadata.uid)) state.creationSeq.set(pod3.metadata.uid, state.nextCreationSeq++);
      break;
    }
    case "Service": {
      const service3 = object;
      for (const [k, v] of Object.entries(service3.spec?.selector ?? {})) addTo(state.servicesBySelector, `${namespace3}|${k}=${v}`, key);
      for (const ingress3 of service3.status?.loadBalancer?.ingress ?? []) if (ingress3.ip) state.loadBalancerIPs.set(ingress3.ip, key);
      break;
    }
    case "EndpointSlice": {
      const service3 = object.metadata.labels?.["kubernetes.io/service-name"];
      if (service3) addTo(state.slicesByService, `${namespace3}|${service3}`, key);
      break;
    }
    case "ReplicaSet":
      addTo(state.replicaSetsByNamespace, namespace3, key);
      break;
  }
}
function unindex(state, key, object) {
  const { uid, namespace: namespace3 = "", ownerReferences } = object.metadata;
  if (uid && state.uids.get(uid) === key) state.uids.delete(uid);
  for (const ref of ownerReferences ?? []) removeFrom(state.dependents, ref.uid, key);
  switch (object.kind) {
    case "Pod": {
      const pod3 = object;
      removeFrom(state.podsByNamespace, namespace3, key);
      for (const [k, v] of Object.entries(pod3.metadata.labels ?? {})) removeFrom(state.podLabels, `${namespace3}|${k}=${v}`, key);
      const node = pod3.spec?.nodeName;
      if (node) {
        state.podsPerNode.set(node, (state.podsPerNode.get(node) ?? 1) - 1);
        const host = hostNumber(pod3, node);
        if (host !== void 0) removeFrom(state.hostNumbersByNode, node, host);
      } else {
        state.unscheduled.delete(key);
      }
      break;
    }
    case "Service": {
      const service3 = object;
      for (const [k, v] of Object.entries(service3.spec?.selector ?? {})) removeFrom(state.servicesBySelector, `${namespace3}|${k}=${v}`, key);
      for (const ingress3 of service3.status?.loadBalancer?.ingress ?? []) {
        if (ingress3.ip && state.loadBalancerIPs.get(ingress3.ip) === key) state.loadBalancerIPs.delete(ingress3.ip);
      }
      break;
    }
    case "EndpointSlice": {
      const service3 = object.metadata.labels?.["kubernetes.io/service-name"];
      if (service3) removeFrom(state.slicesByService, `${namespace3}|${service3}`, key);
      break;
    }
    case "ReplicaSet":
      removeFrom(state.replicaSetsByNamespace, namespace3, key);
      break;
  }
}
function hostNumber(pod3, node) {
  const ip = pod3.status?.podIP;
  const prefix = nodeByName(node)?.podPrefix;
  if (!ip || !prefix || pod3.spec?.hostNetwork || !ip.startsWith(`${prefix}.`)) return void 0;
  return Number(ip.slice(prefix.length + 1));
}
function queueOwner(state, object) {
  const ref = object && controllerRef(object);
  if (!ref) return;
  const ownerKey = state.uids.get(ref.uid);
  if (!ownerKey) return;
  const q = state.queues;
  if (ref.kind === "ReplicaSet") q.replicaSets.add(ownerKey);
  else if (ref.kind === "Deployment") q.deployments.add(ownerKey);
  else if (ref.kind === "StatefulSet") q.statefulSets.add(ownerKey);
  else if (ref.kind === "DaemonSet") q.daemonSets.add(ownerKey);
}
function queueAdopters(state, pod3) {
  for (const rsKey of state.replicaSetsByNamespace.get(pod3.metadata.namespace ?? "") ?? []) {
    const rs = state.objects.get(rsKey);
    if (rs?.spec?.selector?.matchLabels && matchesSelector(pod3.metadata.labels, rs.spec.selector)) state.queues.replicaSets.add(rsKey);
  }
}
function queueServicesOf(state, pod3) {
  if (!pod3) return;
  const namespace3 = pod3.metadata.namespace ?? "";
  const labels2 = pod3.metadata.labels ?? {};
  for (const [k, v] of Object.entries(labels2)) {
    for (const serviceKey of state.servicesBySelector.get(`${namespace3}|${k}=${v}`) ?? []) {
      if (state.queues.services.has(serviceKey)) continue;
      const service3 = state.objects.get(serviceKey);
      if (service3?.spec?.selector && matchesLabels(labels2, service3.spec.selector)) state.queues.services.add(serviceKey);
    }
  }
}
function route(state, key, before, after) {
  const q = state.queues;
  const object = after ?? before;
  const namespace3 = object.metadata.namespace ?? "";
  if (before?.metadata.uid && (!after || after.metadata.uid !== before.metadata.uid)) q.removedUids.push(before.metadata.uid);
  const own = after !== void 0 && state.ownWrites.has(after);
  switch (object.kind) {
    case "Pod": {
      queueOwner(state, before);
      queueOwner(state, after);
      if (after && !controllerRef(after)) queueAdopters(state, after);
      if (after && !after.spec?.nodeName) q.schedule.add(key);
      else if (after && !own) q.kubelet.add(key);
      queueServicesOf(state, before);
      queueServicesOf(state, after);
      if (namespace3 === "ingress-nginx") q.ingress = true;
      if (before && !after && before.metadata.annotations?.["kubernetes.io/config.mirror"]) q.mirrorPods.push(before);
      break;
    }
    case "ReplicaSet":
      if (!own) q.replicaSets.add(key);
      queueOwner(state, before);
      queueOwner(state, after);
      break;
    case "Deployment":
      if (!own) q.deployments.add(key);
      break;
    case "StatefulSet":
      if (!own) q.statefulSets.add(key);
      break;
    case "DaemonSet":
      if (!own) q.daemonSets.add(key);
      break;
    case "Service":
      q.services.add(key);
      q.loadBalancers.add(key);
      q.ingress = true;
      break;
    case "EndpointSlice":
    case "Endpoints": {
      const service3 = object.kind === "Endpoints" ? object.metadata.name : object.metadata.labels?.["kubernetes.io/service-name"];
      if (!after && service3) q.services.add(objectKey("Service", namespace3, service3));
      break;
    }
    case "ConfigMap":
    case "Secret":
      for (const podKey of state.waitingForMounts.get(namespace3) ?? []) q.kubelet.add(podKey);
      break;
    case "Namespace":
      if (after && !before) q.namespacesAdded.add(object.metadata.name);
      if (before && !after) q.namespacesRemoved.add(object.metadata.name);
      if (after && before) q.namespacesAdded.add(object.metadata.name);
      break;
    case "Node":
      for (const podKey of state.unscheduled) q.schedule.add(podKey);
      for (const [dsKey, ds] of state.objects) if (ds.kind === "DaemonSet") q.daemonSets.add(dsKey);
      break;
    case "Ingress":
    case "IngressClass":
      q.ingress = true;
      break;
  }
}

// src/core/cluster/controllers/pod-template-hash.ts
var ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
function fnv32a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}
function safeEncodeString(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) out += ALPHABET[text.charCodeAt(i) % ALPHABET.length];
  return out;
}
function podTemplateHash(template, collisionCount = 0) {
  const text = canonicalJson(template) + (collisionCount ? String(collisionCount) : "");
  return safeEncodeString(String(fnv32a(text)));
}
function hexDigest(text) {
  let out = "";
  let seed = fnv32a(text);
  while (out.length < 64) {
    seed = fnv32a(`${seed}:${text}`);
    out += seed.toString(16).padStart(8, "0");
  }
  return out;
}

// src/core/cluster/controllers/container-image.ts
function fullImageName(image) {
  const [withoutDigest] = image.split("@");
  const lastSlash = withoutDigest.lastIndexOf("/");
  const hasTag = withoutDigest.slice(lastSlash + 1).includes(":");
  const tagged = hasTag || image.includes("@") ? withoutDigest : `${withoutDigest}:latest`;
  const first = tagged.split("/")[0];
  if (!tagged.includes("/")) return `docker.io/library/${tagged}`;
  if (!first.includes(".") && !first.includes(":") && first !== "localhost") return `docker.io/${tagged}`;
  return tagged;
}
var imageIDs = /* @__PURE__ */ new Map();
function imageID(image) {
  let id = imageIDs.get(image);
  if (id === void 0) imageIDs.set(image, id = computeImageID(image));
  return id;
}
function computeImageID(image) {
  const full = fullImageName(image);
  const repository = full.replace(/:[^:/]+$/, "");
  const digest = image.includes("@sha256:") ? image.split("@sha256:")[1] : hexDigest(full);
  return `${repository}@sha256:${digest}`;
}
function pullPolicy(image, declared) {
  if (declared) return declared;
  const name = image.split("@")[0];
  const tag = name.slice(name.lastIndexOf("/") + 1).split(":")[1];
  return image.includes("@") || tag !== void 0 && tag !== "latest" ? "IfNotPresent" : "Always";
}
function imageSize(image) {
  return 5e6 + fnv32a(image) % 7e7;
}
function pullDuration(image, firstPull) {
  const ms = firstPull ? 1200 + fnv32a(`${image}#first`) % 4800 : 300 + fnv32a(`${image}#again`) % 700;
  if (ms < 1e3) return `${ms}ms`;
  return `${(ms / 1e3).toFixed(3).replace(/\.?0+$/, "")}s`;
}

// src/core/cluster/controllers/events.ts
function recordEvent(cluster, involved, spec) {
  const state = controllerState(cluster);
  const namespace3 = involved.metadata.namespace ?? "default";
  const dedupe = `${involved.kind}|${namespace3}|${involved.metadata.name}|${involved.metadata.uid ?? ""}|${spec.reason}|${spec.message}|${spec.fieldPath ?? ""}`;
  const now = nowTimestamp(cluster);
  const nowValue = nowMs(cluster);
  const existingName = state.eventsByKey.get(dedupe);
  const existing = existingName ? cluster.store.peek("Event", namespace3, existingName) : void 0;
  if (existing) {
    cluster.store.save({ ...existing, count: (existing.count ?? 1) + 1, lastTimestamp: now });
    return;
  }
  const seq = state.eventSeq++;
  const name = `${involved.metadata.name}.${eventSuffix(nowValue, seq)}`;
  state.eventLog.push({ ms: nowValue, namespace: namespace3, name });
  state.eventsByKey.set(dedupe, name);
  const event = {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace: namespace3, creationTimestamp: now, uid: eventUid(seq) },
    involvedObject: {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name: involved.metadata.name,
      namespace: involved.metadata.namespace,
      uid: involved.metadata.uid,
      resourceVersion: involved.metadata.resourceVersion,
      ...spec.fieldPath ? { fieldPath: spec.fieldPath } : {}
    },
    reason: spec.reason,
    message: spec.message,
    type: spec.type,
    source: spec.host ? { component: spec.component, host: spec.host } : { component: spec.component },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    reportingComponent: spec.component,
    reportingInstance: spec.host ?? ""
  };
  cluster.store.save(event);
}
var EVENT_TTL_MS = 36e5;
function expireEvents(cluster) {
  const state = controllerState(cluster);
  const cutoff = nowMs(cluster) - EVENT_TTL_MS;
  const log = state.eventLog;
  while (state.eventLogHead < log.length && log[state.eventLogHead].ms <= cutoff) {
    const entry = log[state.eventLogHead++];
    const event = cluster.store.peek("Event", entry.namespace, entry.name);
    if (!event) continue;
    const touched = event.lastTimestamp ? SimClock.toSimMs(event.lastTimestamp) : entry.ms;
    if (touched > cutoff) log.push({ ...entry, ms: touched });
    else cluster.store.remove("Event", entry.namespace, entry.name);
  }
  if (state.eventLogHead > 1024 && state.eventLogHead * 2 > log.length) {
    state.eventLog = log.slice(state.eventLogHead);
    state.eventLogHead = 0;
  }
}
function eventUid(seq) {
  const word = (i) => mix(seq * 4 + i).toString(16).padStart(8, "0");
  const hex = word(1) + word(2) + word(3) + word(4);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[Number.parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function mix(value) {
  let n = value >>> 0;
  n = Math.imul(n ^ n >>> 16, 2146121005);
  n = Math.imul(n ^ n >>> 15, 2221713035);
  return (n ^ n >>> 16) >>> 0;
}
function eventSuffix(ms, seq) {
  return (BigInt(SIM_EPOCH_MS + ms) * 1000000n + BigInt(seq) * 7919n).toString(16);
}

// src/core/cluster/controllers/owned.ts
function ownedBy(state, uid, kind2) {
  if (!uid) return [];
  const out = [];
  for (const key of state.dependents.get(uid) ?? []) {
    if (!key.startsWith(`${kind2}|`)) continue;
    const object = state.objects.get(key);
    if (object && object.metadata.ownerReferences?.some((ref) => ref.uid === uid && ref.controller)) out.push(object);
  }
  return out.sort((a, b) => a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
}

// src/core/cluster/controllers/pod-factory.ts
var DEFAULT_TOLERATIONS = [
  { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300 },
  { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists", tolerationSeconds: 300 }
];
function podFromTemplate(cluster, owner, template, options) {
  const spec = template?.spec ?? { containers: [] };
  const tolerations = [...spec.tolerations ?? []];
  for (const toleration2 of DEFAULT_TOLERATIONS) if (!tolerations.some((t2) => t2.key === toleration2.key)) tolerations.push(toleration2);
  const metadata = template?.metadata ?? {};
  const withToken = serviceAccountAdmission(cluster, { ...spec, ...options.spec ?? {} });
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: options.name,
      ...options.generateName ? { generateName: options.generateName } : {},
      namespace: owner.metadata.namespace,
      uid: cluster.random.uid(),
      creationTimestamp: nowTimestamp(cluster),
      labels: { ...metadata.labels ?? {}, ...options.labels ?? {} },
      ...metadata.annotations ? { annotations: { ...metadata.annotations } } : {},
      ownerReferences: [ownerReferenceTo(owner)]
    },
    spec: {
      ...spec,
      serviceAccountName: spec.serviceAccountName ?? "default",
      serviceAccount: spec.serviceAccountName ?? "default",
      enableServiceLinks: spec.enableServiceLinks ?? true,
      preemptionPolicy: spec.preemptionPolicy ?? "PreemptLowerPriority",
      priority: spec.priority ?? 0,
      restartPolicy: spec.restartPolicy ?? "Always",
      dnsPolicy: spec.dnsPolicy ?? "ClusterFirst",
      schedulerName: spec.schedulerName ?? "default-scheduler",
      terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
      tolerations,
      ...options.spec ?? {},
      ...withToken
    },
    status: { phase: "Pending", qosClass: qosClass(spec) }
  };
}
var TOKEN_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
function serviceAccountAdmission(cluster, spec) {
  if (spec.automountServiceAccountToken === false) return {};
  const containers = spec.containers ?? [];
  const allMounts = [...containers, ...spec.initContainers ?? []].flatMap((c) => c.volumeMounts ?? []);
  if (allMounts.some((mount2) => mount2.mountPath === TOKEN_MOUNT_PATH)) return {};
  const name = `kube-api-access-${cluster.random.suffix(5)}`;
  const mount = { mountPath: TOKEN_MOUNT_PATH, name, readOnly: true };
  const addMount = (container2) => ({ ...container2, volumeMounts: [...container2.volumeMounts ?? [], mount] });
  const volume2 = {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
        { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } }
      ]
    }
  };
  return {
    containers: containers.map(addMount),
    ...spec.initContainers ? { initContainers: spec.initContainers.map(addMount) } : {},
    volumes: [...spec.volumes ?? [], volume2]
  };
}
function qosClass(spec) {
  const containers = spec.containers ?? [];
  const hasAny = containers.some((c) => c.resources?.requests || c.resources?.limits);
  if (!hasAny) return "BestEffort";
  const guaranteed = containers.every((c) => {
    const limits = c.resources?.limits ?? {};
    const requests = c.resources?.requests ?? limits;
    return limits.cpu !== void 0 && limits.memory !== void 0 && String(requests.cpu) === String(limits.cpu) && String(requests.memory) === String(limits.memory);
  });
  return guaranteed ? "Guaranteed" : "Burstable";
}
function uniqueName(cluster, kind2, namespace3, prefix) {
  for (; ; ) {
    const name = `${prefix}${cluster.random.suffix(5)}`;
    if (!cluster.store.has(kind2, namespace3, name)) return name;
  }
}

// src/core/cluster/controllers/pod-status.ts
function isPodReady(pod3) {
  return pod3.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}
function isTerminal(pod3) {
  return pod3.status?.phase === "Succeeded" || pod3.status?.phase === "Failed";
}
function isScheduled(pod3) {
  return Boolean(pod3.spec?.nodeName);
}

// src/core/cluster/controllers/daemonset-controller.ts
var DAEMON_TOLERATIONS = [
  { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists" },
  { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists" },
  { effect: "NoSchedule", key: "node.kubernetes.io/disk-pressure", operator: "Exists" },
  { effect: "NoSchedule", key: "node.kubernetes.io/memory-pressure", operator: "Exists" },
  { effect: "NoSchedule", key: "node.kubernetes.io/pid-pressure", operator: "Exists" },
  { effect: "NoSchedule", key: "node.kubernetes.io/unschedulable", operator: "Exists" }
];
function syncDaemonSet(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const ds = cluster.store.peek("DaemonSet", namespace3, name);
  if (!ds) return;
  const hash = podTemplateHash(ds.spec?.template ?? {}).slice(0, 10);
  const pods = ownedBy(state, ds.metadata.uid, "Pod");
  const nodes = cluster.store.view("Node").filter((node) => runsOn(ds, node));
  let desired = 0;
  let ready = 0;
  for (const node of nodes) {
    desired++;
    const onNode = pods.filter((pod3) => pinnedNode(pod3) === node.metadata.name);
    if (onNode.length > 0) {
      if (onNode.some(isPodReady)) ready++;
      continue;
    }
    const podName = uniqueName(cluster, "Pod", namespace3, `${name}-`);
    const template = ds.spec?.template;
    const tolerations = [...template?.spec?.tolerations ?? []];
    for (const t2 of DAEMON_TOLERATIONS) if (!tolerations.some((existing) => existing.key === t2.key && existing.effect === t2.effect)) tolerations.push(t2);
    cluster.store.save(podFromTemplate(cluster, ds, template, {
      name: podName,
      generateName: `${name}-`,
      labels: { "controller-revision-hash": hash, "pod-template-generation": String(ds.metadata.generation ?? 1) },
      spec: {
        tolerations,
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [node.metadata.name] }] }]
            }
          }
        }
      }
    }));
    recordEvent(cluster, ds, { type: "Normal", reason: "SuccessfulCreate", message: `Created pod: ${podName}`, component: "daemonset-controller" });
  }
  const status = {
    currentNumberScheduled: desired,
    desiredNumberScheduled: desired,
    numberMisscheduled: 0,
    numberReady: ready,
    ...ready ? { numberAvailable: ready } : { numberUnavailable: desired },
    observedGeneration: ds.metadata.generation ?? 1,
    updatedNumberScheduled: desired
  };
  putIfChanged(cluster, { ...ds, status }, ds, state.ownWrites);
}
function pinnedNode(pod3) {
  const terms = pod3.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms[0]?.matchFields?.[0]?.values?.[0] ?? pod3.spec?.nodeName;
}
function runsOn(ds, node) {
  const spec = ds.spec?.template?.spec;
  if (spec?.nodeSelector && !matchesLabels(node.metadata.labels, spec.nodeSelector)) return false;
  return (node.spec?.taints ?? []).every(
    (taint) => taint.effect === "PreferNoSchedule" || (spec?.tolerations ?? []).some((t2) => t2.operator === "Exists" && (!t2.key || t2.key === taint.key) && (!t2.effect || t2.effect === taint.effect) || t2.key === taint.key && (t2.value ?? "") === (taint.value ?? "") && (!t2.effect || t2.effect === taint.effect))
  );
}

// src/core/cluster/controllers/deployment-controller.ts
var REVISION = "deployment.kubernetes.io/revision";
function syncDeployment(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const deployment2 = cluster.store.peek("Deployment", namespace3, name);
  if (!deployment2) return;
  const replicas = deployment2.spec?.replicas ?? 1;
  const owned = ownedBy(state, deployment2.metadata.uid, "ReplicaSet");
  const hash = podTemplateHash(deployment2.spec?.template ?? {}, deployment2.status?.collisionCount ?? 0);
  let current = owned.find((rs) => rs.metadata.labels?.["pod-template-hash"] === hash);
  const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
  if (!current && deployment2.spec?.paused) {
    current = [...owned].sort((a, b) => Number(b.metadata.annotations?.[REVISION] ?? 0) - Number(a.metadata.annotations?.[REVISION] ?? 0))[0];
  }
  if (!current) {
    current = newReplicaSet(cluster, deployment2, hash, replicas, maxRevision + 1);
    cluster.store.save(current);
    recordScaling(cluster, deployment2, current.metadata.name, "up", 0, replicas);
  } else {
    const own = Number(current.metadata.annotations?.[REVISION] ?? 0);
    const revision = own === 0 || own < maxRevision ? maxRevision + 1 : own;
    const from = current.spec?.replicas ?? 0;
    const next = withReplicas(current, replicas, { [REVISION]: String(revision) }, replicas);
    putIfChanged(cluster, next, current);
    if (from !== replicas) recordScaling(cluster, deployment2, current.metadata.name, replicas > from ? "up" : "down", from, replicas);
    current = next;
  }
  for (const rs of old(owned, current)) {
    const from = rs.spec?.replicas ?? 0;
    if (from === 0) continue;
    putIfChanged(cluster, withReplicas(rs, 0, {}, replicas), rs);
    recordScaling(cluster, deployment2, rs.metadata.name, "down", from, 0);
  }
  const all = ownedBy(state, deployment2.metadata.uid, "ReplicaSet").map((rs) => rs.metadata.name === current.metadata.name ? current : rs);
  writeStatus(cluster, state, deployment2, current, all);
}
function old(owned, current) {
  return owned.filter((rs) => rs.metadata.name !== current.metadata.name);
}
function newReplicaSet(cluster, deployment2, hash, replicas, revision) {
  const template = structuredClone(deployment2.spec?.template ?? {});
  template.metadata = { ...template.metadata ?? {}, labels: { ...template.metadata?.labels ?? {}, "pod-template-hash": hash } };
  const selector2 = structuredClone(deployment2.spec?.selector ?? {});
  selector2.matchLabels = { ...selector2.matchLabels ?? {}, "pod-template-hash": hash };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${deployment2.metadata.name}-${hash}`,
      namespace: deployment2.metadata.namespace,
      uid: cluster.random.uid(),
      creationTimestamp: nowTimestamp(cluster),
      generation: 1,
      labels: { ...template.metadata.labels ?? {} },
      annotations: replicaAnnotations(replicas, deployment2, { [REVISION]: String(revision) }),
      ownerReferences: [ownerReferenceTo(deployment2)]
    },
    spec: { replicas, selector: selector2, template },
    status: { replicas: 0 }
  };
}
function copiedAnnotations(deployment2) {
  const out = {};
  for (const [key, value] of Object.entries(deployment2.metadata.annotations ?? {})) {
    if (key === "kubectl.kubernetes.io/last-applied-configuration" || key.startsWith("deployment.kubernetes.io/")) continue;
    out[key] = value;
  }
  return out;
}
function replicaAnnotations(replicas, deployment2, extra) {
  const surge = deployment2.spec?.strategy?.rollingUpdate?.maxSurge ?? "25%";
  const extraPods = typeof surge === "number" ? surge : Math.ceil(replicas * Number.parseInt(String(surge), 10) / 100);
  return {
    ...copiedAnnotations(deployment2),
    "deployment.kubernetes.io/desired-replicas": String(replicas),
    "deployment.kubernetes.io/max-replicas": String(replicas + (deployment2.spec?.strategy?.type === "Recreate" ? 0 : extraPods)),
    ...extra
  };
}
function withReplicas(rs, replicas, extra, desired) {
  const annotations = { ...rs.metadata.annotations ?? {}, ...extra, "deployment.kubernetes.io/desired-replicas": String(desired) };
  const changedSpec = (rs.spec?.replicas ?? 0) !== replicas;
  return {
    ...rs,
    metadata: { ...rs.metadata, annotations, generation: (rs.metadata.generation ?? 1) + (changedSpec ? 1 : 0) },
    spec: { ...rs.spec, replicas }
  };
}
function recordScaling(cluster, deployment2, rs, direction, from, to) {
  recordEvent(cluster, deployment2, {
    type: "Normal",
    reason: "ScalingReplicaSet",
    message: `Scaled ${direction} replica set ${rs} from ${from} to ${to}`,
    component: "deployment-controller"
  });
}
function writeStatus(cluster, state, deployment2, current, all) {
  const desired = deployment2.spec?.replicas ?? 1;
  const sum = (pick) => all.reduce((n, rs) => n + (pick(rs) ?? 0), 0);
  const replicas = sum((rs) => rs.status?.replicas);
  const ready = sum((rs) => rs.status?.readyReplicas);
  const available = sum((rs) => rs.status?.availableReplicas);
  const updated = current.status?.replicas ?? 0;
  const maxUnavailable = unavailableAllowed(deployment2, desired);
  const now = nowTimestamp(cluster);
  const previous = deployment2.status?.conditions ?? [];
  const isAvailable = available >= desired - maxUnavailable;
  const progressed = updated === desired && (current.status?.availableReplicas ?? 0) >= desired && replicas === desired;
  const conditions = [
    condition(
      previous,
      "Available",
      isAvailable ? "True" : "False",
      isAvailable ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
      isAvailable ? "Deployment has minimum availability." : "Deployment does not have minimum availability.",
      now
    ),
    condition(
      previous,
      "Progressing",
      "True",
      progressed ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
      progressed ? `ReplicaSet "${current.metadata.name}" has successfully progressed.` : `ReplicaSet "${current.metadata.name}" is progressing.`,
      now
    )
  ];
  const status = {
    observedGeneration: deployment2.metadata.generation ?? 1,
    ...replicas ? { replicas } : {},
    ...updated ? { updatedReplicas: updated } : {},
    ...ready ? { readyReplicas: ready } : {},
    ...available ? { availableReplicas: available } : {},
    ...replicas - available > 0 ? { unavailableReplicas: replicas - available } : {},
    conditions
  };
  const revision = current.metadata.annotations?.[REVISION] ?? "1";
  const annotations = { ...deployment2.metadata.annotations ?? {}, [REVISION]: revision };
  putIfChanged(cluster, { ...deployment2, metadata: { ...deployment2.metadata, annotations }, status }, deployment2, state.ownWrites);
}
function unavailableAllowed(deployment2, desired) {
  if (deployment2.spec?.strategy?.type === "Recreate") return 0;
  const value = deployment2.spec?.strategy?.rollingUpdate?.maxUnavailable ?? "25%";
  return typeof value === "number" ? value : Math.floor(desired * Number.parseInt(String(value), 10) / 100);
}
function condition(previous, type, status, reason, message, now) {
  const before = previous.find((c) => c.type === type);
  if (before && before.status === status && before.reason === reason && before.message === message) return before;
  return {
    type,
    status,
    lastUpdateTime: now,
    lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now,
    reason,
    message
  };
}

// src/core/cluster/controllers/service-endpoints.ts
function managesEndpoints(service3) {
  return Boolean(service3?.spec?.selector && Object.keys(service3.spec.selector).length > 0 && service3.spec.type !== "ExternalName");
}
function selectedPods(state, service3) {
  const selector2 = service3.spec?.selector ?? {};
  const namespace3 = service3.metadata.namespace ?? "";
  let smallest;
  for (const [k, v] of Object.entries(selector2)) {
    const candidates = state.podLabels.get(`${namespace3}|${k}=${v}`);
    if (!candidates) return [];
    if (!smallest || candidates.size < smallest.size) smallest = candidates;
  }
  const out = [];
  for (const key of smallest ?? []) {
    const pod3 = state.objects.get(key);
    if (pod3 && matchesLabels(pod3.metadata.labels, selector2)) out.push(pod3);
  }
  return out.sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
}
function serviceBackends(state, service3) {
  const out = [];
  for (const pod3 of selectedPods(state, service3)) {
    const ip = pod3.status?.podIP;
    if (!ip || isTerminal(pod3) || pod3.metadata.deletionTimestamp) continue;
    const ports = [];
    for (const servicePort2 of service3.spec?.ports ?? []) {
      const port = resolveTargetPort(pod3, servicePort2);
      if (port === void 0) continue;
      ports.push({
        name: servicePort2.name ?? "",
        port,
        protocol: servicePort2.protocol ?? "TCP",
        ...servicePort2.appProtocol ? { appProtocol: servicePort2.appProtocol } : {}
      });
    }
    out.push({ pod: pod3, ip, ready: isPodReady(pod3), ports });
  }
  return out;
}
function resolveTargetPort(pod3, servicePort2) {
  const target = servicePort2.targetPort ?? servicePort2.port;
  if (typeof target === "number") return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = servicePort2.protocol ?? "TCP";
  for (const container2 of pod3.spec?.containers ?? []) {
    for (const port of container2.ports ?? []) {
      if (port.name === target && (port.protocol ?? "TCP") === protocol) return port.containerPort;
    }
  }
  return void 0;
}
function byAddress(a, b) {
  return a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0;
}
var HEADLESS_LABEL = "service.kubernetes.io/headless";
function inheritedLabels(service3) {
  const labels2 = { ...service3.metadata.labels ?? {} };
  if (service3.spec?.clusterIP === "None") labels2[HEADLESS_LABEL] = "";
  return labels2;
}

// src/core/cluster/controllers/endpointslice-controller.ts
var MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
var SLICE_CONTROLLER = "endpointslice-controller.k8s.io";
var SERVICE_NAME_LABEL = "kubernetes.io/service-name";
var TRIGGER_TIME = "endpoints.kubernetes.io/last-change-trigger-time";
function syncEndpointSlices(cluster, state, serviceKey) {
  const { namespace: namespace3, name } = splitKey(serviceKey);
  const service3 = cluster.store.peek("Service", namespace3, name);
  const existing = ownSlices(state, namespace3, name);
  if (!managesEndpoints(service3)) {
    for (const slice2 of existing) cluster.store.remove("EndpointSlice", namespace3, slice2.metadata.name);
    return;
  }
  const groups = groupByPorts(service3, serviceBackends(state, service3));
  if (groups.size === 0) groups.set(canonicalJson([]), { ports: [], endpoints: [] });
  const byPorts = /* @__PURE__ */ new Map();
  for (const slice2 of existing) {
    const fingerprint = canonicalJson(slice2.ports ?? []);
    byPorts.set(fingerprint, [...byPorts.get(fingerprint) ?? [], slice2]);
  }
  const kept = /* @__PURE__ */ new Set();
  for (const [fingerprint, group] of groups) {
    const reusable = byPorts.get(fingerprint) ?? [];
    chunks(group.endpoints).forEach((endpoints2, index2) => {
      const current = reusable[index2];
      if (current) kept.add(current.metadata.name);
      writeSlice(cluster, service3, current, { ports: group.ports, endpoints: endpoints2 });
    });
  }
  for (const slice2 of existing) if (!kept.has(slice2.metadata.name)) cluster.store.remove("EndpointSlice", namespace3, slice2.metadata.name);
}
var MAX_ENDPOINTS_PER_SLICE = 100;
function chunks(endpoints2) {
  if (endpoints2.length === 0) return [[]];
  const out = [];
  for (let i = 0; i < endpoints2.length; i += MAX_ENDPOINTS_PER_SLICE) out.push(endpoints2.slice(i, i + MAX_ENDPOINTS_PER_SLICE));
  return out;
}
function ownSlices(state, namespace3, service3) {
  const out = [];
  for (const key of state.slicesByService.get(`${namespace3}|${service3}`) ?? []) {
    const slice2 = state.objects.get(key);
    if (slice2?.metadata.labels?.[MANAGED_BY] === SLICE_CONTROLLER) out.push(slice2);
  }
  return out.sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
}
function groupByPorts(service3, backends) {
  const groups = /* @__PURE__ */ new Map();
  for (const backend2 of [...backends].sort(byAddress)) {
    const ports = backend2.ports.map((p) => ({
      name: p.name,
      port: p.port,
      protocol: p.protocol,
      ...p.appProtocol ? { appProtocol: p.appProtocol } : {}
    }));
    const fingerprint = canonicalJson(ports);
    let group = groups.get(fingerprint);
    if (!group) groups.set(fingerprint, group = { ports, endpoints: [] });
    group.endpoints.push(endpointFor(service3, backend2));
  }
  return groups;
}
function endpointFor(service3, backend2) {
  const { pod: pod3 } = backend2;
  const hostname = pod3.spec?.hostname && pod3.spec.subdomain === service3.metadata.name ? pod3.spec.hostname : void 0;
  const publishNotReady = service3.spec?.publishNotReadyAddresses ?? false;
  return {
    addresses: [backend2.ip],
    conditions: { ready: publishNotReady || backend2.ready, serving: backend2.ready, terminating: false },
    ...hostname ? { hostname } : {},
    ...pod3.spec?.nodeName ? { nodeName: pod3.spec.nodeName } : {},
    targetRef: { kind: "Pod", name: pod3.metadata.name, namespace: pod3.metadata.namespace, uid: pod3.metadata.uid }
  };
}
function writeSlice(cluster, service3, current, group) {
  const namespace3 = service3.metadata.namespace;
  const name = current?.metadata.name ?? uniqueName(cluster, "EndpointSlice", namespace3, `${service3.metadata.name}-`);
  const labels2 = { ...inheritedLabels(service3), [MANAGED_BY]: SLICE_CONTROLLER, [SERVICE_NAME_LABEL]: service3.metadata.name };
  const body = { addressType: "IPv4", endpoints: group.endpoints, ports: group.ports };
  const unchanged = current && canonicalJson({ a: current.addressType, e: current.endpoints, p: current.ports }) === canonicalJson({ a: body.addressType, e: body.endpoints, p: body.ports });
  const annotations = { ...current?.metadata.annotations ?? {} };
  if (!unchanged) annotations[TRIGGER_TIME] = nowTimestamp(cluster);
  const slice2 = {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: {
      ...current?.metadata ?? { uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster) },
      name,
      generateName: `${service3.metadata.name}-`,
      namespace: namespace3,
      generation: (current?.metadata.generation ?? 0) + (unchanged ? 0 : 1),
      labels: labels2,
      annotations,
      ownerReferences: [ownerReferenceTo(service3)]
    },
    ...body
  };
  putIfChanged(cluster, slice2, current);
}

// src/core/cluster/controllers/endpoints-controller.ts
var ENDPOINTS_MANAGED_BY = "endpoints.kubernetes.io/managed-by";
var ENDPOINTS_CONTROLLER = "endpoint-controller";
function syncEndpoints(cluster, state, serviceKey) {
  const { namespace: namespace3, name } = splitKey(serviceKey);
  const service3 = cluster.store.peek("Service", namespace3, name);
  const current = cluster.store.peek("Endpoints", namespace3, name);
  if (!service3) {
    if (current) cluster.store.remove("Endpoints", namespace3, name);
    return;
  }
  if (!managesEndpoints(service3)) {
    if (current?.metadata.labels?.[ENDPOINTS_MANAGED_BY] === ENDPOINTS_CONTROLLER) cluster.store.remove("Endpoints", namespace3, name);
    return;
  }
  const subsets = buildSubsets(state, service3);
  const unchanged = current && canonicalJson(current.subsets ?? []) === canonicalJson(subsets);
  const annotations = { ...current?.metadata.annotations ?? {} };
  if (!unchanged) annotations[TRIGGER_TIME] = nowTimestamp(cluster);
  const next = {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: {
      ...current?.metadata ?? { uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster) },
      name,
      namespace: namespace3,
      labels: { ...inheritedLabels(service3), [ENDPOINTS_MANAGED_BY]: ENDPOINTS_CONTROLLER },
      annotations
    },
    ...subsets.length > 0 ? { subsets } : {}
  };
  putIfChanged(cluster, next, current);
}
function buildSubsets(state, service3) {
  const publishNotReady = service3.spec?.publishNotReadyAddresses ?? false;
  const hasPorts = (service3.spec?.ports ?? []).length > 0;
  const groups = /* @__PURE__ */ new Map();
  for (const backend2 of serviceBackends(state, service3)) {
    if (hasPorts && backend2.ports.length === 0) continue;
    const ports = backend2.ports.map((p) => ({
      ...p.name ? { name: p.name } : {},
      port: p.port,
      protocol: p.protocol,
      ...p.appProtocol ? { appProtocol: p.appProtocol } : {}
    }));
    const fingerprint = canonicalJson(ports);
    let group = groups.get(fingerprint);
    if (!group) groups.set(fingerprint, group = { ports, ready: [], notReady: [] });
    const { pod: pod3 } = backend2;
    const hostname = pod3.spec?.hostname && pod3.spec.subdomain === service3.metadata.name ? pod3.spec.hostname : void 0;
    const address = {
      ...hostname ? { hostname } : {},
      ip: backend2.ip,
      ...pod3.spec?.nodeName ? { nodeName: pod3.spec.nodeName } : {},
      targetRef: { kind: "Pod", name: pod3.metadata.name, namespace: pod3.metadata.namespace, uid: pod3.metadata.uid }
    };
    (backend2.ready || publishNotReady ? group.ready : group.notReady).push(address);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key);
    return {
      ...group.ready.length ? { addresses: group.ready.sort(byAddress) } : {},
      ...group.notReady.length ? { notReadyAddresses: group.notReady.sort(byAddress) } : {},
      ...group.ports.length ? { ports: group.ports } : {}
    };
  });
}

// src/core/cluster/controllers/garbage-collector.ts
function collectDependents(cluster, state, ownerUid) {
  if (state.uids.has(ownerUid)) return;
  const dependents = state.dependents.get(ownerUid);
  if (!dependents) return;
  for (const key of [...dependents].sort()) {
    const object = state.objects.get(key);
    if (!object) continue;
    const owners = object.metadata.ownerReferences ?? [];
    if (owners.some((ref) => ref.uid !== ownerUid && state.uids.has(ref.uid))) continue;
    const { kind: kind2, namespace: namespace3, name } = splitKey(key);
    cluster.store.remove(kind2, namespace3 || void 0, name);
  }
}
function purgeNamespace(cluster, namespace3) {
  if (cluster.store.has("Namespace", void 0, namespace3)) return;
  for (const kind2 of cluster.store.kindsStored()) {
    for (const object of [...cluster.store.view(kind2, namespace3)]) cluster.store.remove(kind2, namespace3, object.metadata.name);
  }
}

// src/core/cluster/resource-types.ts
var t = (kind2, group, version2, resource, shortNames, namespaced, simulated = false) => ({ kind: kind2, group, version: version2, resource, singular: kind2.toLowerCase(), shortNames, namespaced, simulated });
var RESOURCE_TYPES = [
  t("Namespace", "", "v1", "namespaces", ["ns"], false, true),
  t("Node", "", "v1", "nodes", ["no"], false, true),
  t("Pod", "", "v1", "pods", ["po"], true, true),
  t("Service", "", "v1", "services", ["svc"], true, true),
  t("Endpoints", "", "v1", "endpoints", ["ep"], true, true),
  t("Event", "", "v1", "events", ["ev"], true, true),
  t("ServiceAccount", "", "v1", "serviceaccounts", ["sa"], true),
  t("ConfigMap", "", "v1", "configmaps", ["cm"], true),
  t("Secret", "", "v1", "secrets", [], true),
  t("PersistentVolumeClaim", "", "v1", "persistentvolumeclaims", ["pvc"], true),
  t("PersistentVolume", "", "v1", "persistentvolumes", ["pv"], false),
  t("LimitRange", "", "v1", "limitranges", ["limits"], true),
  t("ResourceQuota", "", "v1", "resourcequotas", ["quota"], true),
  t("ReplicationController", "", "v1", "replicationcontrollers", ["rc"], true),
  t("PodTemplate", "", "v1", "podtemplates", [], true),
  t("Deployment", "apps", "v1", "deployments", ["deploy"], true, true),
  t("ReplicaSet", "apps", "v1", "replicasets", ["rs"], true, true),
  t("StatefulSet", "apps", "v1", "statefulsets", ["sts"], true, true),
  t("DaemonSet", "apps", "v1", "daemonsets", ["ds"], true),
  t("ControllerRevision", "apps", "v1", "controllerrevisions", [], true),
  t("Job", "batch", "v1", "jobs", [], true),
  t("CronJob", "batch", "v1", "cronjobs", ["cj"], true),
  t("EndpointSlice", "discovery.k8s.io", "v1", "endpointslices", [], true, true),
  t("Ingress", "networking.k8s.io", "v1", "ingresses", ["ing"], true, true),
  t("IngressClass", "networking.k8s.io", "v1", "ingressclasses", [], false, true),
  t("NetworkPolicy", "networking.k8s.io", "v1", "networkpolicies", ["netpol"], true),
  t("ServiceCIDR", "networking.k8s.io", "v1", "servicecidrs", [], false),
  t("IPAddress", "networking.k8s.io", "v1", "ipaddresses", ["ip"], false),
  t("HorizontalPodAutoscaler", "autoscaling", "v2", "horizontalpodautoscalers", ["hpa"], true),
  t("PodDisruptionBudget", "policy", "v1", "poddisruptionbudgets", ["pdb"], true),
  t("Role", "rbac.authorization.k8s.io", "v1", "roles", [], true),
  t("RoleBinding", "rbac.authorization.k8s.io", "v1", "rolebindings", [], true),
  t("ClusterRole", "rbac.authorization.k8s.io", "v1", "clusterroles", [], false),
  t("ClusterRoleBinding", "rbac.authorization.k8s.io", "v1", "clusterrolebindings", [], false),
  t("StorageClass", "storage.k8s.io", "v1", "storageclasses", ["sc"], false),
  t("PriorityClass", "scheduling.k8s.io", "v1", "priorityclasses", ["pc"], false),
  t("Lease", "coordination.k8s.io", "v1", "leases", [], true),
  t("CustomResourceDefinition", "apiextensions.k8s.io", "v1", "customresourcedefinitions", ["crd", "crds"], false)
];
function apiVersionOf(type) {
  return type.group ? `${type.group}/${type.version}` : type.version;
}
function typeForObject(apiVersion, kind2) {
  const [group, version2] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", apiVersion];
  return RESOURCE_TYPES.find((type) => type.kind === kind2 && type.group === group && type.version === version2);
}
function typeForKind(kind2) {
  return RESOURCE_TYPES.find((type) => type.kind === kind2);
}
function typeForName(name) {
  const lower = name.toLowerCase();
  const dot = lower.indexOf(".");
  const base = dot === -1 ? lower : lower.slice(0, dot);
  const group = dot === -1 ? void 0 : lower.slice(dot + 1);
  return RESOURCE_TYPES.find(
    (type) => (type.resource === base || type.singular === base || type.shortNames.includes(base)) && (group === void 0 || type.group === group || `${type.version}.${type.group}`.replace(/^v1\.$/, "v1") === group)
  );
}
function qualifiedSingular(type) {
  return type.group ? `${type.singular}.${type.group}` : type.singular;
}
function qualifiedResource(type) {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}

// src/core/cluster/api/go-json.ts
function goJson(value, sortKeys3 = true) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return goJsonString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => goJson(item, sortKeys3)).join(",")}]`;
  if (typeof value === "object") {
    const keys = Object.keys(value).filter((key) => value[key] !== void 0);
    if (sortKeys3) keys.sort();
    return `{${keys.map((key) => `${goJsonString(key)}:${goJson(value[key], sortKeys3)}`).join(",")}}`;
  }
  return "null";
}
function goJsonString(text) {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function goQuote(text) {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "	") out += "\\t";
    else if (char === "\r") out += "\\r";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

// src/core/cluster/api/api-status.ts
function notFound(type, name) {
  return { code: 404, reason: "NotFound", message: `${qualifiedResource(type)} ${goQuote(name)} not found`, kind: type.kind, name };
}
function alreadyExists(type, name) {
  return { code: 409, reason: "AlreadyExists", message: `${qualifiedResource(type)} ${goQuote(name)} already exists`, kind: type.kind, name };
}
function conflict(type, name) {
  return {
    code: 409,
    reason: "Conflict",
    message: `Operation cannot be fulfilled on ${qualifiedResource(type)} ${goQuote(name)}: the object has been modified; please apply your changes to the latest version and try again`,
    kind: type.kind,
    name
  };
}
function forbiddenError(type, name, why) {
  return { code: 403, reason: "Forbidden", message: `${qualifiedResource(type)} ${goQuote(name)} is forbidden: ${why}`, kind: type.kind, name };
}
function badRequest(message) {
  return { code: 400, reason: "BadRequest", message };
}
function internalError(detail) {
  return { code: 500, reason: "InternalError", message: `Internal error occurred: ${detail}` };
}
function cannotDecode(type, why) {
  return badRequest(`${type.kind} in version ${goQuote(type.version)} cannot be handled as a ${type.kind}: ${why}`);
}

// src/core/cluster/api/apply-merge.ts
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function lastAppliedFor(manifest) {
  const copy = structuredClone(manifest);
  const annotations = { ...copy.metadata.annotations ?? {} };
  delete annotations[LAST_APPLIED];
  copy.metadata.annotations = annotations;
  return `${goJson(copy)}
`;
}
function withLastApplied(manifest, source = manifest) {
  const annotation = lastAppliedFor(source);
  return { ...manifest, metadata: { ...manifest.metadata, annotations: { ...manifest.metadata.annotations, [LAST_APPLIED]: annotation } } };
}
function lastAppliedOf(live) {
  const text = live.metadata.annotations?.[LAST_APPLIED];
  if (!text) return void 0;
  try {
    return withoutNulls(JSON.parse(text));
  } catch {
    return void 0;
  }
}
function threeWayMerge(original, modified, live) {
  return mergeMaps(original ?? {}, modified, structuredClone(live), "");
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isMap(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null).map(([key, child]) => [key, withoutNulls(child)]));
}
var isMap = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergeMaps(original, modified, live, path) {
  for (const key of Object.keys(original)) {
    if (!(key in modified)) delete live[key];
  }
  for (const [key, value] of Object.entries(modified)) {
    const childPath = path ? `${path}.${key}` : key;
    if (value === null) delete live[key];
    else live[key] = mergeValue(original[key], value, live[key], childPath);
  }
  return live;
}
function mergeValue(original, modified, live, path) {
  if (isMap(modified) && isMap(live)) return mergeMaps(isMap(original) ? original : {}, modified, live, path);
  if (Array.isArray(modified) && Array.isArray(live)) {
    const key = mergeKeyFor(path);
    const keyed = (items) => items.every((item) => isMap(item) && item[key ?? ""] !== void 0);
    const unique = (items) => new Set(items.map((item) => JSON.stringify(item[key ?? ""]))).size === items.length;
    if (key && keyed(modified) && keyed(live) && unique(modified) && unique(live)) {
      return mergeLists(Array.isArray(original) ? original : [], modified, live, key, path);
    }
  }
  return structuredClone(modified);
}
function mergeLists(original, modified, live, key, path) {
  const find = (items, id) => items.find((item) => isMap(item) && item[key] === id);
  const merged = modified.map((item) => {
    const current = find(live, item[key]);
    return current ? mergeMaps(find(original, item[key]) ?? {}, item, current, path) : structuredClone(item);
  });
  const extra = live.filter((item) => !find(modified, item[key]) && !find(original, item[key]));
  return [...merged, ...extra];
}
function mergeKeyFor(path) {
  const last = path.slice(path.lastIndexOf(".") + 1);
  if (last === "ports") {
    if (/(^|\.)(containers|initContainers)$/.test(path.slice(0, path.lastIndexOf(".")))) return "containerPort";
    return path === "spec.ports" ? "port" : void 0;
  }
  const keys = {
    containers: "name",
    initContainers: "name",
    env: "name",
    volumes: "name",
    volumeMounts: "mountPath",
    imagePullSecrets: "name",
    hostAliases: "ip",
    ownerReferences: "uid",
    conditions: "type"
  };
  return keys[last];
}
function sameJson(a, b) {
  return goJson(a) === goJson(b);
}

// src/core/cluster/kube-object.ts
function clone(value) {
  return structuredClone(value);
}

// src/core/cluster/api/field-shape.ts
var struct = (name, fields) => ({ struct: name, fields });
var list = (item) => ({ list: item });
var map = (value) => ({ map: value });
var S = "string";
var I = "int32";
var L = "int64";
var B = "bool";
var strings = list(S);
var stringMap = map(S);
function goTypeName(shape) {
  if (typeof shape === "string") {
    const names2 = {
      string: "string",
      int32: "int32",
      int64: "int64",
      bool: "bool",
      intOrString: "intstr.IntOrString",
      quantity: "resource.Quantity",
      time: "v1.Time",
      any: "interface {}"
    };
    return names2[shape];
  }
  if ("struct" in shape) return `v1.${shape.struct}`;
  if ("list" in shape) return `[]${goTypeName(shape.list)}`;
  return `map[string]${goTypeName(shape.map)}`;
}

// src/core/cluster/api/decode-strict.ts
var QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
var QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
var TypeError_ = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
function decodeStrict(shape, value, open = false) {
  const unknown = [];
  try {
    walkStruct(shape, value, { jsonPath: "", goPath: "", goStruct: shape.struct }, unknown, open);
  } catch (error) {
    if (error instanceof TypeError_) return { ok: false, why: error.message };
    throw error;
  }
  if (unknown.length > 0) return { ok: false, why: `strict decoding error: ${unknown.map((path) => `unknown field "${path}"`).join(", ")}` };
  return { ok: true };
}
function jsonKind(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "boolean") return "bool";
  return typeof value === "object" ? "object" : typeof value;
}
function mismatch(value, shape, context) {
  const kind2 = typeof value === "number" && !Number.isInteger(value) ? `number ${value}` : jsonKind(value);
  if (!context.goPath) return new TypeError_(`json: cannot unmarshal ${kind2} into Go value of type ${goTypeName(shape)}`);
  return new TypeError_(`json: cannot unmarshal ${kind2} into Go struct field ${context.goStruct}.${context.goPath} of type ${goTypeName(shape)}`);
}
function walk(shape, value, context, unknown) {
  if (value === null || value === void 0) return;
  if (typeof shape === "string") return checkScalar(shape, value, context);
  if ("struct" in shape) return walkStruct(shape, value, context, unknown, false);
  if ("list" in shape) {
    if (!Array.isArray(value)) throw mismatch(value, shape, context);
    value.forEach((item, index2) => walk(shape.list, item, { ...context, jsonPath: `${context.jsonPath}[${index2}]` }, unknown));
    return;
  }
  if (typeof value !== "object" || Array.isArray(value)) throw mismatch(value, shape, context);
  for (const key of Object.keys(value).sort()) {
    walk(shape.map, value[key], { ...context, jsonPath: `${context.jsonPath}.${key}` }, unknown);
  }
}
function walkStruct(shape, value, context, unknown, open) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw mismatch(value, shape, context);
  for (const key of Object.keys(value).sort()) {
    const jsonPath2 = context.jsonPath ? `${context.jsonPath}.${key}` : key;
    const field2 = shape.fields[key];
    if (!field2) {
      if (!open) unknown.push(jsonPath2);
      continue;
    }
    const goPath = context.goPath ? `${context.goPath}.${key}` : key;
    walk(field2, value[key], { jsonPath: jsonPath2, goPath, goStruct: shape.struct }, unknown);
  }
}
function checkScalar(shape, value, context) {
  switch (shape) {
    case "any":
      return;
    case "string":
    case "time":
      if (typeof value !== "string") throw mismatch(value, shape, context);
      return;
    case "bool":
      if (typeof value !== "boolean") throw mismatch(value, shape, context);
      return;
    case "int32":
    case "int64":
      if (typeof value !== "number" || !Number.isInteger(value) || !fits(value, shape)) throw mismatch(value, shape, context);
      return;
    case "intOrString":
      if (typeof value === "string") return;
      if (typeof value !== "number" || !Number.isInteger(value) || !fits(value, "int32")) {
        const kind2 = typeof value === "number" ? `number ${value}` : jsonKind(value);
        throw new TypeError_(`json: cannot unmarshal ${kind2} into Go value of type int32`);
      }
      return;
    case "quantity":
      if (typeof value === "number" ? !QUANTITY.test(String(value)) : typeof value !== "string" || !QUANTITY.test(value)) {
        throw new TypeError_(QUANTITY_ERROR);
      }
      return;
  }
}
function fits(value, shape) {
  return shape === "int32" ? value >= -2147483648 && value <= 2147483647 : Number.isSafeInteger(value);
}
function dropNulls(shape, value) {
  if (value === null || value === void 0) return void 0;
  if (typeof shape === "string") return value;
  if ("list" in shape) {
    if (!Array.isArray(value)) return value;
    const itemIsObject = typeof shape.list !== "string";
    return value.map((item) => dropNulls(shape.list, item) ?? (itemIsObject ? {} : item));
  }
  if (typeof value !== "object" || Array.isArray(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const childShape = "struct" in shape ? shape.fields[key] ?? "any" : shape.map;
    const cleaned = dropNulls(childShape, child);
    if (cleaned !== void 0) out[key] = cleaned;
  }
  return out;
}

// src/core/cluster/api/field-error.ts
var required = (field2, detail = "") => ({ type: "Required value", field: field2, detail });
var forbidden = (field2, detail) => ({ type: "Forbidden", field: field2, detail });
var invalid = (field2, value, detail) => ({ type: "Invalid value", field: field2, value: { v: value }, detail });
var notFoundValue = (field2, value) => ({ type: "Not found", field: field2, value: { v: value }, detail: "" });
var duplicate = (field2, value) => ({ type: "Duplicate value", field: field2, value: { v: value }, detail: "" });
function notSupported(field2, value, supported) {
  const list2 = [...supported].sort().map(goQuote).join(", ");
  return { type: "Unsupported value", field: field2, value: { v: value }, detail: list2 ? `supported values: ${list2}` : "" };
}
function renderValue(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return goQuote(value);
  if (value instanceof OrderedStruct) return goJson(value.fields, false);
  return goJson(value);
}
var OrderedStruct = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
function renderFieldError(error) {
  let body = error.type;
  if (error.value && error.type !== "Required value" && error.type !== "Forbidden") {
    body += `: ${renderValue(error.value.v)}`;
  }
  if (error.detail) body += `: ${error.detail}`;
  return `${error.field}: ${body}`;
}
function invalidError(kind2, group, name, errors) {
  const causes = [...new Set(errors.map(renderFieldError))];
  const qualified = group ? `${kind2}.${group}` : kind2;
  const list2 = causes.length === 1 ? causes[0] : `[${causes.join(", ")}]`;
  return { code: 422, reason: "Invalid", message: `${qualified} ${goQuote(name)} is invalid: ${list2}`, kind: kind2, name, causes };
}

// src/core/cluster/api/known-fields-meta.ts
var ownerReference = struct("OwnerReference", { apiVersion: S, kind: S, name: S, uid: S, controller: B, blockOwnerDeletion: B });
var objectMeta = struct("ObjectMeta", {
  name: S,
  generateName: S,
  namespace: S,
  selfLink: S,
  uid: S,
  resourceVersion: S,
  generation: L,
  creationTimestamp: "time",
  deletionTimestamp: "time",
  deletionGracePeriodSeconds: L,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: list(ownerReference),
  finalizers: strings,
  managedFields: list("any")
});
var labelSelector = struct("LabelSelector", {
  matchLabels: stringMap,
  matchExpressions: list(struct("LabelSelectorRequirement", { key: S, operator: S, values: strings }))
});
var objectReference = struct("ObjectReference", {
  kind: S,
  namespace: S,
  name: S,
  uid: S,
  apiVersion: S,
  resourceVersion: S,
  fieldPath: S
});
var localObjectReference = struct("LocalObjectReference", { name: S });
var typedLocalObjectReference = struct("TypedLocalObjectReference", { apiGroup: S, kind: S, name: S });
var condition2 = struct("Condition", {
  type: S,
  status: S,
  observedGeneration: L,
  lastTransitionTime: "time",
  lastUpdateTime: "time",
  lastProbeTime: "time",
  reason: S,
  message: S
});
var resourceList = map("quantity");
var typeMeta = { apiVersion: S, kind: S, metadata: objectMeta };

// src/core/cluster/api/known-fields-pod.ts
var keyRef = (name) => struct(name, { name: S, key: S, optional: B });
var envVar = struct("EnvVar", {
  name: S,
  value: S,
  valueFrom: struct("EnvVarSource", {
    fieldRef: struct("ObjectFieldSelector", { apiVersion: S, fieldPath: S }),
    resourceFieldRef: struct("ResourceFieldSelector", { containerName: S, resource: S, divisor: "quantity" }),
    configMapKeyRef: keyRef("ConfigMapKeySelector"),
    secretKeyRef: keyRef("SecretKeySelector"),
    fileKeyRef: struct("FileKeySelector", { volumeName: S, path: S, key: S, optional: B })
  })
});
var envFrom = struct("EnvFromSource", {
  prefix: S,
  configMapRef: struct("ConfigMapEnvSource", { name: S, optional: B }),
  secretRef: struct("SecretEnvSource", { name: S, optional: B })
});
var httpGet = struct("HTTPGetAction", {
  path: S,
  port: "intOrString",
  host: S,
  scheme: S,
  httpHeaders: list(struct("HTTPHeader", { name: S, value: S }))
});
var tcpSocket = struct("TCPSocketAction", { port: "intOrString", host: S });
var exec = struct("ExecAction", { command: strings });
var probe = struct("Probe", {
  exec,
  httpGet,
  tcpSocket,
  grpc: struct("GRPCAction", { port: I, service: S }),
  initialDelaySeconds: I,
  timeoutSeconds: I,
  periodSeconds: I,
  successThreshold: I,
  failureThreshold: I,
  terminationGracePeriodSeconds: L
});
var lifecycleHandler = struct("LifecycleHandler", { exec, httpGet, tcpSocket, sleep: struct("SleepAction", { seconds: L }) });
var seLinuxOptions = struct("SELinuxOptions", { user: S, role: S, type: S, level: S });
var profile = (name) => struct(name, { type: S, localhostProfile: S });
var windowsOptions = struct("WindowsSecurityContextOptions", {
  gmsaCredentialSpecName: S,
  gmsaCredentialSpec: S,
  runAsUserName: S,
  hostProcess: B
});
var securityContext = struct("SecurityContext", {
  capabilities: struct("Capabilities", { add: strings, drop: strings }),
  privileged: B,
  seLinuxOptions,
  windowsOptions,
  runAsUser: L,
  runAsGroup: L,
  runAsNonRoot: B,
  readOnlyRootFilesystem: B,
  allowPrivilegeEscalation: B,
  procMount: S,
  seccompProfile: profile("SeccompProfile"),
  appArmorProfile: profile("AppArmorProfile")
});
var podSecurityContext = struct("PodSecurityContext", {
  seLinuxOptions,
  windowsOptions,
  runAsUser: L,
  runAsGroup: L,
  runAsNonRoot: B,
  supplementalGroups: list(L),
  supplementalGroupsPolicy: S,
  fsGroup: L,
  sysctls: list(struct("Sysctl", { name: S, value: S })),
  fsGroupChangePolicy: S,
  seccompProfile: profile("SeccompProfile"),
  appArmorProfile: profile("AppArmorProfile"),
  seLinuxChangePolicy: S
});
var resources = struct("ResourceRequirements", {
  limits: resourceList,
  requests: resourceList,
  claims: list(struct("ResourceClaim", { name: S, request: S }))
});
var container = struct("Container", {
  name: S,
  image: S,
  command: strings,
  args: strings,
  workingDir: S,
  ports: list(struct("ContainerPort", { name: S, hostPort: I, containerPort: I, protocol: S, hostIP: S })),
  envFrom: list(envFrom),
  env: list(envVar),
  resources,
  resizePolicy: list(struct("ContainerResizePolicy", { resourceName: S, restartPolicy: S })),
  restartPolicy: S,
  restartPolicyRules: list("any"),
  volumeMounts: list(
    struct("VolumeMount", {
      name: S,
      readOnly: B,
      recursiveReadOnly: S,
      mountPath: S,
      subPath: S,
      mountPropagation: S,
      subPathExpr: S
    })
  ),
  volumeDevices: list(struct("VolumeDevice", { name: S, devicePath: S })),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: struct("Lifecycle", { postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S }),
  terminationMessagePath: S,
  terminationMessagePolicy: S,
  imagePullPolicy: S,
  securityContext,
  stdin: B,
  stdinOnce: B,
  tty: B
});
var keyToPath = list(struct("KeyToPath", { key: S, path: S, mode: I }));
var volume = struct("Volume", {
  name: S,
  hostPath: struct("HostPathVolumeSource", { path: S, type: S }),
  emptyDir: struct("EmptyDirVolumeSource", { medium: S, sizeLimit: "quantity" }),
  secret: struct("SecretVolumeSource", { secretName: S, items: keyToPath, defaultMode: I, optional: B }),
  configMap: struct("ConfigMapVolumeSource", { name: S, items: keyToPath, defaultMode: I, optional: B }),
  persistentVolumeClaim: struct("PersistentVolumeClaimVolumeSource", { claimName: S, readOnly: B }),
  projected: struct("ProjectedVolumeSource", { sources: list("any"), defaultMode: I }),
  downwardAPI: struct("DownwardAPIVolumeSource", { items: list("any"), defaultMode: I }),
  nfs: struct("NFSVolumeSource", { server: S, path: S, readOnly: B }),
  image: struct("ImageVolumeSource", { reference: S, pullPolicy: S }),
  csi: "any",
  ephemeral: "any",
  iscsi: "any",
  gcePersistentDisk: "any",
  awsElasticBlockStore: "any",
  azureDisk: "any",
  azureFile: "any",
  cephfs: "any",
  rbd: "any",
  fc: "any",
  gitRepo: "any"
});
var toleration = struct("Toleration", { key: S, operator: S, value: S, effect: S, tolerationSeconds: L });
var podSpec = struct("PodSpec", {
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list("any"),
  restartPolicy: S,
  terminationGracePeriodSeconds: L,
  activeDeadlineSeconds: L,
  dnsPolicy: S,
  nodeSelector: stringMap,
  serviceAccountName: S,
  serviceAccount: S,
  automountServiceAccountToken: B,
  nodeName: S,
  hostNetwork: B,
  hostPID: B,
  hostIPC: B,
  shareProcessNamespace: B,
  securityContext: podSecurityContext,
  imagePullSecrets: list(localObjectReference),
  hostname: S,
  subdomain: S,
  affinity: struct("Affinity", { nodeAffinity: "any", podAffinity: "any", podAntiAffinity: "any" }),
  schedulerName: S,
  tolerations: list(toleration),
  hostAliases: list(struct("HostAlias", { ip: S, hostnames: strings })),
  priorityClassName: S,
  priority: I,
  dnsConfig: struct("PodDNSConfig", {
    nameservers: strings,
    searches: strings,
    options: list(struct("PodDNSConfigOption", { name: S, value: S }))
  }),
  readinessGates: list(struct("PodReadinessGate", { conditionType: S })),
  runtimeClassName: S,
  enableServiceLinks: B,
  preemptionPolicy: S,
  overhead: resourceList,
  topologySpreadConstraints: list("any"),
  setHostnameAsFQDN: B,
  os: struct("PodOS", { name: S }),
  hostUsers: B,
  schedulingGates: list(struct("PodSchedulingGate", { name: S })),
  resourceClaims: list("any"),
  resources,
  hostnameOverride: S
});
var podTemplateSpec = struct("PodTemplateSpec", { metadata: objectMeta, spec: podSpec });

// src/core/cluster/api/known-fields.ts
var servicePort = struct("ServicePort", { name: S, protocol: S, appProtocol: S, port: I, targetPort: "intOrString", nodePort: I });
var service = struct("Service", {
  ...typeMeta,
  spec: struct("ServiceSpec", {
    ports: list(servicePort),
    selector: stringMap,
    clusterIP: S,
    clusterIPs: strings,
    type: S,
    externalIPs: strings,
    sessionAffinity: S,
    loadBalancerIP: S,
    loadBalancerSourceRanges: strings,
    externalName: S,
    externalTrafficPolicy: S,
    healthCheckNodePort: I,
    publishNotReadyAddresses: B,
    sessionAffinityConfig: struct("SessionAffinityConfig", { clientIP: struct("ClientIPConfig", { timeoutSeconds: I }) }),
    ipFamilies: strings,
    ipFamilyPolicy: S,
    allocateLoadBalancerNodePorts: B,
    loadBalancerClass: S,
    internalTrafficPolicy: S,
    trafficDistribution: S
  }),
  status: struct("ServiceStatus", {
    loadBalancer: struct("LoadBalancerStatus", {
      ingress: list(
        struct("LoadBalancerIngress", {
          ip: S,
          hostname: S,
          ipMode: S,
          ports: list(struct("PortStatus", { port: I, protocol: S, error: S }))
        })
      )
    }),
    conditions: list(condition2)
  })
});
var pod = struct("Pod", { ...typeMeta, spec: podSpec, status: "any" });
var rollingUpdate = struct("RollingUpdateDeployment", { maxUnavailable: "intOrString", maxSurge: "intOrString" });
var deployment = struct("Deployment", {
  ...typeMeta,
  spec: struct("DeploymentSpec", {
    replicas: I,
    selector: labelSelector,
    template: podTemplateSpec,
    strategy: struct("DeploymentStrategy", { type: S, rollingUpdate }),
    minReadySeconds: I,
    revisionHistoryLimit: I,
    paused: B,
    progressDeadlineSeconds: I
  }),
  status: "any"
});
var replicaSet = struct("ReplicaSet", {
  ...typeMeta,
  spec: struct("ReplicaSetSpec", { replicas: I, minReadySeconds: I, selector: labelSelector, template: podTemplateSpec }),
  status: "any"
});
var statefulSet = struct("StatefulSet", {
  ...typeMeta,
  spec: struct("StatefulSetSpec", {
    replicas: I,
    selector: labelSelector,
    template: podTemplateSpec,
    volumeClaimTemplates: list("any"),
    serviceName: S,
    podManagementPolicy: S,
    updateStrategy: struct("StatefulSetUpdateStrategy", {
      type: S,
      rollingUpdate: struct("RollingUpdateStatefulSetStrategy", { partition: I, maxUnavailable: "intOrString" })
    }),
    revisionHistoryLimit: I,
    minReadySeconds: I,
    persistentVolumeClaimRetentionPolicy: struct("StatefulSetPersistentVolumeClaimRetentionPolicy", { whenDeleted: S, whenScaled: S }),
    ordinals: struct("StatefulSetOrdinals", { start: I })
  }),
  status: "any"
});
var ingressBackend = struct("IngressBackend", {
  service: struct("IngressServiceBackend", { name: S, port: struct("ServiceBackendPort", { name: S, number: I }) }),
  resource: typedLocalObjectReference
});
var ingress = struct("Ingress", {
  ...typeMeta,
  spec: struct("IngressSpec", {
    ingressClassName: S,
    defaultBackend: ingressBackend,
    tls: list(struct("IngressTLS", { hosts: strings, secretName: S })),
    rules: list(
      struct("IngressRule", {
        host: S,
        http: struct("HTTPIngressRuleValue", {
          paths: list(struct("HTTPIngressPath", { path: S, pathType: S, backend: ingressBackend }))
        })
      })
    )
  }),
  status: "any"
});
var ingressClass = struct("IngressClass", {
  ...typeMeta,
  spec: struct("IngressClassSpec", {
    controller: S,
    parameters: struct("IngressClassParametersReference", { apiGroup: S, kind: S, name: S, scope: S, namespace: S })
  })
});
var namespace = struct("Namespace", { ...typeMeta, spec: struct("NamespaceSpec", { finalizers: strings }), status: "any" });
var endpointSlice = struct("EndpointSlice", {
  ...typeMeta,
  addressType: S,
  endpoints: list(
    struct("Endpoint", {
      addresses: strings,
      conditions: struct("EndpointConditions", { ready: B, serving: B, terminating: B }),
      hostname: S,
      targetRef: objectReference,
      deprecatedTopology: stringMap,
      nodeName: S,
      zone: S,
      hints: "any"
    })
  ),
  ports: list(struct("EndpointPort", { name: S, protocol: S, port: I, appProtocol: S }))
});
var endpointAddress = struct("EndpointAddress", { ip: S, hostname: S, nodeName: S, targetRef: objectReference });
var endpoints = struct("Endpoints", {
  ...typeMeta,
  subsets: list(
    struct("EndpointSubset", {
      addresses: list(endpointAddress),
      notReadyAddresses: list(endpointAddress),
      ports: list(struct("EndpointPort", { name: S, port: I, protocol: S, appProtocol: S }))
    })
  )
});
var SHAPES = {
  Service: service,
  Pod: pod,
  Deployment: deployment,
  ReplicaSet: replicaSet,
  StatefulSet: statefulSet,
  Ingress: ingress,
  IngressClass: ingressClass,
  Namespace: namespace,
  EndpointSlice: endpointSlice,
  Endpoints: endpoints
};
function shapeForKind(kind2) {
  return SHAPES[kind2];
}
var openObjectShape = (kind2) => struct(kind2, { ...typeMeta });

// src/core/cluster/api/dns-names.ts
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
var QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
var anchored = (fmt) => new RegExp(`^${fmt}$`);
var DNS1123_LABEL = anchored(DNS1123_LABEL_FMT);
var DNS1123_SUBDOMAIN = anchored(DNS1123_SUBDOMAIN_FMT);
var DNS1035_LABEL = anchored(DNS1035_LABEL_FMT);
var QUALIFIED_NAME = anchored(QUALIFIED_NAME_FMT);
var LABEL_VALUE = anchored(LABEL_VALUE_FMT);
var WILDCARD_SUBDOMAIN = new RegExp(`^\\*\\.${DNS1123_SUBDOMAIN_FMT}$`);
var maxLenError = (length) => `must be no more than ${length} characters`;
function regexError(message, fmt, ...examples) {
  if (examples.length === 0) return `${message} (regex used for validation is '${fmt}')`;
  return `${message} (e.g. ${examples.map((example) => `'${example}', `).join(" or ")}regex used for validation is '${fmt}')`;
}
function lengthAndPattern(value, max, pattern, message, fmt, ...examples) {
  const errors = [];
  if (value.length > max) errors.push(maxLenError(max));
  if (!pattern.test(value)) errors.push(regexError(message, fmt, ...examples));
  return errors;
}
function dns1123Label(value) {
  return lengthAndPattern(value, 63, DNS1123_LABEL, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL_FMT, "my-name", "123-abc");
}
function dns1123Subdomain(value) {
  return lengthAndPattern(value, 253, DNS1123_SUBDOMAIN, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN_FMT, "example.com");
}
function dns1035Label(value) {
  return lengthAndPattern(value, 63, DNS1035_LABEL, "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_LABEL_FMT, "my-name", "abc-123");
}
function wildcardDns1123Subdomain(value) {
  return lengthAndPattern(value, 253, WILDCARD_SUBDOMAIN, "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character", `\\*\\.${DNS1123_SUBDOMAIN_FMT}`, "*.example.com");
}
function qualifiedName(value) {
  const errors = [];
  const parts = value.split("/");
  const nameRule = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  let name = parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errors.push("prefix part must be non-empty");
    else errors.push(...dns1123Subdomain(prefix).map((message) => `prefix part ${message}`));
  } else if (parts.length > 2) {
    return [
      `a qualified name ${regexError(nameRule, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  if (name.length === 0) errors.push("name part must be non-empty");
  else if (name.length > 63) errors.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME.test(name)) errors.push(`name part ${regexError(nameRule, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")}`);
  return errors;
}
function labelValue(value) {
  return lengthAndPattern(value, 63, LABEL_VALUE, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE_FMT, "MyValue", "my_value", "12345");
}
function portNumber(value) {
  return value >= 1 && value <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];
}
function portName(value) {
  const errors = [];
  if (value.length > 15) errors.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(value)) errors.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!/[a-z]/.test(value)) errors.push("must contain at least one letter (a-z)");
  if (value.includes("--")) errors.push("must not contain consecutive hyphens");
  if (value.startsWith("-") || value.endsWith("-")) errors.push("must not begin or end with a hyphen");
  return errors;
}
var maskTrailingDash = (name) => name.length > 1 && name.endsWith("-") ? `${name.slice(0, -1)}a` : name;
var nameIsDns1035Label = (name, prefix) => dns1035Label(prefix ? maskTrailingDash(name) : name);
var nameIsDns1123Label = (name, prefix) => dns1123Label(prefix ? maskTrailingDash(name) : name);
var nameIsDns1123Subdomain = (name, prefix) => dns1123Subdomain(prefix ? maskTrailingDash(name) : name);

// src/core/cluster/api/ip-address.ts
function parseIPv4(text) {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) return void 0;
  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return void 0;
  return (octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]) >>> 0;
}
function formatIPv4(value) {
  return [24, 16, 8, 0].map((shift) => value >>> shift & 255).join(".");
}
function isIPv6(text) {
  if (!text.includes(":") || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const doubleColons = text.split("::").length - 1;
  if (doubleColons > 1) return false;
  const groups = text.split(":").filter((group) => group !== "");
  return groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group) || parseIPv4(group) !== void 0) && (doubleColons === 1 || groups.length === 8);
}
var isIP = (text) => parseIPv4(text) !== void 0 || isIPv6(text);
function parseCidr(text) {
  const [ip, bits] = text.split("/");
  const size = 2 ** (32 - Number(bits));
  return { base: parseIPv4(ip) ?? 0, size, text };
}

// src/core/cluster/api/metadata.ts
function nameCheckFor(kind2) {
  if (kind2 === "Service") return nameIsDns1035Label;
  if (kind2 === "Namespace") return nameIsDns1123Label;
  return nameIsDns1123Subdomain;
}
var GENERATION_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "ReplicaSet",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob",
  "Pod",
  "Ingress",
  "IngressClass",
  "EndpointSlice",
  "NetworkPolicy",
  "PodDisruptionBudget",
  "HorizontalPodAutoscaler",
  "CustomResourceDefinition"
]);
var hasGeneration = (kind2) => GENERATION_KINDS.has(kind2);
function validateObjectMeta(meta3, namespaced, check) {
  const errors = [];
  if (meta3.generateName) {
    for (const message of check(meta3.generateName, true)) errors.push(invalid("metadata.generateName", meta3.generateName, message));
  }
  if (!meta3.name) errors.push(required("metadata.name", "name or generateName is required"));
  else for (const message of check(meta3.name, false)) errors.push(invalid("metadata.name", meta3.name, message));
  if (namespaced) {
    if (!meta3.namespace) errors.push(required("metadata.namespace"));
    else for (const message of nameIsDns1123Label(meta3.namespace, false)) errors.push(invalid("metadata.namespace", meta3.namespace, message));
  } else if (meta3.namespace) {
    errors.push(forbidden("metadata.namespace", "not allowed on this type"));
  }
  errors.push(...validateLabels(meta3.labels, "metadata.labels"));
  errors.push(...validateAnnotations(meta3.annotations, "metadata.annotations"));
  return errors;
}
function validateLabels(labels2, field2) {
  const errors = [];
  for (const key of Object.keys(labels2 ?? {}).sort()) {
    for (const message of qualifiedName(key)) errors.push(invalid(field2, key, message));
    const value = labels2?.[key] ?? "";
    for (const message of labelValue(value)) errors.push(invalid(field2, value, message));
  }
  return errors;
}
function validateAnnotations(annotations, field2) {
  const errors = [];
  for (const key of Object.keys(annotations ?? {}).sort()) {
    for (const message of qualifiedName(key.toLowerCase())) errors.push(invalid(field2, key, message));
  }
  return errors;
}
function systemFieldsForCreate(meta3, uid, timestamp, kind2) {
  const out = { ...meta3, uid, creationTimestamp: timestamp };
  delete out.resourceVersion;
  delete out.deletionTimestamp;
  delete out.deletionGracePeriodSeconds;
  delete out.managedFields;
  delete out.selfLink;
  delete out.generation;
  if (hasGeneration(kind2)) out.generation = 1;
  return out;
}

// src/core/cluster/api/ingress-rules.ts
var DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";
function fillDefaultIngressClass(ingress3, store3) {
  const spec = ingress3.spec ??= {};
  if (spec.ingressClassName || ingress3.metadata.annotations?.["kubernetes.io/ingress.class"]) return;
  const defaults = store3.view("IngressClass").filter((ingressClass3) => ingressClass3.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true").sort((a, b) => (b.metadata.creationTimestamp ?? "").localeCompare(a.metadata.creationTimestamp ?? "") || a.metadata.name.localeCompare(b.metadata.name));
  if (defaults.length > 0) spec.ingressClassName = defaults[0].metadata.name;
}
function validateIngress(ingress3) {
  const errors = validateObjectMeta(ingress3.metadata, true, nameCheckFor("Ingress"));
  const spec = ingress3.spec ?? {};
  if (!spec.rules?.length && !spec.defaultBackend) errors.push(invalid("spec", spec.rules ?? null, "either `defaultBackend` or `rules` must be specified"));
  if (spec.defaultBackend) errors.push(...validateBackend(spec.defaultBackend, "spec.defaultBackend"));
  (spec.rules ?? []).forEach((rule, i) => {
    const at = `spec.rules[${i}]`;
    if (rule.host) {
      if (isIP(rule.host)) errors.push(invalid(`${at}.host`, rule.host, "must be a DNS name, not an IP address"));
      const problems = rule.host.includes("*") ? wildcardDns1123Subdomain(rule.host) : dns1123Subdomain(rule.host);
      for (const message of problems) errors.push(invalid(`${at}.host`, rule.host, message));
    }
    if (!rule.http) return;
    if (!rule.http.paths?.length) errors.push(required(`${at}.http.paths`));
    (rule.http.paths ?? []).forEach((path, j) => errors.push(...validatePath(path, `${at}.http.paths[${j}]`)));
  });
  (spec.tls ?? []).forEach((tls, i) => {
    (tls.hosts ?? []).forEach((host, j) => {
      const problems = host.includes("*") ? wildcardDns1123Subdomain(host) : dns1123Subdomain(host);
      for (const message of problems) errors.push(invalid(`spec.tls[${i}].hosts[${j}]`, host, message));
    });
  });
  if (spec.ingressClassName !== void 0) {
    for (const message of dns1123Subdomain(spec.ingressClassName)) errors.push(invalid("spec.ingressClassName", spec.ingressClassName, message));
  }
  const annotated = ingress3.metadata.annotations?.["kubernetes.io/ingress.class"];
  if (annotated !== void 0 && spec.ingressClassName !== void 0 && annotated !== spec.ingressClassName) {
    errors.push(invalid("annotations.kubernetes.io/ingress.class", annotated, "must match `ingressClassName` when both are specified"));
  }
  return errors;
}
function validatePath(path, at) {
  if (!path.pathType) return [required(`${at}.pathType`, "pathType must be specified")];
  const errors = [];
  const value = path.path ?? "";
  if (path.pathType === "Exact" || path.pathType === "Prefix") {
    if (!value.startsWith("/")) errors.push(invalid(`${at}.path`, value, "must be an absolute path"));
    if (value) {
      for (const sequence of ["//", "/./", "/../", "%2f", "%2F"]) {
        if (value.includes(sequence)) errors.push(invalid(`${at}.path`, value, `must not contain '${sequence}'`));
      }
      for (const suffix of ["/..", "/."]) if (value.endsWith(suffix)) errors.push(invalid(`${at}.path`, value, `cannot end with '${suffix}'`));
    }
  } else if (path.pathType === "ImplementationSpecific") {
    if (value && !value.startsWith("/")) errors.push(invalid(`${at}.path`, value, "must be an absolute path"));
  } else {
    errors.push(notSupported(`${at}.pathType`, path.pathType, ["Exact", "ImplementationSpecific", "Prefix"]));
  }
  return [...errors, ...validateBackend(path.backend ?? {}, `${at}.backend`)];
}
function validateBackend(backend2, at) {
  if (backend2.resource && backend2.service) return [invalid(at, "", "cannot set both resource and service backends")];
  if (backend2.resource) {
    const errors2 = [];
    if (!backend2.resource.kind) errors2.push(required(`${at}.resource.kind`));
    if (!backend2.resource.name) errors2.push(required(`${at}.resource.name`));
    return errors2;
  }
  if (!backend2.service) return [invalid(at, "", "resource or service backend is required")];
  const errors = [];
  const { name, port } = backend2.service;
  if (!name) errors.push(required(`${at}.service.name`));
  else for (const message of dns1035Label(name)) errors.push(invalid(`${at}.service.name`, name, message));
  const hasName = !!port?.name;
  const hasNumber = !!port?.number;
  if (hasName && hasNumber) errors.push(invalid(at, "", "cannot set both port name & port number"));
  else if (hasName) for (const message of portName(port?.name ?? "")) errors.push(invalid(`${at}.service.port.name`, port?.name, message));
  else if (hasNumber) for (const message of portNumber(port?.number ?? 0)) errors.push(invalid(`${at}.service.port.number`, port?.number, message));
  else errors.push(required(at, "port name or number is required"));
  return errors;
}
function validateIngressClass(ingressClass3) {
  const errors = validateObjectMeta(ingressClass3.metadata, false, nameCheckFor("IngressClass"));
  const controller = ingressClass3.spec?.controller;
  if (!controller) errors.push(required("spec.controller"));
  else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/\S+$/.test(controller)) {
    errors.push(invalid("spec.controller", controller, 'must be a domain-prefixed path (such as "acme.io/foo")'));
  }
  return errors;
}
function validateIngressClassUpdate(ingressClass3, old2) {
  const controller = ingressClass3.spec?.controller;
  const previous = old2.spec?.controller;
  return controller === previous ? [] : [invalid("spec.controller", controller ?? "", "field is immutable")];
}

// src/core/cluster/api/pod-defaults.ts
function defaultPodSpec(spec) {
  spec.restartPolicy ||= "Always";
  spec.dnsPolicy ||= "ClusterFirst";
  spec.schedulerName ||= "default-scheduler";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  for (const container2 of spec.initContainers ?? []) defaultContainer(container2);
  for (const container2 of spec.containers ?? []) defaultContainer(container2);
  for (const volume2 of spec.volumes ?? []) {
    if (volume2.secret) volume2.secret.defaultMode ??= 420;
    if (volume2.configMap) volume2.configMap.defaultMode ??= 420;
    if (volume2.downwardAPI) volume2.downwardAPI.defaultMode ??= 420;
    if (volume2.projected) volume2.projected.defaultMode ??= 420;
    if (volume2.hostPath) volume2.hostPath.type ??= "";
    const hasSource = Object.keys(volume2).some((key) => key !== "name");
    if (!hasSource) volume2.emptyDir = {};
  }
}
function defaultContainer(container2) {
  container2.terminationMessagePath ||= "/dev/termination-log";
  container2.terminationMessagePolicy ||= "File";
  container2.imagePullPolicy ||= pullPolicyFor(container2.image ?? "");
  container2.resources ??= {};
  for (const port of container2.ports ?? []) port.protocol ||= "TCP";
  for (const env of container2.env ?? []) {
    const fieldRef = env.valueFrom?.fieldRef;
    if (fieldRef) fieldRef.apiVersion ||= "v1";
  }
  for (const probe4 of [container2.livenessProbe, container2.readinessProbe, container2.startupProbe]) if (probe4) defaultProbe(probe4);
  for (const handler of [container2.lifecycle?.postStart, container2.lifecycle?.preStop]) {
    if (handler?.httpGet) handler.httpGet.scheme ||= "HTTP";
  }
}
function pullPolicyFor(image) {
  if (image.includes("@")) return "IfNotPresent";
  const lastPart = image.slice(image.lastIndexOf("/") + 1);
  const tag = lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : "";
  return tag === "" || tag === "latest" ? "Always" : "IfNotPresent";
}
function defaultProbe(probe4) {
  probe4.timeoutSeconds ||= 1;
  probe4.periodSeconds ||= 10;
  probe4.successThreshold ||= 1;
  probe4.failureThreshold ||= 3;
  if (probe4.httpGet) probe4.httpGet.scheme ||= "HTTP";
}

// src/core/cluster/api/pod-object.ts
function defaultPodObject(pod3) {
  const spec = pod3.spec ??= { containers: [] };
  defaultPodSpec(spec);
  spec.enableServiceLinks ??= true;
  spec.serviceAccountName ||= "default";
  spec.serviceAccount ||= spec.serviceAccountName;
  spec.priority ??= 0;
  spec.preemptionPolicy ||= "PreemptLowerPriority";
  const tolerations = spec.tolerations ??= [];
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
    if (!tolerations.some((toleration2) => toleration2.key === key)) {
      tolerations.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });
    }
  }
}
function podStatusOnCreate(spec) {
  return { phase: "Pending", qosClass: qosClass2(spec.containers ?? []) };
}
function qosClass2(containers) {
  const all = containers.map((container2) => container2.resources ?? {});
  const any = all.some((resources2) => Object.keys(resources2.requests ?? {}).length + Object.keys(resources2.limits ?? {}).length > 0);
  if (!any) return "BestEffort";
  const guaranteed = all.every(
    (resources2) => ["cpu", "memory"].every((name) => {
      const limit = resources2.limits?.[name];
      const request = resources2.requests?.[name] ?? limit;
      return limit !== void 0 && String(limit) === String(request);
    })
  );
  return guaranteed ? "Guaranteed" : "Burstable";
}

// src/core/cluster/api/service-defaults.ts
function defaultService(service3) {
  const spec = service3.spec ??= {};
  spec.sessionAffinity ||= "None";
  if (spec.sessionAffinity === "None") delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === "ClientIP" && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == null) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  spec.type ||= "ClusterIP";
  for (const port of spec.ports ?? []) {
    port.protocol ||= "TCP";
    if (port.targetPort === void 0 || port.targetPort === 0 || port.targetPort === "") port.targetPort = port.port ?? 0;
  }
  if (externallyAccessible(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = "Cluster";
  if (!spec.internalTrafficPolicy && ["ClusterIP", "NodePort", "LoadBalancer"].includes(spec.type)) spec.internalTrafficPolicy = "Cluster";
  if (spec.type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts === void 0) spec.allocateLoadBalancerNodePorts = true;
  if (spec.type === "LoadBalancer") {
    for (const ingress3 of service3.status?.loadBalancer?.ingress ?? []) if (ingress3.ip && !ingress3.ipMode) ingress3.ipMode = "VIP";
  }
}
function externallyAccessible(spec) {
  return spec.type === "NodePort" || spec.type === "LoadBalancer" || spec.type === "ClusterIP" && (spec.externalIPs?.length ?? 0) > 0;
}
var isHeadless = (spec) => spec.clusterIP === "None";
var needsClusterIP = (spec) => spec.type !== "ExternalName";
var needsNodePort = (spec) => spec.type === "NodePort" || spec.type === "LoadBalancer";
var needsHealthCheckNodePort = (spec) => spec.type === "LoadBalancer" && spec.externalTrafficPolicy === "Local";
var shouldAllocateNodePorts = (spec) => spec.type === "NodePort" || spec.type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts !== false;

// src/core/cluster/api/service-ip-families.ts
function validateClusterIPFields(spec) {
  if (spec.type === "ExternalName") return [];
  const errors = [];
  const clusterIPs = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (clusterIPs.length === 0) errors.push(required("spec.clusterIPs"));
    else if (clusterIPs[0] !== spec.clusterIP) errors.push(invalid("spec.clusterIPs", clusterIPs, "first value must match `clusterIP`"));
  } else if (clusterIPs.length > 0) {
    errors.push(invalid("spec.clusterIPs", clusterIPs, "must be empty when `clusterIP` is not specified"));
  }
  const seen = /* @__PURE__ */ new Set();
  (spec.ipFamilies ?? []).forEach((family, i) => {
    if (family !== "IPv4" && family !== "IPv6") errors.push(notSupported(`spec.ipFamilies[${i}]`, family, ["IPv4", "IPv6"]));
    if (seen.has(family)) errors.push(duplicate(`spec.ipFamilies[${i}]`, family));
    seen.add(family);
  });
  if (spec.ipFamilyPolicy && !["SingleStack", "PreferDualStack", "RequireDualStack"].includes(spec.ipFamilyPolicy)) {
    errors.push(notSupported("spec.ipFamilyPolicy", spec.ipFamilyPolicy, ["PreferDualStack", "RequireDualStack", "SingleStack"]));
  }
  let badIPs = false;
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === "None") {
      if (clusterIPs.length > 1) {
        badIPs = true;
        errors.push(invalid("spec.clusterIPs", clusterIPs, "'None' must be the first and only value"));
      }
      return;
    }
    if (!isIP(ip)) {
      badIPs = true;
      errors.push(invalid(`spec.clusterIPs[${i}]`, ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    }
  });
  if (clusterIPs.length > 2) {
    badIPs = true;
    errors.push(invalid("spec.clusterIPs", clusterIPs, "may only hold up to 2 values"));
  }
  if (badIPs) return errors;
  if (clusterIPs.length > 1 && isIPv6(clusterIPs[0]) === isIPv6(clusterIPs[1])) {
    errors.push(invalid("spec.clusterIPs", clusterIPs, "may specify no more than one IP for each IP family"));
  }
  if (!isHeadless(spec)) {
    clusterIPs.forEach((ip, i) => {
      const family = spec.ipFamilies?.[i];
      if (family === "IPv4" && isIPv6(ip)) errors.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (family === "IPv6" && !isIPv6(ip)) errors.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    });
  }
  return errors;
}
function initIPFamilies(spec) {
  if (spec.type === "ExternalName") return [];
  const headlessSelectorless = isHeadless(spec) && Object.keys(spec.selector ?? {}).length === 0;
  const errors = [];
  if (!spec.ipFamilyPolicy) {
    if (headlessSelectorless || (spec.clusterIPs?.length ?? 0) > 1) spec.ipFamilyPolicy = "RequireDualStack";
    else spec.ipFamilyPolicy = "SingleStack";
  }
  if (headlessSelectorless) {
    if (spec.ipFamilyPolicy !== "SingleStack" && (spec.ipFamilies?.length ?? 0) < 2) {
      spec.ipFamilies = spec.ipFamilies?.[0] === "IPv6" ? ["IPv6", "IPv4"] : ["IPv4", "IPv6"];
    }
    spec.ipFamilies ??= ["IPv4"];
    return errors;
  }
  if (spec.ipFamilyPolicy === "RequireDualStack") {
    errors.push(invalid("spec.ipFamilyPolicy", spec.ipFamilyPolicy, "this cluster is not configured for dual-stack services"));
  }
  const families = spec.ipFamilies?.length ? spec.ipFamilies : (spec.clusterIPs ?? []).filter((ip) => ip !== "None").map((ip) => isIPv6(ip) ? "IPv6" : "IPv4");
  families.forEach((family, i) => {
    if (family !== "IPv4") errors.push(invalid(`spec.ipFamilies[${i}]`, family, "not configured on this cluster"));
  });
  if (errors.length === 0) spec.ipFamilies = families.length ? families : ["IPv4"];
  return errors;
}

// src/core/cluster/api/service-validation.ts
function validateService(service3) {
  const spec = service3.spec ?? {};
  const errors = validateObjectMeta(service3.metadata ?? {}, true, nameCheckFor("Service"));
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !isHeadless(spec) && spec.type !== "ExternalName") errors.push(required("spec.ports"));
  errors.push(...typeSpecific(spec));
  const names2 = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => errors.push(...validatePort(port, ports.length > 1, names2, `spec.ports[${i}]`)));
  if (spec.selector) errors.push(...validateLabels(spec.selector, "spec.selector"));
  errors.push(...sessionAffinity(spec));
  errors.push(...validateClusterIPFields(spec));
  errors.push(...externalIPs(spec));
  if (!spec.type) errors.push(required("spec.type"));
  else if (!["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"].includes(spec.type)) {
    errors.push(notSupported("spec.type", spec.type, ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]));
  }
  if (spec.type === "ClusterIP") {
    ports.forEach((port, i) => {
      if (port.nodePort) errors.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  errors.push(...duplicatePorts(ports));
  errors.push(...loadBalancerFields(spec));
  errors.push(...externalTrafficPolicy(spec));
  errors.push(...internalTrafficPolicy(spec));
  if (spec.trafficDistribution && !["PreferClose", "PreferSameZone", "PreferSameNode"].includes(spec.trafficDistribution)) {
    errors.push(notSupported("spec.trafficDistribution", spec.trafficDistribution, ["PreferClose", "PreferSameNode", "PreferSameZone"]));
  }
  return errors;
}
function typeSpecific(spec) {
  const errors = [];
  const clusterIPs = spec.clusterIPs ?? [];
  if (spec.type === "LoadBalancer" || spec.type === "NodePort") {
    if (isHeadless(spec)) errors.push(invalid("spec.clusterIPs[0]", clusterIPs[0] ?? "None", `may not be set to 'None' for ${spec.type} services`));
  }
  if (spec.type === "LoadBalancer") {
    (spec.ports ?? []).forEach((port, i) => {
      if (port.port === 10250) errors.push(invalid(`spec.ports[${i}]`, port.port, "may not expose port 10250 externally since it is used by kubelet"));
    });
  }
  if (spec.type === "ExternalName") {
    if (clusterIPs.length > 0) errors.push(forbidden("spec.clusterIPs", "may not be set for ExternalName services"));
    if ((spec.ipFamilies ?? []).length > 0) errors.push(forbidden("spec.ipFamilies", "may not be set for ExternalName services"));
    if (spec.ipFamilyPolicy) errors.push(forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services"));
    const cname = (spec.externalName ?? "").replace(/\.$/, "");
    if (cname) for (const message of dns1123Subdomain(cname)) errors.push(invalid("spec.externalName", cname, message));
    else errors.push(required("spec.externalName"));
  }
  return errors;
}
function validatePort(port, requireName, names2, path) {
  const errors = [];
  if (requireName && !port.name) errors.push(required(`${path}.name`));
  else if (port.name) {
    for (const message of dns1123Label(port.name)) errors.push(invalid(`${path}.name`, port.name, message));
    if (names2.has(port.name)) errors.push(duplicate(`${path}.name`, port.name));
    else names2.add(port.name);
  }
  for (const message of portNumber(port.port ?? 0)) errors.push(invalid(`${path}.port`, port.port ?? 0, message));
  if (!port.protocol) errors.push(required(`${path}.protocol`));
  else if (!["TCP", "UDP", "SCTP"].includes(port.protocol)) errors.push(notSupported(`${path}.protocol`, port.protocol, ["SCTP", "TCP", "UDP"]));
  errors.push(...validatePortNumOrName(port.targetPort ?? 0, `${path}.targetPort`));
  if (port.appProtocol !== void 0) {
    for (const message of qualifiedName(port.appProtocol)) errors.push(invalid(`${path}.appProtocol`, port.appProtocol, message));
  }
  return errors;
}
function validatePortNumOrName(port, path) {
  if (typeof port === "number") return portNumber(port).map((message) => invalid(path, port, message));
  return portName(port).map((message) => invalid(path, port, message));
}
function sessionAffinity(spec) {
  const affinity = spec.sessionAffinity;
  if (!affinity) return [required("spec.sessionAffinity")];
  if (affinity !== "ClientIP" && affinity !== "None") return [notSupported("spec.sessionAffinity", affinity, ["ClientIP", "None"])];
  if (affinity === "None") {
    return spec.sessionAffinityConfig ? [forbidden("spec.sessionAffinityConfig", "must not be set when session affinity is None")] : [];
  }
  const when = "when session affinity type is ClientIP";
  const config = spec.sessionAffinityConfig;
  if (!config) return [required("spec.sessionAffinityConfig", when)];
  if (!config.clientIP) return [required("spec.sessionAffinityConfig.clientIP", when)];
  const timeout = config.clientIP.timeoutSeconds;
  if (timeout == null) return [required("spec.sessionAffinityConfig.clientIP.timeoutSeconds", when)];
  if (timeout <= 0 || timeout > 86400) {
    return [invalid("spec.sessionAffinityConfig.clientIP.timeoutSeconds", timeout, "must be greater than 0 and less than 86400")];
  }
  return [];
}
function externalIPs(spec) {
  const errors = [];
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const path = `spec.externalIPs[${i}]`;
    if (!isIP(ip)) return errors.push(invalid(path, ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    const special = specialIPProblem(ip);
    if (special) errors.push(invalid(path, ip, special));
  });
  return errors;
}
function specialIPProblem(ip) {
  const value = parseIPv4(ip);
  if (value === void 0) return ip === "::" ? "may not be unspecified (::)" : void 0;
  if (value === 0) return "may not be unspecified (0.0.0.0)";
  if (value >>> 24 === 127) return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
  if (value >>> 16 === 43518) return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
  if (value >>> 8 === 14680064) return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
  return void 0;
}
function duplicatePorts(ports) {
  const errors = [];
  const nodePorts = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => {
    if (!port.nodePort) return;
    const key = `${port.protocol}/${port.nodePort}`;
    if (nodePorts.has(key)) errors.push(duplicate(`spec.ports[${i}].nodePort`, port.nodePort));
    nodePorts.add(key);
  });
  const seen = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => {
    const key = `${port.protocol}/${port.port}`;
    if (seen.has(key)) {
      const value = new OrderedStruct({ Name: "", Protocol: port.protocol ?? "", AppProtocol: null, Port: port.port ?? 0, TargetPort: 0, NodePort: 0 });
      errors.push(duplicate(`spec.ports[${i}]`, value));
    }
    seen.add(key);
  });
  return errors;
}
function loadBalancerFields(spec) {
  const errors = [];
  const isLB = spec.type === "LoadBalancer";
  const lbOnly = "may only be used when `type` is 'LoadBalancer'";
  const ranges = spec.loadBalancerSourceRanges ?? [];
  if (ranges.length > 0) {
    if (!isLB) errors.push(forbidden("spec.LoadBalancerSourceRanges", lbOnly));
    ranges.forEach((range, i) => {
      const value = range.trim();
      if (!isCidr(value)) {
        errors.push(invalid(`spec.LoadBalancerSourceRanges[${i}]`, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
      }
    });
  }
  if (spec.allocateLoadBalancerNodePorts !== void 0 && !isLB) errors.push(forbidden("spec.allocateLoadBalancerNodePorts", lbOnly));
  if (isLB && spec.allocateLoadBalancerNodePorts === void 0) errors.push(required("allocateLoadBalancerNodePorts"));
  if (spec.loadBalancerClass !== void 0) {
    if (isLB) for (const message of qualifiedName(spec.loadBalancerClass)) errors.push(invalid("spec.loadBalancerClass", spec.loadBalancerClass, message));
    else errors.push(forbidden("spec.loadBalancerClass", lbOnly));
  }
  return errors;
}
function isCidr(text) {
  const [ip, bits, extra] = text.split("/");
  if (extra !== void 0 || bits === void 0 || !/^\d+$/.test(bits)) return false;
  const max = ip.includes(":") ? 128 : 32;
  return isIP(ip) && Number(bits) <= max;
}
function externalTrafficPolicy(spec) {
  const errors = [];
  const policy = spec.externalTrafficPolicy;
  if (!externallyAccessible(spec)) {
    if (policy) errors.push(invalid("spec.externalTrafficPolicy", policy, "may only be set for externally-accessible services"));
  } else if (!policy) errors.push(required("spec.externalTrafficPolicy"));
  else if (policy !== "Cluster" && policy !== "Local") errors.push(notSupported("spec.externalTrafficPolicy", policy, ["Cluster", "Local"]));
  const healthCheck = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheckNodePort(spec)) {
    if (healthCheck !== 0) {
      errors.push(invalid("spec.healthCheckNodePort", healthCheck, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    }
  } else if (healthCheck === 0) errors.push(required("spec.healthCheckNodePort"));
  else for (const message of portNumber(healthCheck)) errors.push(invalid("spec.healthCheckNodePort", healthCheck, message));
  return errors;
}
function internalTrafficPolicy(spec) {
  const policy = spec.internalTrafficPolicy;
  if (!policy) {
    if (spec.type === "ClusterIP" || spec.type === "NodePort" || spec.type === "LoadBalancer") {
      return [required("spec.internalTrafficPolicy", `must be specified when \`type\` is '${spec.type}'`)];
    }
    return [];
  }
  return policy === "Cluster" || policy === "Local" ? [] : [notSupported("spec.internalTrafficPolicy", policy, ["Cluster", "Local"])];
}
function validateServiceUpdate(service3, old2) {
  const errors = clusterIPChanges(service3.spec ?? {}, old2.spec ?? {});
  const oldClass = old2.spec?.loadBalancerClass;
  const newClass = service3.spec?.loadBalancerClass;
  if (old2.spec?.type === "LoadBalancer" && service3.spec?.type === "LoadBalancer" && oldClass !== newClass) {
    errors.push(invalid("spec.loadBalancerClass", newClass ?? null, "may not change once set"));
  }
  return errors;
}
function clusterIPChanges(spec, old2) {
  if (spec.type === "ExternalName" || old2.type === "ExternalName") return [];
  if (isHeadless(spec) && isHeadless(old2)) return [];
  const now = spec.clusterIPs ?? [];
  const before = old2.clusterIPs ?? [];
  const errors = [];
  if (now.length === before.length) {
    before.forEach((ip, i) => {
      if (ip !== now[i]) errors.push(invalid(`spec.clusterIPs[${i}]`, now, "may not change once set"));
    });
    return errors;
  }
  if (now.length === 0) errors.push(invalid("spec.clusterIPs[0]", now, "primary clusterIP can not be unset"));
  else if (before.length > 0 && now[0] !== before[0]) errors.push(invalid("spec.clusterIPs[0]", now, "may not change once set"));
  return errors;
}
function serviceWarnings(service3) {
  const spec = service3.spec ?? {};
  const warnings = [];
  if (isHeadless(spec)) {
    if (spec.loadBalancerIP) warnings.push("spec.loadBalancerIP is ignored for headless services");
    if ((spec.externalIPs ?? []).length > 0) warnings.push("spec.externalIPs is ignored for headless services");
    if (spec.sessionAffinity !== "None") warnings.push("spec.SessionAffinity is ignored for headless services");
  }
  if ((spec.externalIPs ?? []).length > 0) warnings.push("spec.externalIPs is deprecated and may no longer be implemented in some clusters");
  if (spec.type === "ExternalName" && (spec.externalIPs ?? []).length > 0) warnings.push('spec.externalIPs is ignored when spec.type is "ExternalName"');
  if (spec.type !== "ExternalName" && spec.externalName) warnings.push('spec.externalName is ignored when spec.type is not "ExternalName"');
  return warnings;
}

// src/core/cluster/api/pod-validation.ts
function validatePodSpec(spec, path) {
  const errors = [];
  const volumeNames = /* @__PURE__ */ new Set();
  (spec.volumes ?? []).forEach((volume2, i) => {
    const at = `${path}.volumes[${i}]`;
    if (!volume2.name) errors.push(required(`${at}.name`));
    else {
      for (const message of dns1123Label(volume2.name)) errors.push(invalid(`${at}.name`, volume2.name, message));
      if (volumeNames.has(volume2.name)) errors.push(duplicate(`${at}.name`, volume2.name));
      volumeNames.add(volume2.name);
    }
  });
  const names2 = /* @__PURE__ */ new Set();
  (spec.initContainers ?? []).forEach((container2, i) => errors.push(...validateContainer(container2, `${path}.initContainers[${i}]`, names2, volumeNames)));
  const containers = spec.containers ?? [];
  if (containers.length === 0) errors.push(required(`${path}.containers`));
  containers.forEach((container2, i) => errors.push(...validateContainer(container2, `${path}.containers[${i}]`, names2, volumeNames)));
  if (spec.restartPolicy && !["Always", "OnFailure", "Never"].includes(spec.restartPolicy)) {
    errors.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, ["Always", "Never", "OnFailure"]));
  }
  if (spec.dnsPolicy && !["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"].includes(spec.dnsPolicy)) {
    errors.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"]));
  }
  if (spec.nodeSelector) errors.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  if (spec.serviceAccountName) {
    for (const message of dns1123Subdomain(spec.serviceAccountName)) errors.push(invalid(`${path}.serviceAccountName`, spec.serviceAccountName, message));
  }
  if (spec.hostname) for (const message of dns1123Label(spec.hostname)) errors.push(invalid(`${path}.hostname`, spec.hostname, message));
  if (spec.subdomain) for (const message of dns1123Label(spec.subdomain)) errors.push(invalid(`${path}.subdomain`, spec.subdomain, message));
  if (spec.terminationGracePeriodSeconds != null && spec.terminationGracePeriodSeconds < 0) {
    errors.push(invalid(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, "must be greater than or equal to 0"));
  }
  return errors;
}
function validateContainer(container2, path, names2, volumes) {
  const errors = [];
  if (!container2.name) errors.push(required(`${path}.name`));
  else {
    for (const message of dns1123Label(container2.name)) errors.push(invalid(`${path}.name`, container2.name, message));
    if (names2.has(container2.name)) errors.push(duplicate(`${path}.name`, container2.name));
    names2.add(container2.name);
  }
  if (!container2.image) errors.push(required(`${path}.image`));
  errors.push(...validateContainerPorts(container2, `${path}.ports`));
  (container2.env ?? []).forEach((env, i) => {
    if (!env.name) errors.push(required(`${path}.env[${i}].name`));
  });
  (container2.volumeMounts ?? []).forEach((mount, i) => {
    const at = `${path}.volumeMounts[${i}]`;
    if (!mount.name) errors.push(required(`${at}.name`));
    else if (!volumes.has(mount.name)) errors.push(notFoundValue(`${at}.name`, mount.name));
    if (!mount.mountPath) errors.push(required(`${at}.mountPath`));
  });
  if (container2.imagePullPolicy && !["Always", "IfNotPresent", "Never"].includes(container2.imagePullPolicy)) {
    errors.push(notSupported(`${path}.imagePullPolicy`, container2.imagePullPolicy, ["Always", "IfNotPresent", "Never"]));
  }
  if (container2.terminationMessagePolicy && !["File", "FallbackToLogsOnError"].includes(container2.terminationMessagePolicy)) {
    errors.push(notSupported(`${path}.terminationMessagePolicy`, container2.terminationMessagePolicy, ["FallbackToLogsOnError", "File"]));
  }
  errors.push(...validateProbe(container2.livenessProbe, `${path}.livenessProbe`, true));
  errors.push(...validateProbe(container2.readinessProbe, `${path}.readinessProbe`, false));
  errors.push(...validateProbe(container2.startupProbe, `${path}.startupProbe`, true));
  return errors;
}
function validateContainerPorts(container2, path) {
  const errors = [];
  const names2 = /* @__PURE__ */ new Set();
  (container2.ports ?? []).forEach((port, i) => {
    const at = `${path}[${i}]`;
    if (port.name) {
      const problems = portName(port.name);
      for (const message of problems) errors.push(invalid(`${at}.name`, port.name, message));
      if (problems.length === 0 && names2.has(port.name)) errors.push(duplicate(`${at}.name`, port.name));
      names2.add(port.name);
    }
    if (!port.containerPort) errors.push(required(`${at}.containerPort`));
    else for (const message of portNumber(port.containerPort)) errors.push(invalid(`${at}.containerPort`, port.containerPort, message));
    if (port.hostPort) for (const message of portNumber(port.hostPort)) errors.push(invalid(`${at}.hostPort`, port.hostPort, message));
    if (!port.protocol) errors.push(required(`${at}.protocol`));
    else if (!["TCP", "UDP", "SCTP"].includes(port.protocol)) errors.push(notSupported(`${at}.protocol`, port.protocol, ["SCTP", "TCP", "UDP"]));
  });
  return errors;
}
function validateProbe(probe4, path, successMustBeOne) {
  if (!probe4) return [];
  const errors = [];
  const handlers = [probe4.exec, probe4.httpGet, probe4.tcpSocket, probe4.grpc].filter(Boolean).length;
  if (handlers === 0) errors.push(required(path, "must specify a handler type"));
  else if (handlers > 1) errors.push(forbidden(path, "may not specify more than 1 handler type"));
  if (probe4.httpGet) errors.push(...validatePortNumOrName(probe4.httpGet.port, `${path}.httpGet.port`));
  if (probe4.tcpSocket) errors.push(...validatePortNumOrName(probe4.tcpSocket.port, `${path}.tcpSocket.port`));
  if (probe4.grpc) for (const message of portNumber(probe4.grpc.port)) errors.push(invalid(`${path}.grpc.port`, probe4.grpc.port, message));
  for (const key of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"]) {
    const value = probe4[key];
    if (value != null && value < 0) errors.push(invalid(`${path}.${key}`, value, "must be greater than or equal to 0"));
  }
  if (successMustBeOne && probe4.successThreshold != null && probe4.successThreshold !== 1) {
    errors.push(invalid(`${path}.successThreshold`, probe4.successThreshold, "must be 1"));
  }
  return errors;
}

// src/core/cluster/api/workload-defaults.ts
function defaultDeployment(deployment2) {
  const spec = deployment2.spec ??= {};
  spec.replicas ??= 1;
  spec.strategy ??= {};
  spec.strategy.type ||= "RollingUpdate";
  if (spec.strategy.type === "RollingUpdate") {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= "25%";
    spec.strategy.rollingUpdate.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}
function defaultReplicaSet(replicaSet2) {
  const spec = replicaSet2.spec ??= {};
  spec.replicas ??= 1;
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}
function defaultStatefulSet(statefulSet2) {
  const spec = statefulSet2.spec ??= {};
  spec.replicas ??= 1;
  spec.podManagementPolicy ||= "OrderedReady";
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= "RollingUpdate";
  if (spec.updateStrategy.type === "RollingUpdate") {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= "Retain";
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= "Retain";
  if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

// src/core/cluster/api/label-selector.ts
function validateLabelSelector(selector2, path) {
  const errors = [];
  (selector2.matchExpressions ?? []).forEach((expression, i) => {
    const at = `${path}.matchExpressions[${i}]`;
    const values = expression.values ?? [];
    if (expression.operator === "In" || expression.operator === "NotIn") {
      if (values.length === 0) errors.push(required(`${at}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (expression.operator === "Exists" || expression.operator === "DoesNotExist") {
      if (values.length > 0) errors.push(forbidden(`${at}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errors.push(invalid(`${at}.operator`, expression.operator, "not a valid selector operator"));
    }
    for (const message of qualifiedName(expression.key)) errors.push(invalid(`${at}.key`, expression.key, message));
  });
  errors.push(...validateLabels(selector2.matchLabels, `${path}.matchLabels`));
  return errors;
}
function isEmptySelector(selector2) {
  return Object.keys(selector2.matchLabels ?? {}).length + (selector2.matchExpressions ?? []).length === 0;
}
function selectorMatches(selector2, labels2) {
  for (const [key, value] of Object.entries(selector2.matchLabels ?? {})) if (labels2[key] !== value) return false;
  for (const expression of selector2.matchExpressions ?? []) {
    const has = Object.hasOwn(labels2, expression.key);
    const inValues = has && (expression.values ?? []).includes(labels2[expression.key]);
    if (expression.operator === "In" && !inValues) return false;
    if (expression.operator === "NotIn" && inValues) return false;
    if (expression.operator === "Exists" && !has) return false;
    if (expression.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

// src/core/cluster/api/workload-validation.ts
var nonNegative = (value, path) => value != null && value < 0 ? [invalid(path, value, "must be greater than or equal to 0")] : [];
function validateSelectorAndTemplate(spec, emptyMessage) {
  const errors = [];
  if (!spec.selector) errors.push(required("spec.selector"));
  else {
    errors.push(...validateLabelSelector(spec.selector, "spec.selector"));
    if (isEmptySelector(spec.selector)) errors.push(invalid("spec.selector", spec.selector, emptyMessage));
  }
  const template = spec.template;
  if (!template) return [...errors, required("spec.template")];
  const labels2 = template.metadata?.labels ?? {};
  const emptySelector = spec.selector !== void 0 && isEmptySelector(spec.selector);
  if (!emptySelector && !(spec.selector && selectorMatches(spec.selector, labels2))) {
    errors.push(invalid("spec.template.metadata.labels", template.metadata?.labels ?? null, "`selector` does not match template `labels`"));
  }
  errors.push(...validateLabels(template.metadata?.labels, "spec.template.labels"));
  errors.push(...validatePodSpec(template.spec ?? { containers: [] }, "spec.template.spec"));
  const restartPolicy = template.spec?.restartPolicy;
  if (restartPolicy !== "Always") errors.push(notSupported("spec.template.spec.restartPolicy", restartPolicy ?? "", ["Always"]));
  if (template.spec?.activeDeadlineSeconds != null) {
    errors.push(forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in ReplicaSet is not Supported"));
  }
  return errors;
}
function validateDeployment(object) {
  const spec = object.spec ?? {};
  const errors = validateObjectMeta(object.metadata, true, nameCheckFor("Deployment"));
  errors.push(...nonNegative(spec.replicas, "spec.replicas"));
  errors.push(...validateSelectorAndTemplate(spec, "empty selector is invalid for deployment"));
  const strategy = spec.strategy ?? {};
  if (strategy.type === "Recreate") {
    if (strategy.rollingUpdate) errors.push(forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"));
  } else if (strategy.type === "RollingUpdate") {
    const { maxSurge, maxUnavailable } = strategy.rollingUpdate ?? {};
    if (isZero(maxSurge) && isZero(maxUnavailable)) {
      errors.push(invalid("spec.strategy.rollingUpdate.maxUnavailable", maxUnavailable, "may not be 0 when `maxSurge` is 0"));
    }
  } else {
    errors.push(notSupported("spec.strategy.type", strategy.type ?? "", ["Recreate", "RollingUpdate"]));
  }
  errors.push(...nonNegative(spec.minReadySeconds, "spec.minReadySeconds"));
  errors.push(...nonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit"));
  if (spec.progressDeadlineSeconds != null) {
    errors.push(...nonNegative(spec.progressDeadlineSeconds, "spec.progressDeadlineSeconds"));
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0)) {
      errors.push(invalid("spec.progressDeadlineSeconds", spec.progressDeadlineSeconds, "must be greater than minReadySeconds"));
    }
  }
  return errors;
}
var isZero = (value) => value === 0 || value === "0%" || value === "0";
function validateReplicaSet(object) {
  const spec = object.spec ?? {};
  const errors = validateObjectMeta(object.metadata, true, nameCheckFor("ReplicaSet"));
  errors.push(...nonNegative(spec.replicas, "spec.replicas"));
  errors.push(...nonNegative(spec.minReadySeconds, "spec.minReadySeconds"));
  errors.push(...validateSelectorAndTemplate(spec, "empty selector is invalid for deployment"));
  return errors;
}
function validateStatefulSet(object) {
  const spec = object.spec ?? {};
  const errors = validateObjectMeta(object.metadata, true, nameCheckFor("StatefulSet"));
  const policy = spec.podManagementPolicy;
  if (policy && policy !== "OrderedReady" && policy !== "Parallel") {
    errors.push(invalid("spec.podManagementPolicy", policy, "must be 'OrderedReady' or 'Parallel'"));
  }
  const update = spec.updateStrategy?.type;
  if (update && update !== "RollingUpdate" && update !== "OnDelete") {
    errors.push(invalid("spec.updateStrategy", update, "must be 'RollingUpdate' or 'OnDelete'"));
  }
  errors.push(...nonNegative(spec.replicas, "spec.replicas"));
  errors.push(...nonNegative(spec.minReadySeconds, "spec.minReadySeconds"));
  errors.push(...validateSelectorAndTemplate(spec, "empty selector is invalid for statefulset"));
  return errors;
}
function validateWorkloadUpdate(object, old2) {
  const spec = object.spec ?? {};
  const oldSpec = old2.spec ?? {};
  const errors = [];
  if (JSON.stringify(spec.selector ?? null) !== JSON.stringify(oldSpec.selector ?? null)) {
    errors.push(invalid("spec.selector", spec.selector ?? null, "field is immutable"));
  }
  if (object.kind === "StatefulSet") {
    const mutable = ["replicas", "ordinals", "template", "updateStrategy", "revisionHistoryLimit", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];
    const strip = (s) => JSON.stringify(Object.fromEntries(Object.entries(s).filter(([key]) => !mutable.includes(key)).sort()));
    if (strip(spec) !== strip(oldSpec)) {
      errors.push(
        forbidden(
          "spec",
          "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
        )
      );
    }
  }
  return errors;
}

// src/core/cluster/api/kind-strategy.ts
var asService = (object) => object;
var service2 = {
  defaults: (object) => defaultService(asService(object)),
  initialStatus: () => ({ loadBalancer: {} }),
  validate: (object) => validateService(asService(object)),
  validateUpdate: (object, old2) => validateServiceUpdate(asService(object), asService(old2)),
  warnings: (object) => serviceWarnings(asService(object))
};
var pod2 = {
  defaults: (object) => defaultPodObject(object),
  initialStatus: (object) => podStatusOnCreate(object.spec ?? {}),
  validate: (object) => [...validateObjectMeta(object.metadata, true, nameCheckFor("Pod")), ...validatePodSpec(object.spec ?? {}, "spec")],
  validateUpdate: (object, old2) => podUpdate(object, old2)
};
function podUpdate(object, old2) {
  const strip = (spec) => {
    const copy = structuredClone(spec ?? {});
    for (const container2 of [...copy.containers ?? [], ...copy.initContainers ?? []]) delete container2.image;
    delete copy.activeDeadlineSeconds;
    delete copy.tolerations;
    delete copy.terminationGracePeriodSeconds;
    return JSON.stringify(copy);
  };
  const oldDefaulted = structuredClone(old2);
  defaultPodObject(oldDefaulted);
  if (strip(object.spec) === strip(oldDefaulted.spec)) return [];
  return [
    {
      type: "Forbidden",
      field: "spec",
      detail: "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
    }
  ];
}
var workload = (defaults, validate) => ({
  defaults: (object) => defaults(object),
  initialStatus: () => ({}),
  validate,
  validateUpdate: validateWorkloadUpdate
});
var ingress2 = {
  defaults: (object, cluster) => fillDefaultIngressClass(object, cluster.store),
  initialStatus: () => ({ loadBalancer: {} }),
  validate: validateIngress
};
var ingressClass2 = { defaults: () => {
}, validate: validateIngressClass, validateUpdate: validateIngressClassUpdate };
var namespace2 = {
  defaults: (object) => {
    object.metadata.labels = { ...object.metadata.labels, "kubernetes.io/metadata.name": object.metadata.name };
    object.spec = { finalizers: ["kubernetes"] };
  },
  initialStatus: () => ({ phase: "Active" }),
  validate: (object) => validateObjectMeta(object.metadata, false, nameCheckFor("Namespace"))
};
var endpointSlice2 = {
  defaults: () => {
  },
  validate: (object) => {
    const errors = validateObjectMeta(object.metadata, true, nameCheckFor("EndpointSlice"));
    const addressType = object.addressType;
    if (!addressType) errors.push(required("addressType"));
    else if (!["IPv4", "IPv6", "FQDN"].includes(addressType)) errors.push(notSupported("addressType", addressType, ["FQDN", "IPv4", "IPv6"]));
    (object.endpoints ?? []).forEach((endpoint, i) => {
      if (!endpoint.addresses?.length) errors.push(required(`endpoints[${i}].addresses`, "must contain at least 1 address"));
    });
    return errors;
  },
  validateUpdate: (object, old2) => object.addressType === old2.addressType ? [] : [invalid("addressType", object.addressType, "field is immutable")]
};
var STRATEGIES = {
  Service: service2,
  Pod: pod2,
  Deployment: workload(defaultDeployment, validateDeployment),
  ReplicaSet: workload(defaultReplicaSet, validateReplicaSet),
  StatefulSet: workload(defaultStatefulSet, validateStatefulSet),
  Ingress: ingress2,
  IngressClass: ingressClass2,
  Namespace: namespace2,
  EndpointSlice: endpointSlice2
};
function strategyFor(type) {
  return STRATEGIES[type.kind] ?? {
    defaults: () => {
    },
    validate: (object) => validateObjectMeta(object.metadata, type.namespaced, nameCheckFor(type.kind))
  };
}

// src/core/cluster/api/allocation-index.ts
var keyOf = (key) => `${key.namespace}/${key.name}`;
var AllocationIndex = class {
  constructor(store3) {
    this.store = store3;
  }
  store;
  byService = /* @__PURE__ */ new Map();
  ipHolders = /* @__PURE__ */ new Map();
  portHolders = /* @__PURE__ */ new Map();
  serviceCount = -1;
  sync() {
    if (this.store.count("Service") === this.serviceCount) return;
    this.byService.clear();
    this.ipHolders.clear();
    this.portHolders.clear();
    for (const service3 of this.store.view("Service")) this.add(service3);
    this.serviceCount = this.store.count("Service");
  }
  add(service3) {
    const holdings = holdingsOf(service3);
    this.byService.set(keyOf({ namespace: service3.metadata.namespace ?? "", name: service3.metadata.name }), holdings);
    for (const ip of holdings.ips) this.ipHolders.set(ip, (this.ipHolders.get(ip) ?? 0) + 1);
    for (const port of holdings.ports) this.portHolders.set(port, (this.portHolders.get(port) ?? 0) + 1);
  }
  forget(key) {
    const holdings = this.byService.get(keyOf(key));
    if (!holdings) return;
    this.byService.delete(keyOf(key));
    for (const ip of holdings.ips) decrement(this.ipHolders, ip);
    for (const port of holdings.ports) decrement(this.portHolders, port);
  }
  /** After the API server stored (or replaced) a Service. */
  record(service3) {
    const key = { namespace: service3.metadata.namespace ?? "", name: service3.metadata.name };
    const known = this.byService.has(keyOf(key));
    const count = this.store.count("Service");
    if (this.serviceCount !== (known ? count : count - 1)) {
      this.serviceCount = -1;
      return this.sync();
    }
    this.forget(key);
    this.add(service3);
    this.serviceCount = count;
  }
  /** After the API server removed one Service. */
  removedService(key) {
    const count = this.store.count("Service");
    if (!this.byService.has(keyOf(key)) || this.serviceCount !== count + 1) {
      this.serviceCount = -1;
      return;
    }
    this.forget(key);
    this.serviceCount = count;
  }
  /** After the API server removed many objects at once (a namespace): rescan on next use. */
  invalidate() {
    this.serviceCount = -1;
  }
  ipTaken(ip, skip) {
    this.sync();
    const own = skip ? this.byService.get(keyOf(skip))?.ips.filter((held) => held === ip).length ?? 0 : 0;
    return (this.ipHolders.get(ip) ?? 0) - own > 0;
  }
  portTaken(port, skip) {
    this.sync();
    const own = skip ? this.byService.get(keyOf(skip))?.ports.filter((held) => held === port).length ?? 0 : 0;
    return (this.portHolders.get(port) ?? 0) - own > 0;
  }
};
function decrement(counts, key) {
  const left = (counts.get(key) ?? 0) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}
function holdingsOf(service3) {
  const spec = service3.spec ?? {};
  const ips = spec.type === "ExternalName" ? [] : (spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])).filter((ip) => ip && ip !== "None");
  const ports = (spec.ports ?? []).map((port) => port.nodePort ?? 0).filter((port) => port > 0);
  if (spec.healthCheckNodePort) ports.push(spec.healthCheckNodePort);
  return { ips, ports: [...new Set(ports)] };
}
var INDEXES = /* @__PURE__ */ new WeakMap();
function allocationIndex(store3) {
  let index2 = INDEXES.get(store3);
  if (!index2) INDEXES.set(store3, index2 = new AllocationIndex(store3));
  return index2;
}
var TakenSet = class {
  constructor(takenElsewhere) {
    this.takenElsewhere = takenElsewhere;
  }
  takenElsewhere;
  claimed = /* @__PURE__ */ new Set();
  has(value) {
    return this.claimed.has(value) || this.takenElsewhere(value);
  }
  add(value) {
    this.claimed.add(value);
  }
};

// src/core/cluster/api/cluster-ip-allocator.ts
var RANGE = parseCidr(SERVICE_CIDR);
var STATIC_BAND = Math.min(Math.max(16, RANGE.size / 16), 256);
var FIRST = 1;
var LAST = RANGE.size - 2;
function usedClusterIPs(store3, skip) {
  const index2 = allocationIndex(store3);
  return new TakenSet((ip) => index2.ipTaken(ip, skip));
}
function allocateClusterIP(random, used) {
  const dynamicFirst = FIRST + STATIC_BAND;
  return probe2(dynamicFirst + random.int(LAST - dynamicFirst + 1), dynamicFirst, LAST, used) ?? probe2(FIRST, FIRST, dynamicFirst - 1, used);
}
function probe2(start, first, last, used) {
  const count = last - first + 1;
  for (let step = 0; step < count; step++) {
    const offset = first + (start - first + step) % count;
    const ip = formatIPv4(RANGE.base + offset);
    if (!used.has(ip)) return ip;
  }
  return void 0;
}
function requestedClusterIPProblem(ip, used) {
  const value = parseIPv4(ip);
  if (value === void 0 || value < RANGE.base || value >= RANGE.base + RANGE.size) return "the provided network does not match the current range";
  const offset = value - RANGE.base;
  if (offset < FIRST || offset > LAST) return `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${RANGE.text}`;
  if (used.has(ip)) return "provided IP is already allocated";
  return void 0;
}

// src/core/cluster/api/node-port-allocator.ts
var SIZE = NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1;
var STATIC_BAND2 = Math.min(Math.max(16, Math.floor(SIZE / 32)), 128);
function usedNodePorts(store3, skip) {
  const index2 = allocationIndex(store3);
  return new TakenSet((port) => index2.portTaken(port, skip));
}
function allocateNodePort(random, used) {
  const dynamicFirst = NODE_PORT_RANGE.min + STATIC_BAND2;
  const port = probe3(dynamicFirst + random.int(NODE_PORT_RANGE.max - dynamicFirst + 1), dynamicFirst, NODE_PORT_RANGE.max, used) ?? probe3(NODE_PORT_RANGE.min, NODE_PORT_RANGE.min, dynamicFirst - 1, used);
  if (port !== void 0) used.add(port);
  return port;
}
function probe3(start, first, last, used) {
  const count = last - first + 1;
  for (let step = 0; step < count; step++) {
    const port = first + (start - first + step) % count;
    if (!used.has(port)) return port;
  }
  return void 0;
}
function claimNodePort(port, used) {
  if (port < NODE_PORT_RANGE.min || port > NODE_PORT_RANGE.max) {
    return `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`;
  }
  if (used.has(port)) return "provided port is already allocated";
  used.add(port);
  return void 0;
}

// src/core/cluster/api/service-allocation.ts
var invalidService = (service3, errors) => invalidError("Service", "", service3.metadata.name, errors);
function allocateForCreate(service3, context) {
  const spec = service3.spec ??= {};
  if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
  const loose = [...validateClusterIPFields(spec)];
  if (loose.length === 0) loose.push(...initIPFamilies(spec));
  if (loose.length > 0) return invalidService(service3, loose);
  return allocateClusterIPs(service3, context) ?? allocateNodePorts(service3, void 0, context);
}
function allocateForUpdate(service3, old2, context) {
  const spec = service3.spec ??= {};
  const oldSpec = old2.spec ?? {};
  patchAllocatedValues(spec, oldSpec);
  normalizeClusterIPsOnUpdate(spec, oldSpec);
  const loose = [...validateClusterIPFields(spec)];
  if (loose.length === 0) loose.push(...initIPFamilies(spec));
  if (loose.length > 0) return invalidService(service3, loose);
  if (oldSpec.type === "ExternalName" && spec.type !== "ExternalName") {
    const failed2 = allocateClusterIPs(service3, context);
    if (failed2) return failed2;
  }
  const failed = allocateNodePorts(service3, old2, context);
  if (failed) return failed;
  dropTypeDependentFields(service3, old2);
  return void 0;
}
function allocateClusterIPs(service3, context) {
  const spec = service3.spec ?? {};
  if (!needsClusterIP(spec) || isHeadless(spec)) return void 0;
  const used = usedClusterIPs(context.store, context.key);
  if (!spec.clusterIP) {
    const ip = allocateClusterIP(context.random, used);
    if (!ip) return internalError("failed to allocate a serviceIP: range is full");
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
    return void 0;
  }
  const problem = requestedClusterIPProblem(spec.clusterIP, used);
  if (problem) return invalidService(service3, [invalid("spec.clusterIPs", spec.clusterIPs ?? [spec.clusterIP], `failed to allocate IP ${spec.clusterIP}: ${problem}`)]);
  return void 0;
}
function allocateNodePorts(service3, old2, context) {
  const spec = service3.spec ?? {};
  if (!needsNodePort(spec)) return void 0;
  const used = usedNodePorts(context.store, context.key);
  const previous = new Set((old2?.spec?.ports ?? []).map((port) => port.nodePort).filter((port) => !!port));
  const byPort = /* @__PURE__ */ new Map();
  const ports = spec.ports ?? [];
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i];
    if (!port.nodePort && !shouldAllocateNodePorts(spec)) continue;
    const shared = old2 ? void 0 : byPort.get(port.port);
    if (port.nodePort && (previous.has(port.nodePort) || port.nodePort === shared)) {
      used.add(port.nodePort);
    } else if (port.nodePort) {
      const problem = claimNodePort(port.nodePort, used);
      if (problem) return invalidService(service3, [invalid(`spec.ports[${i}].nodePort`, port.nodePort, problem)]);
    } else if (shared !== void 0) {
      port.nodePort = shared;
    } else {
      const allocated = allocateNodePort(context.random, used);
      if (allocated === void 0) return internalError("failed to allocate a nodePort: range is full");
      port.nodePort = allocated;
    }
    if (!byPort.has(port.port)) byPort.set(port.port, port.nodePort);
  }
  return allocateHealthCheckNodePort(spec, old2?.spec, used, context);
}
function allocateHealthCheckNodePort(spec, old2, used, context) {
  if (!needsHealthCheckNodePort(spec)) return void 0;
  const requested = spec.healthCheckNodePort ?? 0;
  if (requested === 0) {
    const allocated = allocateNodePort(context.random, used);
    if (allocated === void 0) return internalError("failed to allocate a HealthCheck NodePort: range is full");
    spec.healthCheckNodePort = allocated;
    return void 0;
  }
  if (requested === old2?.healthCheckNodePort) return void 0;
  const problem = claimNodePort(requested, used);
  return problem ? internalError(`failed to allocate requested HealthCheck NodePort ${requested}: ${problem}`) : void 0;
}
function normalizeClusterIPsOnUpdate(spec, old2) {
  const sameList = JSON.stringify(spec.clusterIPs ?? []) === JSON.stringify(old2.clusterIPs ?? []);
  if (old2.clusterIP && !spec.clusterIP && sameList) delete spec.clusterIPs;
  if (old2.clusterIP && spec.clusterIP && spec.clusterIP !== old2.clusterIP && sameList && spec.clusterIPs?.length) {
    spec.clusterIPs = [spec.clusterIP, ...spec.clusterIPs.slice(1)];
  }
  if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
}
function patchAllocatedValues(spec, old2) {
  if (needsClusterIP(old2) && needsClusterIP(spec)) {
    if (!spec.clusterIP && old2.clusterIP) spec.clusterIP = old2.clusterIP;
    if (!spec.clusterIPs?.length && old2.clusterIPs?.length) spec.clusterIPs = [...old2.clusterIPs];
  }
  if (needsNodePort(old2) && needsNodePort(spec)) {
    const oldPorts = new Set((old2.ports ?? []).map((port) => port.nodePort ?? 0));
    const used = new Set((spec.ports ?? []).map((port) => port.nodePort ?? 0).filter((port) => oldPorts.has(port)));
    const byName = new Map((old2.ports ?? []).map((port) => [port.name ?? "", port.nodePort ?? 0]));
    for (const port of spec.ports ?? []) {
      const previous = byName.get(port.name ?? "") ?? 0;
      if (!port.nodePort && previous && !used.has(previous)) port.nodePort = previous;
    }
  }
  if (needsHealthCheckNodePort(old2) && needsHealthCheckNodePort(spec) && !spec.healthCheckNodePort) {
    spec.healthCheckNodePort = old2.healthCheckNodePort;
  }
}
function dropTypeDependentFields(service3, old2) {
  const spec = service3.spec ?? {};
  const oldSpec = old2.spec ?? {};
  const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (needsClusterIP(oldSpec) && !needsClusterIP(spec)) {
    if (same(spec.clusterIP, oldSpec.clusterIP) && same(spec.clusterIPs, oldSpec.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (same(spec.ipFamilies, oldSpec.ipFamilies)) delete spec.ipFamilies;
    if (same(spec.ipFamilyPolicy, oldSpec.ipFamilyPolicy)) delete spec.ipFamilyPolicy;
  }
  if (needsNodePort(oldSpec) && !needsNodePort(spec)) {
    const oldPorts = (oldSpec.ports ?? []).map((port) => port.nodePort ?? 0);
    const newPorts = (spec.ports ?? []).map((port) => port.nodePort ?? 0);
    if (same(oldPorts, newPorts)) for (const port of spec.ports ?? []) delete port.nodePort;
  }
  if (needsHealthCheckNodePort(oldSpec) && !needsHealthCheckNodePort(spec) && spec.healthCheckNodePort === oldSpec.healthCheckNodePort) {
    delete spec.healthCheckNodePort;
  }
  if (oldSpec.type === "LoadBalancer" && spec.type !== "LoadBalancer") {
    if (spec.allocateLoadBalancerNodePorts !== void 0 && spec.allocateLoadBalancerNodePorts === oldSpec.allocateLoadBalancerNodePorts) {
      delete spec.allocateLoadBalancerNodePorts;
    }
    if (same(spec.loadBalancerClass, oldSpec.loadBalancerClass)) delete spec.loadBalancerClass;
  }
  const externalPolicyApplies = (s) => s.type === "NodePort" || s.type === "LoadBalancer" || (s.externalIPs?.length ?? 0) > 0;
  if (externalPolicyApplies(oldSpec) && !externalPolicyApplies(spec) && spec.externalTrafficPolicy === oldSpec.externalTrafficPolicy) {
    delete spec.externalTrafficPolicy;
  }
  if (spec.type !== "LoadBalancer" && service3.status) service3.status = { ...service3.status, loadBalancer: {} };
}

// src/core/cluster/api/registry.ts
var NAMESPACE_TYPE = typeForKind("Namespace");
function resolveType(raw) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, error: badRequest("the object provided is not a Kubernetes object") };
  const { apiVersion, kind: kind2 } = raw;
  if (typeof kind2 !== "string" || !kind2) return { ok: false, error: badRequest("Object 'Kind' is missing in the object") };
  if (typeof apiVersion !== "string" || !apiVersion) return { ok: false, error: badRequest(`Object 'apiVersion' is missing in the object of kind "${kind2}"`) };
  const type = typeForObject(apiVersion, kind2);
  if (!type) return { ok: false, error: { code: 404, reason: "NotFound", message: "the server could not find the requested resource" } };
  return { ok: true, type };
}
function decode(raw, type) {
  const shape = shapeForKind(type.kind) ?? openObjectShape(type.kind);
  const outcome = decodeStrict(shape, raw, !shapeForKind(type.kind));
  if (!outcome.ok) return { ok: false, error: cannotDecode(type, outcome.why) };
  const object = dropNulls(shape, clone(raw));
  object.metadata ??= { name: "" };
  return { ok: true, object };
}
function namespaceOf(object, type) {
  return type.namespaced ? object.metadata.namespace || "default" : void 0;
}
function prepareCreate(cluster, raw) {
  const resolved = resolveType(raw);
  if (!resolved.ok) return resolved;
  const { type } = resolved;
  const decoded = decode(raw, type);
  if (!decoded.ok) return decoded;
  const object = decoded.object;
  const namespace3 = namespaceOf(object, type);
  if (namespace3 !== void 0) {
    object.metadata.namespace = namespace3;
    if (!cluster.store.has("Namespace", void 0, namespace3)) return { ok: false, error: notFound(NAMESPACE_TYPE, namespace3) };
  } else delete object.metadata.namespace;
  if (!object.metadata.name && object.metadata.generateName) object.metadata.name = `${object.metadata.generateName}${cluster.random.suffix(5)}`;
  const requestedVersion = object.metadata.resourceVersion;
  object.metadata = { ...systemFieldsForCreate(object.metadata, cluster.random.uid(), cluster.clock.timestamp(), type.kind), name: object.metadata.name ?? "" };
  const strategy = strategyFor(type);
  if (strategy.initialStatus) delete object.status;
  strategy.defaults(object, cluster);
  const status = strategy.initialStatus?.(object);
  if (status) object.status = status;
  if (type.kind === "Service") {
    const key = { namespace: namespace3 ?? "", name: object.metadata.name };
    const failed = allocateForCreate(object, { store: cluster.store, random: cluster.random, key });
    if (failed) return { ok: false, error: failed };
  }
  const errors = strategy.validate(object);
  if (errors.length > 0) return { ok: false, error: invalidError(type.kind, type.group, object.metadata.name, errors) };
  if (requestedVersion) return { ok: false, error: badRequest("resourceVersion should not be set on objects to be created") };
  if (cluster.store.has(type.kind, namespace3, object.metadata.name)) return { ok: false, error: alreadyExists(type, object.metadata.name) };
  return { ok: true, object, type, warnings: strategy.warnings?.(object) ?? [] };
}
function prepareUpdate(cluster, raw) {
  const resolved = resolveType(raw);
  if (!resolved.ok) return resolved;
  const { type } = resolved;
  const decoded = decode(raw, type);
  if (!decoded.ok) return decoded;
  const object = decoded.object;
  const namespace3 = namespaceOf(object, type);
  const name = object.metadata.name ?? "";
  const existing = cluster.store.get(type.kind, namespace3, name);
  if (!existing) return { ok: false, error: notFound(type, name) };
  const requestedVersion = object.metadata.resourceVersion;
  if (requestedVersion && requestedVersion !== existing.metadata.resourceVersion) return { ok: false, error: conflict(type, name) };
  const { generation: _ignored, ...given } = object.metadata;
  object.metadata = {
    ...given,
    name,
    uid: existing.metadata.uid,
    creationTimestamp: existing.metadata.creationTimestamp,
    resourceVersion: existing.metadata.resourceVersion,
    ...existing.metadata.generation === void 0 ? {} : { generation: existing.metadata.generation }
  };
  if (namespace3 === void 0) delete object.metadata.namespace;
  else object.metadata.namespace = namespace3;
  const strategy = strategyFor(type);
  if (strategy.initialStatus) {
    if (existing.status === void 0) delete object.status;
    else object.status = clone(existing.status);
  }
  strategy.defaults(object, cluster);
  if (type.kind === "Service") {
    const failed = allocateForUpdate(object, existing, {
      store: cluster.store,
      random: cluster.random,
      key: { namespace: namespace3 ?? "", name }
    });
    if (failed) return { ok: false, error: failed };
  }
  const errors = [...strategy.validateUpdate?.(object, existing) ?? [], ...strategy.validate(object)];
  if (errors.length > 0) return { ok: false, error: invalidError(type.kind, type.group, name, errors) };
  if (hasGeneration(type.kind) && !sameJson(specOf(object), specOf(existing))) {
    object.metadata = { ...object.metadata, generation: (existing.metadata.generation ?? 0) + 1 };
  }
  return { ok: true, object, type, warnings: strategy.warnings?.(object) ?? [] };
}
function specOf(object) {
  if ("spec" in object) return object.spec;
  const { metadata: _metadata, status: _status, ...rest } = object;
  return rest;
}

// src/core/cluster/api/api-server.ts
var failure = (error, warnings = []) => ({ ok: false, error, warnings });
function guarded(prepare) {
  try {
    return prepare();
  } catch (error) {
    return { ok: false, error: internalError(error instanceof Error ? error.message : String(error)) };
  }
}
function createObject(cluster, raw, options = {}) {
  const prepared = guarded(() => prepareCreate(cluster, raw));
  if (!prepared.ok) return failure(prepared.error);
  if (options.dryRun) return { ok: true, value: prepared.object, warnings: prepared.warnings };
  const stored = store(cluster, prepared.object);
  reconcile(cluster);
  return { ok: true, value: stored, warnings: prepared.warnings };
}
function store(cluster, object) {
  const stored = cluster.store.put(object);
  if (stored.kind === "Service") allocationIndex(cluster.store).record(stored);
  return stored;
}
function applyObject(cluster, raw, options = {}) {
  try {
    return apply(cluster, raw, options);
  } catch (error) {
    return failure(internalError(error instanceof Error ? error.message : String(error)));
  }
}
function apply(cluster, raw, options) {
  const resolved = resolveType(raw);
  if (!resolved.ok) return failure(resolved.error);
  const decoded = decode(raw, resolved.type);
  if (!decoded.ok) return failure(decoded.error);
  const manifest = decoded.object;
  const namespace3 = namespaceOf(manifest, resolved.type);
  if (namespace3 !== void 0) manifest.metadata.namespace = namespace3;
  else delete manifest.metadata.namespace;
  const source = { ...raw, metadata: { ...raw.metadata ?? {}, namespace: namespace3 } };
  if (namespace3 === void 0) delete source.metadata.namespace;
  const modified = withLastApplied(manifest, source);
  const live = manifest.metadata.name ? cluster.store.get(resolved.type.kind, namespace3, manifest.metadata.name) : void 0;
  if (!live) {
    const created = createObject(cluster, modified, options);
    return created.ok ? { ok: true, value: { object: created.value, outcome: "created" }, warnings: created.warnings } : created;
  }
  const warnings = live.metadata.annotations?.[LAST_APPLIED] ? [] : [missingAnnotationWarning(resolved.type, live.metadata.name)];
  const merged = threeWayMerge(lastAppliedOf(live), modified, live);
  if (sameJson(merged, live)) return { ok: true, value: { object: live, outcome: "unchanged" }, warnings };
  const updated = updateObject(cluster, merged, options);
  if (!updated.ok) return failure(updated.error, [...warnings, ...updated.warnings]);
  return { ok: true, value: { object: updated.value, outcome: "configured" }, warnings: [...warnings, ...updated.warnings] };
}
function missingAnnotationWarning(type, name) {
  return `resource ${qualifiedResource(type)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
}
function updateObject(cluster, object, options = {}) {
  const prepared = guarded(() => prepareUpdate(cluster, object));
  if (!prepared.ok) return failure(prepared.error);
  if (options.dryRun) return { ok: true, value: prepared.object, warnings: prepared.warnings };
  const { kind: kind2, metadata } = prepared.object;
  const live = cluster.store.peek(kind2, metadata.namespace, metadata.name);
  if (live && sameJson(live, prepared.object)) return { ok: true, value: cluster.store.get(kind2, metadata.namespace, metadata.name) ?? prepared.object, warnings: prepared.warnings };
  const stored = store(cluster, prepared.object);
  reconcile(cluster);
  return { ok: true, value: stored, warnings: prepared.warnings };
}
var IMMORTAL_NAMESPACES = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public"]);
function deleteObject(cluster, kind2, namespace3, name, options = {}) {
  const type = typeForKind(kind2);
  if (!type) return failure({ code: 404, reason: "NotFound", message: "the server could not find the requested resource" });
  const ns = type.namespaced ? namespace3 || "default" : void 0;
  const existing = cluster.store.get(kind2, ns, name);
  if (!existing) return failure(notFound(type, name));
  if (kind2 === "Namespace" && IMMORTAL_NAMESPACES.has(name)) return failure(forbiddenError(type, name, "this namespace may not be deleted"));
  if (options.dryRun) return { ok: true, value: existing, warnings: [] };
  if (kind2 === "Namespace") removeNamespaceContents(cluster, name);
  const removed = cluster.store.remove(kind2, ns, name) ?? existing;
  if (kind2 === "Service") allocationIndex(cluster.store).removedService({ namespace: ns ?? "", name });
  if (kind2 === "Namespace") allocationIndex(cluster.store).invalidate();
  reconcile(cluster);
  return { ok: true, value: removed, warnings: [] };
}
function removeNamespaceContents(cluster, namespace3) {
  for (const kind2 of cluster.store.kindsStored()) {
    if (!typeForKind(kind2)?.namespaced) continue;
    for (const object of cluster.store.view(kind2, namespace3)) cluster.store.remove(kind2, namespace3, object.metadata.name);
  }
}

// src/core/cluster/controllers/ingress-nginx.ts
var INGRESS_NGINX_NAMESPACE = "ingress-nginx";
var INGRESS_NGINX_CONTROLLER = "k8s.io/ingress-nginx";
var VERSION = "1.14.0";
var CONTROLLER_IMAGE = `registry.k8s.io/ingress-nginx/controller:v${VERSION}@sha256:e4127065d0317bd11dc64c4dd38dcf7fb1c3d72e468110b4086e636dbaac943d`;
var CERTGEN_IMAGE = "registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.6.4@sha256:bcfc926ed57831edf102d62c5c0e259572591df4796ef1420b87f9cf6092497f";
function labels(component) {
  return {
    "app.kubernetes.io/instance": "ingress-nginx",
    "app.kubernetes.io/name": "ingress-nginx",
    "app.kubernetes.io/part-of": "ingress-nginx",
    "app.kubernetes.io/version": VERSION,
    ...component ? { "app.kubernetes.io/component": component } : {}
  };
}
var selector = {
  "app.kubernetes.io/component": "controller",
  "app.kubernetes.io/instance": "ingress-nginx",
  "app.kubernetes.io/name": "ingress-nginx"
};
function meta(name, component, namespaced = true) {
  return { name, ...namespaced ? { namespace: INGRESS_NGINX_NAMESPACE } : {}, labels: labels(component) };
}
function rbac(kind2, name, component, namespaced, body) {
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind: kind2, metadata: meta(name, component, namespaced), ...body };
}
function certgenJob(name, args) {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: meta(name, "admission-webhook"),
    spec: {
      template: {
        metadata: { labels: labels("admission-webhook"), name },
        spec: {
          containers: [{ name: name.endsWith("create") ? "create" : "patch", image: CERTGEN_IMAGE, imagePullPolicy: "IfNotPresent", args }],
          nodeSelector: { "kubernetes.io/os": "linux" },
          restartPolicy: "OnFailure",
          serviceAccountName: "ingress-nginx-admission"
        }
      },
      ttlSecondsAfterFinished: 0
    }
  };
}
function ingressNginxManifest() {
  const rules = [{ apiGroups: [""], resources: ["configmaps", "endpoints", "nodes", "pods", "secrets", "namespaces"], verbs: ["list", "watch"] }];
  return [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: INGRESS_NGINX_NAMESPACE, labels: { "app.kubernetes.io/instance": "ingress-nginx", "app.kubernetes.io/name": "ingress-nginx" } } },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta("ingress-nginx", "controller"), automountServiceAccountToken: true },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta("ingress-nginx-admission", "admission-webhook") },
    rbac("Role", "ingress-nginx", "controller", true, { rules }),
    rbac("Role", "ingress-nginx-admission", "admission-webhook", true, { rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "create"] }] }),
    rbac("ClusterRole", "ingress-nginx", "controller", false, { rules }),
    rbac("ClusterRole", "ingress-nginx-admission", "admission-webhook", false, { rules: [{ apiGroups: ["admissionregistration.k8s.io"], resources: ["validatingwebhookconfigurations"], verbs: ["get", "update"] }] }),
    rbac("RoleBinding", "ingress-nginx", "controller", true, { roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "ingress-nginx" }, subjects: [{ kind: "ServiceAccount", name: "ingress-nginx", namespace: INGRESS_NGINX_NAMESPACE }] }),
    rbac("RoleBinding", "ingress-nginx-admission", "admission-webhook", true, { roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "ingress-nginx-admission" }, subjects: [{ kind: "ServiceAccount", name: "ingress-nginx-admission", namespace: INGRESS_NGINX_NAMESPACE }] }),
    rbac("ClusterRoleBinding", "ingress-nginx", "controller", false, { roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "ingress-nginx" }, subjects: [{ kind: "ServiceAccount", name: "ingress-nginx", namespace: INGRESS_NGINX_NAMESPACE }] }),
    rbac("ClusterRoleBinding", "ingress-nginx-admission", "admission-webhook", false, { roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "ingress-nginx-admission" }, subjects: [{ kind: "ServiceAccount", name: "ingress-nginx-admission", namespace: INGRESS_NGINX_NAMESPACE }] }),
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta("ingress-nginx-controller", "controller"), data: {} },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta("ingress-nginx-controller", "controller"),
      spec: {
        externalTrafficPolicy: "Local",
        ipFamilies: ["IPv4"],
        ipFamilyPolicy: "SingleStack",
        ports: [
          { appProtocol: "http", name: "http", port: 80, protocol: "TCP", targetPort: "http" },
          { appProtocol: "https", name: "https", port: 443, protocol: "TCP", targetPort: "https" }
        ],
        selector,
        type: "LoadBalancer"
      }
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta("ingress-nginx-controller-admission", "controller"),
      spec: { ports: [{ appProtocol: "https", name: "https-webhook", port: 443, targetPort: "webhook" }], selector, type: "ClusterIP" }
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta("ingress-nginx-controller", "controller"),
      spec: {
        minReadySeconds: 0,
        revisionHistoryLimit: 10,
        selector: { matchLabels: selector },
        strategy: { rollingUpdate: { maxUnavailable: 1 }, type: "RollingUpdate" },
        template: {
          metadata: { labels: labels("controller") },
          spec: {
            containers: [
              {
                args: [
                  "/nginx-ingress-controller",
                  "--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller",
                  "--election-id=ingress-nginx-leader",
                  "--controller-class=k8s.io/ingress-nginx",
                  "--ingress-class=nginx",
                  "--configmap=$(POD_NAMESPACE)/ingress-nginx-controller",
                  "--validating-webhook=:8443",
                  "--validating-webhook-certificate=/usr/local/certificates/cert",
                  "--validating-webhook-key=/usr/local/certificates/key"
                ],
                env: [
                  { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
                  { name: "POD_NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
                  { name: "LD_PRELOAD", value: "/usr/local/lib/libmimalloc.so" }
                ],
                image: CONTROLLER_IMAGE,
                imagePullPolicy: "IfNotPresent",
                lifecycle: { preStop: { exec: { command: ["/wait-shutdown"] } } },
                livenessProbe: { failureThreshold: 5, httpGet: { path: "/healthz", port: 10254, scheme: "HTTP" }, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
                name: "controller",
                ports: [
                  { containerPort: 80, name: "http", protocol: "TCP" },
                  { containerPort: 443, name: "https", protocol: "TCP" },
                  { containerPort: 8443, name: "webhook", protocol: "TCP" }
                ],
                readinessProbe: { failureThreshold: 3, httpGet: { path: "/healthz", port: 10254, scheme: "HTTP" }, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
                resources: { requests: { cpu: "100m", memory: "90Mi" } },
                volumeMounts: [{ mountPath: "/usr/local/certificates/", name: "webhook-cert", readOnly: true }]
              }
            ],
            dnsPolicy: "ClusterFirst",
            nodeSelector: { "kubernetes.io/os": "linux" },
            serviceAccountName: "ingress-nginx",
            terminationGracePeriodSeconds: 300,
            volumes: [{ name: "webhook-cert", secret: { secretName: "ingress-nginx-admission" } }]
          }
        }
      }
    },
    certgenJob("ingress-nginx-admission-create", ["create", "--host=ingress-nginx-controller-admission,ingress-nginx-controller-admission.$(POD_NAMESPACE).svc", "--namespace=$(POD_NAMESPACE)", "--secret-name=ingress-nginx-admission"]),
    certgenJob("ingress-nginx-admission-patch", ["patch", "--webhook-name=ingress-nginx-admission", "--namespace=$(POD_NAMESPACE)", "--patch-mutating=false", "--secret-name=ingress-nginx-admission", "--patch-failure-policy=Fail"]),
    { apiVersion: "networking.k8s.io/v1", kind: "IngressClass", metadata: meta("nginx", "controller", false), spec: { controller: INGRESS_NGINX_CONTROLLER } },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingWebhookConfiguration",
      metadata: meta("ingress-nginx-admission", "admission-webhook", false),
      webhooks: [
        {
          admissionReviewVersions: ["v1"],
          clientConfig: { service: { name: "ingress-nginx-controller-admission", namespace: INGRESS_NGINX_NAMESPACE, path: "/networking/v1/ingresses", port: 443 } },
          failurePolicy: "Fail",
          matchPolicy: "Equivalent",
          name: "validate.nginx.ingress.kubernetes.io",
          rules: [{ apiGroups: ["networking.k8s.io"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["ingresses"] }],
          sideEffects: "None"
        }
      ]
    }
  ];
}
function installIngressNginx(cluster) {
  const lines2 = [];
  for (const object of ingressNginxManifest()) {
    const type = typeForObject(object.apiVersion, object.kind);
    if (!type) {
      const existed = cluster.store.has(object.kind, object.metadata.namespace, object.metadata.name);
      if (!existed) cluster.store.save({ ...object, metadata: { ...object.metadata, uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster) } });
      lines2.push(`validatingwebhookconfiguration.admissionregistration.k8s.io/${object.metadata.name} ${existed ? "unchanged" : "created"}`);
      continue;
    }
    const result = applyObject(cluster, object);
    lines2.push(result.ok ? `${qualifiedSingular(type)}/${object.metadata.name} ${result.value.outcome}` : `${qualifiedSingular(type)}/${object.metadata.name} unchanged`);
    if (object.kind === "Job" && result.ok) completeJob(cluster, object);
  }
  if (!cluster.store.has("Secret", INGRESS_NGINX_NAMESPACE, "ingress-nginx-admission")) {
    cluster.store.save({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "ingress-nginx-admission", namespace: INGRESS_NGINX_NAMESPACE, uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster) },
      type: "Opaque",
      data: { ca: "LS0tLS1CRUdJTi...", cert: "LS0tLS1CRUdJTi...", key: "LS0tLS1CRUdJTi..." }
    });
  }
  reconcile(cluster);
  return lines2;
}
function completeJob(cluster, object) {
  const job = cluster.store.peek("Job", object.metadata.namespace, object.metadata.name);
  if (!job || job.status) return;
  const now = nowTimestamp(cluster);
  cluster.store.save({
    ...job,
    status: {
      completionTime: now,
      conditions: [
        { lastProbeTime: now, lastTransitionTime: now, message: "Reached expected number of succeeded pods", reason: "CompletionsReached", status: "True", type: "SuccessCriteriaMet" },
        { lastProbeTime: now, lastTransitionTime: now, message: "Reached expected number of succeeded pods", reason: "CompletionsReached", status: "True", type: "Complete" }
      ],
      ready: 0,
      startTime: now,
      succeeded: 1,
      terminating: 0
    }
  });
}
function publishedAddress(cluster) {
  const service3 = cluster.store.peek("Service", INGRESS_NGINX_NAMESPACE, "ingress-nginx-controller");
  const ip = service3?.status?.loadBalancer?.ingress?.find((entry) => entry.ip)?.ip;
  if (!ip) return void 0;
  const ready = cluster.store.view("Pod", INGRESS_NGINX_NAMESPACE).some((pod3) => pod3.metadata.labels?.["app.kubernetes.io/component"] === "controller" && isPodReady(pod3));
  return ready ? ip : void 0;
}
function nginxClasses(cluster) {
  const names2 = /* @__PURE__ */ new Set();
  let isDefault = false;
  for (const ingressClass3 of cluster.store.view("IngressClass")) {
    if (ingressClass3.spec?.controller !== INGRESS_NGINX_CONTROLLER) continue;
    names2.add(ingressClass3.metadata.name);
    if (ingressClass3.metadata.annotations?.["ingressclass.kubernetes.io/is-default-class"] === "true") isDefault = true;
  }
  return { names: names2, isDefault };
}
function syncIngresses(cluster) {
  const { names: names2, isDefault } = nginxClasses(cluster);
  if (names2.size === 0) return;
  const ip = publishedAddress(cluster);
  if (!ip) return;
  for (const ingress3 of cluster.store.view("Ingress")) {
    const className = ingress3.spec?.ingressClassName ?? ingress3.metadata.annotations?.["kubernetes.io/ingress.class"];
    const ours = className ? names2.has(className) : isDefault;
    const current = ingress3.status?.loadBalancer?.ingress ?? [];
    if (ours) {
      if (current.length === 1 && current[0].ip === ip) continue;
      recordEvent(cluster, ingress3, { type: "Normal", reason: "Sync", message: "Scheduled for sync", component: "nginx-ingress-controller" });
      putIfChanged(cluster, { ...ingress3, status: { loadBalancer: { ingress: [{ ip }] } } }, ingress3);
    } else if (current.some((entry) => entry.ip === ip)) {
      putIfChanged(cluster, { ...ingress3, status: { loadBalancer: {} } }, ingress3);
    }
  }
}

// src/core/cluster/controllers/init-wait.ts
var INIT_RETRY_MS = 2e3;
var LOOP = /\b(until|while|for)\b/;
var LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function waitingInitContainer(cluster, state, pod3) {
  const namespace3 = pod3.metadata?.namespace ?? "default";
  const containers = pod3.spec?.initContainers ?? [];
  for (let i = 0; i < containers.length; i++) {
    if (pod3.status?.initContainerStatuses?.find((s) => s.name === containers[i].name)?.state?.terminated) continue;
    const awaited = awaitedService(cluster, containers[i], namespace3);
    if (awaited && !satisfied(cluster, state, awaited)) return i;
  }
  return -1;
}
function awaitedService(cluster, container2, namespace3) {
  const script = expandEnv([...container2.command ?? [], ...container2.args ?? []].join(" "), container2);
  if (!LOOP.test(script)) return void 0;
  const url = /https?:\/\/([a-z0-9][-a-z0-9.]*)/.exec(script);
  const lookup = /\b(?:nslookup|host|dig)\s+(?:\+\S+\s+)*([a-z0-9][-a-z0-9.]*)/.exec(script);
  const host = url?.[1] ?? lookup?.[1];
  if (!host) return void 0;
  const target = serviceOf(cluster, host.replace(/\.$/, ""), namespace3);
  return target && { ...target, needsEndpoint: Boolean(url) };
}
function serviceOf(cluster, host, namespace3) {
  const parts = host.split(".");
  if (!LABEL.test(parts[0])) return void 0;
  if (parts.length === 1) return { service: parts[0], namespace: namespace3 };
  const rest = parts.slice(2).join(".");
  const inCluster = ["", "svc", "svc.cluster.local"].includes(rest);
  if (!inCluster || !LABEL.test(parts[1])) return parts[1] === "" ? { service: parts[0], namespace: namespace3 } : void 0;
  if (rest === "" && !cluster.store.has("Namespace", void 0, parts[1])) return void 0;
  return { service: parts[0], namespace: parts[1] };
}
function satisfied(cluster, state, awaited) {
  const service3 = cluster.store.peek("Service", awaited.namespace, awaited.service);
  if (!service3) return false;
  const headless = service3.spec?.clusterIP === "None";
  if (service3.spec?.type === "ExternalName" || !awaited.needsEndpoint && !headless) return true;
  for (const key of state.slicesByService.get(`${awaited.namespace}|${awaited.service}`) ?? []) {
    const slice2 = state.objects.get(key);
    const carriesTraffic = headless || (slice2?.ports?.length ?? 0) > 0;
    if (awaited.needsEndpoint && !carriesTraffic) continue;
    if ((slice2?.endpoints ?? []).some((endpoint) => endpoint.conditions?.ready !== false)) return true;
  }
  return false;
}
function expandEnv(text, container2) {
  const values = new Map((container2.env ?? []).filter((e) => e.value !== void 0).map((e) => [e.name, e.value ?? ""]));
  return text.replace(/\$\{(\w+)\}|\$\((\w+)\)|\$(\w+)/g, (all, a, b, c) => values.get(a ?? b ?? c ?? "") ?? all);
}

// src/core/cluster/network/workload-ports.ts
var IMAGE_PORTS = [
  [/(^|\/)(busybox|alpine|curl|curlimages\/curl|debian|ubuntu|netshoot|dnsutils|bash)(:|$)/, []],
  [/hello-app|hello-go|hello-kubernetes/, [8080]],
  [/agnhost|serve_hostname/, [9376]],
  [/(^|\/)redis(:|$)|redis-|gb-redis/, [6379]],
  [/http-echo/, [5678]],
  [/(^|\/)(nginx|httpd|traefik\/whoami|whoami|httpbin|echo-server|hello-frontend|gb-frontend)(:|$|-)/, [80]],
  // The kind cluster's own components (bootstrap), which declare no ports.
  [/(^|\/)kube-apiserver:/, [6443]],
  [/(^|\/)etcd:/, [2379, 2380, 2381]],
  [/(^|\/)kube-controller-manager:/, [10257]],
  [/(^|\/)kube-scheduler:/, [10259]],
  [/(^|\/)kube-proxy:/, [10249, 10256]],
  [/(^|\/)(kindnetd|local-path-provisioner|local-path-helper):/, []]
];
function imageDefaultPorts(container2) {
  const image = container2.image ?? "";
  if (/agnhost/.test(image)) return agnhostPorts(container2);
  for (const [pattern, ports] of IMAGE_PORTS) if (pattern.test(image)) return ports;
  if (runsOnlyAShell(container2)) return [];
  return [80];
}
function agnhostPorts(container2) {
  const args = [...container2.command ?? [], ...container2.args ?? []].join(" ");
  const explicit = /--(?:http-)?port[= ](\d+)/.exec(args);
  if (explicit) return [Number(explicit[1])];
  if (/netexec/.test(args)) return [8080];
  if (/serve-hostname/.test(args)) return [9376];
  return [];
}
function runsOnlyAShell(container2) {
  const command = [...container2.command ?? [], ...container2.args ?? []].join(" ");
  return /^(\/bin\/)?(sleep|sh -c sleep|sh|bash)\b/.test(command.trim()) && !/httpd|nc -l|serve/.test(command);
}
var IMAGE_EXTRA_PORTS = [[/ingress-nginx\/controller/, [10254]]];
function listeningPorts(pod3) {
  const out = [];
  for (const container2 of pod3.spec?.containers ?? []) {
    const declared = container2.ports ?? [];
    if (declared.length > 0) {
      for (const p of declared) out.push({ container: container2.name, port: p.containerPort, protocol: p.protocol ?? "TCP", name: p.name });
      for (const [pattern, ports] of IMAGE_EXTRA_PORTS) {
        if (!pattern.test(container2.image ?? "")) continue;
        for (const port of ports) if (!declared.some((p) => p.containerPort === port)) out.push({ container: container2.name, port, protocol: "TCP" });
      }
    } else {
      for (const port of imageDefaultPorts(container2)) out.push({ container: container2.name, port, protocol: "TCP" });
    }
  }
  return out;
}
function listensOn(pod3, port, protocol = "TCP") {
  return listeningPorts(pod3).some((p) => p.port === port && p.protocol === protocol);
}

// src/core/cluster/controllers/readiness.ts
function readinessOf(pod3, container2, startedMs, now) {
  const probe4 = container2.readinessProbe;
  if (!probe4) return { ready: true };
  const due = startedMs + (probe4.initialDelaySeconds ?? 0) * 1e3;
  if (now < due) return { ready: false, waitUntil: due };
  const failure2 = probeFailure(pod3, container2, probe4);
  return failure2 === void 0 ? { ready: true } : { ready: false, failure: failure2, periodMs: (probe4.periodSeconds ?? 10) * 1e3 };
}
function probeFailure(pod3, container2, probe4) {
  const ip = pod3.status?.podIP ?? "";
  if (probe4.httpGet) {
    const port = resolvePort(container2, probe4.httpGet.port);
    if (typeof port === "string") return port;
    if (listensOn(pod3, port)) return void 0;
    const scheme = (probe4.httpGet.scheme ?? "HTTP").toLowerCase();
    const host = probe4.httpGet.host ?? ip;
    const path = probe4.httpGet.path ?? "/";
    return `Readiness probe failed: Get "${scheme}://${hostPort(host, port)}${path.startsWith("/") ? path : `/${path}`}": dial tcp ${hostPort(host, port)}: connect: connection refused`;
  }
  if (probe4.tcpSocket) {
    const port = resolvePort(container2, probe4.tcpSocket.port);
    if (typeof port === "string") return port;
    if (listensOn(pod3, port)) return void 0;
    return `Readiness probe failed: dial tcp ${hostPort(probe4.tcpSocket.host ?? ip, port)}: connect: connection refused`;
  }
  if (probe4.grpc) {
    if (listensOn(pod3, probe4.grpc.port)) return void 0;
    return `Readiness probe failed: timeout: failed to connect service "${hostPort(ip, probe4.grpc.port)}" within 1s`;
  }
  if (probe4.exec) return execFailure(container2, probe4.exec.command ?? []);
  return void 0;
}
function hostPort(host, port) {
  return `${host}:${port}`;
}
function resolvePort(container2, port) {
  if (typeof port === "number") return port;
  if (/^\d+$/.test(port)) return Number(port);
  const found = container2.ports?.find((p) => p.name === port);
  if (found) return found.containerPort;
  return `Readiness probe errored: strconv.Atoi: parsing "${port}": invalid syntax`;
}
function execFailure(container2, command) {
  const script = command.length >= 3 && /(^|\/)(ba)?sh$/.test(command[0]) && command[1] === "-c" ? command.slice(2).join(" ") : command.join(" ");
  const text = script.trim();
  if (/^(\/bin\/|\/usr\/bin\/)?false$/.test(text)) return "Readiness probe failed: ";
  const exit2 = /^exit\s+(\d+)$/.exec(text);
  if (exit2 && exit2[1] !== "0") return "Readiness probe failed: ";
  const fileCheck = /^(?:test|\[)\s+-[fes]\s+(\S+)/.exec(text) ?? /^(cat|ls)\s+(\S+)/.exec(text);
  if (fileCheck) {
    const path = fileCheck[fileCheck.length - 1];
    if (containerCreates(container2, path)) return void 0;
    if (fileCheck[1] === "cat") return `Readiness probe failed: cat: can't open '${path}': No such file or directory`;
    if (fileCheck[1] === "ls") return `Readiness probe failed: ls: ${path}: No such file or directory`;
    return "Readiness probe failed: ";
  }
  return void 0;
}
function containerCreates(container2, path) {
  const own = [...container2.command ?? [], ...container2.args ?? []].join(" ");
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(touch|mkdir -p|>>?)\\s*${escaped}(\\s|;|$|&)`).test(own);
}

// src/core/cluster/controllers/service-environment.ts
var seenByCluster = /* @__PURE__ */ new WeakMap();
function recordServicesAtStart(cluster, pod3) {
  const uid = pod3.metadata.uid;
  if (!uid) return;
  let seen = seenByCluster.get(cluster);
  if (!seen) seenByCluster.set(cluster, seen = /* @__PURE__ */ new Map());
  if (seen.has(uid)) return;
  seen.set(uid, new Set(cluster.store.view("Service", pod3.metadata.namespace).map((service3) => service3.metadata.name)));
}
function servicesAtStart(cluster, podUid) {
  return podUid ? seenByCluster.get(cluster)?.get(podUid) : void 0;
}

// src/core/cluster/controllers/kubelet.ts
function syncPodOnNode(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const pod3 = cluster.store.peek("Pod", namespace3, name);
  const nodeName = pod3?.spec?.nodeName;
  const node = nodeName ? nodeByName(nodeName) : void 0;
  if (!pod3 || !node || isTerminal(pod3) || !cluster.store.has("Node", void 0, node.name)) return;
  const missing = missingVolumeSource(cluster, pod3);
  if (missing) {
    waitForMount(cluster, state, key, pod3, node.internalIP, missing);
    return;
  }
  state.waitingForMounts.get(namespace3)?.delete(key);
  run(cluster, state, key, pod3, node.name, node.internalIP, node.podPrefix);
}
function restoreMirrorPod(cluster, mirror) {
  const pod3 = mirror;
  const node = pod3.spec?.nodeName;
  const namespace3 = pod3.metadata.namespace ?? "";
  if (!node || !cluster.store.has("Node", void 0, node) || !cluster.store.has("Namespace", void 0, namespace3)) return;
  if (cluster.store.has("Pod", pod3.metadata.namespace, pod3.metadata.name)) return;
  const owner = cluster.store.peek("Node", void 0, node);
  cluster.store.save({
    ...pod3,
    metadata: {
      ...pod3.metadata,
      uid: cluster.random.uid(),
      creationTimestamp: nowTimestamp(cluster),
      ownerReferences: owner ? [{ apiVersion: "v1", controller: true, kind: "Node", name: node, uid: owner.metadata.uid ?? "" }] : pod3.metadata.ownerReferences
    },
    status: { phase: "Pending", qosClass: pod3.status?.qosClass }
  });
}
function missingVolumeSource(cluster, pod3) {
  const namespace3 = pod3.metadata.namespace;
  const check = (volume2) => {
    if (volume2.secret?.secretName && !volume2.secret.optional && !cluster.store.has("Secret", namespace3, volume2.secret.secretName)) {
      return { volume: volume2.name, kind: "secret", name: volume2.secret.secretName };
    }
    if (volume2.configMap?.name && !volume2.configMap.optional && !cluster.store.has("ConfigMap", namespace3, volume2.configMap.name)) {
      return { volume: volume2.name, kind: "configmap", name: volume2.configMap.name };
    }
    for (const source of volume2.projected?.sources ?? []) {
      if (source.secret?.name && !source.secret.optional && !cluster.store.has("Secret", namespace3, source.secret.name)) {
        return { volume: volume2.name, kind: "secret", name: source.secret.name };
      }
      if (source.configMap?.name && !source.configMap.optional && !cluster.store.has("ConfigMap", namespace3, source.configMap.name)) {
        return { volume: volume2.name, kind: "configmap", name: source.configMap.name };
      }
    }
    return void 0;
  };
  for (const volume2 of pod3.spec?.volumes ?? []) {
    const missing = check(volume2);
    if (missing) return missing;
  }
  return void 0;
}
function waitForMount(cluster, state, key, pod3, hostIP, missing) {
  const namespace3 = pod3.metadata.namespace ?? "";
  let waiting = state.waitingForMounts.get(namespace3);
  if (!waiting) state.waitingForMounts.set(namespace3, waiting = /* @__PURE__ */ new Set());
  waiting.add(key);
  const now = nowTimestamp(cluster);
  const previous = pod3.status?.conditions ?? [];
  const names2 = (pod3.spec?.containers ?? []).map((c) => c.name);
  const notReady = `containers with unready status: [${names2.join(" ")}]`;
  const status = {
    ...pod3.status,
    phase: "Pending",
    hostIP,
    hostIPs: [{ ip: hostIP }],
    startTime: pod3.status?.startTime ?? now,
    conditions: [
      condition3(previous, "PodReadyToStartContainers", "False", now),
      condition3(previous, "Initialized", "True", now),
      condition3(previous, "Ready", "False", now, "ContainersNotReady", notReady),
      condition3(previous, "ContainersReady", "False", now, "ContainersNotReady", notReady),
      condition3(previous, "PodScheduled", "True", now)
    ],
    containerStatuses: (pod3.spec?.containers ?? []).map((container2) => ({
      image: container2.image ?? "",
      imageID: "",
      lastState: {},
      name: container2.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: "ContainerCreating" } }
    }))
  };
  if (putIfPartChanged(cluster, { ...pod3, status }, pod3, "status", state.ownWrites)) {
    recordEvent(cluster, pod3, {
      type: "Warning",
      reason: "FailedMount",
      message: `MountVolume.SetUp failed for volume "${missing.volume}" : ${missing.kind} "${missing.name}" not found`,
      component: "kubelet",
      host: pod3.spec?.nodeName
    });
  }
}
function run(cluster, state, key, pod3, node, hostIP, podPrefix) {
  const now = nowTimestamp(cluster);
  const nowValue = nowMs(cluster);
  const podIP2 = pod3.spec?.hostNetwork ? hostIP : pod3.status?.podIP ?? allocateIP(state, node, podPrefix);
  const waiting = waitingInitContainer(cluster, state, pod3);
  if (waiting >= 0) {
    initializing(cluster, state, pod3, podIP2, hostIP, waiting);
    for (const container2 of unseenInitContainers(pod3).slice(0, waiting + 1)) containerStartEvents(cluster, state, pod3, node, container2, "initContainers");
    scheduleAt(state, key, nowValue + INIT_RETRY_MS, "kubelet");
    return;
  }
  const started = { ...pod3, status: { ...pod3.status, podIP: podIP2 } };
  const previousStatuses = pod3.status?.containerStatuses ?? [];
  const unready = [];
  const failures = [];
  const fresh = [];
  const containerStatuses = (pod3.spec?.containers ?? []).map((container2) => {
    const previous = previousStatuses.find((s) => s.name === container2.name && s.state?.running);
    if (!previous) fresh.push(container2);
    const startedAt = previous?.state?.running?.startedAt ?? now;
    const readiness = readinessOf(started, container2, simMs(startedAt) ?? nowValue, nowValue);
    if (!readiness.ready) {
      unready.push(container2.name);
      if ("waitUntil" in readiness) scheduleAt(state, key, readiness.waitUntil, "kubelet");
      else failures.push({ container: container2.name, message: readiness.failure, periodMs: readiness.periodMs });
    }
    return {
      containerID: previous?.containerID ?? `containerd://${randomHex(cluster)}`,
      image: fullImageName(container2.image ?? ""),
      imageID: imageID(container2.image ?? ""),
      lastState: {},
      name: container2.name,
      ready: readiness.ready,
      restartCount: previous?.restartCount ?? 0,
      started: true,
      state: { running: { startedAt } }
    };
  });
  const previousConditions = pod3.status?.conditions ?? [];
  const notReady = unready.length > 0 ? `containers with unready status: [${unready.join(" ")}]` : void 0;
  const readyStatus = notReady ? "False" : "True";
  const status = {
    ...pod3.status,
    phase: "Running",
    hostIP,
    hostIPs: [{ ip: hostIP }],
    podIP: podIP2,
    podIPs: [{ ip: podIP2 }],
    startTime: pod3.status?.startTime ?? now,
    conditions: [
      condition3(previousConditions, "PodReadyToStartContainers", "True", now),
      condition3(previousConditions, "Initialized", "True", now),
      condition3(previousConditions, "Ready", readyStatus, now, notReady && "ContainersNotReady", notReady),
      condition3(previousConditions, "ContainersReady", readyStatus, now, notReady && "ContainersNotReady", notReady),
      condition3(previousConditions, "PodScheduled", "True", now)
    ],
    containerStatuses
  };
  if (pod3.spec?.initContainers?.length) status.initContainerStatuses = initStatuses(cluster, pod3, now);
  putIfPartChanged(cluster, { ...pod3, status }, pod3, "status", state.ownWrites);
  for (const container2 of unseenInitContainers(pod3)) containerStartEvents(cluster, state, pod3, node, container2, "initContainers");
  if (fresh.length > 0) recordServicesAtStart(cluster, pod3);
  for (const container2 of fresh) containerStartEvents(cluster, state, pod3, node, container2);
  reportFailures(cluster, state, key, pod3, node, failures, nowValue);
}
function initializing(cluster, state, pod3, podIP2, hostIP, current) {
  const now = nowTimestamp(cluster);
  const previous = pod3.status?.conditions ?? [];
  const inits = pod3.spec?.initContainers ?? [];
  const names2 = (pod3.spec?.containers ?? []).map((c) => c.name);
  const incomplete = `containers with incomplete status: [${inits.slice(current).map((c) => c.name).join(" ")}]`;
  const notReady = `containers with unready status: [${names2.join(" ")}]`;
  const done = initStatuses(cluster, { ...pod3, spec: { ...pod3.spec, containers: pod3.spec?.containers ?? [], initContainers: inits.slice(0, current) } }, now);
  const initContainerStatuses = inits.map((container2, index2) => {
    if (index2 < current) return done[index2];
    const before = pod3.status?.initContainerStatuses?.find((s) => s.name === container2.name);
    const base = {
      containerID: before?.containerID ?? (index2 === current ? `containerd://${randomHex(cluster)}` : void 0),
      image: fullImageName(container2.image ?? ""),
      imageID: index2 === current ? imageID(container2.image ?? "") : "",
      lastState: {},
      name: container2.name,
      ready: false,
      restartCount: 0
    };
    if (index2 > current) return { ...base, started: false, state: { waiting: { reason: "PodInitializing" } } };
    return { ...base, started: true, state: { running: { startedAt: before?.state?.running?.startedAt ?? now } } };
  });
  const status = {
    ...pod3.status,
    phase: "Pending",
    hostIP,
    hostIPs: [{ ip: hostIP }],
    podIP: podIP2,
    podIPs: [{ ip: podIP2 }],
    startTime: pod3.status?.startTime ?? now,
    conditions: [
      condition3(previous, "PodReadyToStartContainers", "True", now),
      condition3(previous, "Initialized", "False", now, "ContainersNotInitialized", incomplete),
      condition3(previous, "Ready", "False", now, "ContainersNotReady", notReady),
      condition3(previous, "ContainersReady", "False", now, "ContainersNotReady", notReady),
      condition3(previous, "PodScheduled", "True", now)
    ],
    initContainerStatuses,
    containerStatuses: (pod3.spec?.containers ?? []).map((container2) => ({
      image: fullImageName(container2.image ?? ""),
      imageID: "",
      lastState: {},
      name: container2.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: "PodInitializing" } }
    }))
  };
  putIfPartChanged(cluster, { ...pod3, status }, pod3, "status", state.ownWrites);
}
function unseenInitContainers(pod3) {
  return (pod3.spec?.initContainers ?? []).filter((container2) => !pod3.status?.initContainerStatuses?.some((s) => s.name === container2.name && (s.state?.running || s.state?.terminated)));
}
function initStatuses(cluster, pod3, now) {
  return (pod3.spec?.initContainers ?? []).map((container2) => {
    const previous = pod3.status?.initContainerStatuses?.find((s) => s.name === container2.name);
    if (previous?.state?.terminated) return previous;
    const startedAt = previous?.state?.running?.startedAt ?? now;
    return {
      containerID: previous?.containerID ?? `containerd://${randomHex(cluster)}`,
      image: fullImageName(container2.image ?? ""),
      imageID: imageID(container2.image ?? ""),
      lastState: {},
      name: container2.name,
      ready: true,
      restartCount: 0,
      started: false,
      state: { terminated: { containerID: "", exitCode: 0, finishedAt: now, reason: "Completed", startedAt } }
    };
  });
}
function reportFailures(cluster, state, key, pod3, node, failures, now) {
  if (failures.length === 0) {
    state.nextProbeReport.delete(key);
    return;
  }
  const due = state.nextProbeReport.get(key);
  const period = Math.min(...failures.map((f) => f.periodMs));
  if (due === void 0 || due <= now) {
    for (const failure2 of failures) {
      recordEvent(cluster, pod3, {
        type: "Warning",
        reason: "Unhealthy",
        message: failure2.message,
        component: "kubelet",
        host: node,
        fieldPath: `spec.containers{${failure2.container}}`
      });
    }
    state.nextProbeReport.set(key, now + period);
  }
  scheduleAt(state, key, state.nextProbeReport.get(key) ?? now + period, "kubelet");
}
function containerStartEvents(cluster, state, pod3, node, container2, field2 = "containers") {
  const image = container2.image ?? "";
  const fieldPath = `spec.${field2}{${container2.name}}`;
  const event = (reason, message) => recordEvent(cluster, pod3, { type: "Normal", reason, message, component: "kubelet", host: node, fieldPath });
  const cacheKey = `${node}|${fullImageName(image)}`;
  const present = state.pulledImages.has(cacheKey);
  if (present && pullPolicy(image, container2.imagePullPolicy) !== "Always") {
    event("Pulled", `Container image "${image}" already present on machine`);
  } else {
    const took = pullDuration(image, !present);
    event("Pulling", `Pulling image "${image}"`);
    event("Pulled", `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${imageSize(image)} bytes.`);
    state.pulledImages.add(cacheKey);
  }
  event("Created", `Created container: ${container2.name}`);
  event("Started", `Started container ${container2.name}`);
}
function allocateIP(state, node, podPrefix) {
  let used = state.hostNumbersByNode.get(node);
  if (!used) state.hostNumbersByNode.set(node, used = /* @__PURE__ */ new Set());
  const last = state.lastHostNumber.get(node) ?? 1;
  let host = 0;
  for (let candidate = last + 1; candidate <= 254 && !host; candidate++) if (!used.has(candidate)) host = candidate;
  for (let candidate = 2; candidate <= last && !host; candidate++) if (!used.has(candidate)) host = candidate;
  if (!host) host = 254;
  used.add(host);
  state.lastHostNumber.set(node, host);
  return `${podPrefix}.${host}`;
}
function randomHex(cluster) {
  let out = "";
  for (let i = 0; i < 64; i++) out += cluster.random.int(16).toString(16);
  return out;
}
function condition3(previous, type, status, now, reason, message) {
  const before = previous.find((c) => c.type === type);
  const lastTransitionTime = before && before.status === status ? before.lastTransitionTime : now;
  return {
    lastProbeTime: null,
    lastTransitionTime,
    ...message ? { message } : {},
    ...reason ? { reason } : {},
    status,
    type
  };
}

// src/core/cluster/controllers/load-balancer-controller.ts
var PROVISION_DELAY_MS = 1e3;
function syncLoadBalancer(cluster, state, key) {
  if (cluster.cloud !== "kind") return;
  const { namespace: namespace3, name } = splitKey(key);
  const service3 = cluster.store.peek("Service", namespace3, name);
  if (!service3) {
    state.loadBalancerSince.delete(key);
    return;
  }
  const ingress3 = service3.status?.loadBalancer?.ingress ?? [];
  const wanted = service3.spec?.type === "LoadBalancer" && !service3.spec.loadBalancerClass;
  if (!wanted) {
    state.loadBalancerSince.delete(key);
    if (ingress3.length > 0 && service3.spec?.type !== "LoadBalancer") release(cluster, state, service3);
    return;
  }
  if (ingress3.some((entry) => entry.ip)) return;
  let since2 = state.loadBalancerSince.get(key);
  if (since2 === void 0) state.loadBalancerSince.set(key, since2 = nowMs(cluster));
  const due = since2 + PROVISION_DELAY_MS;
  if (nowMs(cluster) < due) {
    scheduleAt(state, key, due, "loadBalancers");
    return;
  }
  const ip = freeAddress(state);
  if (!ip) return;
  state.loadBalancerIPs.set(ip, objectKey("Service", namespace3, name));
  state.loadBalancerSince.delete(key);
  recordEvent(cluster, service3, { type: "Normal", reason: "EnsuringLoadBalancer", message: "Ensuring load balancer", component: "service-controller" });
  putIfChanged(cluster, { ...service3, status: { ...service3.status, loadBalancer: { ingress: [{ ip, ipMode: "VIP" }] } } }, service3);
  recordEvent(cluster, service3, { type: "Normal", reason: "EnsuredLoadBalancer", message: "Ensured load balancer", component: "service-controller" });
}
function release(cluster, state, service3) {
  for (const entry of service3.status?.loadBalancer?.ingress ?? []) if (entry.ip) state.loadBalancerIPs.delete(entry.ip);
  recordEvent(cluster, service3, { type: "Normal", reason: "DeletingLoadBalancer", message: "Deleting load balancer", component: "service-controller" });
  putIfChanged(cluster, { ...service3, status: { ...service3.status, loadBalancer: {} } }, service3);
  recordEvent(cluster, service3, { type: "Normal", reason: "DeletedLoadBalancer", message: "Deleted load balancer", component: "service-controller" });
}
function freeAddress(state) {
  const [a, b, c, start] = LOAD_BALANCER_POOL_START.split(".").map(Number);
  for (let host = start; host < 255; host++) {
    const ip = `${a}.${b}.${c}.${host}`;
    if (!state.loadBalancerIPs.has(ip)) return ip;
  }
  return void 0;
}

// src/core/cluster/controllers/namespace-controller.ts
var ROOT_CA_DESCRIPTION = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";
function syncNamespace(cluster, name) {
  const namespace3 = cluster.store.peek("Namespace", void 0, name);
  if (!namespace3) return;
  if (!namespace3.status?.phase) putIfChanged(cluster, { ...namespace3, status: { phase: "Active" } }, namespace3);
  if (namespace3.status?.phase === "Terminating") return;
  const now = nowTimestamp(cluster);
  if (!cluster.store.has("ServiceAccount", name, "default")) {
    cluster.store.save({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: name, uid: cluster.random.uid(), creationTimestamp: now } });
  }
  if (!cluster.store.has("ConfigMap", name, "kube-root-ca.crt")) {
    cluster.store.save({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "kube-root-ca.crt", namespace: name, uid: cluster.random.uid(), creationTimestamp: now, annotations: { "kubernetes.io/description": ROOT_CA_DESCRIPTION } },
      data: { "ca.crt": clusterCertificate(cluster) }
    });
  }
}
var certificates = /* @__PURE__ */ new WeakMap();
function clusterCertificate(cluster) {
  let pem = certificates.get(cluster);
  if (!pem) {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let seed = fnv32a("kubernetes-ca");
    let body = "MIIDBTCCAe2gAwIBAgII";
    while (body.length < 1024) {
      seed = fnv32a(String(seed));
      body += alphabet[seed % 64];
    }
    const lines2 = body.match(/.{1,64}/g) ?? [];
    pem = `-----BEGIN CERTIFICATE-----
${lines2.join("\n")}
-----END CERTIFICATE-----
`;
    certificates.set(cluster, pem);
  }
  return pem;
}

// src/core/cluster/controllers/replicaset-controller.ts
function syncReplicaSet(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const rs = cluster.store.peek("ReplicaSet", namespace3, name);
  if (!rs) return;
  const desired = rs.spec?.replicas ?? 1;
  const pods = [];
  for (const pod3 of ownedBy(state, rs.metadata.uid, "Pod")) {
    if (isTerminal(pod3)) continue;
    if (matchesSelector(pod3.metadata.labels, rs.spec?.selector)) pods.push(pod3);
    else release2(cluster, pod3, rs.metadata.uid);
  }
  for (const orphan of orphansMatching(state, rs)) pods.push(adopt(cluster, orphan, rs));
  let kept = pods;
  let created = 0;
  if (pods.length < desired) {
    for (; created < desired - pods.length; created++) {
      const podName = uniqueName(cluster, "Pod", namespace3, `${name}-`);
      cluster.store.save(podFromTemplate(cluster, rs, rs.spec?.template, { name: podName, generateName: `${name}-` }));
      recordEvent(cluster, rs, { type: "Normal", reason: "SuccessfulCreate", message: `Created pod: ${podName}`, component: "replicaset-controller" });
    }
  } else if (pods.length > desired) {
    const doomed = deletionOrder(state, pods).slice(0, pods.length - desired);
    for (const pod3 of doomed) {
      cluster.store.remove("Pod", namespace3, pod3.metadata.name);
      recordEvent(cluster, rs, { type: "Normal", reason: "SuccessfulDelete", message: `Deleted pod: ${pod3.metadata.name}`, component: "replicaset-controller" });
    }
    kept = pods.filter((pod3) => !doomed.includes(pod3));
  }
  const replicas = kept.length + created;
  const ready = kept.filter(isPodReady).length;
  const status = {
    replicas,
    fullyLabeledReplicas: replicas,
    ...ready ? { readyReplicas: ready, availableReplicas: ready } : {},
    observedGeneration: rs.metadata.generation ?? 1
  };
  if (!replicas) delete status.fullyLabeledReplicas;
  putIfChanged(cluster, { ...rs, status }, rs, state.ownWrites);
}
function release2(cluster, pod3, ownerUid) {
  const ownerReferences = (pod3.metadata.ownerReferences ?? []).filter((ref) => ref.uid !== ownerUid);
  const metadata = { ...pod3.metadata, ownerReferences };
  if (ownerReferences.length === 0) delete metadata.ownerReferences;
  cluster.store.save({ ...pod3, metadata });
}
function orphansMatching(state, rs) {
  const selector2 = rs.spec?.selector;
  const [first] = Object.entries(selector2?.matchLabels ?? {});
  if (!first) return [];
  const out = [];
  for (const key of state.podLabels.get(`${rs.metadata.namespace ?? ""}|${first[0]}=${first[1]}`) ?? []) {
    const pod3 = state.objects.get(key);
    if (!pod3 || isTerminal(pod3) || controllerRef(pod3) || !matchesSelector(pod3.metadata.labels, selector2)) continue;
    out.push(pod3);
  }
  return out.sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
}
function adopt(cluster, pod3, rs) {
  const ownerReferences = [...pod3.metadata.ownerReferences ?? [], ownerReferenceTo(rs)];
  return cluster.store.save({ ...pod3, metadata: { ...pod3.metadata, ownerReferences } });
}
function deletionOrder(state, pods) {
  const rank = (pod3) => !isScheduled(pod3) ? 0 : pod3.status?.phase === "Pending" ? 1 : !isPodReady(pod3) ? 2 : 3;
  const seq = (pod3) => state.creationSeq.get(pod3.metadata.uid ?? "") ?? 0;
  return [...pods].sort((a, b) => rank(a) - rank(b) || seq(b) - seq(a));
}

// src/core/cluster/controllers/scheduler.ts
function schedulePod(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const pod3 = cluster.store.peek("Pod", namespace3, name);
  if (!pod3 || pod3.spec?.nodeName) return;
  const nodes = cluster.store.view("Node");
  const reasons = /* @__PURE__ */ new Map();
  let best;
  for (const node of nodes) {
    const reason = unfit(pod3, node);
    if (reason) {
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    if (!best || podCount(state, node) < podCount(state, best)) best = node;
  }
  if (best) {
    bind(cluster, state, pod3, best.metadata.name);
    return;
  }
  markUnschedulable(cluster, pod3, failureMessage(nodes.length, reasons));
}
function podCount(state, node) {
  return state.podsPerNode.get(node.metadata.name) ?? 0;
}
function bind(cluster, state, pod3, node) {
  const conditions = (pod3.status?.conditions ?? []).filter((c) => c.type !== "PodScheduled");
  cluster.store.save({
    ...pod3,
    spec: { ...pod3.spec, nodeName: node },
    status: { ...pod3.status, conditions }
  });
  sync(cluster, state);
  recordEvent(cluster, pod3, {
    type: "Normal",
    reason: "Scheduled",
    message: `Successfully assigned ${pod3.metadata.namespace}/${pod3.metadata.name} to ${node}`,
    component: "default-scheduler"
  });
}
function markUnschedulable(cluster, pod3, message) {
  const previous = pod3.status?.conditions?.find((c) => c.type === "PodScheduled");
  const condition4 = {
    lastProbeTime: null,
    lastTransitionTime: previous?.status === "False" ? previous.lastTransitionTime : nowTimestamp(cluster),
    message,
    reason: "Unschedulable",
    status: "False",
    type: "PodScheduled"
  };
  const next = { ...pod3, status: { ...pod3.status, phase: "Pending", conditions: [condition4] } };
  if (putIfChanged(cluster, next, pod3) || previous?.message !== message) {
    recordEvent(cluster, pod3, { type: "Warning", reason: "FailedScheduling", message, component: "default-scheduler" });
  }
}
function unfit(pod3, node) {
  const spec = pod3.spec ?? { containers: [] };
  if (spec.nodeName && spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
  if (node.spec?.unschedulable && !tolerates(spec.tolerations, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" })) {
    return "node(s) were unschedulable";
  }
  for (const taint of node.spec?.taints ?? []) {
    if (taint.effect === "PreferNoSchedule") continue;
    if (!tolerates(spec.tolerations, taint)) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ""}}`;
  }
  if (spec.nodeSelector && !matchesLabels(node.metadata.labels, spec.nodeSelector)) return "node(s) didn't match Pod's node affinity/selector";
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && terms.length > 0 && !terms.some((term) => termMatches(term, node))) return "node(s) didn't match Pod's node affinity/selector";
  return void 0;
}
function tolerates(tolerations, taint) {
  return (tolerations ?? []).some((t2) => {
    if (t2.effect && t2.effect !== taint.effect) return false;
    if (t2.operator === "Exists") return !t2.key || t2.key === taint.key;
    return t2.key === taint.key && (t2.value ?? "") === (taint.value ?? "");
  });
}
function termMatches(term, node) {
  const labels2 = node.metadata.labels ?? {};
  const fields = { "metadata.name": node.metadata.name };
  return (term.matchExpressions ?? []).every((req) => requirementMatches(req, labels2[req.key])) && (term.matchFields ?? []).every((req) => requirementMatches(req, fields[req.key]));
}
function requirementMatches(req, value) {
  const values = req.values ?? [];
  switch (req.operator) {
    case "In":
      return value !== void 0 && values.includes(value);
    case "NotIn":
      return value === void 0 || !values.includes(value);
    case "Exists":
      return value !== void 0;
    case "DoesNotExist":
      return value === void 0;
    case "Gt":
      return value !== void 0 && Number(value) > Number(values[0]);
    case "Lt":
      return value !== void 0 && Number(value) < Number(values[0]);
    default:
      return false;
  }
}
function failureMessage(total, reasons) {
  const parts = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort();
  const detail = parts.length > 0 ? `: ${parts.join(", ")}` : "";
  return `0/${total} nodes are available${detail}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

// src/core/cluster/controllers/statefulset-controller.ts
function syncStatefulSet(cluster, state, key) {
  const { namespace: namespace3, name } = splitKey(key);
  const sts = cluster.store.peek("StatefulSet", namespace3, name);
  if (!sts) return;
  const replicas = sts.spec?.replicas ?? 1;
  const revision = `${name}-${podTemplateHash(sts.spec?.template ?? {})}`;
  const parallel = sts.spec?.podManagementPolicy === "Parallel";
  const pods = new Map(ownedBy(state, sts.metadata.uid, "Pod").map((pod3) => [pod3.metadata.name, pod3]));
  const alive = new Map(pods);
  for (const pod3 of [...pods.values()].sort((a, b) => ordinal(b, name) - ordinal(a, name))) {
    const index2 = ordinal(pod3, name);
    const outdated = pod3.metadata.labels?.["controller-revision-hash"] !== revision;
    if (index2 >= replicas || index2 < 0 || outdated) {
      cluster.store.remove("Pod", namespace3, pod3.metadata.name);
      alive.delete(pod3.metadata.name);
      recordEvent(cluster, sts, { type: "Normal", reason: "SuccessfulDelete", message: `delete Pod ${pod3.metadata.name} in StatefulSet ${name} successful`, component: "statefulset-controller" });
    }
  }
  for (let index2 = 0; index2 < replicas; index2++) {
    const podName = `${name}-${index2}`;
    const existing = alive.get(podName);
    if (existing) {
      if (!parallel && !isPodReady(existing)) break;
      continue;
    }
    createClaims(cluster, sts, index2);
    cluster.store.save(podFromTemplate(cluster, sts, sts.spec?.template, {
      name: podName,
      labels: {
        "apps.kubernetes.io/pod-index": String(index2),
        "controller-revision-hash": revision,
        "statefulset.kubernetes.io/pod-name": podName
      },
      spec: { hostname: podName, ...sts.spec?.serviceName ? { subdomain: sts.spec.serviceName } : {}, volumes: volumesWithClaims(sts, index2) }
    }));
    recordEvent(cluster, sts, { type: "Normal", reason: "SuccessfulCreate", message: `create Pod ${podName} in StatefulSet ${name} successful`, component: "statefulset-controller" });
    if (!parallel) break;
  }
  const current = [...alive.values()];
  const ready = current.filter(isPodReady).length;
  const count = ownedCount(cluster, namespace3, name, replicas);
  const status = {
    observedGeneration: sts.metadata.generation ?? 1,
    replicas: count,
    ...ready ? { readyReplicas: ready, availableReplicas: ready } : { availableReplicas: 0 },
    currentReplicas: count,
    updatedReplicas: count,
    currentRevision: revision,
    updateRevision: revision,
    collisionCount: 0
  };
  putIfChanged(cluster, { ...sts, status }, sts, state.ownWrites);
}
function ordinal(pod3, sts) {
  const suffix = pod3.metadata.name.slice(sts.length + 1);
  return pod3.metadata.name.startsWith(`${sts}-`) && /^\d+$/.test(suffix) ? Number(suffix) : -1;
}
function ownedCount(cluster, namespace3, name, replicas) {
  let count = 0;
  for (let index2 = 0; index2 < replicas; index2++) if (cluster.store.has("Pod", namespace3, `${name}-${index2}`)) count++;
  return count;
}
function volumesWithClaims(sts, index2) {
  const volumes = [...sts.spec?.template?.spec?.volumes ?? []];
  for (const claim of sts.spec?.volumeClaimTemplates ?? []) {
    const claimName = `${claim.metadata?.name}-${sts.metadata.name}-${index2}`;
    volumes.push({ name: claim.metadata?.name ?? "data", persistentVolumeClaim: { claimName } });
  }
  return volumes.length > 0 ? volumes : void 0;
}
function createClaims(cluster, sts, index2) {
  for (const claim of sts.spec?.volumeClaimTemplates ?? []) {
    const name = `${claim.metadata?.name}-${sts.metadata.name}-${index2}`;
    if (cluster.store.has("PersistentVolumeClaim", sts.metadata.namespace, name)) continue;
    const uid = cluster.random.uid();
    cluster.store.save({
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: {
        name,
        namespace: sts.metadata.namespace,
        uid,
        creationTimestamp: nowTimestamp(cluster),
        labels: { ...sts.spec?.selector?.matchLabels ?? {} },
        annotations: { "pv.kubernetes.io/bind-completed": "yes", "volume.kubernetes.io/selected-node": "kind-worker" }
      },
      spec: {
        ...claim.spec ?? {},
        storageClassName: claim.spec?.storageClassName ?? "standard",
        volumeMode: claim.spec?.volumeMode ?? "Filesystem",
        volumeName: `pvc-${uid}`
      },
      status: {
        phase: "Bound",
        accessModes: claim.spec?.accessModes ?? ["ReadWriteOnce"],
        capacity: claim.spec?.resources?.requests ?? { storage: "1Gi" }
      }
    });
  }
}

// src/core/cluster/controllers/reconcile.ts
var MAX_PASSES = 50;
var STEPS = [
  (cluster, state) => {
    const uids = state.queues.removedUids.splice(0);
    for (const uid of uids) guarded2(() => collectDependents(cluster, state, uid));
    each(state.queues.namespacesRemoved, (namespace3) => purgeNamespace(cluster, namespace3));
    for (const mirror of state.queues.mirrorPods.splice(0)) guarded2(() => restoreMirrorPod(cluster, mirror));
  },
  (cluster, state) => {
    each(state.queues.namespacesAdded, (namespace3) => syncNamespace(cluster, namespace3));
  },
  (cluster, state) => {
    each(state.queues.deployments, (key) => syncDeployment(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.replicaSets, (key) => syncReplicaSet(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.statefulSets, (key) => syncStatefulSet(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.daemonSets, (key) => syncDaemonSet(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.schedule, (key) => schedulePod(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.kubelet, (key) => syncPodOnNode(cluster, state, key));
  },
  (cluster, state) => {
    each(state.queues.services, (key) => {
      syncEndpointSlices(cluster, state, key);
      syncEndpoints(cluster, state, key);
    });
  },
  (cluster, state) => {
    each(state.queues.loadBalancers, (key) => syncLoadBalancer(cluster, state, key));
  },
  (cluster, state) => {
    if (!state.queues.ingress) return;
    state.queues.ingress = false;
    guarded2(() => syncIngresses(cluster));
  }
];
function guarded2(work) {
  try {
    work();
  } catch {
  }
}
function each(queue, work) {
  for (const key of drain(queue)) guarded2(() => work(key));
}
var running = false;
function reconcile(cluster) {
  if (running) return;
  running = true;
  try {
    const state = controllerState(cluster);
    sync(cluster, state);
    expireEvents(cluster);
    releaseDeadlines(state, nowMs(cluster));
    for (let pass = 0; pass < MAX_PASSES && hasWork(state); pass++) {
      for (const step of STEPS) {
        step(cluster, state);
        sync(cluster, state);
      }
    }
  } finally {
    running = false;
  }
}
function advanceTime(cluster, ms) {
  if (!(ms > 0)) {
    reconcile(cluster);
    return;
  }
  const state = controllerState(cluster);
  const target = cluster.clock.now() + ms;
  reconcile(cluster);
  for (; ; ) {
    const due = nextDeadline(state);
    const shifted = due === void 0 ? void 0 : due - state.timeShiftMs;
    if (shifted === void 0 || shifted > target) break;
    cluster.clock.advance(Math.max(0, shifted - cluster.clock.now()));
    reconcile(cluster);
    if (nextDeadline(state) === due) break;
  }
  cluster.clock.advance(target - cluster.clock.now());
  reconcile(cluster);
}

// src/core/cluster/bootstrap/system-meta.ts
function systemMeta(cluster, name, namespace3, extra = {}) {
  return {
    name,
    ...namespace3 ? { namespace: namespace3 } : {},
    uid: cluster.random.uid(),
    creationTimestamp: nowTimestamp(cluster),
    ...extra
  };
}

// src/core/cluster/bootstrap/namespaces.ts
var SYSTEM_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system", "local-path-storage"];
function namespaceObject(cluster, name) {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: systemMeta(cluster, name, void 0, { labels: { "kubernetes.io/metadata.name": name } }),
    spec: { finalizers: ["kubernetes"] },
    status: { phase: "Active" }
  };
}

// src/core/cluster/bootstrap/nodes.ts
var CONTROL_PLANE_TAINT = { effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane" };
var CAPACITY = {
  cpu: "8",
  "ephemeral-storage": "259966896Ki",
  "hugepages-1Gi": "0",
  "hugepages-2Mi": "0",
  memory: "32801412Ki",
  pods: "110"
};
function nodeObject(cluster, spec) {
  const now = nowTimestamp(cluster);
  const labels2 = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": spec.name,
    "kubernetes.io/os": "linux"
  };
  if (spec.controlPlane) {
    labels2["node-role.kubernetes.io/control-plane"] = "";
    labels2["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
  }
  const condition4 = (type, status, reason, message) => ({
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    message,
    reason,
    status,
    type
  });
  const id = hexDigest(spec.name);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: systemMeta(cluster, spec.name, void 0, {
      annotations: {
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true"
      },
      labels: labels2
    }),
    spec: {
      podCIDR: spec.podCIDR,
      podCIDRs: [spec.podCIDR],
      providerID: `kind://docker/kind/${spec.name}`,
      ...spec.controlPlane ? { taints: [{ ...CONTROL_PLANE_TAINT }] } : {}
    },
    status: {
      addresses: [
        { address: spec.internalIP, type: "InternalIP" },
        { address: spec.name, type: "Hostname" }
      ],
      allocatable: { ...CAPACITY },
      capacity: { ...CAPACITY },
      conditions: [
        condition4("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
        condition4("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
        condition4("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
        condition4("Ready", "True", "KubeletReady", "kubelet is posting ready status")
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: "amd64",
        bootID: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`,
        containerRuntimeVersion: "containerd://2.1.3",
        kernelVersion: "6.8.0-60-generic",
        kubeProxyVersion: KUBERNETES_VERSION,
        kubeletVersion: KUBERNETES_VERSION,
        machineID: id.slice(32, 64),
        operatingSystem: "linux",
        osImage: "Debian GNU/Linux 12 (bookworm)",
        systemUUID: `${id.slice(0, 8)}-${id.slice(40, 44)}-${id.slice(44, 48)}-${id.slice(48, 52)}-${id.slice(52, 64)}`
      }
    }
  };
}

// src/core/cluster/bootstrap/system-services.ts
function clusterIPSpec(ip) {
  return {
    clusterIP: ip,
    clusterIPs: [ip],
    internalTrafficPolicy: "Cluster",
    ipFamilies: ["IPv4"],
    ipFamilyPolicy: "SingleStack",
    sessionAffinity: "None",
    type: "ClusterIP"
  };
}
function kubernetesService(cluster) {
  const https = { name: "https", port: API_SERVER_ENDPOINT.port, protocol: "TCP" };
  return [
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: systemMeta(cluster, "kubernetes", "default", { labels: { component: "apiserver", provider: "kubernetes" } }),
      spec: { ...clusterIPSpec(KUBERNETES_SERVICE_IP), ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: API_SERVER_ENDPOINT.port }] },
      status: { loadBalancer: {} }
    },
    {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      metadata: systemMeta(cluster, "kubernetes", "default", { generation: 1, labels: { "kubernetes.io/service-name": "kubernetes" } }),
      addressType: "IPv4",
      endpoints: [{ addresses: [API_SERVER_ENDPOINT.ip], conditions: { ready: true } }],
      ports: [https]
    },
    {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: systemMeta(cluster, "kubernetes", "default", { labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } }),
      subsets: [{ addresses: [{ ip: API_SERVER_ENDPOINT.ip }], ports: [https] }]
    }
  ];
}
function kubeDnsService(cluster) {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: systemMeta(cluster, "kube-dns", "kube-system", {
      annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" },
      labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" }
    }),
    spec: {
      ...clusterIPSpec(DNS_SERVICE_IP),
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 }
      ],
      selector: { "k8s-app": "kube-dns" }
    },
    status: { loadBalancer: {} }
  };
}
function serviceCIDR(cluster) {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "ServiceCIDR",
    metadata: systemMeta(cluster, "kubernetes", void 0, { generation: 1 }),
    spec: { cidrs: [SERVICE_CIDR] },
    status: {
      conditions: [
        { lastTransitionTime: nowTimestamp(cluster), message: "Kubernetes Service CIDR is ready", reason: "", status: "True", type: "Ready" }
      ]
    }
  };
}
function ipAddress(cluster, ip, namespace3, service3) {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "IPAddress",
    metadata: systemMeta(cluster, ip, void 0, {
      labels: { "ipaddress.kubernetes.io/ip-family": "IPv4", "ipaddress.kubernetes.io/managed-by": "ipallocator.k8s.io" }
    }),
    spec: { parentRef: { group: "", name: service3, namespace: namespace3, resource: "services" } }
  };
}

// src/core/cluster/bootstrap/system-workloads.ts
var SYSTEM_IMAGES = {
  coredns: "registry.k8s.io/coredns/coredns:v1.12.1",
  etcd: "registry.k8s.io/etcd:3.6.4-0",
  apiserver: `registry.k8s.io/kube-apiserver:${KUBERNETES_VERSION}`,
  controllerManager: `registry.k8s.io/kube-controller-manager:${KUBERNETES_VERSION}`,
  scheduler: `registry.k8s.io/kube-scheduler:${KUBERNETES_VERSION}`,
  proxy: `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`,
  kindnet: "docker.io/kindest/kindnetd:v20250512-df8de77b",
  localPath: "docker.io/kindest/local-path-provisioner:v20250214-acbabc1a",
  localPathHelper: "docker.io/kindest/local-path-helper:v20241212-8ac705d0"
};
var CONTROL_PLANE_TOLERATION = { effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane" };
var LINUX = { "kubernetes.io/os": "linux" };
var COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;
function configMap(cluster, name, namespace3, data, labels2) {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: systemMeta(cluster, name, namespace3, labels2 ? { labels: labels2 } : {}), data };
}
function serviceAccount(cluster, name, namespace3) {
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: systemMeta(cluster, name, namespace3) };
}
function systemConfig(cluster) {
  return [
    configMap(cluster, "coredns", "kube-system", { Corefile: COREFILE }),
    configMap(cluster, "kube-proxy", "kube-system", {
      "config.conf": `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
clusterCIDR: ${POD_CIDR}
kind: KubeProxyConfiguration
mode: iptables
`,
      "kubeconfig.conf": `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    server: https://kind-control-plane:6443
  name: default
`
    }, { app: "kube-proxy" }),
    configMap(cluster, "kubeadm-config", "kube-system", {
      ClusterConfiguration: `apiVersion: kubeadm.k8s.io/v1beta4
clusterName: kind
controlPlaneEndpoint: kind-control-plane:6443
kind: ClusterConfiguration
kubernetesVersion: ${KUBERNETES_VERSION}
networking:
  dnsDomain: cluster.local
  podSubnet: ${POD_CIDR}
  serviceSubnet: ${SERVICE_CIDR}
`
    }),
    configMap(cluster, "kubelet-config", "kube-system", {
      kubelet: "apiVersion: kubelet.config.k8s.io/v1beta1\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n"
    }),
    configMap(cluster, "cluster-info", "kube-public", {
      kubeconfig: 'apiVersion: v1\nclusters:\n- cluster:\n    server: https://kind-control-plane:6443\n  name: ""\nkind: Config\n'
    }),
    configMap(cluster, "local-path-config", "local-path-storage", {
      "config.json": '{\n        "nodePathMap":[\n        {\n                "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",\n                "paths":["/var/local-path-provisioner"]\n        }\n        ]\n}',
      "helperPod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: helper-pod
spec:
  containers:
  - name: helper-pod
    image: ${SYSTEM_IMAGES.localPathHelper}
    imagePullPolicy: IfNotPresent
`,
      setup: '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "$VOL_DIR"',
      teardown: '#!/bin/sh\nset -eu\nrm -rf "$VOL_DIR"'
    }),
    serviceAccount(cluster, "coredns", "kube-system"),
    serviceAccount(cluster, "kube-proxy", "kube-system"),
    serviceAccount(cluster, "kindnet", "kube-system"),
    serviceAccount(cluster, "local-path-provisioner-service-account", "local-path-storage"),
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: systemMeta(cluster, "standard", void 0, { annotations: { "storageclass.kubernetes.io/is-default-class": "true" } }),
      provisioner: "rancher.io/local-path",
      reclaimPolicy: "Delete",
      volumeBindingMode: "WaitForFirstConsumer"
    }
  ];
}
function coreDnsDeployment(cluster) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: systemMeta(cluster, "coredns", "kube-system", { generation: 1, labels: { "k8s-app": "kube-dns" } }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 2,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { "k8s-app": "kube-dns" } },
      strategy: { rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 }, type: "RollingUpdate" },
      template: {
        metadata: { labels: { "k8s-app": "kube-dns" } },
        spec: {
          containers: [
            {
              args: ["-conf", "/etc/coredns/Corefile"],
              image: SYSTEM_IMAGES.coredns,
              imagePullPolicy: "IfNotPresent",
              livenessProbe: { failureThreshold: 5, httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 5 },
              name: "coredns",
              ports: [
                { containerPort: 53, name: "dns", protocol: "UDP" },
                { containerPort: 53, name: "dns-tcp", protocol: "TCP" },
                { containerPort: 9153, name: "metrics", protocol: "TCP" },
                { containerPort: 8080, name: "liveness-probe", protocol: "TCP" },
                { containerPort: 8181, name: "readiness-probe", protocol: "TCP" }
              ],
              readinessProbe: { failureThreshold: 3, httpGet: { path: "/ready", port: "readiness-probe", scheme: "HTTP" }, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
              resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
              terminationMessagePath: "/dev/termination-log",
              terminationMessagePolicy: "File",
              volumeMounts: [{ mountPath: "/etc/coredns", name: "config-volume", readOnly: true }]
            }
          ],
          dnsPolicy: "Default",
          nodeSelector: { ...LINUX },
          priorityClassName: "system-cluster-critical",
          restartPolicy: "Always",
          schedulerName: "default-scheduler",
          serviceAccountName: "coredns",
          terminationGracePeriodSeconds: 30,
          tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }, { ...CONTROL_PLANE_TOLERATION }],
          volumes: [{ configMap: { defaultMode: 420, items: [{ key: "Corefile", path: "Corefile" }], name: "coredns" }, name: "config-volume" }]
        }
      }
    }
  };
}
function localPathDeployment(cluster) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: systemMeta(cluster, "local-path-provisioner", "local-path-storage", { generation: 1 }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: "local-path-provisioner" } },
      strategy: { rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" }, type: "RollingUpdate" },
      template: {
        metadata: { labels: { app: "local-path-provisioner" } },
        spec: {
          containers: [
            {
              command: ["local-path-provisioner", "--debug", "start", "--helper-image", SYSTEM_IMAGES.localPathHelper, "--config", "/etc/config/config.json"],
              env: [{ name: "POD_NAMESPACE", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } } }],
              image: SYSTEM_IMAGES.localPath,
              imagePullPolicy: "IfNotPresent",
              name: "local-path-provisioner",
              volumeMounts: [{ mountPath: "/etc/config/", name: "config-volume" }]
            }
          ],
          dnsPolicy: "ClusterFirst",
          nodeSelector: { ...LINUX },
          restartPolicy: "Always",
          schedulerName: "default-scheduler",
          serviceAccountName: "local-path-provisioner-service-account",
          terminationGracePeriodSeconds: 30,
          tolerations: [{ ...CONTROL_PLANE_TOLERATION, operator: "Equal" }, { effect: "NoSchedule", key: "node-role.kubernetes.io/master", operator: "Equal" }],
          volumes: [{ configMap: { defaultMode: 420, name: "local-path-config" }, name: "config-volume" }]
        }
      }
    }
  };
}
function daemonSet(cluster, name, labels2, podSpec2) {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: systemMeta(cluster, name, "kube-system", { generation: 1, labels: { ...labels2 }, annotations: { "deprecated.daemonset.template.generation": "1" } }),
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { ...labels2 } },
      template: { metadata: { labels: { ...labels2 } }, spec: podSpec2 },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: "RollingUpdate" }
    }
  };
}
function kubeProxyDaemonSet(cluster) {
  return daemonSet(cluster, "kube-proxy", { "k8s-app": "kube-proxy" }, {
    containers: [
      {
        command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
        env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
        image: SYSTEM_IMAGES.proxy,
        imagePullPolicy: "IfNotPresent",
        name: "kube-proxy",
        securityContext: { privileged: true },
        volumeMounts: [
          { mountPath: "/var/lib/kube-proxy", name: "kube-proxy" },
          { mountPath: "/run/xtables.lock", name: "xtables-lock" },
          { mountPath: "/lib/modules", name: "lib-modules", readOnly: true }
        ]
      }
    ],
    dnsPolicy: "ClusterFirst",
    hostNetwork: true,
    nodeSelector: { ...LINUX },
    priorityClassName: "system-node-critical",
    serviceAccountName: "kube-proxy",
    tolerations: [{ operator: "Exists" }],
    volumes: [
      { configMap: { defaultMode: 420, name: "kube-proxy" }, name: "kube-proxy" },
      { hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" }, name: "xtables-lock" },
      { hostPath: { path: "/lib/modules", type: "" }, name: "lib-modules" }
    ]
  });
}
function kindnetDaemonSet(cluster) {
  return daemonSet(cluster, "kindnet", { app: "kindnet", "k8s-app": "kindnet", tier: "node" }, {
    containers: [
      {
        env: [
          { name: "HOST_IP", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "status.hostIP" } } },
          { name: "POD_IP", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "status.podIP" } } },
          { name: "POD_SUBNET", value: POD_CIDR },
          { name: "CONTROL_PLANE_ENDPOINT", value: "kind-control-plane:6443" }
        ],
        image: SYSTEM_IMAGES.kindnet,
        imagePullPolicy: "IfNotPresent",
        name: "kindnet-cni",
        resources: { limits: { cpu: "100m", memory: "50Mi" }, requests: { cpu: "100m", memory: "50Mi" } },
        securityContext: { capabilities: { add: ["NET_RAW", "NET_ADMIN"] }, privileged: false },
        volumeMounts: [
          { mountPath: "/etc/cni/net.d", name: "cni-cfg" },
          { mountPath: "/run/xtables.lock", name: "xtables-lock" },
          { mountPath: "/lib/modules", name: "lib-modules", readOnly: true }
        ]
      }
    ],
    dnsPolicy: "ClusterFirst",
    hostNetwork: true,
    nodeSelector: { ...LINUX },
    serviceAccountName: "kindnet",
    tolerations: [{ operator: "Exists" }],
    volumes: [
      { hostPath: { path: "/etc/cni/net.d", type: "" }, name: "cni-cfg" },
      { hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" }, name: "xtables-lock" },
      { hostPath: { path: "/lib/modules", type: "" }, name: "lib-modules" }
    ]
  });
}
function staticPods() {
  const ip = API_SERVER_ENDPOINT.ip;
  return [
    {
      component: "etcd",
      image: SYSTEM_IMAGES.etcd,
      command: ["etcd", `--advertise-client-urls=https://${ip}:2379`, "--data-dir=/var/lib/etcd", `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, "--name=kind-control-plane"],
      annotations: { "kubeadm.kubernetes.io/etcd.advertise-client-urls": `https://${ip}:2379` }
    },
    {
      component: "kube-apiserver",
      image: SYSTEM_IMAGES.apiserver,
      command: ["kube-apiserver", `--advertise-address=${ip}`, "--authorization-mode=Node,RBAC", "--etcd-servers=https://127.0.0.1:2379", `--secure-port=${API_SERVER_ENDPOINT.port}`, `--service-cluster-ip-range=${SERVICE_CIDR}`, "--service-node-port-range=30000-32767"],
      annotations: { "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": `${ip}:${API_SERVER_ENDPOINT.port}` }
    },
    {
      component: "kube-controller-manager",
      image: SYSTEM_IMAGES.controllerManager,
      command: ["kube-controller-manager", "--allocate-node-cidrs=true", `--cluster-cidr=${POD_CIDR}`, "--cluster-name=kind", `--service-cluster-ip-range=${SERVICE_CIDR}`, "--use-service-account-credentials=true"]
    },
    {
      component: "kube-scheduler",
      image: SYSTEM_IMAGES.scheduler,
      command: ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1", "--leader-elect=true"]
    }
  ];
}
function controlPlanePods(cluster, node, spec) {
  return staticPods().map(({ component, image, command, annotations }) => {
    const hash = hexDigest(`${component}@${spec.name}`).slice(0, 32);
    return {
      apiVersion: "v1",
      kind: "Pod",
      metadata: systemMeta(cluster, `${component}-${spec.name}`, "kube-system", {
        annotations: {
          ...annotations ?? {},
          "kubernetes.io/config.hash": hash,
          "kubernetes.io/config.mirror": hash,
          "kubernetes.io/config.seen": cluster.clock.timestamp(-33e4).replace("Z", ".000000000Z"),
          "kubernetes.io/config.source": "file"
        },
        labels: { component, tier: "control-plane" },
        ownerReferences: [{ apiVersion: "v1", controller: true, kind: "Node", name: node.metadata.name, uid: node.metadata.uid ?? "" }]
      }),
      spec: {
        containers: [{ command, image, imagePullPolicy: "IfNotPresent", name: component, terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File" }],
        dnsPolicy: "ClusterFirst",
        enableServiceLinks: true,
        hostNetwork: true,
        nodeName: spec.name,
        preemptionPolicy: "PreemptLowerPriority",
        priority: 2000001e3,
        priorityClassName: "system-node-critical",
        restartPolicy: "Always",
        schedulerName: "default-scheduler",
        securityContext: { seccompProfile: { type: "RuntimeDefault" } },
        terminationGracePeriodSeconds: 30,
        tolerations: [{ effect: "NoExecute", operator: "Exists" }]
      },
      status: { phase: "Pending", qosClass: "Burstable" }
    };
  });
}

// src/core/cluster/bootstrap/bootstrap.ts
var CONTROL_PLANE_UP_MS = -3e5;
var WORKERS_JOIN_MS = -27e4;
function bootstrapCluster(cluster) {
  const state = controllerState(cluster);
  const { store: store3 } = cluster;
  for (const node of NODES) for (const image of Object.values(SYSTEM_IMAGES)) state.pulledImages.add(`${node.name}|${fullImageName(image)}`);
  state.timeShiftMs = CONTROL_PLANE_UP_MS - cluster.clock.now();
  const [controlPlane, ...workers] = NODES;
  const controlPlaneNode = store3.put(nodeObject(cluster, controlPlane));
  for (const name of SYSTEM_NAMESPACES) store3.put(namespaceObject(cluster, name));
  store3.put(serviceCIDR(cluster));
  for (const object of kubernetesService(cluster)) store3.put(object);
  store3.put(ipAddress(cluster, KUBERNETES_SERVICE_IP, "default", "kubernetes"));
  for (const object of systemConfig(cluster)) store3.put(object);
  for (const pod3 of controlPlanePods(cluster, controlPlaneNode, controlPlane)) store3.put(pod3);
  store3.put(kubeDnsService(cluster));
  store3.put(ipAddress(cluster, DNS_SERVICE_IP, "kube-system", "kube-dns"));
  store3.put(kubeProxyDaemonSet(cluster));
  store3.put(kindnetDaemonSet(cluster));
  store3.put(coreDnsDeployment(cluster));
  store3.put(localPathDeployment(cluster));
  reconcile(cluster);
  state.timeShiftMs = WORKERS_JOIN_MS - cluster.clock.now();
  for (const worker of workers) store3.put(nodeObject(cluster, worker));
  reconcile(cluster);
  state.timeShiftMs = 0;
}

// src/core/cluster/object-store.ts
var ObjectStore = class {
  kinds = /* @__PURE__ */ new Map();
  // kind → namespace → bucket
  resourceVersion = 1e3;
  /**
   * Every put/remove in order, so the controllers can react to what changed instead of rescanning
   * 10,000 pods after each write. `changeBase` counts entries already forgotten.
   */
  changeLog = [];
  changeBase = 0;
  /**
   * `view` results by kind, then namespace ('*' for all), dropped on any write to the kind: a
   * describe or a curl reads 50,000 events or 10,000 pods that rarely changed since the last read.
   */
  views = /* @__PURE__ */ new Map();
  orders = /* @__PURE__ */ new WeakMap();
  get(kind2, namespace3, name) {
    const found = this.peek(kind2, namespace3, name);
    return found ? clone(found) : void 0;
  }
  /** The stored object, read-only. */
  peek(kind2, namespace3, name) {
    return this.kinds.get(kind2)?.get(namespace3 ?? "")?.get(name);
  }
  has(kind2, namespace3, name) {
    return this.kinds.get(kind2)?.get(namespace3 ?? "")?.has(name) ?? false;
  }
  /** Copies of the objects of a kind, sorted by namespace then name (as `kubectl get -A` lists them). */
  list(kind2, namespace3) {
    return this.view(kind2, namespace3).map((object) => clone(object));
  }
  /** The stored objects of a kind, read-only, sorted by namespace then name. */
  view(kind2, namespace3) {
    const namespaces = this.kinds.get(kind2);
    if (!namespaces) return [];
    let cached = this.views.get(kind2);
    if (!cached) this.views.set(kind2, cached = /* @__PURE__ */ new Map());
    const scope = namespace3 ?? "*";
    const hit = cached.get(scope);
    if (hit) return hit;
    const names2 = namespace3 === void 0 ? [...namespaces.keys()].sort() : [namespace3];
    const out = [];
    for (const ns of names2) {
      const bucket = namespaces.get(ns);
      if (!bucket) continue;
      for (const name of this.sortedNames(bucket)) out.push(bucket.get(name));
    }
    cached.set(scope, Object.freeze(out));
    return out;
  }
  /** Number of stored objects of a kind (in one namespace, or all). */
  count(kind2, namespace3) {
    const namespaces = this.kinds.get(kind2);
    if (!namespaces) return 0;
    if (namespace3 !== void 0) return namespaces.get(namespace3)?.size ?? 0;
    let n = 0;
    for (const bucket of namespaces.values()) n += bucket.size;
    return n;
  }
  /** Stores a copy of the object (create or replace), bumping its resourceVersion; returns a copy. */
  put(object) {
    const stored = clone({ ...object, metadata: { ...object.metadata, resourceVersion: String(++this.resourceVersion) } });
    deepFreeze(stored);
    let namespaces = this.kinds.get(stored.kind);
    if (!namespaces) this.kinds.set(stored.kind, namespaces = /* @__PURE__ */ new Map());
    const ns = stored.metadata.namespace ?? "";
    let bucket = namespaces.get(ns);
    if (!bucket) namespaces.set(ns, bucket = /* @__PURE__ */ new Map());
    if (!bucket.has(stored.metadata.name)) this.orderOf(bucket).added.push(stored.metadata.name);
    bucket.set(stored.metadata.name, stored);
    this.views.delete(stored.kind);
    this.changeLog.push({ kind: stored.kind, namespace: ns, name: stored.metadata.name });
    return clone(stored);
  }
  /**
   * Like `put`, without copying: the object (which may share frozen parts with stored objects)
   * is frozen and stored as is. For controllers that build fresh objects and never touch them again.
   */
  save(object) {
    const stored = { ...object, metadata: { ...object.metadata, resourceVersion: String(++this.resourceVersion) } };
    deepFreeze(stored);
    let namespaces = this.kinds.get(stored.kind);
    if (!namespaces) this.kinds.set(stored.kind, namespaces = /* @__PURE__ */ new Map());
    const ns = stored.metadata.namespace ?? "";
    let bucket = namespaces.get(ns);
    if (!bucket) namespaces.set(ns, bucket = /* @__PURE__ */ new Map());
    if (!bucket.has(stored.metadata.name)) this.orderOf(bucket).added.push(stored.metadata.name);
    bucket.set(stored.metadata.name, stored);
    this.views.delete(stored.kind);
    this.changeLog.push({ kind: stored.kind, namespace: ns, name: stored.metadata.name });
    return stored;
  }
  remove(kind2, namespace3, name) {
    const bucket = this.kinds.get(kind2)?.get(namespace3 ?? "");
    const found = bucket?.get(name);
    bucket?.delete(name);
    if (found && bucket) {
      this.orderOf(bucket).sorted = void 0;
      this.views.delete(kind2);
      this.changeLog.push({ kind: kind2, namespace: namespace3 ?? "", name });
    }
    return found ? clone(found) : void 0;
  }
  /** Number of writes (put or remove) so far; a cursor for `changesSince`. */
  changeCount() {
    return this.changeBase + this.changeLog.length;
  }
  /** The writes made after `cursor` (a value of `changeCount()`), oldest first. */
  changesSince(cursor) {
    return this.changeLog.slice(Math.max(0, cursor - this.changeBase));
  }
  /** Drops log entries before `cursor`; only the controllers' change tracker calls this. */
  forgetChangesBefore(cursor) {
    const drop = Math.min(this.changeLog.length, cursor - this.changeBase);
    if (drop <= 0) return;
    this.changeLog.splice(0, drop);
    this.changeBase += drop;
  }
  orderOf(bucket) {
    let order = this.orders.get(bucket);
    if (!order) this.orders.set(bucket, order = { sorted: [], added: [] });
    return order;
  }
  sortedNames(bucket) {
    const order = this.orderOf(bucket);
    if (!order.sorted) {
      order.sorted = [...bucket.keys()].sort();
      order.added = [];
    } else if (order.added.length > 0) {
      order.sorted = mergeSorted(order.sorted, order.added.sort());
      order.added = [];
    }
    return order.sorted;
  }
  kindsStored() {
    return [...this.kinds.keys()].filter((kind2) => this.count(kind2) > 0).sort();
  }
};
function deepFreeze(value) {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (child !== null && typeof child === "object") deepFreeze(child);
  }
}
function mergeSorted(a, b) {
  const out = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j] < a[i] ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

// src/core/cluster/seeded-random.ts
var SeededRandom = class {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t2 = this.state;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min, max) {
    return min + this.int(max - min + 1);
  }
  pick(items) {
    return items[this.int(items.length)];
  }
  /** Kubernetes' name-suffix alphabet (no vowels, no confusable characters). */
  suffix(length = 5) {
    const alphabet = "bcdfghjklmnpqrstvwxz2456789";
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
  /** A pod-template-hash style string: 9 or 10 characters from the same alphabet. */
  hash() {
    return this.suffix(10);
  }
  uid() {
    const hex = () => this.int(16).toString(16);
    const part = (n) => Array.from({ length: n }, hex).join("");
    return `${part(8)}-${part(4)}-4${part(3)}-${"89ab"[this.int(4)]}${part(3)}-${part(12)}`;
  }
};

// src/core/cluster/cluster.ts
var Cluster = class {
  store = new ObjectStore();
  clock = new SimClock();
  random;
  cloud;
  /** Session-affinity memory of kube-proxy: "ns/svc:port|clientIP" → {endpoint, lastUsedMs}. */
  affinity = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.random = new SeededRandom(options.seed ?? 1);
    this.cloud = options.cloud ?? "kind";
  }
};

// src/core/cluster/create-cluster.ts
function createCluster(options = {}) {
  const cluster = new Cluster(options);
  bootstrapCluster(cluster);
  return cluster;
}

// src/core/cluster/kubectl/command.ts
var OUTPUT_FLAG = { name: "output", short: "o", type: "string" };
var DRY_RUN_FLAG = { name: "dry-run", type: "string", bare: "client" };
var FILENAME_FLAG = { name: "filename", short: "f", type: "array" };
var RECURSIVE_FLAG = { name: "recursive", short: "R", type: "bool" };
var FILE_FLAGS = [FILENAME_FLAG, RECURSIVE_FLAG];
var SELECTOR_FLAG = { name: "selector", short: "l", type: "string" };
var ALL_NAMESPACES_FLAG = { name: "all-namespaces", short: "A", type: "bool" };
function longFlags(type, ...names2) {
  return names2.map((name) => ({ name, type }));
}

// src/core/cluster/kubectl/kubectl-env.ts
var Output = class {
  chunks = [];
  trace;
  enter;
  out(text) {
    if (text) this.chunks.push({ stream: "stdout", text });
    return this;
  }
  err(text) {
    if (text) this.chunks.push({ stream: "stderr", text });
    return this;
  }
  append(result) {
    this.chunks.push(...result.output);
    return this;
  }
  done(exitCode) {
    const result = { output: this.chunks, exitCode };
    if (this.trace) result.trace = this.trace;
    if (this.enter) result.enter = this.enter;
    return result;
  }
};

// src/core/cluster/kubectl/manifest.ts
import { parseDocument } from "yaml";

// src/core/cluster/kubectl/yaml-error.ts
function goYamlMessage(errors) {
  const pick = (code) => errors.find((error) => error.code === code);
  const multiline = pick("MULTILINE_IMPLICIT_KEY");
  if (multiline && pick("BLOCK_AS_IMPLICIT_KEY")) return `yaml: line ${endLine(multiline)}: mapping values are not allowed in this context`;
  if (multiline) return `yaml: line ${endLine(multiline)}: could not find expected ':'`;
  const first = errors[0];
  const line = startLine(first);
  switch (first.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return `yaml: line ${endLine(first)}: mapping values are not allowed in this context`;
    case "TAB_AS_INDENT":
      return `yaml: line ${line}: found character that cannot start any token`;
    case "DUPLICATE_KEY":
      return `yaml: unmarshal errors:
  line ${line}: key ${JSON.stringify(duplicateKey(first))} already set in map`;
    case "MISSING_CHAR":
      if (/quote/i.test(first.message)) return `yaml: line ${line}: found unexpected end of stream`;
      if (/without - indicator/.test(first.message)) return `yaml: line ${Math.max(1, line - 1)}: did not find expected '-' indicator`;
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected ',' or ']'`;
    case "BAD_INDENT":
      if (/Flow (sequence|mapping)/.test(first.message)) {
        const closer = /sequence/.test(first.message) ? "]" : "}";
        return `yaml: line ${Math.max(1, line - 1)}: did not find expected ',' or '${closer}'`;
      }
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
    case "UNEXPECTED_TOKEN":
      return `yaml: line ${line}: did not find expected <document start>`;
    case "BAD_ALIAS":
    case "BAD_DIRECTIVE":
      return `yaml: line ${line}: found unknown directive name`;
    default:
      return `yaml: line ${line}: did not find expected key`;
  }
}
function startLine(error) {
  return error.linePos?.[0]?.line ?? 1;
}
function endLine(error) {
  return error.linePos?.[1]?.line ?? startLine(error);
}
function duplicateKey(error) {
  const source = /at line \d+, column \d+:\n\n([\s\S]*)$/.exec(error.message)?.[1] ?? "";
  const lines2 = source.split("\n").filter((line) => line.trim() && !/^\s*\^/.test(line));
  const last = lines2[lines2.length - 1] ?? "";
  return /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(last)?.[1]?.trim() ?? "";
}

// src/core/cluster/kubectl/manifest.ts
function parseManifests(text, source) {
  const out = { objects: [], errors: [] };
  for (const chunk of splitDocuments(text)) {
    if (chunk.error) {
      out.fatal = `error parsing ${source}: ${chunk.error}`;
      return out;
    }
    const decoded = decodeChunk(chunk.text);
    if (decoded.error) {
      out.fatal = `error parsing ${source}: error converting YAML to JSON: ${decoded.error}`;
      return out;
    }
    if (decoded.value === null || decoded.value === void 0) continue;
    if (typeof decoded.value !== "object" || Array.isArray(decoded.value)) {
      const what = Array.isArray(decoded.value) ? "array" : typeof decoded.value === "number" ? "number" : typeof decoded.value === "boolean" ? "bool" : "string";
      out.fatal = `error parsing ${source}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${what} into Go value of type map[string]interface {}`;
      return out;
    }
    collect(decoded.value, source, out);
  }
  return out;
}
function collect(raw, source, out) {
  if (typeof raw.kind !== "string" || raw.kind === "") {
    out.errors.push(`unable to decode "${source}": Object 'Kind' is missing in '${goJson2(raw)}'`);
    return;
  }
  if (/List$/.test(raw.kind) && Array.isArray(raw.items)) {
    for (const item of raw.items) {
      if (item && typeof item === "object" && !Array.isArray(item)) collect(item, source, out);
    }
    return;
  }
  const metadata = raw.metadata && typeof raw.metadata === "object" && !Array.isArray(raw.metadata) ? raw.metadata : {};
  const object = { ...raw, apiVersion: typeof raw.apiVersion === "string" ? raw.apiVersion : "", metadata: { ...metadata, name: typeof metadata.name === "string" ? metadata.name : "" } };
  out.objects.push({ object, source });
}
function splitDocuments(text) {
  const chunks2 = [];
  let current = [];
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (line.startsWith("---")) {
      const rest = line.slice(3).trim();
      if (rest && !rest.startsWith("#")) {
        chunks2.push({ text: current.join("\n") });
        chunks2.push({ text: "", error: `invalid Yaml document separator: ${rest}` });
        return chunks2;
      }
      chunks2.push({ text: current.join("\n") });
      current = [];
      continue;
    }
    current.push(line);
  }
  chunks2.push({ text: current.join("\n") });
  return chunks2;
}
function decodeChunk(text) {
  if (text.trim() === "") return { value: null };
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: false });
  if (document.errors.length > 0) return { error: goYamlMessage(document.errors) };
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: `yaml: ${error instanceof Error ? error.message : String(error)}` };
  }
}
function goJson2(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(goJson2).join(",")}]`;
  const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${goJson2(value[key])}`);
  return `{${entries.join(",")}}`;
}

// src/core/cluster/kubectl/read-sources.ts
var INGRESS_NGINX_CLOUD = /^https?:\/\/\S*ingress-nginx\/\S*deploy\/static\/provider\/cloud\/deploy\.yaml$/;
var MANIFEST_FILE = /\.(yaml|yml|json)$/;
var EXTENSIONS = "[.json .yaml .yml]";
function readSources(env, filenames, recursive = false) {
  const sources = [];
  const messages = [];
  for (const name of filenames) {
    if (name === "") continue;
    if (name === "-") sources.push({ kind: "text", name: "STDIN", text: env.stdin ?? "" });
    else if (/^https?:\/\//i.test(name)) {
      if (INGRESS_NGINX_CLOUD.test(name)) sources.push({ kind: "ingress-nginx", name });
      else messages.push(`Get "${name}": dial tcp: lookup ${hostOf(name)}: no such host`);
    } else readPath(env, name, recursive, sources, messages);
    if (sources.length === 0 && messages.length === 0) messages.push(`error reading [${name}]: recognized file extensions are ${EXTENSIONS}`);
  }
  if (messages.length > 0) return { ok: false, messages };
  if (sources.length === 0) return { ok: false, messages: ["must specify one of -f and -k"] };
  return { ok: true, sources };
}
function sourceErrors(messages) {
  return messages.length === 1 ? `error: ${messages[0]}
` : messages.map((message) => `${message}
`).join("");
}
function readPath(env, path, recursive, sources, messages) {
  const entries = env.listDir?.(path);
  if (!entries) {
    const text = env.readFile(path);
    if (text === void 0) messages.push(`the path "${path}" does not exist`);
    else sources.push({ kind: "text", name: path, text });
    return;
  }
  walk2(env, path.replace(/\/+$/, ""), entries, recursive, sources);
}
function walk2(env, dir, entries, recursive, sources) {
  for (const entry of [...entries].sort()) {
    const path = `${dir}/${entry}`;
    const inner = env.listDir?.(path);
    if (inner) {
      if (recursive) walk2(env, path, inner, recursive, sources);
      continue;
    }
    if (!MANIFEST_FILE.test(entry)) continue;
    const text = env.readFile(path);
    if (text !== void 0) sources.push({ kind: "text", name: path, text });
  }
}
function hostOf(url) {
  return url.replace(/^https?:\/\//i, "").split(/[/:?#]/)[0];
}

// src/core/cluster/kubectl/label-selector.ts
var KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
var VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function parseSelector(text) {
  const requirements = [];
  for (const part of splitTopLevel(text.trim())) {
    const piece = part.trim();
    if (piece === "" && text.trim() === "") continue;
    const parsed2 = parseRequirement(piece);
    if (typeof parsed2 === "string") return { ok: false, message: parsed2 };
    requirements.push(parsed2);
  }
  return { ok: true, requirements };
}
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
function parseRequirement(piece) {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(piece);
  if (set) {
    const values = set[3].split(",").map((value) => value.trim());
    const bad = checkKey(set[1]) ?? values.map(checkValue).find(Boolean);
    if (bad) return bad;
    return { key: set[1], op: set[2], values };
  }
  const eq = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(piece);
  if (eq) {
    const bad = checkKey(eq[1]) ?? checkValue(eq[3]);
    if (bad) return bad;
    return { key: eq[1], op: eq[2] === "!=" ? "notin" : "in", values: [eq[3]] };
  }
  const exists = /^(!?)\s*([^=!\s()]+)$/.exec(piece);
  if (exists) {
    const bad = checkKey(exists[2]);
    if (bad) return bad;
    return { key: exists[2], op: exists[1] ? "notexists" : "exists" };
  }
  return `unable to parse requirement: found '${piece}', expected: in, notin, =, ==, !=, gt, lt`;
}
function checkKey(key) {
  if (KEY.test(key)) return void 0;
  return `unable to parse requirement: <nil>: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
}
function checkValue(value) {
  if (VALUE.test(value) && value.length <= 63) return void 0;
  return `unable to parse requirement: <nil>: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`;
}
function matchesSelector2(requirements, labels2) {
  const have = labels2 ?? {};
  return requirements.every((req) => {
    const present = Object.prototype.hasOwnProperty.call(have, req.key);
    switch (req.op) {
      case "exists":
        return present;
      case "notexists":
        return !present;
      case "in":
        return present && req.values.includes(have[req.key]);
      case "notin":
        return !present || !req.values.includes(have[req.key]);
    }
  });
}

// src/core/cluster/kubectl/select-objects.ts
function scopeOf(context) {
  const text = context.flags.string("selector");
  const selector2 = text ? parseSelector(text) : void 0;
  if (selector2 && !selector2.ok) return { ok: false, message: `error: ${selector2.message}
` };
  return { ok: true, scope: { namespace: context.namespace, allNamespaces: context.flags.bool("all-namespaces"), selector: selector2?.requirements } };
}
function listObjects(cluster, type, scope) {
  return viewObjects(cluster, type, scope).map((object) => structuredClone(object));
}
function viewObjects(cluster, type, scope) {
  const namespace3 = !type.namespaced || scope.allNamespaces ? void 0 : scope.namespace;
  const objects = cluster.store.view(type.kind, namespace3);
  return scope.selector ? objects.filter((object) => matchesSelector2(scope.selector, object.metadata.labels)) : [...objects];
}
function findObject(cluster, type, namespace3, name) {
  return cluster.store.get(type.kind, type.namespaced ? namespace3 : void 0, name);
}
function notFoundMessage(type, name) {
  return `Error from server (NotFound): ${qualifiedResource(type)} "${name}" not found
`;
}
function noResourcesMessage(types, scope) {
  if (scope.allNamespaces || !types.every((type) => type.namespaced)) return "No resources found\n";
  return `No resources found in ${scope.namespace} namespace.
`;
}

// src/core/cluster/kubectl/file-objects.ts
function readFileItems(context) {
  const read = readSources(context.env, context.flags.array("filename"), context.flags.bool("recursive"));
  if (!read.ok) return { ok: false, message: sourceErrors(read.messages) };
  const items = [];
  for (const source of read.sources) {
    if (source.kind === "ingress-nginx") {
      items.push(source);
      continue;
    }
    const parsed2 = parseManifests(source.text, source.name);
    for (const { object, source: from } of parsed2.objects) {
      const type = typeForObject(object.apiVersion, object.kind);
      items.push(type ? { kind: "object", type, manifest: object, source: from } : { kind: "error", message: mappingError(object, from) });
    }
    for (const message of parsed2.errors) items.push({ kind: "error", message });
    if (parsed2.fatal) items.push({ kind: "error", message: parsed2.fatal });
  }
  return { ok: true, items };
}
function liveFileObjects(context) {
  const read = readFileItems(context);
  if (!read.ok) return read;
  const value = { found: [], errors: [] };
  for (const item of read.items) {
    if (item.kind === "error") value.errors.push(`${item.message}
`);
    if (item.kind !== "object") continue;
    const object = findObject(context.env.cluster, item.type, fileNamespace(item, context) ?? "", item.manifest.metadata.name);
    if (object) value.found.push({ type: item.type, object });
    else value.errors.push(notFoundMessage(item.type, item.manifest.metadata.name));
  }
  return { ok: true, value };
}
function fileNamespace(item, context) {
  return item.type.namespaced ? item.manifest.metadata.namespace || context.namespace : void 0;
}
function mappingError(object, source) {
  return `resource mapping not found for name: "${object.metadata.name}" namespace: "${object.metadata.namespace ?? ""}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"
ensure CRDs are installed first`;
}

// src/core/cluster/kubectl/resource-args.ts
var ALL_CATEGORY = ["pods", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "jobs", "cronjobs"];
function parseResourceArgs(args) {
  if (args.length === 0) return { ok: true, requests: [] };
  if (args[0].includes("/")) return parseSlashForm(args);
  const requests = [];
  for (const word of args[0].split(",").filter(Boolean)) {
    if (word.toLowerCase() === "all") {
      for (const resource of ALL_CATEGORY) requests.push({ type: typeForName(resource), names: [], fromAll: true });
      continue;
    }
    const type = typeForName(word);
    if (!type) return { ok: false, message: `the server doesn't have a resource type "${word}"` };
    requests.push({ type, names: [], fromAll: false });
  }
  const names2 = args.slice(1);
  if (names2.some((name) => name.includes("/"))) {
    return {
      ok: false,
      message: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
    };
  }
  if (names2.length > 0 && requests.some((request) => request.fromAll)) {
    return { ok: false, message: "you must specify only one resource" };
  }
  return { ok: true, requests: requests.map((request) => ({ ...request, names: names2 })) };
}
function parseSlashForm(args) {
  const requests = [];
  for (const arg of args) {
    const slash = arg.indexOf("/");
    if (slash === -1) {
      return {
        ok: false,
        message: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
      };
    }
    const word = arg.slice(0, slash);
    const name = arg.slice(slash + 1);
    const type = typeForName(word);
    if (!type) return { ok: false, message: `the server doesn't have a resource type "${word}"` };
    if (!name) return { ok: false, message: `arguments in resource/name form must have a single resource and name` };
    const same = requests.find((request) => request.type === type);
    if (same) same.names.push(name);
    else requests.push({ type, names: [name], fromAll: false });
  }
  return { ok: true, requests };
}

// src/core/cluster/kubectl/resolve-targets.ts
var NO_RESOURCES_GIVEN = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";
function resolveTargets(context, args, allowListing) {
  if (context.flags.array("filename").length > 0) return fileTargets(context);
  const parsed2 = parseResourceArgs(args);
  if (!parsed2.ok) return { ok: false, message: `error: ${parsed2.message}
` };
  if (parsed2.requests.length === 0) return { ok: false, message: NO_RESOURCES_GIVEN };
  const scoped = scopeOf(context);
  if (!scoped.ok) return scoped;
  const { scope } = scoped;
  const targets = [];
  const errors = [];
  for (const request of parsed2.requests) {
    if (request.names.length > 0) {
      for (const name of request.names) {
        const object = findObject(context.env.cluster, request.type, context.namespace, name);
        if (object) targets.push({ type: request.type, object });
        else errors.push(notFoundMessage(request.type, name));
      }
      continue;
    }
    if (!allowListing || !scope.selector && !context.flags.bool("all")) {
      return { ok: false, message: "error: resource(s) were provided, but no name was specified\n" };
    }
    for (const object of listObjects(context.env.cluster, request.type, scope)) targets.push({ type: request.type, object });
  }
  return { ok: true, targets, errors };
}
function fileTargets(context) {
  const live = liveFileObjects(context);
  return live.ok ? { ok: true, targets: live.value.found, errors: live.value.errors } : live;
}

// src/core/cluster/kubectl/render-api-error.ts
function renderApiError(error) {
  if (error.reason === "Invalid") {
    const head2 = error.kind ? `The ${error.kind} "${error.name ?? ""}" is invalid` : "The request is invalid";
    const causes = error.causes ?? [];
    if (causes.length === 0) return `${error.kind ? head2 : `Error from server (Invalid): ${error.message}`}
`;
    if (causes.length === 1) return `${head2}: ${causes[0]}
`;
    return `${head2}: 
${causes.map((cause) => `* ${cause}`).join("\n")}
`;
  }
  return `Error from server (${error.reason}): ${error.message}
`;
}
function renderSourcedApiError(error, verb, source) {
  return `Error from server (${error.reason}): error when ${verb} "${source}": ${error.message}
`;
}
function renderFileApiError(error, verb, source) {
  if (error.reason === "Invalid") return renderApiError(error);
  return renderSourcedApiError(error, verb, source);
}
function clientError(message) {
  return message.startsWith("error: ") ? `${message}
` : `error: ${message}
`;
}

// src/core/cluster/kubectl/store-metadata-map.ts
function storeMetadataMap(cluster, object, field2, map2) {
  const metadata = { ...object.metadata, [field2]: map2 };
  if (Object.keys(map2).length === 0) delete metadata[field2];
  const result = updateObject(cluster, { ...object, metadata });
  return result.ok ? void 0 : renderApiError(result.error);
}

// src/core/cluster/kubectl/commands/annotate.ts
var isChange = (arg) => arg.includes("=") || arg.endsWith("-") && !arg.includes("/");
var annotateCommand = {
  name: "annotate",
  short: "Update the annotations on a resource",
  flags: [...FILE_FLAGS, { name: "overwrite", type: "bool" }, { name: "all", type: "bool" }, { name: "list", type: "bool" }, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG],
  run: (context) => {
    const out = new Output();
    const { flags } = context;
    const changes = flags.args.filter(isChange);
    const set = new Map(changes.filter((arg) => arg.includes("=")).map((arg) => [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]));
    const remove = changes.filter((arg) => !arg.includes("=")).map((arg) => arg.slice(0, -1));
    if ([...set.keys(), ...remove].some((key) => key === "")) return out.err(`error: invalid annotation spec: ${changes.find((arg) => arg.startsWith("=") || arg === "-")}
`).done(1);
    if (!flags.bool("list") && changes.length === 0) return out.err("error: at least one annotation update is required\n").done(1);
    const resolved = resolveTargets(context, flags.args.filter((arg) => !isChange(arg)), true);
    if (!resolved.ok) return out.err(resolved.message).done(1);
    let failed = false;
    for (const { type, object } of resolved.targets) {
      const annotations = { ...object.metadata.annotations ?? {} };
      if (flags.bool("list")) {
        for (const key of Object.keys(annotations).sort()) out.out(`${key}=${annotations[key]}
`);
        continue;
      }
      const clashes = [...set.keys()].filter((key) => key in annotations && !flags.bool("overwrite"));
      if (clashes.length > 0) {
        out.err(`error: --overwrite is false but found the following declared annotation(s): ${clashes.map((key) => `'${key}' already has a value (${annotations[key]})`).join("; ")}
`);
        failed = true;
        continue;
      }
      for (const [key, value] of set) annotations[key] = value;
      for (const key of remove) delete annotations[key];
      const dryRun = flags.has("dry-run") && flags.string("dry-run") !== "none";
      const refused = dryRun ? void 0 : storeMetadataMap(context.env.cluster, object, "annotations", annotations);
      if (refused) {
        out.err(refused);
        failed = true;
        continue;
      }
      out.out(`${qualifiedSingular(type)}/${object.metadata.name} annotated${dryRun ? " (dry run)" : ""}
`);
    }
    for (const error of resolved.errors) out.err(error);
    return out.done(failed || resolved.errors.length > 0 ? 1 : 0);
  }
};

// src/core/cluster/kubectl/dry-run.ts
function parseDryRun(value) {
  if (value === void 0 || value === "" || value === "none" || value === "false") return { ok: true, mode: "none" };
  if (value === "client" || value === "true") return { ok: true, mode: "client" };
  if (value === "server") return { ok: true, mode: "server" };
  return { ok: false, message: `Invalid dry-run value (${value}). Must be "none", "server", or "client".` };
}
function dryRunSuffix(mode) {
  if (mode === "client") return " (dry run)";
  if (mode === "server") return " (server dry run)";
  return "";
}

// src/core/cluster/kubectl/ingress-nginx-manifest.ts
function installIngressNginxManifest(cluster, dryRun) {
  if (!dryRun) return installIngressNginx(cluster);
  return ingressNginxManifest().map((object) => {
    const type = typeForObject(object.apiVersion, object.kind);
    const label = type ? qualifiedSingular(type) : `${object.kind.toLowerCase()}.${object.apiVersion.split("/")[0]}`;
    const exists = cluster.store.has(object.kind, type?.namespaced ? object.metadata.namespace : void 0, object.metadata.name);
    return `${label}/${object.metadata.name} ${exists ? "configured" : "created"}`;
  });
}

// src/core/cluster/print/yaml-emitter.ts
var BEST_WIDTH = 80;
function toYaml(value) {
  const lines2 = [];
  emitDocument(value, lines2);
  return lines2.join("\n") + "\n";
}
function emitDocument(value, lines2) {
  if (isMap2(value) && Object.keys(value).length > 0) emitMap(value, 0, lines2);
  else if (Array.isArray(value) && value.length > 0) emitSeq(value, 0, lines2);
  else lines2.push(scalarOrEmpty(value, 0, 0));
}
function isMap2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function emitMap(map2, indent2, lines2, firstPrefix) {
  const keys = Object.keys(map2).filter((key) => map2[key] !== void 0).sort(goYamlKeyOrder);
  keys.forEach((key, index2) => {
    const lead = index2 === 0 && firstPrefix !== void 0 ? firstPrefix : " ".repeat(indent2);
    const keyText = formatScalarString(key, lead.length, false);
    emitEntry(`${lead}${keyText}:`, map2[key], indent2, lines2);
  });
}
function emitEntry(head2, value, indent2, lines2) {
  if (isMap2(value) && Object.keys(value).some((key) => value[key] !== void 0)) {
    lines2.push(head2);
    emitMap(value, indent2 + 2, lines2);
  } else if (Array.isArray(value) && value.length > 0) {
    lines2.push(head2);
    emitSeq(value, indent2, lines2);
  } else {
    const text = scalarOrEmpty(value, indent2 + 2, head2.length + 1);
    pushScalar(lines2, `${head2} `, text);
  }
}
function emitSeq(items, indent2, lines2) {
  const dash = " ".repeat(indent2) + "- ";
  for (const item of items) {
    if (isMap2(item) && Object.keys(item).some((key) => item[key] !== void 0)) {
      emitMap(item, indent2 + 2, lines2, dash);
    } else if (Array.isArray(item) && item.length > 0) {
      const nested = [];
      emitSeq(item, indent2 + 2, nested);
      nested[0] = dash + nested[0].slice(indent2 + 2);
      lines2.push(...nested);
    } else {
      pushScalar(lines2, dash, scalarOrEmpty(item, indent2 + 2, dash.length));
    }
  }
}
function pushScalar(lines2, head2, text) {
  const [first, ...rest] = text.split("\n");
  lines2.push(head2 + first);
  lines2.push(...rest);
}
function scalarOrEmpty(value, indent2, column) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "[]";
  if (isMap2(value)) return "{}";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatNumber(value);
  return formatScalarString(String(value), column, true, indent2);
}
function formatNumber(value) {
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? "+.inf" : "-.inf";
  return String(value);
}
function formatScalarString(value, column, isValue, indent2 = 0) {
  const blockAllowed = !hasSpecialCharacters(value.replace(/\n/g, "")) && !/ \n/.test(value) && !value.endsWith(" ");
  if (value.includes("\n") && isValue && blockAllowed) return literalBlock(value, indent2);
  if (value.includes("\n") || hasSpecialCharacters(value)) return doubleQuoted(value);
  if (resolvesToNonString(value)) return doubleQuoted(value);
  if (!plainAllowed(value)) {
    const quoted = `'${value.replace(/'/g, "''")}'`;
    return isValue ? foldPlain(quoted, column, indent2) : quoted;
  }
  return isValue ? foldPlain(value, column, indent2) : value;
}
function literalBlock(value, indent2) {
  const pad = " ".repeat(indent2);
  let chomp = "-";
  let body = value;
  if (value.endsWith("\n")) {
    body = value.slice(0, -1);
    chomp = body.endsWith("\n") ? "+" : "";
  }
  const indicator = /^[ \n]/.test(value) ? String(2) : "";
  const lines2 = body.split("\n").map((line) => line === "" ? "" : pad + line);
  return `|${indicator}${chomp}
${lines2.join("\n")}`;
}
function foldPlain(value, column, indent2) {
  let out = "";
  let col = column;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === " " && col > BEST_WIDTH && value[i - 1] !== " " && value[i + 1] !== " " && i + 1 < value.length) {
      out += "\n" + " ".repeat(indent2);
      col = indent2;
      continue;
    }
    out += ch;
    col++;
  }
  return out;
}
function hasSpecialCharacters(value) {
  for (const ch of value) {
    const code = ch.codePointAt(0);
    const printable = code === 10 || code >= 32 && code <= 126 || code === 133 || code >= 160 && code <= 55295 || code >= 57344 && code <= 65533 && code !== 65279 || code >= 65536 && code <= 1114111;
    if (!printable) return true;
  }
  return false;
}
function doubleQuoted(value) {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "	") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\0") out += "\\0";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (code === 65279) out += "\\uFEFF";
    else out += ch;
  }
  return out + '"';
}
var BOOL_OR_NULL = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "on",
  "On",
  "ON",
  "off",
  "Off",
  "OFF",
  "~",
  "null",
  "Null",
  "NULL",
  "",
  ".inf",
  ".Inf",
  ".INF",
  "+.inf",
  "+.Inf",
  "+.INF",
  "-.inf",
  "-.Inf",
  "-.INF",
  ".nan",
  ".NaN",
  ".NAN",
  "<<"
]);
function resolvesToNonString(value) {
  if (BOOL_OR_NULL.has(value)) return true;
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(value)) return true;
  const digits = value.replace(/_/g, "");
  if (/^[-+]?(0b[01]+|0o?[0-7]+|0x[0-9a-fA-F]+|[0-9]+)$/.test(digits)) return true;
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(value)) return true;
  return /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/.test(value);
}
function plainAllowed(value) {
  if (value.startsWith("---") || value.startsWith("...")) return false;
  if (value.startsWith(" ") || value.endsWith(" ")) return false;
  const first = value[0];
  if ("#,[]{}&*!|>'\"%@`".includes(first)) return false;
  if ((first === "?" || first === ":" || first === "-") && (value.length === 1 || value[1] === " ")) return false;
  if (value.endsWith(":")) return false;
  if (value.includes(": ") || value.includes(" #")) return false;
  return true;
}
function goYamlKeyOrder(a, b) {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i] ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    const an = digitRun(ar, i);
    const bn = digitRun(br, i);
    if (an.value !== bn.value) return an.value < bn.value ? -1 : 1;
    if (an.length !== bn.length) return an.length - bn.length;
    return ar[i] < br[i] ? -1 : 1;
  }
  return ar.length - br.length;
}
function isLetter(ch) {
  return /\p{L}/u.test(ch);
}
function digitRun(chars, i) {
  let end = i;
  while (end < chars.length && /[0-9]/.test(chars[end])) end++;
  return { value: end > i ? Number(chars.slice(i, end).join("")) : 0, length: end - i };
}

// src/core/cluster/print/print-objects.ts
function printableData(objects, options = {}) {
  const cleaned = objects.map(withoutManagedFields);
  const list2 = options.list ?? objects.length !== 1;
  if (!list2) return cleaned[0];
  return { apiVersion: "v1", items: cleaned, kind: "List", metadata: { resourceVersion: "" } };
}
function printObjects(objects, format, options = {}) {
  if (format === "name") return objects.map((object) => objectName(object) + "\n").join("");
  const data = printableData(objects, options);
  return format === "yaml" ? toYaml(data) : toKubectlJson(data);
}
function objectName(object) {
  const type = typeForObject(object.apiVersion, object.kind) ?? typeForKind(object.kind);
  return `${type ? qualifiedSingular(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
}
function withoutManagedFields(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _hidden, ...metadata } = object.metadata;
  return { ...object, metadata };
}
function toKubectlJson(value) {
  return marshalIndent(sortKeys(value));
}
function marshalIndent(value) {
  const text = JSON.stringify(value, null, 4);
  return text.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null) {
    const record = value;
    const sorted = {};
    for (const key of Object.keys(record).sort((a, b) => a < b ? -1 : a > b ? 1 : 0)) sorted[key] = sortKeys(record[key]);
    return sorted;
  }
  return value;
}

// src/core/cluster/kubectl/object-format.ts
function toKubectlYaml(object) {
  return toYaml(object);
}
function toKubectlJson2(object) {
  return marshalIndent(object);
}

// src/core/cluster/kubectl/commands/apply.ts
var applyCommand = {
  name: "apply",
  short: "Apply a configuration to a resource by file name or stdin",
  flags: [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, { name: "server-side", type: "bool" }, { name: "force", type: "bool" }, { name: "validate", type: "string", bare: "strict" }],
  run: (context) => runFromFiles(context, "apply")
};
function runFromFiles(context, mode) {
  const out = new Output();
  const dryRun = parseDryRun(context.flags.has("dry-run") ? context.flags.string("dry-run") : void 0);
  if (!dryRun.ok) return out.err(clientError(dryRun.message)).done(1);
  const format = context.flags.string("output");
  if (format && !["yaml", "json", "name"].includes(format)) {
    return out.err(clientError(`unable to match a printer suitable for the output format "${format}", allowed formats are: json,name,yaml`)).done(1);
  }
  if (context.flags.args.length > 0 && mode === "apply") {
    return out.err(clientError(`Unexpected args: [${context.flags.args.join(" ")}]
See 'kubectl apply -h' for help and examples`)).done(1);
  }
  const filenames = context.flags.array("filename");
  if (filenames.length === 0) {
    return out.err("error: must specify one of -f and -k\n").done(1);
  }
  const read = readFileItems(context);
  if (!read.ok) return out.err(read.message).done(1);
  const failures = [];
  const printed = [];
  for (const item of read.items) {
    if (item.kind === "ingress-nginx") {
      for (const line of installIngressNginxManifest(context.env.cluster, dryRun.mode !== "none")) out.out(`${line}${dryRunSuffix(dryRun.mode)}
`);
      continue;
    }
    if (item.kind === "error") {
      failures.push({ kind: "client", message: item.message });
      continue;
    }
    const result = sendOne(context, mode, dryRun.mode, item, out);
    if (result.failed) failures.push(result.failed);
    else if (result.object) printed.push(result.object);
  }
  if (format === "yaml" || format === "json") printObjects2(out, printed, format);
  if (failures.length === 0 && printed.length === 0 && !read.items.some((item) => item.kind === "ingress-nginx")) {
    return out.err(`error: no objects passed to ${mode}
`).done(1);
  }
  out.err(renderFailures(failures));
  return out.done(failures.length > 0 ? 1 : 0);
}
function sendOne(context, mode, dryRun, item, out) {
  const { type, manifest, source } = item;
  const givenNamespace = manifest.metadata.namespace ?? "";
  const object = { ...manifest, metadata: { ...manifest.metadata } };
  if (type.namespaced) {
    if (givenNamespace && context.namespaceGiven && givenNamespace !== context.namespace) {
      return {
        failed: {
          kind: "client",
          message: `the namespace from the provided object "${givenNamespace}" does not match the namespace "${context.namespace}". You must pass '--namespace=${givenNamespace}' to perform this operation.`
        }
      };
    }
    object.metadata.namespace = givenNamespace || context.namespace;
  } else delete object.metadata.namespace;
  const name = object.metadata.name;
  if (!name && mode === "apply") {
    const gv = type.group ? `${type.group}/${type.version}` : `/${type.version}`;
    return {
      failed: {
        kind: "client",
        message: `error when retrieving current configuration of:
Resource: "${gv}, Resource=${type.resource}", GroupVersionKind: "${gv}, Kind=${type.kind}"
Name: "", Namespace: "${object.metadata.namespace ?? ""}"
from server for: "${source}": resource name may not be empty`
      }
    };
  }
  const label = `${qualifiedSingular(type)}/${name}`;
  const format = context.flags.string("output");
  const options = { dryRun: dryRun !== "none" };
  if (dryRun === "client") {
    const exists = context.env.cluster.store.has(type.kind, object.metadata.namespace, name);
    const outcome = mode === "apply" && exists ? "configured" : "created";
    if (format === "name") out.out(`${label}
`);
    else if (!format) out.out(`${label} ${outcome} (dry run)
`);
    return { object: mode === "apply" ? withLastApplied(object) : object };
  }
  if (mode === "apply") {
    const result2 = applyObject(context.env.cluster, object, options);
    for (const warning of result2.warnings) out.err(`Warning: ${warning}
`);
    if (!result2.ok) return { failed: { kind: "api", error: result2.error, source, verb: "creating" } };
    if (format === "name") out.out(`${label}
`);
    else if (!format) out.out(`${label} ${result2.value.outcome}${dryRunSuffix(dryRun)}
`);
    return { object: result2.value.object };
  }
  const result = createObject(context.env.cluster, object, options);
  for (const warning of result.warnings) out.err(`Warning: ${warning}
`);
  if (!result.ok) return { failed: { kind: "api", error: result.error, source, verb: "creating" } };
  if (format === "name") out.out(`${label}
`);
  else if (!format) out.out(`${label} created${dryRunSuffix(dryRun)}
`);
  return { object: result.value };
}
function printObjects2(out, objects, format) {
  if (objects.length === 0) return;
  if (objects.length === 1) {
    out.out(format === "yaml" ? toKubectlYaml(objects[0]) : toKubectlJson2(objects[0]));
    return;
  }
  const list2 = { apiVersion: "v1", items: objects, kind: "List", metadata: { resourceVersion: "" } };
  out.out(format === "yaml" ? toKubectlYaml(list2) : toKubectlJson2(list2));
}
function renderFailures(failures) {
  if (failures.length === 0) return "";
  if (failures.length === 1) {
    const only = failures[0];
    return only.kind === "api" ? renderFileApiError(only.error, only.verb, only.source) : clientError(only.message);
  }
  return failures.map((item) => item.kind === "api" ? renderSourcedApiError(item.error, item.verb, item.source) : `${item.message}
`).join("");
}

// src/core/cluster/kubectl/client-objects.ts
function meta2(name, labels2, namespace3) {
  const out = { name };
  if (namespace3) out.namespace = namespace3;
  out.creationTimestamp = null;
  if (labels2 && Object.keys(labels2).length > 0) out.labels = labels2;
  return out;
}
function containerNameFromImage(image) {
  const base = image.slice(image.lastIndexOf("/") + 1);
  return base.split("@")[0].split(":")[0].replace(/_/g, "-").toLowerCase() || "container";
}
function buildDeployment(input) {
  const labels2 = { app: input.name };
  const used = /* @__PURE__ */ new Set();
  const containers = input.images.map((image) => {
    let name = containerNameFromImage(image);
    for (let i = 1; used.has(name); i++) name = `${containerNameFromImage(image)}-${i}`;
    used.add(name);
    const container2 = { name, image };
    if (input.command?.length) container2.command = input.command;
    if (input.port !== void 0) container2.ports = [{ containerPort: input.port }];
    container2.resources = {};
    return container2;
  });
  return {
    kind: "Deployment",
    apiVersion: "apps/v1",
    metadata: meta2(input.name, labels2, input.namespace),
    spec: {
      replicas: input.replicas,
      selector: { matchLabels: { ...labels2 } },
      template: { metadata: { creationTimestamp: null, labels: { ...labels2 } }, spec: { containers } },
      strategy: {}
    },
    status: {}
  };
}
function buildService(input) {
  const spec = {};
  if (input.ports.length > 0) {
    spec.ports = input.ports.map((port) => {
      const out = {};
      if (port.name) out.name = port.name;
      out.protocol = port.protocol;
      out.port = port.port;
      out.targetPort = port.targetPort;
      if (port.nodePort) out.nodePort = port.nodePort;
      return out;
    });
  }
  if (input.selector && Object.keys(input.selector).length > 0) spec.selector = input.selector;
  if (input.clusterIP) spec.clusterIP = input.clusterIP;
  if (input.type) spec.type = input.type;
  if (input.externalIPs?.length) spec.externalIPs = input.externalIPs;
  if (input.sessionAffinity) spec.sessionAffinity = input.sessionAffinity;
  if (input.loadBalancerIP) spec.loadBalancerIP = input.loadBalancerIP;
  if (input.externalName) spec.externalName = input.externalName;
  return {
    kind: "Service",
    apiVersion: "v1",
    metadata: meta2(input.name, input.labels, input.namespace),
    spec,
    status: { loadBalancer: {} }
  };
}
function buildPod(input) {
  const container2 = { name: input.name, image: input.image };
  if (input.command?.length) container2.command = input.command;
  if (input.args?.length) container2.args = input.args;
  if (input.port !== void 0) container2.ports = [{ containerPort: input.port }];
  if (input.env?.length) container2.env = input.env;
  container2.resources = {};
  if (input.stdin) {
    container2.stdin = true;
    container2.stdinOnce = true;
  }
  if (input.tty) container2.tty = true;
  return {
    kind: "Pod",
    apiVersion: "v1",
    metadata: meta2(input.name, input.labels, input.namespace),
    spec: { containers: [container2], restartPolicy: input.restartPolicy, dnsPolicy: "ClusterFirst" },
    status: {}
  };
}
function buildNamespace(name) {
  return { kind: "Namespace", apiVersion: "v1", metadata: meta2(name), spec: {}, status: {} };
}
function backend(service3, port) {
  return { service: { name: service3, port: typeof port === "number" ? { number: port } : { name: port } } };
}
function buildIngress(input) {
  const spec = {};
  if (input.className) spec.ingressClassName = input.className;
  if (input.defaultBackend) spec.defaultBackend = backend(input.defaultBackend.service, input.defaultBackend.port);
  const rules = [];
  for (const rule of input.rules) {
    const path = { path: rule.path, pathType: rule.pathType, backend: backend(rule.service, rule.port) };
    const same = rules.find((existing) => existing.host === rule.host);
    if (same) same.http.paths.push(path);
    else rules.push({ ...rule.host ? { host: rule.host } : {}, http: { paths: [path] } });
  }
  if (rules.length > 0) spec.rules = rules;
  return {
    kind: "Ingress",
    apiVersion: "networking.k8s.io/v1",
    metadata: meta2(input.name, void 0, input.namespace),
    spec,
    status: { loadBalancer: {} }
  };
}

// src/core/cluster/kubectl/commands/print-created.ts
var OUTPUT_FORMATS_ERROR = (format) => `error: unable to match a printer suitable for the output format "${format}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
`;
function isSupportedOutput(format) {
  return ["", "yaml", "json", "name"].includes(format);
}
function objectLabel(object) {
  const type = typeForKind(object.kind);
  return `${type ? qualifiedSingular(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
}
function printMutation(out, object, verb, format, dryRun) {
  if (format === "yaml") out.out(toKubectlYaml(object));
  else if (format === "json") out.out(toKubectlJson2(object));
  else if (format === "name") out.out(`${objectLabel(object)}
`);
  else out.out(`${objectLabel(object)} ${verb}${dryRunSuffix(dryRun)}
`);
}

// src/core/cluster/kubectl/commands/create.ts
var DNS1123_SUBDOMAIN2 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/;
function common(context, out) {
  const dryRun = parseDryRun(context.flags.has("dry-run") ? context.flags.string("dry-run") : void 0);
  if (!dryRun.ok) return out.err(`error: ${dryRun.message}
`).done(1);
  const format = context.flags.string("output");
  if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
  return { dryRun: dryRun.mode, format };
}
function exactlyOneName(context, out) {
  const names2 = context.flags.dashAt === -1 ? context.flags.args : context.flags.args.slice(0, context.flags.dashAt);
  if (names2.length !== 1) return out.err(`error: exactly one NAME is required, got ${names2.length}
See '${context.path} -h' for help and examples
`).done(1);
  return names2[0];
}
function named(build) {
  return (context) => {
    const out = new Output();
    const mode = common(context, out);
    if ("exitCode" in mode) return mode;
    const name = exactlyOneName(context, out);
    if (typeof name !== "string") return name;
    return build(context, out, { name, namespace: mode.dryRun === "client" && !context.namespaceGiven ? void 0 : context.namespace, mode });
  };
}
function send(context, out, object, mode, wrap2) {
  if (mode.dryRun === "client") {
    printMutation(out, object, "created", mode.format, "client");
    return out.done(0);
  }
  const result = createObject(context.env.cluster, object, { dryRun: mode.dryRun === "server" });
  for (const warning of result.warnings) out.err(`Warning: ${warning}
`);
  if (!result.ok) {
    const wrapped = wrap2(result.error.message);
    return out.err(wrapped ? `error: ${wrapped}
` : renderApiError(result.error)).done(1);
  }
  printMutation(out, result.value, "created", mode.format, mode.dryRun);
  return out.done(0);
}
var OUTPUT_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "save-config", type: "bool" }, { name: "validate", type: "string", bare: "strict" }];
var createDeployment = {
  name: "deployment",
  aliases: ["deploy"],
  short: "Create a deployment with the specified name",
  flags: [...OUTPUT_FLAGS, { name: "image", type: "array" }, { name: "replicas", short: "r", type: "int" }, { name: "port", type: "int" }],
  run: named((context, out, { name, namespace: namespace3, mode }) => {
    const images = context.flags.array("image").filter(Boolean);
    if (images.length === 0) return out.err('error: required flag(s) "image" not set\n').done(1);
    const port = context.flags.has("port") ? context.flags.int("port", -1) : void 0;
    const object = buildDeployment({
      name,
      namespace: namespace3,
      images,
      replicas: context.flags.int("replicas", 1),
      port: port !== void 0 && port >= 0 ? port : void 0,
      command: context.flags.dashAt === -1 ? void 0 : context.flags.args.slice(context.flags.dashAt)
    });
    return send(context, out, object, mode, (message) => `failed to create deployment: ${message}`);
  })
};
function serviceCommand(name, type, short, extra) {
  return {
    name,
    short,
    flags: [...OUTPUT_FLAGS, { name: "tcp", type: "array" }, ...extra],
    run: named((context, out, { name: serviceName, namespace: namespace3, mode }) => {
      const clusterIP = context.flags.string("clusterip");
      const tcp = context.flags.array("tcp").filter(Boolean);
      const externalName2 = context.flags.string("external-name");
      if (type === "ExternalName") {
        if (!externalName2) return out.err('error: required flag(s) "external-name" not set\n').done(1);
        if (!DNS1123_SUBDOMAIN2.test(externalName2) || externalName2.length > 253) return out.err(`error: invalid service external name ${externalName2}
`).done(1);
      } else if (tcp.length === 0 && clusterIP !== "None") {
        return out.err("error: at least one tcp port specifier must be provided\n").done(1);
      }
      const nodePort = context.flags.has("node-port") ? context.flags.int("node-port", 0) : 0;
      const ports = [];
      for (const spec of tcp) {
        const parsed2 = parsePortSpec(spec);
        if (typeof parsed2 === "string") return out.err(`error: ${parsed2}
`).done(1);
        ports.push({ ...parsed2, nodePort: nodePort || void 0 });
      }
      const object = buildService({
        name: serviceName,
        namespace: namespace3,
        labels: { app: serviceName },
        ports,
        selector: { app: serviceName },
        clusterIP: clusterIP || void 0,
        type,
        externalName: externalName2 || void 0
      });
      return send(context, out, object, mode, (message) => `failed to create ${type} service: ${message}`);
    })
  };
}
function parsePortSpec(spec) {
  const [portText, targetText] = spec.split(":", 2);
  if (!/^\d+$/.test(portText)) return `strconv.Atoi: parsing "${portText}": invalid syntax`;
  const port = Number(portText);
  const target = targetText === void 0 || targetText === "" ? port : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
  return { name: spec.replace(/:/g, "-"), protocol: "TCP", port, targetPort: target };
}
var createService = {
  name: "service",
  aliases: ["svc"],
  short: "Create a service using a specified subcommand",
  flags: [],
  run: (context) => new Output().err(`error: Unexpected args: [${context.flags.args.join(" ")}]
See 'kubectl create service -h' for help and examples
`).done(1),
  subcommands: [
    serviceCommand("clusterip", "ClusterIP", "Create a ClusterIP service", [{ name: "clusterip", type: "string" }]),
    serviceCommand("nodeport", "NodePort", "Create a NodePort service", [{ name: "node-port", type: "int" }]),
    serviceCommand("loadbalancer", "LoadBalancer", "Create a LoadBalancer service", []),
    serviceCommand("externalname", "ExternalName", "Create an ExternalName service", [{ name: "external-name", type: "string" }])
  ]
};
var createNamespace = {
  name: "namespace",
  aliases: ["ns"],
  short: "Create a namespace with the specified name",
  flags: OUTPUT_FLAGS,
  run: named((context, out, { name, mode }) => {
    return send(context, out, buildNamespace(name), mode, () => void 0);
  })
};
function parseIngressRule(text) {
  const match = /^([^/=]*)(\/[^=]*)?=([^:,]+):([^,]+)(,.*)?$/.exec(text);
  if (!match) return `rule ${text} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
  const [, host, rawPath = "/", service3, portText] = match;
  const prefix = rawPath.endsWith("*");
  const path = prefix ? rawPath.slice(0, -1) || "/" : rawPath;
  return { host: host || void 0, path, pathType: prefix ? "Prefix" : "Exact", service: service3, port: /^\d+$/.test(portText) ? Number(portText) : portText };
}
var createIngress = {
  name: "ingress",
  aliases: ["ing"],
  short: "Create an ingress with the specified name",
  flags: [...OUTPUT_FLAGS, { name: "rule", type: "array" }, { name: "class", type: "string" }, { name: "default-backend", type: "string" }, { name: "annotation", type: "array" }],
  run: named((context, out, { name, namespace: namespace3, mode }) => {
    const rules = [];
    for (const text of context.flags.array("rule")) {
      const rule = parseIngressRule(text);
      if (typeof rule === "string") return out.err(`error: ${rule}
`).done(1);
      rules.push(rule);
    }
    const fallback = context.flags.string("default-backend");
    const [service3, port] = fallback.split(":");
    if (fallback && (!service3 || !port)) return out.err(`error: default-backend should be in format servicename:serviceport
`).done(1);
    if (rules.length === 0 && !fallback) return out.err("error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n").done(1);
    const object = buildIngress({
      name,
      namespace: namespace3,
      className: context.flags.string("class") || void 0,
      rules,
      defaultBackend: fallback ? { service: service3, port: /^\d+$/.test(port) ? Number(port) : port } : void 0
    });
    return send(context, out, object, mode, () => void 0);
  })
};
var createCommand = {
  name: "create",
  short: "Create a resource from a file or from stdin",
  flags: [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, { name: "save-config", type: "bool" }, { name: "validate", type: "string", bare: "strict" }],
  run: (context) => {
    if (context.flags.args.length > 0) {
      return new Output().err(`error: Unexpected args: [${context.flags.args.join(" ")}]
See 'kubectl create -h' for help and examples
`).done(1);
    }
    return runFromFiles(context, "create");
  },
  subcommands: [createDeployment, createService, createNamespace, createIngress]
};

// src/core/cluster/kubectl/commands/delete.ts
var deleteCommand = {
  name: "delete",
  short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
  flags: [
    ...FILE_FLAGS,
    SELECTOR_FLAG,
    ALL_NAMESPACES_FLAG,
    OUTPUT_FLAG,
    ...longFlags("bool", "all", "ignore-not-found", "now", "force", "wait"),
    { name: "grace-period", type: "int" },
    { name: "cascade", type: "string", bare: "background" },
    { name: "timeout", type: "string" }
  ],
  run: runDelete
};
function runDelete(context) {
  const out = new Output();
  const { flags } = context;
  const scoped = scopeOf(context);
  if (!scoped.ok) return out.err(scoped.message).done(1);
  const { scope } = scoped;
  const targets = [];
  let failed = false;
  const fileErrors = [];
  if (flags.array("filename").length > 0) {
    if (flags.args.length > 0) return out.err("error: Unexpected args: [" + flags.args.join(" ") + "]\nSee 'kubectl delete -h' for help and examples\n").done(1);
    const fromFiles2 = targetsFromFiles(context, out);
    if (!fromFiles2) return out.done(1);
    targets.push(...fromFiles2.targets);
    fileErrors.push(...fromFiles2.errors);
  } else {
    if (flags.args.length === 0) return out.err(NO_RESOURCES_GIVEN).done(1);
    const parsed2 = parseResourceArgs(flags.args);
    if (!parsed2.ok) return out.err(`error: ${parsed2.message}
`).done(1);
    const byName = parsed2.requests.some((request) => request.names.length > 0);
    if (!byName && !flags.bool("all") && !scope.selector) return out.err("error: resource(s) were provided, but no name was specified\n").done(1);
    for (const request of parsed2.requests) {
      if (request.names.length > 0) {
        for (const name of request.names) targets.push({ type: request.type, namespace: context.namespace, name });
        continue;
      }
      for (const object of listObjects(context.env.cluster, request.type, scope)) {
        targets.push({ type: request.type, namespace: object.metadata.namespace ?? "", name: object.metadata.name });
      }
    }
    if (!byName && targets.length === 0) {
      out.out("No resources found\n");
      return out.done(0);
    }
  }
  let deleted = 0;
  const force = flags.bool("force") && flags.has("grace-period") && flags.int("grace-period", -1) === 0;
  if (force && targets.length > 0) {
    out.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
  }
  for (const target of targets) {
    const namespace3 = target.type.namespaced ? target.namespace : void 0;
    const result = deleteObject(context.env.cluster, target.type.kind, namespace3, target.name);
    for (const warning of result.warnings) out.err(`Warning: ${warning}
`);
    if (!result.ok) {
      if (result.error.reason === "NotFound" && flags.bool("ignore-not-found")) continue;
      out.err(target.source ? renderSourcedApiError(result.error, "deleting", target.source) : renderApiError(result.error));
      failed = true;
      continue;
    }
    deleted++;
    const line = deletedLine(target.type, result.value, flags.string("output") === "name");
    out.out(force ? line.replace('" deleted', '" force deleted') : line);
  }
  if (deleted === 0 && targets.length === 0 && !failed && fileErrors.length === 0) out.out("No resources found\n");
  if (fileErrors.length > 0) out.err(sourceErrors(fileErrors));
  return out.done(failed || fileErrors.length > 0 ? 1 : 0);
}
function deletedLine(type, object, asName) {
  const kind2 = qualifiedSingular(type);
  if (asName) return `${kind2}/${object.metadata.name}
`;
  const where = type.namespaced ? ` from ${object.metadata.namespace ?? "default"} namespace` : "";
  return `${kind2} "${object.metadata.name}" deleted${where}
`;
}
function targetsFromFiles(context, out) {
  const read = readFileItems(context);
  if (!read.ok) {
    out.err(read.message);
    return void 0;
  }
  const targets = [];
  const errors = [];
  for (const item of read.items) {
    if (item.kind === "error") errors.push(item.message);
    else if (item.kind === "object") targets.push({ type: item.type, namespace: fileNamespace(item, context) ?? "", name: item.manifest.metadata.name, source: item.source });
  }
  return { targets, errors };
}

// src/core/cluster/print/human-duration.ts
function humanDuration(ms) {
  const seconds = Math.trunc(ms / 1e3);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.trunc(hours / 24) % 365;
    const years = Math.trunc(hours / 24 / 365);
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}
function since(timestamp, now) {
  if (!timestamp) return "<unknown>";
  const at = parsedTimestamp(timestamp);
  if (Number.isNaN(at)) return "<unknown>";
  return humanDuration(now - at);
}
var parsed = /* @__PURE__ */ new Map();
function parsedTimestamp(timestamp) {
  let ms = parsed.get(timestamp);
  if (ms === void 0) {
    if (parsed.size >= 4096) parsed.clear();
    ms = SimClock.toSimMs(timestamp);
    parsed.set(timestamp, ms);
  }
  return ms;
}
var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function rfc1123z(timestamp) {
  const ms = timestamp ? Date.parse(timestamp) : Number.NaN;
  const date = new Date(Number.isNaN(ms) ? SIM_EPOCH_MS : ms);
  const pad = (n) => String(n).padStart(2, "0");
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

// src/core/cluster/print/format-labels.ts
function formatLabels(labels2) {
  const keys = Object.keys(labels2 ?? {}).sort(compareStrings);
  if (keys.length === 0) return "<none>";
  return keys.map((key) => `${key}=${labels2[key]}`).join(",");
}
function formatLabelSelector(selector2) {
  const parts = [];
  for (const [key, value] of Object.entries(selector2?.matchLabels ?? {})) parts.push({ key, text: `${key}=${value}` });
  for (const expression of selector2?.matchExpressions ?? []) {
    const values = [...expression.values ?? []].sort(compareStrings).join(",");
    const text = expression.operator === "In" ? `${expression.key} in (${values})` : expression.operator === "NotIn" ? `${expression.key} notin (${values})` : expression.operator === "Exists" ? expression.key : expression.operator === "DoesNotExist" ? `!${expression.key}` : `${expression.key} ${expression.operator} (${values})`;
    parts.push({ key: expression.key, text });
  }
  if (parts.length === 0) return "<none>";
  return parts.sort((a, b) => compareStrings(a.key, b.key)).map((part) => part.text).join(",");
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/cluster/print/node-roles.ts
function nodeRoles(node) {
  const roles = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(node.metadata?.labels ?? {})) {
    if (key.startsWith("node-role.kubernetes.io/")) roles.add(key.slice("node-role.kubernetes.io/".length));
    else if (key === "kubernetes.io/role" && value) roles.add(value);
  }
  return [...roles].sort(compareStrings).join(",") || "<none>";
}

// src/core/cluster/print/pod-status.ts
function summarizePod(pod3) {
  const spec = pod3.spec;
  const status = pod3.status ?? {};
  const restartableInit = new Set((spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  const total = (spec?.containers ?? []).length + restartableInit.size;
  let ready = 0;
  let restarts = 0;
  let lastRestartMs;
  let reason = status.reason || status.phase || "";
  if ((status.conditions ?? []).some((c) => c.type === "PodScheduled" && c.reason === "SchedulingGated")) reason = "SchedulingGated";
  const noteRestart = (finishedAt) => {
    if (!finishedAt) return;
    const at = SimClock.toSimMs(finishedAt);
    if (lastRestartMs === void 0 || at > lastRestartMs) lastRestartMs = at;
  };
  let initializing2 = false;
  const initStatuses2 = status.initContainerStatuses ?? [];
  const initCount = (spec?.initContainers ?? []).length;
  for (let i = 0; i < initStatuses2.length; i++) {
    const container2 = initStatuses2[i];
    restarts += container2.restartCount ?? 0;
    noteRestart(container2.lastState?.terminated?.finishedAt);
    const terminated = container2.state?.terminated;
    const waiting = container2.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (restartableInit.has(container2.name) && container2.started) {
      if (container2.ready) ready++;
      continue;
    }
    if (terminated) {
      reason = terminated.reason ? `Init:${terminated.reason}` : terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
    } else if (waiting?.reason && waiting.reason !== "PodInitializing") {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initCount}`;
    }
    initializing2 = true;
    break;
  }
  const initializedTrue = (status.conditions ?? []).some((c) => c.type === "Initialized" && c.status === "True");
  if (!initializing2 || initializedTrue) {
    restarts = 0;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container2 = statuses[i];
      restarts += container2.restartCount ?? 0;
      noteRestart(container2.lastState?.terminated?.finishedAt);
      const waiting = container2.state?.waiting;
      const terminated = container2.state?.terminated;
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (terminated) reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      else if (container2.ready && container2.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      reason = (status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "NotReady";
    }
  }
  const terminal = status.phase === "Succeeded" || status.phase === "Failed";
  if (pod3.metadata?.deletionTimestamp && status.reason === "NodeLost") reason = "Unknown";
  else if (pod3.metadata?.deletionTimestamp && !terminal) reason = "Terminating";
  return { ready, total, status: reason, restarts, ...lastRestartMs !== void 0 && restarts > 0 ? { lastRestartMs } : {} };
}

// src/core/cluster/print/table-printers-more.ts
var age = (object, context) => since(object.metadata.creationTimestamp, context.now);
var field = (object, key) => object[key];
var createdAt = (object) => object.metadata.creationTimestamp ?? "";
var ACCESS_MODES = { ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" };
var accessModes = (modes) => [...new Set((modes ?? []).map((mode) => ACCESS_MODES[mode] ?? mode))].join(",");
var MORE_TABLE_PRINTERS = {
  NetworkPolicy: {
    headers: ["NAME", "POD-SELECTOR", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, formatLabelSelector(field(object, "spec")?.podSelector), age(object, context)]
  },
  ServiceCIDR: {
    headers: ["NAME", "CIDRS", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, (field(object, "spec")?.cidrs ?? []).join(","), age(object, context)]
  },
  IPAddress: {
    headers: ["NAME", "PARENTREF"],
    wideHeaders: [],
    row(object) {
      const ref = field(object, "spec")?.parentRef;
      if (!ref) return [object.metadata.name, "<none>"];
      const resource = (ref.group ? `${ref.resource}.${ref.group}` : ref.resource ?? "").toLowerCase();
      return [object.metadata.name, `${resource}${ref.namespace ? `/${ref.namespace}` : ""}/${ref.name ?? ""}`];
    }
  },
  StorageClass: {
    headers: ["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"],
    wideHeaders: [],
    row(object, context) {
      const annotations = object.metadata.annotations ?? {};
      const isDefault = annotations["storageclass.kubernetes.io/is-default-class"] === "true" || annotations["storageclass.beta.kubernetes.io/is-default-class"] === "true";
      return [
        object.metadata.name + (isDefault ? " (default)" : ""),
        String(object.provisioner ?? ""),
        String(object.reclaimPolicy ?? "Delete"),
        String(object.volumeBindingMode ?? "Immediate"),
        String(object.allowVolumeExpansion ?? false),
        age(object, context)
      ];
    }
  },
  Lease: {
    headers: ["NAME", "HOLDER", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, field(object, "spec")?.holderIdentity ?? "", age(object, context)]
  },
  Role: { headers: ["NAME", "CREATED AT"], wideHeaders: [], row: (object) => [object.metadata.name, createdAt(object)] },
  ClusterRole: { headers: ["NAME", "CREATED AT"], wideHeaders: [], row: (object) => [object.metadata.name, createdAt(object)] },
  CustomResourceDefinition: { headers: ["NAME", "CREATED AT"], wideHeaders: [], row: (object) => [object.metadata.name, createdAt(object)] },
  LimitRange: { headers: ["NAME", "CREATED AT"], wideHeaders: [], row: (object) => [object.metadata.name, createdAt(object)] },
  RoleBinding: {
    headers: ["NAME", "ROLE", "AGE"],
    wideHeaders: ["USERS", "GROUPS", "SERVICEACCOUNTS"],
    row: (object, context) => bindingRow(object, context)
  },
  ClusterRoleBinding: {
    headers: ["NAME", "ROLE", "AGE"],
    wideHeaders: ["USERS", "GROUPS", "SERVICEACCOUNTS"],
    row: (object, context) => bindingRow(object, context)
  },
  PersistentVolumeClaim: {
    headers: ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"],
    wideHeaders: ["VOLUMEMODE"],
    row(object, context) {
      const spec = field(object, "spec") ?? {};
      const status = field(object, "status") ?? {};
      const bound = Boolean(spec.volumeName);
      const cells = [
        object.metadata.name,
        object.metadata.deletionTimestamp ? "Terminating" : status.phase ?? "Pending",
        spec.volumeName ?? "",
        bound ? status.capacity?.storage ?? "" : "",
        bound ? accessModes(status.accessModes) : "",
        spec.storageClassName ?? "",
        spec.volumeAttributesClassName || "<unset>",
        age(object, context)
      ];
      if (context.wide) cells.push(spec.volumeMode ?? "Filesystem");
      return cells;
    }
  },
  PodDisruptionBudget: {
    headers: ["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"],
    wideHeaders: [],
    row(object, context) {
      const spec = field(object, "spec") ?? {};
      const status = field(object, "status") ?? {};
      return [
        object.metadata.name,
        spec.minAvailable !== void 0 ? String(spec.minAvailable) : "N/A",
        spec.maxUnavailable !== void 0 ? String(spec.maxUnavailable) : "N/A",
        String(status.disruptionsAllowed ?? 0),
        age(object, context)
      ];
    }
  },
  PriorityClass: {
    headers: ["NAME", "VALUE", "GLOBAL-DEFAULT", "AGE", "PREEMPTIONPOLICY"],
    wideHeaders: [],
    row: (object, context) => [
      object.metadata.name,
      String(object.value ?? 0),
      String(object.globalDefault ?? false),
      age(object, context),
      String(object.preemptionPolicy ?? "PreemptLowerPriority")
    ]
  }
};
function bindingRow(object, context) {
  const ref = field(object, "roleRef");
  const cells = [object.metadata.name, `${ref?.kind ?? ""}/${ref?.name ?? ""}`, age(object, context)];
  if (context.wide) {
    const subjects = field(object, "subjects") ?? [];
    const of = (kind2, format) => subjects.filter((s) => s.kind === kind2).map(format).join(", ");
    cells.push(of("User", (s) => s.name ?? ""), of("Group", (s) => s.name ?? ""), of("ServiceAccount", (s) => `${s.namespace ?? ""}/${s.name ?? ""}`));
  }
  return cells;
}

// src/core/cluster/print/table-printers.ts
var LOAD_BALANCER_WIDTH = 16;
var age2 = (object, context) => since(object.metadata.creationTimestamp, context.now);
var num = (value) => String(value ?? 0);
function loadBalancerStatus(ingress3, wide) {
  const values = /* @__PURE__ */ new Set();
  for (const entry of ingress3 ?? []) {
    if (entry.ip) values.add(entry.ip);
    else if (entry.hostname) values.add(entry.hostname);
  }
  const joined = [...values].sort(compareStrings).join(",");
  return !wide && joined.length > LOAD_BALANCER_WIDTH ? joined.slice(0, LOAD_BALANCER_WIDTH - 3) + "..." : joined;
}
function serviceExternalIP(service3, wide) {
  const spec = service3.spec ?? {};
  const externalIPs2 = spec.externalIPs ?? [];
  switch (spec.type ?? "ClusterIP") {
    case "ClusterIP":
    case "NodePort":
      return externalIPs2.length > 0 ? externalIPs2.join(",") : "<none>";
    case "LoadBalancer": {
      const lb = loadBalancerStatus(service3.status?.loadBalancer?.ingress, wide);
      if (externalIPs2.length > 0) return [...lb ? lb.split(",") : [], ...externalIPs2].join(",");
      return lb || "<pending>";
    }
    case "ExternalName":
      return spec.externalName ?? "";
    default:
      return "<unknown>";
  }
}
function servicePorts(service3) {
  return (service3.spec?.ports ?? []).map((port) => `${port.port}${port.nodePort ? `:${port.nodePort}` : ""}/${port.protocol ?? "TCP"}`).join(",");
}
var templateColumns = (template) => {
  const containers = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(","), containers.map((c) => c.image ?? "").join(",")];
};
var selectorCell = (selector2) => {
  const text = formatLabelSelector(selector2);
  return text === "<none>" ? "" : text;
};
function listWithMore(list2, more, count, max) {
  const joined = list2.join(",");
  if (more) return `${joined} + ${count - max} more...`;
  return joined || "<unset>";
}
function joinHostPort(host, port) {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
function formatEndpoints(endpoints2) {
  const subsets = endpoints2.subsets ?? [];
  if (subsets.length === 0) return "<none>";
  const max = 3;
  const list2 = [];
  let more = false;
  let count = 0;
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    if (!subset.ports || subset.ports.length === 0) {
      count += addresses.length;
      for (const address of addresses) {
        if (list2.length === max) {
          more = true;
          break;
        }
        list2.push(address.ip);
      }
      continue;
    }
    for (const port of subset.ports) {
      count += addresses.length;
      for (const address of addresses) {
        if (list2.length === max) {
          more = true;
          break;
        }
        list2.push(joinHostPort(address.ip, port.port));
      }
    }
  }
  const joined = list2.join(",");
  return more ? `${joined} + ${count - max} more...` : joined;
}
function nodeStatus(node) {
  const status = [];
  const ready = (node.status?.conditions ?? []).find((c) => c.type === "Ready");
  if (ready) status.push(ready.status === "True" ? "Ready" : "NotReady");
  if (status.length === 0) status.push("Unknown");
  if (node.spec?.unschedulable) status.push("SchedulingDisabled");
  return status.join(",");
}
var nodeAddress = (node, type) => (node.status?.addresses ?? []).find((address) => address.type === type)?.address ?? "<none>";
var orUnknown = (value) => value || "<unknown>";
var replicated = (object) => object;
var TABLE_PRINTERS = {
  Pod: {
    headers: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
    wideHeaders: ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"],
    row(object, context) {
      const pod3 = object;
      const summary = summarizePod(pod3);
      const restarts = summary.restarts !== 0 && summary.lastRestartMs !== void 0 ? `${summary.restarts} (${humanDuration(context.now - summary.lastRestartMs)} ago)` : String(summary.restarts);
      const cells = [object.metadata.name, `${summary.ready}/${summary.total}`, summary.status, restarts, age2(object, context)];
      if (context.wide) {
        const gates = pod3.spec?.readinessGates ?? [];
        const trueGates = gates.filter(
          (gate) => (pod3.status?.conditions ?? []).some((c) => c.type === gate.conditionType && c.status === "True")
        ).length;
        cells.push(
          pod3.status?.podIPs?.[0]?.ip || pod3.status?.podIP || "<none>",
          pod3.spec?.nodeName || "<none>",
          pod3.status?.nominatedNodeName || "<none>",
          gates.length > 0 ? `${trueGates}/${gates.length}` : "<none>"
        );
      }
      return cells;
    }
  },
  Service: {
    headers: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
    wideHeaders: ["SELECTOR"],
    row(object, context) {
      const service3 = object;
      const cells = [
        object.metadata.name,
        service3.spec?.type ?? "ClusterIP",
        service3.spec?.clusterIPs?.[0] ?? (service3.spec?.clusterIP || "<none>"),
        serviceExternalIP(service3, context.wide),
        servicePorts(service3) || "<none>",
        age2(object, context)
      ];
      if (context.wide) cells.push(formatLabels(service3.spec?.selector));
      return cells;
    }
  },
  Deployment: {
    headers: ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row(object, context) {
      const { spec, status } = replicated(object);
      const cells = [
        object.metadata.name,
        `${num(status?.readyReplicas)}/${num(spec?.replicas)}`,
        num(status?.updatedReplicas),
        num(status?.availableReplicas),
        age2(object, context)
      ];
      if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
      return cells;
    }
  },
  ReplicaSet: {
    headers: ["NAME", "DESIRED", "CURRENT", "READY", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row(object, context) {
      const { spec, status } = replicated(object);
      const cells = [object.metadata.name, num(spec?.replicas), num(status?.replicas), num(status?.readyReplicas), age2(object, context)];
      if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
      return cells;
    }
  },
  StatefulSet: {
    headers: ["NAME", "READY", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES"],
    row(object, context) {
      const { spec, status } = replicated(object);
      const cells = [object.metadata.name, `${num(status?.readyReplicas)}/${num(spec?.replicas)}`, age2(object, context)];
      if (context.wide) cells.push(...templateColumns(spec?.template));
      return cells;
    }
  },
  DaemonSet: {
    headers: ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row(object, context) {
      const { spec, status } = replicated(object);
      const cells = [
        object.metadata.name,
        num(status?.desiredNumberScheduled),
        num(status?.currentNumberScheduled),
        num(status?.numberReady),
        num(status?.updatedNumberScheduled),
        num(status?.numberAvailable),
        formatLabels(spec?.template?.spec?.nodeSelector),
        age2(object, context)
      ];
      if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
      return cells;
    }
  },
  Job: {
    headers: ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row(object, context) {
      const job = object;
      const conditions = job.status?.conditions ?? [];
      const has = (type) => conditions.some((c) => c.type === type && c.status === "True");
      const status = has("Complete") ? "Complete" : has("Failed") ? "Failed" : has("FailureTarget") ? "FailureTarget" : has("SuccessCriteriaMet") ? "SuccessCriteriaMet" : has("Suspended") ? "Suspended" : "Running";
      const completions = job.spec?.completions !== void 0 ? `${num(job.status?.succeeded)}/${job.spec.completions}` : `${num(job.status?.succeeded)}/1 of ${job.spec?.parallelism ?? 1}`;
      let duration = "";
      if (job.status?.startTime) {
        const start = Date.parse(job.status.startTime);
        const end = job.status.completionTime ? Date.parse(job.status.completionTime) : void 0;
        duration = end !== void 0 ? humanDuration(end - start) : since(job.status.startTime, context.now);
      }
      const cells = [object.metadata.name, status, completions, duration, age2(object, context)];
      if (context.wide) cells.push(...templateColumns(job.spec?.template), selectorCell(job.spec?.selector));
      return cells;
    }
  },
  CronJob: {
    headers: ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row(object, context) {
      const cron = object;
      const cells = [
        object.metadata.name,
        cron.spec?.schedule ?? "",
        cron.spec?.timeZone || "<none>",
        cron.spec?.suspend ? "True" : "False",
        String(cron.status?.active?.length ?? 0),
        cron.status?.lastScheduleTime ? since(cron.status.lastScheduleTime, context.now) : "<none>",
        age2(object, context)
      ];
      if (context.wide) {
        cells.push(...templateColumns(cron.spec?.jobTemplate?.spec?.template), selectorCell(cron.spec?.jobTemplate?.spec?.selector));
      }
      return cells;
    }
  },
  Endpoints: {
    headers: ["NAME", "ENDPOINTS", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, formatEndpoints(object), age2(object, context)]
  },
  EndpointSlice: {
    headers: ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"],
    wideHeaders: [],
    row(object, context) {
      const slice2 = object;
      const max = 3;
      const ports = [];
      let portsMore = false;
      for (const port of slice2.ports ?? []) {
        if (ports.length < max) ports.push(port.port !== void 0 ? String(port.port) : port.name || "*");
        else portsMore = true;
      }
      const addresses = [];
      let addressesMore = false;
      let addressCount = 0;
      for (const endpoint of slice2.endpoints ?? []) {
        for (const address of endpoint.addresses ?? []) {
          if (addresses.length < max) addresses.push(address);
          else addressesMore = true;
          addressCount++;
        }
      }
      return [
        object.metadata.name,
        slice2.addressType ?? "",
        listWithMore(ports, portsMore, (slice2.ports ?? []).length, max),
        listWithMore(addresses, addressesMore, addressCount, max),
        age2(object, context)
      ];
    }
  },
  Node: {
    headers: ["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
    wideHeaders: ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"],
    row(object, context) {
      const node = object;
      const info = node.status?.nodeInfo;
      const cells = [object.metadata.name, nodeStatus(node), nodeRoles(node), age2(object, context), info?.kubeletVersion ?? ""];
      if (context.wide) {
        cells.push(
          nodeAddress(node, "InternalIP"),
          nodeAddress(node, "ExternalIP"),
          orUnknown(info?.osImage),
          orUnknown(info?.kernelVersion),
          orUnknown(info?.containerRuntimeVersion)
        );
      }
      return cells;
    }
  },
  Namespace: {
    headers: ["NAME", "STATUS", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, String(object.status?.phase ?? ""), age2(object, context)]
  },
  Ingress: {
    headers: ["NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"],
    wideHeaders: [],
    row(object, context) {
      const ingress3 = object;
      const rules = ingress3.spec?.rules ?? [];
      const max = 3;
      const hosts = [];
      let more = false;
      for (const rule of rules) {
        if (hosts.length === max) more = true;
        if (!more && rule.host) hosts.push(rule.host);
      }
      const hostCell = hosts.length === 0 ? "*" : more ? `${hosts.join(",")} + ${rules.length - max} more...` : hosts.join(",");
      return [
        object.metadata.name,
        ingress3.spec?.ingressClassName ?? "<none>",
        hostCell,
        loadBalancerStatus(ingress3.status?.loadBalancer?.ingress, context.wide),
        (ingress3.spec?.tls ?? []).length > 0 ? "80, 443" : "80",
        age2(object, context)
      ];
    }
  },
  IngressClass: {
    headers: ["NAME", "CONTROLLER", "PARAMETERS", "AGE"],
    wideHeaders: [],
    row(object, context) {
      const spec = object.spec;
      let parameters = "<none>";
      if (spec?.parameters) {
        parameters = spec.parameters.kind + (spec.parameters.apiGroup ? `.${spec.parameters.apiGroup}` : "") + `/${spec.parameters.name}`;
      }
      return [object.metadata.name, spec?.controller ?? "", parameters, age2(object, context)];
    }
  },
  Event: {
    headers: ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
    wideHeaders: [],
    row(object, context) {
      const event = object;
      const first = event.firstTimestamp ? since(event.firstTimestamp, context.now) : since(event.eventTime, context.now);
      const last = event.series?.lastObservedTime ? since(event.series.lastObservedTime, context.now) : event.lastTimestamp ? since(event.lastTimestamp, context.now) : first;
      const involved = event.involvedObject;
      const target = involved.name ? `${(involved.kind ?? "").toLowerCase()}/${involved.name}` : (involved.kind ?? "").toLowerCase();
      return [last, event.type ?? "", event.reason ?? "", target, (event.message ?? "").trim()];
    }
  },
  ConfigMap: {
    headers: ["NAME", "DATA", "AGE"],
    wideHeaders: [],
    row: (object, context) => [
      object.metadata.name,
      String(Object.keys(object.data ?? {}).length + Object.keys(object.binaryData ?? {}).length),
      age2(object, context)
    ]
  },
  Secret: {
    headers: ["NAME", "TYPE", "DATA", "AGE"],
    wideHeaders: [],
    row: (object, context) => [
      object.metadata.name,
      String(object.type ?? "Opaque"),
      String(Object.keys({ ...object.data ?? {}, ...object.stringData ?? {} }).length),
      age2(object, context)
    ]
  },
  ServiceAccount: {
    headers: ["NAME", "SECRETS", "AGE"],
    wideHeaders: [],
    row: (object, context) => [object.metadata.name, String((object.secrets ?? []).length), age2(object, context)]
  }
};
var GENERIC_PRINTER = {
  headers: ["NAME", "AGE"],
  wideHeaders: [],
  row: (object, context) => [object.metadata.name, age2(object, context)]
};
function printerFor(kind2) {
  return TABLE_PRINTERS[kind2] ?? MORE_TABLE_PRINTERS[kind2] ?? GENERIC_PRINTER;
}

// src/core/cluster/print/describe/describe-helpers.ts
var MAX_ANNOTATION_LENGTH = 140;
var LAST_APPLIED2 = "kubectl.kubernetes.io/last-applied-configuration";
function printLabelsMultiline(w, title, labels2, initialIndent = "") {
  w.write(0, `${initialIndent}${title}:	`);
  const keys = Object.keys(labels2 ?? {}).sort(compareStrings);
  if (keys.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, `${initialIndent}	`);
    w.write(0, `${key}=${labels2[key]}
`);
  });
}
function printAnnotationsMultiline(w, title, annotations) {
  w.write(0, `${title}:	`);
  const keys = Object.keys(annotations ?? {}).filter((key) => key !== LAST_APPLIED2).sort(compareStrings);
  if (keys.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, "	");
    const value = annotations[key].replace(/\n$/, "");
    if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes("\n")) {
      w.write(0, `${key}:
`);
      for (const line of value.split("\n")) {
        const short = line.length > MAX_ANNOTATION_LENGTH - 2 ? line.slice(0, MAX_ANNOTATION_LENGTH - 2) + "..." : line;
        w.write(0, `	  ${short}
`);
      }
    } else {
      w.write(0, `${key}: ${value}
`);
    }
  });
}
function printTolerationsMultiline(w, title, tolerations, initialIndent = "") {
  w.write(0, `${initialIndent}${title}:	`);
  const sorted = [...tolerations ?? []].sort((a, b) => compareStrings(a.key ?? "", b.key ?? ""));
  if (sorted.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  sorted.forEach((toleration2, i) => {
    if (i !== 0) w.write(0, `${initialIndent}	`);
    let text = toleration2.key ?? "";
    if (toleration2.value) text += `=${toleration2.value}`;
    if (toleration2.effect) text += `:${toleration2.effect}`;
    if (toleration2.operator === "Exists" && !toleration2.value) text += toleration2.key || toleration2.effect ? " op=Exists" : "op=Exists";
    if (toleration2.tolerationSeconds !== void 0) text += ` for ${toleration2.tolerationSeconds}s`;
    w.write(0, text + "\n");
  });
}
function controlledBy(object) {
  const owner = (object.metadata.ownerReferences ?? []).find((ref) => ref.controller);
  return owner ? `${owner.kind}/${owner.name}` : "";
}
function eventsFor(object, events) {
  if (!events) return void 0;
  const index2 = eventIndex(events);
  const byUid = object.metadata.uid ? index2.byUid.get(object.metadata.uid) : void 0;
  const byRef = index2.byRef.get(refKey(object.kind, object.metadata.namespace, object.metadata.name));
  const candidates = byUid && byRef ? [.../* @__PURE__ */ new Set([...byUid, ...byRef])].sort((a, b) => a - b) : byUid ?? byRef ?? [];
  const all = events;
  return candidates.map((position) => all[position]).filter((event) => {
    const involved = event.involvedObject;
    if (involved.uid && object.metadata.uid) return involved.uid === object.metadata.uid;
    return involved.kind === object.kind && involved.name === object.metadata.name && (involved.namespace ?? "") === (object.metadata.namespace ?? "");
  });
}
var eventIndexes = /* @__PURE__ */ new WeakMap();
function eventIndex(events) {
  let index2 = eventIndexes.get(events);
  if (index2) return index2;
  index2 = { byUid: /* @__PURE__ */ new Map(), byRef: /* @__PURE__ */ new Map() };
  const add = (map2, key, position) => {
    const positions = map2.get(key);
    if (positions) positions.push(position);
    else map2.set(key, [position]);
  };
  events.forEach((event, position) => {
    const involved = event.involvedObject;
    if (involved.uid) add(index2.byUid, involved.uid, position);
    add(index2.byRef, refKey(involved.kind, involved.namespace, involved.name), position);
  });
  eventIndexes.set(events, index2);
  return index2;
}
function refKey(kind2, namespace3, name) {
  return `${kind2 ?? ""}|${namespace3 ?? ""}|${name ?? ""}`;
}
var eventLast = (event) => event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? "";
function describeEvents(w, events, now) {
  if (events === void 0) return;
  if (events.length === 0) {
    w.write(0, "Events:	<none>\n");
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => SimClock.toSimMs(eventLast(a)) - SimClock.toSimMs(eventLast(b)));
  w.write(0, "Events:\n  Type	Reason	Age	From	Message\n");
  w.write(1, "----	------	----	----	-------\n");
  for (const event of sorted) {
    const first = event.eventTime ? since(event.eventTime, now) : since(event.firstTimestamp, now);
    let interval = first;
    if (event.series) interval = `${since(event.series.lastObservedTime, now)} (x${event.series.count ?? 0} over ${first})`;
    else if ((event.count ?? 0) > 1) interval = `${since(event.lastTimestamp, now)} (x${event.count} over ${first})`;
    const source = event.source?.component || event.reportingComponent || "";
    w.write(1, `${event.type ?? ""}	${event.reason ?? ""}	${interval}	${source}	${(event.message ?? "").trim()}
`);
  }
}
function intOrString(value) {
  return value === void 0 ? "" : String(value);
}
function describeProbe(probe4) {
  const attrs = `delay=${probe4.initialDelaySeconds ?? 0}s timeout=${probe4.timeoutSeconds ?? 1}s period=${probe4.periodSeconds ?? 10}s #success=${probe4.successThreshold ?? 1} #failure=${probe4.failureThreshold ?? 3}`;
  if (probe4.exec) return `exec [${(probe4.exec.command ?? []).join(" ")}] ${attrs}`;
  if (probe4.httpGet) {
    const scheme = (probe4.httpGet.scheme ?? "HTTP").toLowerCase();
    const port = intOrString(probe4.httpGet.port);
    const host = probe4.httpGet.host ?? "";
    const hostPort2 = port ? host.includes(":") ? `[${host}]:${port}` : `${host}:${port}` : host;
    return `http-get ${scheme}://${hostPort2}${probe4.httpGet.path ?? ""} ${attrs}`;
  }
  if (probe4.tcpSocket) return `tcp-socket ${probe4.tcpSocket.host ?? ""}:${intOrString(probe4.tcpSocket.port)} ${attrs}`;
  if (probe4.grpc) return `grpc <pod>:${probe4.grpc.port} ${probe4.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
}
function describeState(w, title, state) {
  if (state?.running) {
    w.write(2, `${title}:	Running
`);
    w.write(3, `Started:	${rfc1123z(state.running.startedAt)}
`);
  } else if (state?.waiting) {
    w.write(2, `${title}:	Waiting
`);
    if (state.waiting.reason) w.write(3, `Reason:	${state.waiting.reason}
`);
  } else if (state?.terminated) {
    const t2 = state.terminated;
    w.write(2, `${title}:	Terminated
`);
    if (t2.reason) w.write(3, `Reason:	${t2.reason}
`);
    if (t2.message) w.write(3, `Message:	${t2.message}
`);
    w.write(3, `Exit Code:	${t2.exitCode}
`);
    if (t2.signal) w.write(3, `Signal:	${t2.signal}
`);
    w.write(3, `Started:	${rfc1123z(t2.startedAt)}
`);
    w.write(3, `Finished:	${rfc1123z(t2.finishedAt)}
`);
  } else {
    w.write(2, `${title}:	Waiting
`);
  }
}
function sortedResourceNames(resources2) {
  return Object.keys(resources2).sort(compareStrings);
}
function describeResources(w, resources2, level) {
  const limits = resources2?.limits ?? {};
  const requests = resources2?.requests ?? {};
  if (Object.keys(limits).length > 0) w.write(level, "Limits:\n");
  for (const name of sortedResourceNames(limits)) w.write(level + 1, `${name}:	${limits[name]}
`);
  if (Object.keys(requests).length > 0) w.write(level, "Requests:\n");
  for (const name of sortedResourceNames(requests)) w.write(level + 1, `${name}:	${requests[name]}
`);
}
function describeContainers(w, label, containers, statuses, space = "", pod3) {
  w.write(0, `${space}${label}:${containers.length === 0 ? " <none>" : ""}
`);
  for (const container2 of containers) {
    const status = statuses?.find((s) => s.name === container2.name);
    w.write(1, `${space ? " " : ""}${container2.name}:
`);
    if (status) w.write(2, `Container ID:	${status.containerID ?? ""}
`);
    w.write(2, `Image:	${container2.image ?? ""}
`);
    if (status) w.write(2, `Image ID:	${status.imageID ?? ""}
`);
    const ports = (container2.ports ?? []).map((port) => `${port.containerPort}/${port.protocol ?? "TCP"}`).join(", ");
    w.write(2, ports.includes(",") ? `Ports:	${ports}
` : `Port:	${ports || "<none>"}
`);
    const hostPorts = (container2.ports ?? []).map((port) => `${port.hostPort ?? 0}/${port.protocol ?? "TCP"}`).join(", ");
    w.write(2, hostPorts.includes(",") ? `Host Ports:	${hostPorts}
` : `Host Port:	${hostPorts || "<none>"}
`);
    if (container2.command?.length) {
      w.write(2, "Command:\n");
      for (const part of container2.command) for (const line of part.split("\n")) w.write(3, `${line}
`);
    }
    if (container2.args?.length) {
      w.write(2, "Args:\n");
      for (const part of container2.args) for (const line of part.split("\n")) w.write(3, `${line}
`);
    }
    if (status) {
      describeState(w, "State", status.state);
      if (status.lastState?.terminated) describeState(w, "Last State", status.lastState);
      w.write(2, `Ready:	${status.ready ? "True" : "False"}
`);
      w.write(2, `Restart Count:	${status.restartCount ?? 0}
`);
    }
    describeResources(w, container2.resources, 2);
    if (container2.livenessProbe) w.write(2, `Liveness:	${describeProbe(container2.livenessProbe)}
`);
    if (container2.readinessProbe) w.write(2, `Readiness:	${describeProbe(container2.readinessProbe)}
`);
    if (container2.startupProbe) w.write(2, `Startup:	${describeProbe(container2.startupProbe)}
`);
    if (container2.envFrom?.length) {
      w.write(2, "Environment Variables from:\n");
      for (const source of container2.envFrom) {
        const from = source.configMapRef ? "ConfigMap" : "Secret";
        const ref = source.configMapRef ?? source.secretRef;
        const optional = ref?.optional ?? false;
        w.write(3, source.prefix ? `${ref?.name ?? ""}	${from} with prefix '${source.prefix}'	Optional: ${optional}
` : `${ref?.name ?? ""}	${from}	Optional: ${optional}
`);
      }
    }
    w.write(2, `Environment:${(container2.env ?? []).length === 0 ? "	<none>" : ""}
`);
    for (const env of container2.env ?? []) {
      if (!env.valueFrom) {
        (env.value ?? "").split("\n").forEach((line, i) => w.write(3, i === 0 ? `${env.name}:	${line}
` : `	${line}
`));
      } else if (env.valueFrom.fieldRef) {
        const value = pod3 ? podFieldValue(pod3, env.valueFrom.fieldRef.fieldPath) : "";
        w.write(3, `${env.name}:	${value} (${env.valueFrom.fieldRef.apiVersion ?? "v1"}:${env.valueFrom.fieldRef.fieldPath})
`);
      } else if (env.valueFrom.resourceFieldRef) {
        w.write(3, `${env.name}:	 (${env.valueFrom.resourceFieldRef.resource})
`);
      } else if (env.valueFrom.secretKeyRef) {
        const ref = env.valueFrom.secretKeyRef;
        w.write(3, `${env.name}:	<set to the key '${ref.key}' in secret '${ref.name ?? ""}'>	Optional: ${ref.optional ?? false}
`);
      } else if (env.valueFrom.configMapKeyRef) {
        const ref = env.valueFrom.configMapKeyRef;
        w.write(3, `${env.name}:	<set to the key '${ref.key}' of config map '${ref.name ?? ""}'>	Optional: ${ref.optional ?? false}
`);
      }
    }
    const mounts = [...container2.volumeMounts ?? []].sort((a, b) => compareStrings(a.mountPath, b.mountPath));
    w.write(2, `Mounts:${mounts.length === 0 ? "	<none>" : ""}
`);
    for (const mount of mounts) {
      const flags = [mount.readOnly ? "ro" : "rw", ...mount.subPath ? [`path=${JSON.stringify(mount.subPath)}`] : []];
      w.write(3, `${mount.mountPath} from ${mount.name} (${flags.join(",")})
`);
    }
  }
}
function describeVolumes(w, volumes, space = "") {
  if (!volumes || volumes.length === 0) {
    w.write(0, `${space}Volumes:	<none>
`);
    return;
  }
  w.write(0, `${space}Volumes:
`);
  for (const volume2 of volumes) {
    w.write(1, `${space ? " " : ""}${volume2.name}:
`);
    if (volume2.projected) {
      w.write(2, "Type:	Projected (a volume that contains injected data from multiple sources)\n");
      for (const source of volume2.projected.sources ?? []) {
        if (source.secret) w.write(2, `SecretName:	${source.secret.name ?? ""}
    Optional:	${source.secret.optional ?? false}
`);
        else if (source.downwardAPI) w.write(2, "DownwardAPI:	true\n");
        else if (source.configMap) w.write(2, `ConfigMapName:	${source.configMap.name ?? ""}
    Optional:	${source.configMap.optional ?? false}
`);
        else if (source.serviceAccountToken) w.write(2, `TokenExpirationSeconds:	${source.serviceAccountToken.expirationSeconds ?? 3607}
`);
      }
    } else if (volume2.emptyDir) {
      w.write(2, `Type:	EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:	${volume2.emptyDir.medium ?? ""}
    SizeLimit:	${volume2.emptyDir.sizeLimit ?? "<unset>"}
`);
    } else if (volume2.configMap) {
      w.write(2, `Type:	ConfigMap (a volume populated by a ConfigMap)
    Name:	${volume2.configMap.name ?? ""}
    Optional:	${volume2.configMap.optional ?? false}
`);
    } else if (volume2.secret) {
      w.write(2, `Type:	Secret (a volume populated by a Secret)
    SecretName:	${volume2.secret.secretName ?? ""}
    Optional:	${volume2.secret.optional ?? false}
`);
    } else if (volume2.hostPath) {
      w.write(2, `Type:	HostPath (bare host directory volume)
    Path:	${volume2.hostPath.path}
    HostPathType:	${volume2.hostPath.type ?? "<none>"}
`);
    } else if (volume2.persistentVolumeClaim) {
      w.write(
        2,
        `Type:	PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:	${volume2.persistentVolumeClaim.claimName}
    ReadOnly:	${volume2.persistentVolumeClaim.readOnly ?? false}
`
      );
    } else {
      w.write(1, "<unknown>\n");
    }
  }
}
function podFieldValue(pod3, fieldPath) {
  const labelMatch = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (labelMatch) return (labelMatch[1] === "labels" ? pod3.metadata?.labels : pod3.metadata?.annotations)?.[labelMatch[2]] ?? "";
  switch (fieldPath) {
    case "metadata.name":
      return pod3.metadata?.name ?? "";
    case "metadata.namespace":
      return pod3.metadata?.namespace ?? "";
    case "metadata.uid":
      return pod3.metadata?.uid ?? "";
    case "spec.nodeName":
      return pod3.spec?.nodeName ?? "";
    case "spec.serviceAccountName":
      return pod3.spec?.serviceAccountName ?? "";
    case "status.hostIP":
      return pod3.status?.hostIP ?? "";
    case "status.podIP":
      return pod3.status?.podIP ?? "";
    case "status.podIPs":
      return (pod3.status?.podIPs ?? []).map((ip) => ip.ip).join(",");
    case "status.hostIPs":
      return (pod3.status?.hostIPs ?? []).map((ip) => ip.ip).join(",");
    default:
      return "";
  }
}

// src/core/cluster/print/tab-writer.ts
var GET_TABLE = { minWidth: 6, padding: 3 };
var DESCRIBE = { minWidth: 0, padding: 2 };
function formatTabbed(text, options) {
  const endsWithNewline = text.endsWith("\n");
  const lines2 = (endsWithNewline ? text.slice(0, -1) : text).split("\n").map((line) => line.split("	"));
  const out = [];
  const widths = [];
  const writeLines = (from, to) => {
    for (let i = from; i < to; i++) {
      const cells = lines2[i];
      let line = "";
      cells.forEach((cell, j) => {
        line += j < widths.length && j < cells.length - 1 ? cell + " ".repeat(Math.max(0, widths[j] - width(cell))) : cell;
      });
      out.push(line);
    }
  };
  const format = (line0, line1) => {
    const column = widths.length;
    let start = line0;
    for (let current = line0; current < line1; current++) {
      if (column >= lines2[current].length - 1) continue;
      writeLines(start, current);
      start = current;
      let columnWidth = options.minWidth;
      let end = current;
      for (; end < line1 && column < lines2[end].length - 1; end++) {
        columnWidth = Math.max(columnWidth, width(lines2[end][column]) + options.padding);
      }
      widths.push(columnWidth);
      format(start, end);
      widths.pop();
      start = end;
      current = end - 1;
    }
    writeLines(start, line1);
  };
  format(0, lines2.length);
  return out.join("\n") + (endsWithNewline ? "\n" : "");
}
function tabWriter(rows) {
  if (rows.length === 0) return "";
  return formatTabbed(rows.map((row) => row.join("	")).join("\n") + "\n", GET_TABLE);
}
function width(cell) {
  let n = cell.length;
  for (let i = 0; i < cell.length - 1; i++) {
    const code = cell.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      const next = cell.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// src/core/cluster/print/describe/describe-writer.ts
var DescribeWriter = class {
  sections = [""];
  /** Level 0–4 indents by two spaces per level, as describe's LEVEL_0…LEVEL_4. */
  write(level, text) {
    this.sections[this.sections.length - 1] += "  ".repeat(level) + text;
  }
  line(level, text) {
    this.write(level, text + "\n");
  }
  flush() {
    this.sections.push("");
  }
  toString() {
    return this.sections.map((section) => formatTabbed(section, DESCRIBE)).join("");
  }
};

// src/core/cluster/print/describe/describe-service.ts
function formatEndpointSlices(slices, portName2) {
  if (slices.length === 0) return "<none>";
  const max = 3;
  const list2 = [];
  let more = false;
  let count = 0;
  for (const slice2 of slices) {
    const endpoints2 = slice2.endpoints ?? [];
    if (!slice2.ports || slice2.ports.length === 0) {
      for (const endpoint of endpoints2) {
        if (list2.length === max) more = true;
        if (endpoint.conditions?.ready === false) continue;
        if (!more) list2.push(endpoint.addresses[0]);
        count++;
      }
      continue;
    }
    for (const port of slice2.ports) {
      if (portName2 !== void 0 && (port.name ?? "") !== portName2) continue;
      for (const endpoint of endpoints2) {
        if (list2.length === max) more = true;
        if (endpoint.conditions?.ready === false) continue;
        const address = endpoint.addresses[0];
        if (!more) list2.push(address.includes(":") ? `[${address}]:${port.port}` : `${address}:${port.port}`);
        count++;
      }
    }
  }
  const joined = list2.join(",");
  return more ? `${joined} + ${count - max} more...` : joined;
}
function slicesForService(service3, slices) {
  return (slices ?? []).filter(
    (slice2) => slice2.metadata?.labels?.["kubernetes.io/service-name"] === service3.metadata.name && (slice2.metadata?.namespace ?? "") === (service3.metadata.namespace ?? "")
  );
}
function describeService(object, slices, events, now) {
  const service3 = object;
  const spec = service3.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Selector:	${formatLabels(spec.selector)}
`);
  w.write(0, `Type:	${spec.type ?? ""}
`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:	${spec.ipFamilyPolicy}
`);
  w.write(0, `IP Families:	${spec.ipFamilies?.length ? spec.ipFamilies.join(",") : "<none>"}
`);
  w.write(0, `IP:	${spec.clusterIP ?? ""}
`);
  w.write(0, `IPs:	${spec.clusterIPs?.length ? spec.clusterIPs.join(",") : "<none>"}
`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:	${spec.externalIPs.join(",")}
`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:	${spec.loadBalancerIP}
`);
  if (spec.externalName) w.write(0, `External Name:	${spec.externalName}
`);
  const ingress3 = service3.status?.loadBalancer?.ingress ?? [];
  if (ingress3.length > 0) {
    const list2 = ingress3.map((entry) => entry.ip ? entry.ip + (entry.ipMode ? ` (${entry.ipMode})` : "") : entry.hostname ?? "").join(", ");
    w.write(0, `LoadBalancer Ingress:	${list2}
`);
  }
  for (const port of spec.ports ?? []) {
    const name = port.name || "<unset>";
    const protocol = port.protocol ?? "TCP";
    w.write(0, `Port:	${name}	${port.port}/${protocol}
`);
    w.write(0, `TargetPort:	${port.targetPort ?? port.port}/${protocol}
`);
    if (port.appProtocol) w.write(0, `AppProtocol:	${port.appProtocol}
`);
    if (port.nodePort) w.write(0, `NodePort:	${name}	${port.nodePort}/${protocol}
`);
    w.write(0, `Endpoints:	${formatEndpointSlices(slices, port.name ?? "")}
`);
  }
  w.write(0, `Session Affinity:	${spec.sessionAffinity ?? ""}
`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:	${spec.externalTrafficPolicy}
`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:	${spec.internalTrafficPolicy}
`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:	${spec.healthCheckNodePort}
`);
  if (spec.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:	${spec.loadBalancerSourceRanges.join(",")}
`);
  if (spec.trafficDistribution) w.write(0, `Traffic Distribution:	${spec.trafficDistribution}
`);
  describeEvents(w, events, now);
  return w.toString();
}

// src/core/cluster/print/describe/describe-network.ts
function describeEndpoints(object, events, now) {
  const endpoints2 = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, "Subsets:\n");
  for (const subset of endpoints2.subsets ?? []) {
    w.write(1, `Addresses:	${(subset.addresses ?? []).map((a) => a.ip).join(",") || "<none>"}
`);
    w.write(1, `NotReadyAddresses:	${(subset.notReadyAddresses ?? []).map((a) => a.ip).join(",") || "<none>"}
`);
    if (subset.ports?.length) {
      w.write(1, "Ports:\n");
      w.write(2, "Name	Port	Protocol\n");
      w.write(2, "----	----	--------\n");
      for (const port of subset.ports) w.write(2, `${port.name || "<unset>"}	${port.port}	${port.protocol ?? "TCP"}
`);
    }
    w.write(0, "\n");
  }
  describeEvents(w, events, now);
  return w.toString();
}
function describeEndpointSlice(object, events, now) {
  const slice2 = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `AddressType:	${slice2.addressType ?? ""}
`);
  if (!slice2.ports?.length) w.write(0, "Ports: <unset>\n");
  else {
    w.write(0, "Ports:\n");
    w.write(1, "Name	Port	Protocol\n");
    w.write(1, "----	----	--------\n");
    for (const port of slice2.ports) w.write(1, `${port.name || "<unset>"}	${port.port ?? "<unset>"}	${port.protocol ?? "TCP"}
`);
  }
  if (!slice2.endpoints?.length) w.write(0, "Endpoints: <none>\n");
  else {
    w.write(0, "Endpoints:\n");
    for (const endpoint of slice2.endpoints) {
      w.write(1, `- Addresses:	${endpoint.addresses.join(", ") || "<none>"}
`);
      w.write(2, "Conditions:\n");
      w.write(3, `Ready:	${endpoint.conditions?.ready === void 0 ? "<unset>" : String(endpoint.conditions.ready)}
`);
      w.write(2, `Hostname:	${endpoint.hostname ?? "<unset>"}
`);
      if (endpoint.targetRef) w.write(2, `TargetRef:	${endpoint.targetRef.kind}/${endpoint.targetRef.name}
`);
      w.write(2, `NodeName:	${endpoint.nodeName ?? "<unset>"}
`);
      w.write(2, `Zone:	${endpoint.zone ?? "<unset>"}
`);
    }
  }
  describeEvents(w, events, now);
  return w.toString();
}
function describeBackend(backend2, namespace3, services2, slices) {
  if (backend2.service) {
    const port = backend2.service.port?.number ?? backend2.service.port?.name ?? "";
    const label = `${backend2.service.name}:${port}`;
    const service3 = (services2 ?? []).find((s) => s.metadata.name === backend2.service.name && (s.metadata.namespace ?? "") === namespace3);
    if (!service3) return `${label} (<error: services "${backend2.service.name}" not found>)`;
    const spec = service3.spec;
    let portName2 = "";
    for (const servicePort2 of spec?.ports ?? []) {
      if (backend2.service.port?.number && backend2.service.port.number === servicePort2.port) portName2 = servicePort2.name ?? "";
      else if (backend2.service.port?.name && backend2.service.port.name === servicePort2.name) portName2 = servicePort2.name ?? "";
    }
    return `${label} (${formatEndpointSlices(slicesForService(service3, slices), portName2)})`;
  }
  if (backend2.resource) {
    return `APIGroup: ${backend2.resource.apiGroup ?? "<none>"}, Kind: ${backend2.resource.kind}, Name: ${backend2.resource.name}`;
  }
  return "";
}
function describeIngress(object, services2, slices, events, now) {
  const ingress3 = object;
  const spec = ingress3.spec ?? {};
  const namespace3 = object.metadata.namespace ?? "";
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  w.write(0, `Namespace:	${namespace3}
`);
  w.write(0, `Address:	${loadBalancerStatus(ingress3.status?.loadBalancer?.ingress, true)}
`);
  w.write(0, `Ingress Class:	${spec.ingressClassName ?? "<none>"}
`);
  const defaultBackend = spec.defaultBackend ? describeBackend(spec.defaultBackend, namespace3, services2, slices) : "<default>";
  w.write(0, `Default backend:	${defaultBackend}
`);
  if (spec.tls?.length) {
    w.write(0, "TLS:\n");
    for (const tls of spec.tls) {
      const hosts = (tls.hosts ?? []).join(",");
      w.write(1, tls.secretName ? `${tls.secretName} terminates ${hosts}
` : `SNI routes ${hosts}
`);
    }
  }
  w.write(0, "Rules:\n  Host	Path	Backends\n");
  w.write(1, "----	----	--------\n");
  let count = 0;
  for (const rule of spec.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || "*"}	
`);
    for (const path of rule.http.paths) w.write(2, `	${path.path ?? ""} 	${describeBackend(path.backend, namespace3, services2, slices)}
`);
  }
  if (count === 0) w.write(1, `*	*	${defaultBackend}
`);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  describeEvents(w, events, now);
  return w.toString();
}
function describeIngressClass(object, events, now) {
  const spec = object.spec;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Controller:	${spec?.controller ?? ""}
`);
  if (spec?.parameters) {
    w.write(0, "Parameters:\n");
    if (spec.parameters.apiGroup) w.write(1, `APIGroup:	${spec.parameters.apiGroup}
`);
    w.write(1, `Kind:	${spec.parameters.kind}
`);
    w.write(1, `Name:	${spec.parameters.name}
`);
  }
  describeEvents(w, events, now);
  return w.toString();
}

// src/core/cluster/print/describe/describe-config.ts
function describeConfigMap(object, events, now) {
  const configMap2 = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, "\nData\n====\n");
  for (const key of Object.keys(configMap2.data ?? {}).sort(compareStrings)) {
    w.write(0, `${key}:
----
`);
    w.write(0, `${configMap2.data[key]}
`);
    w.write(0, "\n");
  }
  w.write(0, "\nBinaryData\n====\n");
  for (const [key, value] of Object.entries(configMap2.binaryData ?? {})) w.write(0, `${key}: ${Math.floor(value.length * 3 / 4)} bytes
`);
  w.write(0, "\n");
  describeEvents(w, events, now);
  return w.toString();
}
function describeSecret(object) {
  const secret = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `
Type:	${secret.type ?? "Opaque"}
`);
  w.write(0, "\nData\n====\n");
  const data = secret.data ?? {};
  for (const key of Object.keys(data).sort(compareStrings)) {
    const decoded = decodedLength(data[key]);
    if (key === "token" && secret.type === "kubernetes.io/service-account-token") w.write(0, `${key}:	${atobSafe(data[key])}
`);
    else w.write(0, `${key}:	${decoded} bytes
`);
  }
  return w.toString();
}
function decodedLength(base64) {
  const clean = base64.replace(/\s/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor(clean.length * 3 / 4) - padding);
}
function atobSafe(base64) {
  try {
    return atob(base64);
  } catch {
    return "";
  }
}

// src/core/cluster/print/describe/quantity.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
function parseQuantity(text) {
  if (text === void 0) return { value: 0, binary: false };
  if (typeof text === "number") return { value: text, binary: false };
  const match = /^([+-]?[0-9.]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(text.trim());
  if (!match) return { value: 0, binary: false };
  const suffix = match[2] ?? "";
  const binary = suffix in BINARY;
  return { value: Number(match[1]) * (binary ? BINARY[suffix] : DECIMAL[suffix]), binary };
}
function formatQuantity(quantity) {
  const { value, binary } = quantity;
  if (value === 0) return "0";
  if (binary) {
    for (const suffix of ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"]) {
      if (value % BINARY[suffix] === 0) return `${value / BINARY[suffix]}${suffix}`;
    }
    return String(Math.round(value));
  }
  if (Number.isInteger(value)) {
    for (const suffix of ["E", "P", "T", "G", "M", "k"]) {
      if (value % DECIMAL[suffix] === 0 && value >= DECIMAL[suffix] * 1e3) return `${value / DECIMAL[suffix]}${suffix}`;
    }
    return String(value);
  }
  const milli = Math.round(value * 1e3);
  return `${milli}m`;
}
function addQuantities(a, b) {
  return { value: a.value + b.value, binary: a.value === 0 ? b.binary : a.binary };
}

// src/core/cluster/print/describe/describe-cluster.ts
function describeNamespace(object, quotas = [], limitRanges = []) {
  const namespace3 = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Status:	${namespace3.status?.phase ?? ""}
`);
  w.write(0, "\n");
  w.write(0, quotas.length === 0 ? "No resource quota.\n" : `Resource Quotas
${quotas.map((q) => `  Name:	${q.metadata.name}
`).join("")}`);
  w.write(0, "\n");
  w.write(0, limitRanges.length === 0 ? "No LimitRange resource.\n" : `Resource Limits
${limitRanges.map((l) => `  Name:	${l.metadata.name}
`).join("")}`);
  return w.toString();
}
function podRequestsAndLimits(pod3) {
  const requests = {};
  const limits = {};
  for (const container2 of pod3.spec?.containers ?? []) {
    for (const [name, value] of Object.entries(container2.resources?.requests ?? {})) {
      requests[name] = addQuantities(requests[name] ?? { value: 0, binary: false }, parseQuantity(value));
    }
    for (const [name, value] of Object.entries(container2.resources?.limits ?? {})) {
      limits[name] = addQuantities(limits[name] ?? { value: 0, binary: false }, parseQuantity(value));
    }
  }
  for (const [name, value] of Object.entries(limits)) if (!requests[name]) requests[name] = value;
  return { requests, limits };
}
var percent = (value, total) => total.value === 0 ? 0 : Math.trunc((value?.value ?? 0) / total.value * 100);
var show = (value, total) => `${formatQuantity(value ?? { value: 0, binary: false })} (${percent(value, total)}%)`;
function describeNode(object, pods, lease, events, now) {
  const node = object;
  const status = node.status ?? {};
  const info = status.nodeInfo;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Roles:	${nodeRoles(node)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `CreationTimestamp:	${rfc1123z(object.metadata.creationTimestamp)}
`);
  const taints = [...node.spec?.taints ?? []].sort((a, b) => compareStrings(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  w.write(0, "Taints:	");
  if (taints.length === 0) w.write(0, "<none>\n");
  taints.forEach((taint, i) => w.write(0, `${i === 0 ? "" : "	"}${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect}
`));
  w.write(0, `Unschedulable:	${node.spec?.unschedulable ?? false}
`);
  const leaseSpec = lease?.spec ?? {};
  w.write(0, "Lease:\n");
  w.write(1, `HolderIdentity:	${leaseSpec.holderIdentity ?? "<unset>"}
`);
  w.write(1, `AcquireTime:	${leaseSpec.acquireTime ? rfc1123z(leaseSpec.acquireTime) : "<unset>"}
`);
  w.write(1, `RenewTime:	${leaseSpec.renewTime ? rfc1123z(leaseSpec.renewTime) : "<unset>"}
`);
  if (status.conditions?.length) {
    w.write(0, "Conditions:\n  Type	Status	LastHeartbeatTime	LastTransitionTime	Reason	Message\n");
    w.write(1, "----	------	-----------------	------------------	------	-------\n");
    for (const c of status.conditions) {
      w.write(1, `${c.type} 	${c.status} 	${rfc1123z(c.lastHeartbeatTime)} 	${rfc1123z(c.lastTransitionTime)} 	${c.reason ?? ""} 	${c.message ?? ""}
`);
    }
  }
  w.write(0, "Addresses:\n");
  for (const address of status.addresses ?? []) w.write(1, `${address.type}:	${address.address}
`);
  const capacity = status.capacity ?? {};
  const allocatableRaw = Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable : capacity;
  for (const [title, list2] of [["Capacity", capacity], ["Allocatable", status.allocatable ?? {}]]) {
    if (Object.keys(list2).length === 0) continue;
    w.write(0, `${title}:
`);
    for (const name of Object.keys(list2).sort(compareStrings)) w.write(0, `  ${name}:	${formatQuantity(parseQuantity(list2[name]))}
`);
  }
  w.write(0, "System Info:\n");
  const infoLine = (label, value) => w.write(0, `  ${label}:	${value ?? ""}
`);
  infoLine("Machine ID", info?.machineID);
  infoLine("System UUID", info?.systemUUID);
  infoLine("Boot ID", info?.bootID);
  infoLine("Kernel Version", info?.kernelVersion);
  infoLine("OS Image", info?.osImage);
  infoLine("Operating System", info?.operatingSystem);
  infoLine("Architecture", info?.architecture);
  infoLine("Container Runtime Version", info?.containerRuntimeVersion);
  infoLine("Kubelet Version", info?.kubeletVersion);
  infoLine("Kube-Proxy Version", info?.kubeProxyVersion);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:	${node.spec.podCIDR}
`);
  if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:	${node.spec.podCIDRs.join(",")}
`);
  if (node.spec?.providerID) w.write(0, `ProviderID:	${node.spec.providerID}
`);
  const onNode = (pods ?? []).filter(
    (pod3) => pod3.spec?.nodeName === object.metadata.name && pod3.status?.phase !== "Succeeded" && pod3.status?.phase !== "Failed"
  );
  const cpuTotal = parseQuantity(allocatableRaw.cpu);
  const memoryTotal = parseQuantity(allocatableRaw.memory);
  w.write(0, `Non-terminated Pods:	(${onNode.length} in total)
`);
  w.write(1, "Namespace	Name		CPU Requests	CPU Limits	Memory Requests	Memory Limits	Age\n");
  w.write(1, "---------	----		------------	----------	---------------	-------------	---\n");
  const totals = { requests: {}, limits: {} };
  for (const pod3 of onNode) {
    const { requests, limits } = podRequestsAndLimits(pod3);
    for (const [name, value] of Object.entries(requests)) totals.requests[name] = addQuantities(totals.requests[name] ?? { value: 0, binary: false }, value);
    for (const [name, value] of Object.entries(limits)) totals.limits[name] = addQuantities(totals.limits[name] ?? { value: 0, binary: false }, value);
    w.write(
      1,
      `${pod3.metadata?.namespace ?? ""}	${pod3.metadata?.name ?? ""}		${show(requests.cpu, cpuTotal)}	${show(limits.cpu, cpuTotal)}	${show(requests.memory, memoryTotal)}	${show(limits.memory, memoryTotal)}	${since(pod3.metadata?.creationTimestamp, now)}
`
    );
  }
  w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.write(1, "Resource	Requests	Limits\n");
  w.write(1, "--------	--------	------\n");
  const storageTotal = parseQuantity(allocatableRaw["ephemeral-storage"]);
  w.write(1, `cpu	${show(totals.requests.cpu, cpuTotal)}	${show(totals.limits.cpu, cpuTotal)}
`);
  w.write(1, `memory	${show(totals.requests.memory, memoryTotal)}	${show(totals.limits.memory, memoryTotal)}
`);
  w.write(1, `ephemeral-storage	${show(totals.requests["ephemeral-storage"], storageTotal)}	${show(totals.limits["ephemeral-storage"], storageTotal)}
`);
  for (const name of Object.keys(allocatableRaw).filter((key) => key.startsWith("hugepages-")).sort(compareStrings)) {
    const total = parseQuantity(allocatableRaw[name]);
    w.write(1, `${name}	${show(totals.requests[name], total)}	${show(totals.limits[name], total)}
`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
var ACRONYMS = /* @__PURE__ */ new Set(["API", "URL", "UID", "OSB", "GUID"]);
function smartLabel(field2) {
  if (/[^\p{L}-]/u.test(field2)) return field2;
  const parts = field2.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^A-Za-z]+/g) ?? [field2];
  return parts.map((part) => ACRONYMS.has(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)).join(" ");
}
var SKIPPED_PREFIXES = [".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"];
function printUnstructured(w, level, record, path) {
  for (const key of Object.keys(record).sort(compareStrings)) {
    const child = record[key];
    const childPath = `${path}.${key}`;
    if (SKIPPED_PREFIXES.some((prefix) => childPath.startsWith(prefix))) continue;
    const label = smartLabel(key);
    if (Array.isArray(child)) {
      w.write(level, `${label}:
`);
      for (const item of child) {
        if (item && typeof item === "object" && !Array.isArray(item)) printUnstructured(w, level + 1, item, childPath);
        else w.write(level + 1, `${goText(item)}
`);
      }
    } else if (child && typeof child === "object") {
      w.write(level, `${label}:
`);
      printUnstructured(w, level + 1, child, childPath);
    } else {
      w.write(level, `${label}:	${goText(child)}
`);
    }
  }
}
var goText = (value) => value === null || value === void 0 ? "<nil>" : String(value);
function describeGeneric(object, events, now) {
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  printUnstructured(w, 0, object, "");
  describeEvents(w, events, now);
  return w.toString();
}

// src/core/cluster/print/describe/describe-pod.ts
function describePod(object, events, now) {
  const pod3 = object;
  const spec = pod3.spec ?? { containers: [] };
  const status = pod3.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  w.write(0, `Priority:	${spec.priority ?? 0}
`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:	${spec.priorityClassName}
`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:	${spec.runtimeClassName}
`);
  w.write(0, `Service Account:	${spec.serviceAccountName || "default"}
`);
  w.write(0, spec.nodeName ? `Node:	${spec.nodeName}/${status.hostIP ?? ""}
` : "Node:	<none>\n");
  if (status.startTime) w.write(0, `Start Time:	${rfc1123z(status.startTime)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  if (object.metadata.deletionTimestamp && status.phase !== "Failed" && status.phase !== "Succeeded") {
    w.write(0, `Status:	Terminating (lasts ${since(object.metadata.deletionTimestamp, now)})
`);
    w.write(0, `Termination Grace Period:	${object.metadata.deletionGracePeriodSeconds ?? 30}s
`);
  } else {
    w.write(0, `Status:	${status.phase ?? ""}
`);
  }
  if (status.reason) w.write(0, `Reason:	${status.reason}
`);
  if (status.message) w.write(0, `Message:	${status.message}
`);
  w.write(0, `IP:	${status.podIP ?? ""}
`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) w.write(0, "IPs:	<none>\n");
  else {
    w.write(0, "IPs:\n");
    for (const ip of ips) w.write(1, `IP:	${ip.ip}
`);
  }
  const owner = controlledBy(object);
  if (owner) w.write(0, `Controlled By:	${owner}
`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:	${status.nominatedNodeName}
`);
  if (spec.initContainers?.length) describeContainers(w, "Init Containers", spec.initContainers, status.initContainerStatuses, "", pod3);
  describeContainers(w, "Containers", spec.containers ?? [], status.containerStatuses, "", pod3);
  if (spec.readinessGates?.length) {
    w.write(0, "Readiness Gates:\n  Type	Status\n");
    for (const gate of spec.readinessGates) {
      const condition4 = (status.conditions ?? []).find((c) => c.type === gate.conditionType);
      w.write(1, `${gate.conditionType} 	${condition4?.status ?? "<none>"} 
`);
    }
  }
  if (status.conditions?.length) {
    w.write(0, "Conditions:\n  Type	Status\n");
    for (const condition4 of status.conditions) w.write(1, `${condition4.type} 	${condition4.status} 
`);
  }
  describeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:	${status.qosClass ?? qosClass3(spec.containers ?? [])}
`);
  printLabelsMultiline(w, "Node-Selectors", spec.nodeSelector);
  printTolerationsMultiline(w, "Tolerations", spec.tolerations);
  describeEvents(w, events, now);
  return w.toString();
}
function qosClass3(containers) {
  let any = false;
  let guaranteed = true;
  for (const container2 of containers) {
    const limits = container2.resources?.limits ?? {};
    const requests = container2.resources?.requests ?? {};
    if (Object.keys(limits).length > 0 || Object.keys(requests).length > 0) any = true;
    for (const resource of ["cpu", "memory"]) {
      if (limits[resource] === void 0) guaranteed = false;
      else if (requests[resource] !== void 0 && String(requests[resource]) !== String(limits[resource])) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

// src/core/cluster/print/describe/describe-workloads.ts
function describePodTemplate(w, template) {
  w.write(0, "Pod Template:\n");
  if (!template) {
    w.write(1, "<unset>");
    return;
  }
  printLabelsMultiline(w, "  Labels", template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, "  Annotations", template.metadata?.annotations);
  if (template.spec?.serviceAccountName) w.write(1, `Service Account:	${template.spec.serviceAccountName}
`);
  if (template.spec?.initContainers?.length) describeContainers(w, "Init Containers", template.spec.initContainers, void 0, "  ");
  describeContainers(w, "Containers", template.spec?.containers ?? [], void 0, "  ");
  describeVolumes(w, template.spec?.volumes, "  ");
  if (template.spec?.priorityClassName) w.write(1, `Priority Class Name:	${template.spec.priorityClassName}
`);
  printLabelsMultiline(w, "  Node-Selectors", template.spec?.nodeSelector);
  printTolerationsMultiline(w, "  Tolerations", template.spec?.tolerations);
}
function podsStatus(owner, pods) {
  const owned = (pods ?? []).filter(
    (pod3) => (pod3.metadata?.ownerReferences ?? []).some((ref) => ref.controller && (ref.uid && owner.metadata.uid ? ref.uid === owner.metadata.uid : ref.name === owner.metadata.name && ref.kind === owner.kind))
  );
  const count = (phase) => owned.filter((pod3) => pod3.status?.phase === phase).length;
  return `${count("Running")} Running / ${count("Pending")} Waiting / ${count("Succeeded")} Succeeded / ${count("Failed")} Failed`;
}
function describeConditions(w, conditions) {
  if (!conditions?.length) return;
  w.write(0, "Conditions:\n  Type	Status	Reason\n");
  w.write(1, "----	------	------\n");
  for (const condition4 of conditions) w.write(1, `${condition4.type} 	${condition4.status}	${condition4.reason ?? ""}
`);
}
var withoutHash = (template) => {
  const labels2 = { ...template?.metadata?.labels ?? {} };
  delete labels2["pod-template-hash"];
  return JSON.stringify({ ...template, metadata: { ...template?.metadata, labels: labels2 } }, Object.keys(flatten(template)).sort());
};
function flatten(value, keys = {}) {
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      keys[key] = true;
      flatten(child, keys);
    }
  }
  return keys;
}
var replicaSetsText = (sets) => sets.map((rs) => `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(", ") || "<none>";
function describeDeployment(object, replicaSets, events, now) {
  const deployment2 = object;
  const spec = deployment2.spec;
  const status = deployment2.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  w.write(0, `CreationTimestamp:	${rfc1123z(object.metadata.creationTimestamp)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Selector:	${formatLabelSelector(spec?.selector)}
`);
  w.write(
    0,
    `Replicas:	${spec?.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable
`
  );
  const strategy = spec?.strategy?.type ?? "RollingUpdate";
  w.write(0, `StrategyType:	${strategy}
`);
  w.write(0, `MinReadySeconds:	${spec?.minReadySeconds ?? 0}
`);
  if (strategy === "RollingUpdate") {
    const rolling = spec?.strategy?.rollingUpdate;
    w.write(0, `RollingUpdateStrategy:	${rolling?.maxUnavailable ?? "25%"} max unavailable, ${rolling?.maxSurge ?? "25%"} max surge
`);
  }
  describePodTemplate(w, spec?.template);
  describeConditions(w, status.conditions);
  const owned = (replicaSets ?? []).filter(
    (rs) => (rs.metadata?.ownerReferences ?? []).some((ref) => ref.controller && (ref.uid && object.metadata.uid ? ref.uid === object.metadata.uid : ref.name === object.metadata.name))
  );
  if (replicaSets !== void 0) {
    const target = withoutHash(spec?.template);
    const revision = (rs) => Number(rs.metadata?.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
    const newest = owned.find((rs) => withoutHash(rs.spec?.template) === target) ?? [...owned].sort((a, b) => revision(b) - revision(a) || (b.metadata?.creationTimestamp ?? "").localeCompare(a.metadata?.creationTimestamp ?? ""))[0];
    w.write(0, `OldReplicaSets:	${replicaSetsText(owned.filter((rs) => rs !== newest))}
`);
    w.write(0, `NewReplicaSet:	${replicaSetsText(newest ? [newest] : [])}
`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
function describeReplicaSet(object, pods, events, now) {
  const rs = object;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  w.write(0, `Selector:	${formatLabelSelector(rs.spec?.selector)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  const owner = controlledBy(object);
  if (owner) w.write(0, `Controlled By:	${owner}
`);
  w.write(0, `Replicas:	${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired
`);
  w.write(0, `Pods Status:	${podsStatus(object, pods)}
`);
  describePodTemplate(w, rs.spec?.template);
  describeConditions(w, rs.status?.conditions);
  describeEvents(w, events, now);
  return w.toString();
}
function describeStatefulSet(object, pods, events, now) {
  const sts = object;
  const spec = sts.spec;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  w.write(0, `CreationTimestamp:	${rfc1123z(object.metadata.creationTimestamp)}
`);
  w.write(0, `Selector:	${formatLabelSelector(spec?.selector)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Replicas:	${spec?.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total
`);
  w.write(0, `Update Strategy:	${spec?.updateStrategy?.type ?? "RollingUpdate"}
`);
  if (spec?.updateStrategy?.rollingUpdate?.partition !== void 0) w.write(1, `Partition:	${spec.updateStrategy.rollingUpdate.partition}
`);
  w.write(0, `Pods Status:	${podsStatus(object, pods)}
`);
  describePodTemplate(w, spec?.template);
  const claims = spec?.volumeClaimTemplates ?? [];
  if (claims.length === 0) w.write(0, "Volume Claims:	<none>\n");
  else {
    w.write(0, "Volume Claims:\n");
    for (const claim of claims) {
      w.write(1, `Name:	${claim.metadata?.name ?? ""}
`);
      w.write(1, `StorageClass:	${claim.spec?.storageClassName ?? ""}
`);
      printLabelsMultiline(w, "Labels", claim.metadata?.labels, "  ");
      printLabelsMultiline(w, "Annotations", claim.metadata?.annotations, "  ");
      w.write(1, `Capacity:	${claim.spec?.resources?.requests?.storage ?? "<default>"}
`);
      w.write(1, `Access Modes:	[${(claim.spec?.accessModes ?? []).join(" ")}]
`);
    }
  }
  describeEvents(w, events, now);
  return w.toString();
}
function describeDaemonSet(object, pods, events, now) {
  const daemonSet2 = object;
  const status = daemonSet2.status;
  const w = new DescribeWriter();
  w.write(0, `Name:	${object.metadata.name}
`);
  w.write(0, `Namespace:	${object.metadata.namespace ?? ""}
`);
  w.write(0, `Selector:	${formatLabelSelector(daemonSet2.spec?.selector)}
`);
  w.write(0, `Node-Selector:	${formatLabels(daemonSet2.spec?.template?.spec?.nodeSelector)}
`);
  printLabelsMultiline(w, "Labels", object.metadata.labels);
  printAnnotationsMultiline(w, "Annotations", object.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${status?.desiredNumberScheduled ?? 0}
`);
  w.write(0, `Current Number of Nodes Scheduled: ${status?.currentNumberScheduled ?? 0}
`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${status?.updatedNumberScheduled ?? 0}
`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${status?.numberAvailable ?? 0}
`);
  w.write(0, `Number of Nodes Misscheduled: ${status?.numberMisscheduled ?? 0}
`);
  w.write(0, `Pods Status:	${podsStatus(object, pods)}
`);
  describePodTemplate(w, daemonSet2.spec?.template);
  describeEvents(w, events, now);
  return w.toString();
}

// src/core/cluster/print/describe/describe.ts
function describe(object, related, now) {
  const events = related.showEvents === false ? void 0 : eventsFor(object, related.events) ?? [];
  switch (object.kind) {
    case "Service":
      return describeService(object, slicesForService(object, related.endpointSlices), events, now);
    case "Pod":
      return describePod(object, events, now);
    case "Deployment":
      return describeDeployment(object, related.replicaSets ?? [], events, now);
    case "ReplicaSet":
      return describeReplicaSet(object, related.pods, events, now);
    case "DaemonSet":
      return describeDaemonSet(object, related.pods, events, now);
    case "StatefulSet":
      return describeStatefulSet(object, related.pods, events, now);
    case "Endpoints":
      return describeEndpoints(object, events, now);
    case "EndpointSlice":
      return describeEndpointSlice(object, events, now);
    case "Ingress":
      return describeIngress(object, related.services, related.endpointSlices, events, now);
    case "IngressClass":
      return describeIngressClass(object, events, now);
    case "Namespace":
      return describeNamespace(object, related.resourceQuotas, related.limitRanges);
    case "Node":
      return describeNode(object, related.pods, related.lease, events, now);
    case "ConfigMap":
      return describeConfigMap(object, events, now);
    case "Secret":
      return describeSecret(object);
    default:
      return describeGeneric(object, events, now);
  }
}

// src/core/cluster/print/warnings.ts
var ENDPOINTS_DEPRECATION_WARNING = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

// src/core/cluster/kubectl/commands/describe.ts
var describeCommand = {
  name: "describe",
  short: "Show details of a specific resource or group of resources",
  flags: [...FILE_FLAGS, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, { name: "show-events", type: "string", bare: "true" }],
  run: (context) => {
    const out = new Output();
    const { flags } = context;
    const scoped = scopeOf(context);
    if (!scoped.ok) return out.err(scoped.message).done(1);
    const { scope } = scoped;
    const found = flags.array("filename").length > 0 ? fromFiles(context) : fromArgs(context, scope, out);
    if (!found.ok) return out.err(found.message).done(1);
    const { objects, missing, types } = found;
    const failed = missing.length > 0;
    if (objects.length === 0) {
      if (!failed) out.err(noResourcesMessage(types, scope));
      return out.err(missing.join("")).done(failed ? 1 : 0);
    }
    const { cluster } = context.env;
    const showEvents = flags.string("show-events", "true") !== "false";
    out.out(objects.map((object) => describe(object, { ...relatedFor(cluster, object), showEvents }, cluster.clock.now())).join("\n\n"));
    return out.err(missing.join("")).done(failed ? 1 : 0);
  }
};
function fromFiles(context) {
  const live = liveFileObjects(context);
  if (!live.ok) return live;
  return { ok: true, objects: live.value.found.map((entry) => entry.object), missing: live.value.errors, types: live.value.found.map((entry) => entry.type) };
}
function fromArgs(context, scope, out) {
  const { flags } = context;
  if (flags.args.length === 0) {
    return { ok: false, message: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n' };
  }
  const parsed2 = parseResourceArgs(flags.args);
  if (!parsed2.ok) return { ok: false, message: `error: ${parsed2.message}
` };
  if (parsed2.requests.some((request) => request.type.kind === "Endpoints")) out.err(`${ENDPOINTS_DEPRECATION_WARNING}
`);
  const objects = [];
  const missing = [];
  for (const request of parsed2.requests) {
    if (request.names.length === 0) {
      objects.push(...viewObjects(context.env.cluster, request.type, scope));
      continue;
    }
    for (const name of request.names) {
      const object = findObject(context.env.cluster, request.type, context.namespace, name);
      const matches2 = object ? [object] : viewObjects(context.env.cluster, request.type, scope).filter((candidate) => candidate.metadata.name.startsWith(name));
      if (matches2.length > 0) objects.push(...matches2);
      else missing.push(notFoundMessage(request.type, name));
    }
  }
  return { ok: true, objects, missing, types: parsed2.requests.map((request) => request.type) };
}
function relatedFor(cluster, object) {
  const namespace3 = object.kind === "Node" ? void 0 : object.metadata.namespace ?? (object.kind === "Namespace" ? object.metadata.name : void 0);
  const view = (kind2, ns = namespace3) => cluster.store.view(kind2, ns);
  return {
    events: view("Event"),
    endpointSlices: view("EndpointSlice"),
    pods: view("Pod"),
    replicaSets: view("ReplicaSet"),
    services: view("Service"),
    lease: object.kind === "Node" ? cluster.store.peek("Lease", "kube-node-lease", object.metadata.name) : void 0,
    resourceQuotas: view("ResourceQuota"),
    limitRanges: view("LimitRange")
  };
}

// src/core/cluster/kubectl/pod-access.ts
function findPod(context, target) {
  const { cluster } = context.env;
  const slash = target.indexOf("/");
  const typeWord = slash === -1 ? "pods" : target.slice(0, slash);
  const name = slash === -1 ? target : target.slice(slash + 1);
  const type = typeForName(typeWord);
  if (!type) return { ok: false, message: `error: the server doesn't have a resource type "${typeWord}"
` };
  const object = findObject(cluster, type, context.namespace, name);
  if (!object) return { ok: false, message: notFoundMessage(type, name) };
  if (type.kind === "Pod") return { ok: true, pod: object };
  const selector2 = podSelector(object);
  if (!selector2) return { ok: false, message: `error: cannot attach to ${type.singular}: selector for ${type.singular} not implemented
` };
  const pods = cluster.store.view("Pod", context.namespace).filter((pod3) => matchesSelector2(selector2, pod3.metadata.labels) && !pod3.metadata.deletionTimestamp);
  if (pods.length === 0) return { ok: false, message: `error: no pods found for ${type.singular} ${name}
` };
  const running2 = pods.find((pod3) => pod3.status?.phase === "Running") ?? pods[0];
  return { ok: true, pod: structuredClone(running2) };
}
function podSelector(object) {
  const spec = object.spec ?? {};
  const raw = object.kind === "Service" || object.kind === "ReplicationController" ? spec.selector : spec.selector?.matchLabels;
  if (!raw || Object.keys(raw).length === 0) return void 0;
  return Object.entries(raw).map(([key, value]) => ({ key, op: "in", values: [value] }));
}
function isRunning(pod3) {
  return pod3?.status?.phase === "Running" && Boolean(pod3.status.podIP);
}
function waitForRunning(cluster, namespace3, name, limitSeconds = 60) {
  for (let second = 0; second <= limitSeconds; second++) {
    const pod3 = cluster.store.get("Pod", namespace3, name);
    if (!pod3) return void 0;
    if (isRunning(pod3)) return pod3;
    if (pod3.status?.phase === "Failed" || pod3.status?.phase === "Succeeded") return void 0;
    if (second < limitSeconds) advanceTime(cluster, 1e3);
  }
  return void 0;
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/zsh", "/usr/bin/bash"]);

// src/core/cluster/kubectl/commands/exec.ts
var USAGE = "error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\nPOD or TYPE/NAME is a required argument for the exec command\nSee 'kubectl exec -h' for help and examples\n";
var execCommand = {
  name: "exec",
  short: "Execute a command in a container",
  flags: [
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "container", short: "c", type: "string" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "pod-running-timeout", type: "string" },
    { name: "filename", short: "f", type: "array" }
  ],
  run: (context) => {
    const out = new Output();
    const { flags } = context;
    const before = flags.dashAt === -1 ? flags.args : flags.args.slice(0, flags.dashAt);
    const command = flags.dashAt === -1 ? [] : flags.args.slice(flags.dashAt);
    if (before.length === 0) return out.err(USAGE).done(1);
    if (before.length > 1) {
      return out.err("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n").done(1);
    }
    if (command.length === 0) return out.err("error: you must specify at least one command for the container\n").done(1);
    const found = findPod(context, before[0]);
    if (!found.ok) return out.err(found.message).done(1);
    const pod3 = found.pod;
    const containers = pod3.spec?.containers ?? [];
    const containerName = flags.string("container") || containers[0]?.name || "";
    if (!containers.some((container2) => container2.name === containerName)) {
      return out.err(`Error from server (BadRequest): container ${containerName} is not valid for pod ${pod3.metadata.name}
`).done(1);
    }
    if (!isRunning(pod3)) {
      const phase = pod3.status?.phase ?? "Pending";
      if (phase === "Succeeded" || phase === "Failed") return out.err(`error: cannot exec into a container in a completed pod; current phase is ${phase}
`).done(1);
      return out.err(`error: unable to upgrade connection: container not found ("${containerName}")
`).done(1);
    }
    const vantage = { kind: "pod", namespace: pod3.metadata.namespace ?? context.namespace, pod: pod3.metadata.name };
    if (command.length === 1 && SHELLS.has(command[0]) && flags.bool("stdin") && (flags.bool("tty") || context.env.stdin === void 0)) {
      const probe4 = context.env.runInPod(vantage, ["command", "-v", command[0]]);
      if (probe4.exitCode !== 0) return out.append(probe4).done(1);
      out.enter = { vantage };
      return out.done(0);
    }
    const result = context.env.runInPod(vantage, command, context.env.stdin);
    out.append(result);
    if (result.trace) out.trace = result.trace;
    if (result.execFailed) return out.done(1);
    if (result.exitCode !== 0) out.err(`command terminated with exit code ${result.exitCode}
`);
    return out.done(result.exitCode);
  }
};

// src/core/cluster/kubectl/commands/expose.ts
var EXPOSABLE = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "Pod", "Service", "ReplicationController"]);
var exposeCommand = {
  name: "expose",
  short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  flags: [
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    ...FILE_FLAGS,
    ...longFlags("string", "port", "target-port", "protocol", "type", "name", "cluster-ip", "external-ip", "load-balancer-ip", "session-affinity", "selector", "overrides"),
    { name: "labels", short: "l", type: "string" },
    { name: "save-config", type: "bool" }
  ],
  run: runExpose
};
function parseMap(text) {
  const out = {};
  for (const pair of text.split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return void 0;
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
function runExpose(context) {
  const out = new Output();
  const { flags } = context;
  const dryRun = parseDryRun(flags.has("dry-run") ? flags.string("dry-run") : void 0);
  if (!dryRun.ok) return out.err(`error: ${dryRun.message}
`).done(1);
  const format = flags.string("output");
  if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
  const affinity = flags.string("session-affinity");
  if (affinity && affinity !== "None" && affinity !== "ClientIP") return out.err(`error: unknown session affinity: ${affinity}
`).done(1);
  if (flags.args.length === 0 && flags.array("filename").length === 0) return out.err(NO_RESOURCES_GIVEN).done(1);
  const resolved = resolveTargets(context, flags.args, false);
  if (!resolved.ok) return out.err(resolved.message).done(1);
  if (resolved.errors.length > 0) return out.err(resolved.errors.join("")).done(1);
  let failed = false;
  for (const { type, object } of resolved.targets) {
    if (!EXPOSABLE.has(type.kind)) {
      out.err(`error: cannot expose a ${type.kind}
`);
      failed = true;
      continue;
    }
    const built = serviceFor(context, object);
    if (typeof built === "string") {
      out.err(built);
      failed = true;
      continue;
    }
    if (dryRun.mode === "client") {
      if (!context.namespaceGiven) delete built.metadata.namespace;
      printMutation(out, built, "exposed", format, "client");
      continue;
    }
    const result = createObject(context.env.cluster, built, { dryRun: dryRun.mode === "server" });
    for (const warning of result.warnings) out.err(`Warning: ${warning}
`);
    if (!result.ok) {
      out.err(renderApiError(result.error));
      failed = true;
      continue;
    }
    printMutation(out, result.value, "exposed", format, dryRun.mode);
  }
  return out.done(failed ? 1 : 0);
}
function selectorOf(object) {
  const spec = object.spec ?? {};
  if (object.kind === "Pod") return object.metadata.labels;
  if (object.kind === "Service" || object.kind === "ReplicationController") return spec.selector;
  const selector2 = spec.selector;
  return selector2?.matchLabels;
}
function containersOf(object) {
  const spec = object.spec ?? {};
  if (object.kind === "Pod") return spec.containers ?? [];
  const template = spec.template;
  return template?.spec?.containers ?? [];
}
function introspectPorts(object) {
  if (object.kind === "Service") {
    const ports = object.spec?.ports ?? [];
    return ports.map((port) => ({ port: port.port, protocol: port.protocol ?? "TCP" }));
  }
  return containersOf(object).flatMap((container2) => (container2.ports ?? []).map((port) => ({ port: port.containerPort, protocol: port.protocol ?? "TCP" })));
}
function serviceFor(context, object) {
  const { flags } = context;
  const selector2 = flags.string("selector") ? parseMap(flags.string("selector")) : selectorOf(object);
  if (!selector2 || Object.keys(selector2).length === 0) {
    return `error: couldn't retrieve selectors via --selector flag or introspection: the ${object.kind.toLowerCase()} has no labels and cannot be exposed
`;
  }
  const protocol = flags.string("protocol");
  const targetText = flags.string("target-port");
  let ports;
  if (flags.string("port")) {
    const portNumbers = flags.string("port").split(",");
    if (portNumbers.some((text) => !/^\d+$/.test(text))) return `error: strconv.Atoi: parsing "${portNumbers.find((text) => !/^\d+$/.test(text))}": invalid syntax
`;
    ports = portNumbers.map((text, index2) => portFor(Number(text), protocol || "TCP", targetText, portNumbers.length > 1 ? `port-${index2 + 1}` : void 0));
  } else {
    const found = introspectPorts(object);
    if (found.length === 0) return "error: couldn't find port via --port flag or introspection\n";
    ports = found.map((port, index2) => portFor(port.port, protocol || port.protocol, targetText, found.length > 1 ? `port-${index2 + 1}` : void 0));
  }
  const labels2 = flags.string("labels") ? parseMap(flags.string("labels")) : object.metadata.labels;
  const externalIP = flags.string("external-ip");
  return buildService({
    name: flags.string("name") || object.metadata.name,
    namespace: context.namespace,
    labels: labels2 ?? void 0,
    type: flags.string("type") || void 0,
    ports,
    selector: selector2,
    clusterIP: flags.string("cluster-ip") || void 0,
    externalIPs: externalIP ? externalIP.split(",") : void 0,
    sessionAffinity: flags.string("session-affinity") || void 0,
    loadBalancerIP: flags.string("load-balancer-ip") || void 0
  });
}
function portFor(port, protocol, targetText, name) {
  const targetPort = targetText ? /^\d+$/.test(targetText) ? Number(targetText) : targetText : port;
  return { name, protocol, port, targetPort };
}

// src/core/cluster/print/print-table.ts
function printTable(resource, objects, options) {
  return tabWriter(tableRows(resource, objects, options));
}
function tableRows(resource, objects, options) {
  if (objects.length === 0) return [];
  const type = typeof resource === "string" ? typeForKind(resource) : resource;
  const kind2 = typeof resource === "string" ? resource : resource.kind;
  const printer = printerFor(kind2);
  const wide = options.wide ?? false;
  const withNamespace = (options.allNamespaces ?? false) && (type?.namespaced ?? true);
  const labelColumns = options.labelColumns ?? [];
  const prefix = options.withKind ? `${type ? qualifiedSingular(type) : kind2.toLowerCase()}/` : "";
  const headers = [
    ...withNamespace ? ["NAMESPACE"] : [],
    ...printer.headers,
    ...wide ? printer.wideHeaders : [],
    ...labelColumns.map((key) => (key.split("/").pop() ?? key).toUpperCase()),
    ...options.showLabels ? ["LABELS"] : []
  ];
  const rows = objects.map((object) => {
    const cells = printer.row(object, { now: options.now, wide });
    if (prefix && kind2 !== "Event") cells[0] = prefix + cells[0];
    return [
      ...withNamespace ? [object.metadata.namespace ?? ""] : [],
      ...cells,
      ...labelColumns.map((key) => object.metadata.labels?.[key] ?? ""),
      ...options.showLabels ? [formatLabels(object.metadata.labels)] : []
    ];
  });
  return options.noHeaders ? rows : [headers, ...rows];
}
function printGetAll(groups, options) {
  return groups.filter((group) => group.objects.length > 0).map((group) => printTable(group.resource, group.objects, { ...options, withKind: true })).join("\n");
}

// src/core/cluster/print/jsonpath.ts
var ParseError = class extends Error {
};
var ExecError = class extends Error {
};
function jsonPath(template, data, options = {}) {
  let nodes;
  try {
    nodes = parseTemplate(template);
  } catch (error) {
    return { ok: false, error: `error: error parsing jsonpath ${template}, ${error.message}
` };
  }
  try {
    const text = execute(nodes, data, data, options.allowMissingKeys ?? true);
    return { ok: true, text };
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    return {
      ok: false,
      error: `error: error executing jsonpath ${goQuote2(template)}: Error executing template: ${error.message}. Printing more information for debugging the template:
	template was:
		${template}
	object given to jsonpath engine was:
		${goSyntax(data)}


`
    };
  }
}
function findResults(template, data) {
  try {
    const values = [];
    const walk3 = (nodes, current) => {
      for (const node of nodes) {
        if (node.type === "path") values.push(...evaluate(node.steps, data, current, true));
        else if (node.type === "range") for (const item of evaluate(node.steps, data, current, true)) walk3(node.body, item);
      }
    };
    walk3(parseTemplate(template), data);
    return { ok: true, values };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}
function relaxedJsonPath(expression) {
  if (expression === "") return expression;
  const match = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!match) return void 0;
  return `{.${match[1] ?? match[2]}}`;
}
function goValueText(value) {
  if (value === null || value === void 0) return "<nil>";
  if (Array.isArray(value)) return `[${value.map(goValueText).join(" ")}]`;
  if (isRecord(value)) return `map[${Object.keys(value).sort().map((key) => `${key}:${goValueText(value[key])}`).join(" ")}]`;
  return String(value);
}
function parseTemplate(template) {
  const root = [];
  const stack = [{ body: root }];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open === -1) {
      stack[stack.length - 1].body.push({ type: "text", text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1].body.push({ type: "text", text: template.slice(i, open) });
    const close = findClose(template, open + 1);
    if (close === -1) throw new ParseError("unclosed action");
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (action === "end") {
      if (stack.length === 1) throw new ParseError("not in range, nothing to end");
      stack.pop();
      continue;
    }
    if (action.startsWith("range ") || action === "range") {
      const node = { type: "range", steps: parsePath(action.slice(5).trim()), body: [] };
      stack[stack.length - 1].body.push(node);
      stack.push(node);
      continue;
    }
    for (const item of splitAction(action)) stack[stack.length - 1].body.push(item);
  }
  return root;
}
function findClose(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, i);
      if (end === -1) throw new ParseError("unterminated quoted string");
      i = end;
    } else if (ch === "[" || ch === "(") depth++;
    else if (ch === "]" || ch === ")") depth--;
    else if (ch === "}" && depth <= 0) return i;
  }
  return -1;
}
function skipQuoted(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
function splitAction(action) {
  const nodes = [];
  let i = 0;
  while (i < action.length) {
    const ch = action[i];
    if (ch === " " || ch === "	") {
      i++;
    } else if (ch === '"' || ch === "'") {
      const end = skipQuoted(action, i);
      if (end === -1) throw new ParseError("unterminated quoted string");
      nodes.push({ type: "literal", value: unquote(action.slice(i, end + 1)) });
      i = end + 1;
    } else {
      let end = i;
      let depth = 0;
      while (end < action.length && (depth > 0 || action[end] !== " " && action[end] !== '"' && action[end] !== "'")) {
        if (action[end] === "[") depth++;
        else if (action[end] === "]") depth--;
        else if ((action[end] === '"' || action[end] === "'") && depth > 0) end = skipQuoted(action, end);
        end++;
      }
      const steps = parsePath(action.slice(i, end));
      const previous = nodes[nodes.length - 1];
      if (previous?.type === "path" && steps[0]?.type !== "root" && steps[0]?.type !== "current") previous.steps.push(...steps);
      else nodes.push({ type: "path", steps });
      i = end;
    }
  }
  return nodes;
}
function unquote(quoted) {
  const body = quoted.slice(1, -1);
  return body.replace(
    /\\(.)/g,
    (_match, ch) => ch === "n" ? "\n" : ch === "t" ? "	" : ch === "r" ? "\r" : ch === "0" ? "\0" : ch
  );
}
function parsePath(path) {
  const steps = [];
  let i = 0;
  if (path.startsWith("$")) {
    steps.push({ type: "root" });
    i = 1;
  } else if (path.startsWith("@")) {
    steps.push({ type: "current" });
    i = 1;
  }
  while (i < path.length) {
    const ch = path[i];
    if (path.startsWith("..", i)) {
      const match = /^[^.[\]]+/.exec(path.slice(i + 2));
      if (!match) throw new ParseError(`unrecognized character in action: ${describeChar(path[i + 2] ?? "")}`);
      steps.push({ type: "recursive", name: match[0] });
      i += 2 + match[0].length;
    } else if (ch === ".") {
      const match = /^(?:\\.|[^.[\]\\])*/.exec(path.slice(i + 1));
      const name = match[0].replace(/\\\./g, ".");
      if (name === "*") steps.push({ type: "wildcard" });
      else if (name !== "") steps.push({ type: "field", name });
      i += 1 + match[0].length;
    } else if (ch === "[") {
      const close = matchingBracket(path, i);
      if (close === -1) throw new ParseError("unterminated array");
      steps.push(parseBracket(path.slice(i + 1, close).trim()));
      i = close + 1;
    } else if (/[A-Za-z_]/.test(ch) && steps.length === 0) {
      const match = /^[^.[\]]+/.exec(path.slice(i));
      steps.push({ type: "field", name: match[0] });
      i += match[0].length;
    } else {
      throw new ParseError(`unrecognized character in action: ${describeChar(ch)}`);
    }
  }
  return steps;
}
function describeChar(ch) {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} '${ch}'`;
}
function matchingBracket(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"' || text[i] === "'") {
      i = skipQuoted(text, i);
      if (i === -1) return -1;
    } else if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i;
  }
  return -1;
}
function parseBracket(inner) {
  if (inner === "*") return { type: "wildcard" };
  if (inner.startsWith("?")) {
    const match = /^\?\s*\((.*)\)$/s.exec(inner);
    if (!match) throw new ParseError("unterminated filter");
    return parseFilter(match[1].trim());
  }
  if (/^'.*'$|^".*"$/s.test(inner)) return { type: "field", name: unquote(inner) };
  const parts = inner.split(":");
  if (parts.length > 3 || parts.some((part) => part.trim() !== "" && !/^-?\d+$/.test(part.trim()))) {
    throw new ParseError(`invalid array index ${inner}`);
  }
  const value = (part) => part === void 0 || part.trim() === "" ? void 0 : Number(part);
  if (parts.length === 1) return { type: "slice", start: value(parts[0]), index: true };
  return { type: "slice", start: value(parts[0]), end: value(parts[1]), step: value(parts[2]), index: false };
}
function parseFilter(expression) {
  const match = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/s.exec(expression);
  if (!match) return { type: "filter", left: parsePath(expression) };
  return { type: "filter", left: parsePath(match[1].trim()), op: match[2], right: parseOperand(match[3].trim()) };
}
function parseOperand(text) {
  if (/^'.*'$|^".*"$/s.test(text)) return { kind: "literal", value: unquote(text) };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: "literal", value: Number(text) };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  return { kind: "path", steps: parsePath(text) };
}
function execute(nodes, root, current, allowMissing) {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "literal") out += node.value;
    else if (node.type === "path") out += printResults(evaluate(node.steps, root, current, allowMissing));
    else {
      let items = evaluate(node.steps, root, current, allowMissing);
      if (items.length === 1 && Array.isArray(items[0])) items = items[0];
      for (const item of items) out += execute(node.body, root, item, allowMissing);
    }
  }
  return out;
}
function evaluate(steps, root, current, allowMissing) {
  let values = [current];
  for (const step of steps) {
    const next = [];
    if (step.type === "root") {
      values = [root];
      continue;
    }
    if (step.type === "current") continue;
    for (const value of values) {
      switch (step.type) {
        case "field":
          if (isRecord(value) && step.name in value) next.push(value[step.name]);
          break;
        case "wildcard":
          if (Array.isArray(value)) next.push(...value);
          else if (isRecord(value)) next.push(...Object.keys(value).sort().map((key) => value[key]));
          break;
        case "recursive":
          collect2(value, step.name, next);
          break;
        case "slice":
          if (Array.isArray(value)) next.push(...slice(value, step));
          break;
        case "filter":
          if (Array.isArray(value)) next.push(...value.filter((item) => matches(step, root, item, allowMissing)));
          break;
      }
    }
    if (next.length === 0 && step.type === "field" && !allowMissing) throw new ExecError(`${step.name} is not found`);
    values = next;
  }
  return values;
}
function slice(list2, step) {
  const length = list2.length;
  let start = step.start ?? 0;
  if (start < 0) start += length;
  if (step.index) {
    if (start >= length || start < 0) throw new ExecError(`array index out of bounds: index ${start}, length ${length}`);
    return [list2[start]];
  }
  let end = step.end ?? length;
  if (end < 0) end += length;
  if (end === start) return [];
  if (start >= length || start < 0) throw new ExecError(`array index out of bounds: index ${start}, length ${length}`);
  if (end > length || end < 0) throw new ExecError(`array index out of bounds: index ${end - 1}, length ${length}`);
  if (start > end) throw new ExecError(`starting index ${start} is greater than ending index ${end}`);
  const stride = step.step && step.step > 0 ? step.step : 1;
  const out = [];
  for (let i = start; i < end; i += stride) out.push(list2[i]);
  return out;
}
function matches(step, root, item, allowMissing) {
  const left = evaluate(step.left, root, item, true);
  if (!step.op || !step.right) return left.length > 0 && left[0] !== null && left[0] !== false;
  const right = step.right.kind === "literal" ? [step.right.value] : evaluate(step.right.steps, root, item, allowMissing);
  if (left.length === 0 || right.length === 0) return false;
  const a = left[0];
  const b = right[0];
  switch (step.op) {
    case "==":
      return a === b || String(a) === String(b);
    case "!=":
      return !(a === b || String(a) === String(b));
    case "<":
      return Number(a) < Number(b);
    case ">":
      return Number(a) > Number(b);
    case "<=":
      return Number(a) <= Number(b);
    default:
      return Number(a) >= Number(b);
  }
}
function collect2(value, name, out) {
  if (Array.isArray(value)) {
    for (const item of value) collect2(item, name, out);
  } else if (isRecord(value)) {
    if (name in value) out.push(value[name]);
    for (const key of Object.keys(value).sort()) collect2(value[key], name, out);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function printResults(values) {
  return values.map((value) => typeof value === "object" && value !== null ? compactJson(value) : scalarText(value)).join(" ");
}
function scalarText(value) {
  if (value === null || value === void 0) return "<nil>";
  return String(value);
}
function compactJson(value) {
  return JSON.stringify(sortKeys2(value)).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function sortKeys2(value) {
  if (Array.isArray(value)) return value.map(sortKeys2);
  if (isRecord(value)) {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys2(value[key]);
    return out;
  }
  return value;
}
function goQuote2(text) {
  return JSON.stringify(text);
}
function goSyntax(value) {
  if (value === null || value === void 0) return "interface {}(nil)";
  if (Array.isArray(value)) return `[]interface {}{${value.map(goSyntax).join(", ")}}`;
  if (isRecord(value)) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${goSyntax(value[key])}`);
    return `map[string]interface {}{${entries.join(", ")}}`;
  }
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

// src/core/cluster/print/custom-columns.ts
function printCustomColumns(objects, spec, options = {}) {
  if (spec === "") return { ok: false, error: "error: custom-columns format specified but no custom columns given\n" };
  const columns2 = [];
  for (const part of spec.split(",")) {
    const colon = part.indexOf(":");
    if (colon === -1) return { ok: false, error: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>
` };
    const path = relaxedJsonPath(part.slice(colon + 1));
    if (path === void 0) {
      return { ok: false, error: "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n" };
    }
    columns2.push({ header: part.slice(0, colon), path });
  }
  const rows = options.noHeaders ? [] : [columns2.map((column) => column.header)];
  for (const object of objects) {
    const row = [];
    for (const column of columns2) {
      const found = findResults(column.path, object);
      if (!found.ok) return { ok: false, error: `error: ${found.error}
` };
      row.push(found.values.length === 0 ? "<none>" : found.values.map(goValueText).join(","));
    }
    rows.push(row);
  }
  return { ok: true, text: tabWriter(rows) };
}

// src/core/cluster/print/sort-by.ts
var QUANTITY2 = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;
function sortObjects(objects, field2) {
  const path = relaxedJsonPath(field2);
  if (path === void 0) {
    return { ok: false, error: "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n" };
  }
  const keyed = [];
  for (const object of objects) {
    const found = findResults(path, object);
    if (!found.ok) return { ok: false, error: `error: ${found.error}
` };
    keyed.push({ object, key: found.values[0] });
  }
  if (keyed.length > 1 && keyed.every((entry) => entry.key === void 0)) {
    return { ok: false, error: `error: couldn't find any field with path "${path}" in the list of objects
` };
  }
  keyed.sort((a, b) => compareValues(a.key, b.key));
  return { ok: true, objects: keyed.map((entry) => entry.object) };
}
function compareValues(a, b) {
  if (a === void 0) return b === void 0 ? 0 : -1;
  if (b === void 0) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    if (QUANTITY2.test(a) && QUANTITY2.test(b)) return parseQuantity(a).value - parseQuantity(b).value;
    return byteCompare(a, b);
  }
  return byteCompare(JSON.stringify(a) ?? "", JSON.stringify(b) ?? "");
}
function byteCompare(left, right) {
  return left < right ? -1 : left > right ? 1 : 0;
}

// src/core/cluster/print/render-get.ts
var ALLOWED_FORMATS = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";
var PRINTED = /* @__PURE__ */ new Set(["", "wide", "yaml", "json", "name", "jsonpath", "custom-columns"]);
var UNSIMULATED = /* @__PURE__ */ new Set(["go-template", "go-template-file", "template", "templatefile", "jsonpath-file", "jsonpath-as-json", "custom-columns-file"]);
function renderGet(request) {
  let groups = request.groups;
  if (request.sortBy) {
    const sorted = [];
    for (const group of groups) {
      const result = sortObjects(group.objects, request.sortBy);
      if (!result.ok) return result;
      sorted.push({ resource: group.resource, objects: result.objects });
    }
    groups = sorted;
  }
  const objects = groups.flatMap((group) => group.objects);
  const output = request.output ?? "";
  const [format, ...rest] = output.split("=");
  const argument = rest.join("=");
  switch (format) {
    case "":
    case "wide": {
      const options = { ...request, wide: format === "wide" };
      const nonEmpty = groups.filter((group) => group.objects.length > 0);
      if (groups.length > 1 || request.withKind) return { ok: true, text: printGetAll(nonEmpty, options) };
      return { ok: true, text: nonEmpty.length === 0 ? "" : printTable(nonEmpty[0].resource, nonEmpty[0].objects, options) };
    }
    case "yaml":
    case "json":
    case "name":
      return { ok: true, text: printObjects(objects, format, { list: request.list }) };
    case "jsonpath": {
      if (argument === "") return { ok: false, error: "error: template format specified but no template given\n" };
      const result = jsonPath(argument, printableData(objects, { list: request.list }));
      return result.ok ? { ok: true, text: result.text } : result;
    }
    case "custom-columns":
      return printCustomColumns(objects, argument, { noHeaders: request.noHeaders });
    default:
      return { ok: false, error: outputFormatError(output) ?? "" };
  }
}
function outputFormatError(output) {
  const format = output.split("=")[0];
  if (PRINTED.has(format)) return void 0;
  if (UNSIMULATED.has(format)) return `error: the "${format}" output format is not available in this simulated kubectl; try -o jsonpath or -o custom-columns
`;
  return `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED_FORMATS}
`;
}

// src/core/cluster/kubectl/commands/get.ts
var WATCH_LIMIT_SECONDS = 60;
var NO_TYPE = `error: You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`;
var getCommand = {
  name: "get",
  short: "Display one or many resources",
  flags: [
    OUTPUT_FLAG,
    SELECTOR_FLAG,
    ALL_NAMESPACES_FLAG,
    ...FILE_FLAGS,
    ...longFlags("bool", "show-labels", "watch-only", "no-headers", "show-kind", "ignore-not-found"),
    { name: "label-columns", short: "L", type: "array" },
    { name: "watch", short: "w", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "chunk-size", type: "int" }
  ],
  run: runGet
};
function runGet(context) {
  const out = new Output();
  const { flags } = context;
  const format = flags.string("output");
  const formatError = outputFormatError(format);
  if (formatError) return out.err(formatError).done(1);
  const scoped = scopeOf(context);
  if (!scoped.ok) return out.err(scoped.message).done(1);
  const { scope } = scoped;
  let found;
  const missing = [];
  if (flags.array("filename").length > 0) {
    const fromFiles2 = objectsFromFiles(context, missing);
    if (!fromFiles2) return out.err(missing.join("")).done(1);
    found = fromFiles2;
  } else {
    if (flags.args.length === 0) return out.err(NO_TYPE).done(1);
    const parsed2 = parseResourceArgs(flags.args);
    if (!parsed2.ok) return out.err(`error: ${parsed2.message}
`).done(1);
    if (parsed2.requests.some((request) => request.type.kind === "Endpoints")) out.err(`${ENDPOINTS_DEPRECATION_WARNING}
`);
    found = parsed2.requests.map((request) => collect3(context, request, scope, missing));
  }
  const exitCode = missing.length > 0 ? 1 : 0;
  const total = found.reduce((sum, group) => sum + group.objects.length, 0);
  const listed = found.every((group) => group.listed);
  if (total === 0) {
    if (listed && (format === "yaml" || format === "json")) out.out(printObjects([], format, { list: true }));
    else if (listed && exitCode === 0) out.err(noResourcesMessage(found.map((group) => group.type), scope));
    return out.err(missing.join("")).done(exitCode);
  }
  const options = {
    now: context.env.cluster.clock.now(),
    showLabels: flags.bool("show-labels"),
    allNamespaces: scope.allNamespaces,
    noHeaders: flags.bool("no-headers"),
    labelColumns: flags.array("label-columns"),
    withKind: found.length > 1 || flags.bool("show-kind")
  };
  const groups = found.map((group) => ({ resource: group.type, objects: group.objects }));
  const rendered = renderGet({ ...options, output: format, groups, list: listed || total !== 1, sortBy: flags.string("sort-by") || void 0 });
  if (!rendered.ok) return out.err(rendered.error).done(1);
  if (!flags.bool("watch-only")) out.out(rendered.text);
  if (flags.bool("watch") || flags.bool("watch-only")) watch(context, found, scope, { ...options, wide: format === "wide" }, out);
  return out.err(missing.join("")).done(exitCode);
}
function collect3(context, request, scope, missing) {
  const { cluster } = context.env;
  if (request.names.length === 0) return { type: request.type, objects: viewObjects(cluster, request.type, scope), listed: true };
  const objects = [];
  for (const name of request.names) {
    const object = findObject(cluster, request.type, context.namespace, name);
    if (object) objects.push(object);
    else if (!context.flags.bool("ignore-not-found")) missing.push(notFoundMessage(request.type, name));
  }
  return { type: request.type, objects, listed: false };
}
function objectsFromFiles(context, missing) {
  const live = liveFileObjects(context);
  if (!live.ok) {
    missing.push(live.message);
    return void 0;
  }
  missing.push(...live.value.errors);
  return live.value.found.map(({ type, object }) => ({ type, objects: [object], listed: false }));
}
function snapshot(context, found, scope, options) {
  const rows = /* @__PURE__ */ new Map();
  for (const group of found) {
    const objects = group.listed ? viewObjects(context.env.cluster, group.type, scope) : group.objects.map((object) => findObject(context.env.cluster, group.type, object.metadata.namespace ?? "", object.metadata.name)).filter((object) => Boolean(object));
    const cells = tableRows(group.type, objects, { ...options, now: context.env.cluster.clock.now(), noHeaders: true });
    objects.forEach((object, index2) => {
      rows.set(`${group.type.kind}/${object.metadata.namespace ?? ""}/${object.metadata.name}`, { version: object.metadata.resourceVersion ?? "", row: cells[index2] });
    });
  }
  return rows;
}
function pending(row) {
  return row.some((cell) => /<pending>|Pending|ContainerCreating|PodInitializing|Terminating|Init:/.test(cell) || isPartlyReady(cell));
}
function isPartlyReady(cell) {
  const match = /^(\d+)\/(\d+)$/.exec(cell);
  return Boolean(match && match[1] !== match[2]);
}
function watch(context, found, scope, options, out) {
  let previous = snapshot(context, found, scope, options);
  for (let second = 0; second < WATCH_LIMIT_SECONDS; second++) {
    if (![...previous.values()].some((entry) => pending(entry.row))) return;
    advanceTime(context.env.cluster, 1e3);
    const current = snapshot(context, found, scope, options);
    for (const [key, entry] of current) {
      if (previous.get(key)?.version !== entry.version) out.out(tabWriter([entry.row]));
    }
    previous = current;
  }
}

// src/core/cluster/kubectl/commands/info.ts
var CONTEXT = "kind-kind";
var API_SERVER_URL = "https://127.0.0.1:6443";
var versionCommand = {
  name: "version",
  short: "Print the client and server version information",
  flags: [{ name: "client", type: "bool" }, OUTPUT_FLAG],
  run: (context) => {
    const lines2 = [`Client Version: ${KUBERNETES_VERSION}`, "Kustomize Version: v5.7.1"];
    if (!context.flags.bool("client")) lines2.push(`Server Version: ${KUBERNETES_VERSION}`);
    return new Output().out(lines2.join("\n") + "\n").done(0);
  }
};
var clusterInfoCommand = {
  name: "cluster-info",
  short: "Display cluster information",
  flags: [],
  run: () => new Output().out(
    `Kubernetes control plane is running at ${API_SERVER_URL}
CoreDNS is running at ${API_SERVER_URL}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy

To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
`
  ).done(0)
};
var apiResourcesCommand = {
  name: "api-resources",
  short: "Print the supported API resources on the server",
  flags: [{ name: "namespaced", type: "string", bare: "true" }, { name: "api-group", type: "string" }, OUTPUT_FLAG, { name: "no-headers", type: "bool" }],
  run: (context) => {
    const { flags } = context;
    const types = [...RESOURCE_TYPES].filter((type) => !flags.has("namespaced") || String(type.namespaced) === flags.string("namespaced")).filter((type) => !flags.has("api-group") || type.group === flags.string("api-group")).sort((a, b) => a.group === b.group ? a.resource.localeCompare(b.resource) : a.group === "" ? -1 : b.group === "" ? 1 : a.group.localeCompare(b.group));
    if (flags.string("output") === "name") {
      return new Output().out(types.map((type) => (type.group ? `${type.resource}.${type.group}` : type.resource) + "\n").join("")).done(0);
    }
    const rows = types.map((type) => [type.resource, type.shortNames.join(","), apiVersionOf(type), String(type.namespaced), type.kind]);
    const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
    return new Output().out(tabWriter(flags.bool("no-headers") ? rows : [header, ...rows])).done(0);
  }
};
var currentContext = {
  name: "current-context",
  short: "Display the current-context",
  flags: [],
  run: () => new Output().out(`${CONTEXT}
`).done(0)
};
var getContexts = {
  name: "get-contexts",
  short: "Describe one or many contexts",
  flags: [OUTPUT_FLAG, { name: "no-headers", type: "bool" }],
  run: (context) => {
    const namespace3 = context.env.kubeconfig?.namespace ?? "";
    if (context.flags.string("output") === "name") return new Output().out(`${CONTEXT}
`).done(0);
    const rows = [["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ["*", CONTEXT, CONTEXT, CONTEXT, namespace3 === "default" ? "" : namespace3]];
    return new Output().out(tabWriter(rows)).done(0);
  }
};
var useContext = {
  name: "use-context",
  short: "Set the current-context in a kubeconfig file",
  flags: [],
  run: (context) => {
    const name = context.flags.args[0] ?? "";
    if (name !== CONTEXT) return new Output().err(`error: no context exists with the name: "${name}"
`).done(1);
    return new Output().out(`Switched to context "${CONTEXT}".
`).done(0);
  }
};
var setContext = {
  name: "set-context",
  short: "Set a context entry in kubeconfig",
  flags: [{ name: "current", type: "bool" }, { name: "cluster", type: "string" }, { name: "user", type: "string" }],
  run: (context) => {
    const out = new Output();
    const name = context.flags.bool("current") ? CONTEXT : context.flags.args[0];
    if (!name) return out.err("error: you must specify a non-empty context name or --current\n").done(1);
    if (name !== CONTEXT) return out.err(`error: the kubetutor sandbox has one context, "${CONTEXT}"
`).done(1);
    if (context.namespaceGiven && context.env.kubeconfig) context.env.kubeconfig.namespace = context.namespace;
    return out.out(`Context "${CONTEXT}" modified.
`).done(0);
  }
};
var configCommand = {
  name: "config",
  short: "Modify kubeconfig files",
  flags: [],
  run: (context) => new Output().err(`error: unknown command "${context.flags.args[0] ?? ""}" for "kubectl config"
`).done(1),
  subcommands: [currentContext, getContexts, useContext, setContext]
};

// src/core/cluster/kubectl/commands/label.ts
var labelCommand = {
  name: "label",
  short: "Update the labels on a resource",
  flags: [...FILE_FLAGS, { name: "overwrite", type: "bool" }, { name: "all", type: "bool" }, { name: "list", type: "bool" }, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG],
  run: (context) => {
    const out = new Output();
    const args = context.flags.args;
    const resourceArgs = args.filter((arg) => !isLabelArg(arg));
    const labelArgs = args.filter(isLabelArg);
    const changes = parseLabelArgs(labelArgs);
    if (typeof changes === "string") return out.err(`error: ${changes}
`).done(1);
    if (!context.flags.bool("list") && labelArgs.length === 0) return out.err("error: at least one label update is required\n").done(1);
    const resolved = resolveTargets(context, resourceArgs, true);
    if (!resolved.ok) return out.err(resolved.message).done(1);
    let failed = false;
    for (const { type, object } of resolved.targets) {
      const label = `${qualifiedSingular(type)}/${object.metadata.name}`;
      const labels2 = { ...object.metadata.labels ?? {} };
      if (context.flags.bool("list")) {
        for (const key of Object.keys(labels2).sort()) out.out(`${key}=${labels2[key]}
`);
        continue;
      }
      if (!context.flags.bool("overwrite")) {
        const clash = Object.keys(changes.set).find((key) => key in labels2);
        if (clash) {
          out.err(`error: '${clash}' already has a value (${labels2[clash]}), and --overwrite is false
`);
          failed = true;
          continue;
        }
      }
      let changed = false;
      for (const [key, value] of Object.entries(changes.set)) {
        if (labels2[key] !== value) changed = true;
        labels2[key] = value;
      }
      for (const key of changes.remove) {
        if (key in labels2) {
          delete labels2[key];
          changed = true;
        } else out.out(`label "${key}" not found.
`);
      }
      if (!changed) {
        out.out(`${label} not labeled
`);
        continue;
      }
      const dryRun = context.flags.has("dry-run") && context.flags.string("dry-run") !== "none";
      const refused = dryRun ? void 0 : storeMetadataMap(context.env.cluster, object, "labels", labels2);
      if (refused) {
        out.err(refused);
        failed = true;
        continue;
      }
      const shrank = JSON.stringify(labels2).length < JSON.stringify(object.metadata.labels ?? {}).length;
      const verb = !context.flags.bool("overwrite") && shrank ? "unlabeled" : "labeled";
      out.out(`${label} ${verb}${dryRun ? " (dry run)" : ""}
`);
    }
    for (const error of resolved.errors) out.err(error);
    return out.done(failed || resolved.errors.length > 0 ? 1 : 0);
  }
};
function isLabelArg(arg) {
  return arg.includes("=") || arg.endsWith("-") && !arg.includes("/");
}
var KEY2 = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
var VALUE2 = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function parseLabelArgs(args) {
  const changes = { set: {}, remove: [] };
  for (const arg of args) {
    if (arg.endsWith("-") && !arg.includes("=")) {
      changes.remove.push(arg.slice(0, -1));
      continue;
    }
    const eq = arg.indexOf("=");
    const key = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    if (!KEY2.test(key) || !VALUE2.test(value) || value.length > 63) return `invalid label spec: ${arg}`;
    changes.set[key] = value;
  }
  return changes;
}

// src/core/cluster/kubectl/commands/patch.ts
import { parse as parseYaml } from "yaml";

// src/core/cluster/kubectl/patch-object.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergePatch(target, patch) {
  if (!isObject(patch)) return structuredClone(patch);
  const out = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
function mergeKey(field2, items) {
  const sample = items.find(isObject);
  if (field2 === "ports") return sample && "containerPort" in sample ? "containerPort" : "port";
  if (["containers", "initContainers", "env", "volumes", "imagePullSecrets", "conditions"].includes(field2)) return field2 === "conditions" ? "type" : "name";
  if (field2 === "volumeMounts") return "mountPath";
  return void 0;
}
function strategicMergePatch(target, patch, field2 = "") {
  if (Array.isArray(patch)) {
    const key = mergeKey(field2, patch);
    if (!key || !Array.isArray(target)) return patch.filter((item) => !(isObject(item) && item.$patch === "delete"));
    const out2 = target.map((item) => structuredClone(item));
    for (const item of patch) {
      if (!isObject(item)) continue;
      const at = out2.findIndex((existing) => isObject(existing) && existing[key] === item[key]);
      if (item.$patch === "delete") {
        if (at !== -1) out2.splice(at, 1);
        continue;
      }
      if (at === -1) out2.push(strategicMergePatch(void 0, item));
      else out2[at] = strategicMergePatch(out2[at], item);
    }
    return out2;
  }
  if (!isObject(patch)) return structuredClone(patch);
  if (patch.$patch === "replace") {
    const { $patch: _directive, ...rest } = patch;
    return structuredClone(rest);
  }
  const out = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    if (value === null) delete out[key];
    else out[key] = strategicMergePatch(out[key], value, key);
  }
  return out;
}
function jsonPatch(target, operations) {
  if (!Array.isArray(operations)) return { ok: false, message: "json: cannot unmarshal object into Go value of type jsonpatch.Patch" };
  let doc = structuredClone(target);
  for (const raw of operations) {
    if (!isObject(raw) || typeof raw.op !== "string" || typeof raw.path !== "string") return { ok: false, message: "Unexpected kind: unknown" };
    const op = raw;
    const step = applyOperation(doc, op);
    if (!step.ok) return step;
    doc = step.value;
  }
  return { ok: true, value: doc };
}
function pointer(path) {
  if (path === "") return [];
  return path.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function applyOperation(doc, op) {
  const parts = pointer(op.path);
  switch (op.op) {
    case "add":
    case "replace":
      return setAt(doc, parts, op.value, op.op);
    case "remove":
      return removeAt(doc, parts);
    case "test": {
      const found = getAt(doc, parts);
      return JSON.stringify(found) === JSON.stringify(op.value) ? { ok: true, value: doc } : { ok: false, message: `testing value ${op.path} failed: test failed` };
    }
    case "copy":
    case "move": {
      const from = pointer(op.from ?? "");
      const value = getAt(doc, from);
      if (value === void 0) return { ok: false, message: `unable to ${op.op} from "${op.from}": doc is missing path: "${op.from}": missing value` };
      const removed = op.op === "move" ? removeAt(doc, from) : { ok: true, value: doc };
      if (!removed.ok) return removed;
      return setAt(removed.value, parts, structuredClone(value), "add");
    }
    default:
      return { ok: false, message: `Unexpected kind: ${op.op}` };
  }
}
function getAt(doc, parts) {
  let node = doc;
  for (const part of parts) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return void 0;
  }
  return node;
}
function setAt(doc, parts, value, op) {
  if (parts.length === 0) return { ok: true, value: structuredClone(value) };
  const root = structuredClone(doc);
  const parent = getAt(root, parts.slice(0, -1));
  const last = parts[parts.length - 1];
  const path = "/" + parts.join("/");
  if (Array.isArray(parent)) {
    const index2 = last === "-" ? parent.length : Number(last);
    if (!Number.isInteger(index2) || index2 < 0 || index2 > parent.length || op === "replace" && index2 >= parent.length) {
      return { ok: false, message: `unable to ${op} value at "${path}": index out of bounds` };
    }
    if (op === "replace") parent[index2] = value;
    else parent.splice(index2, 0, value);
    return { ok: true, value: root };
  }
  if (!isObject(parent)) return { ok: false, message: `doc is missing path: "${path}": missing value` };
  if (op === "replace" && !(last in parent)) return { ok: false, message: `doc is missing key: ${path}: missing value` };
  parent[last] = value;
  return { ok: true, value: root };
}
function removeAt(doc, parts) {
  const root = structuredClone(doc);
  const parent = getAt(root, parts.slice(0, -1));
  const last = parts[parts.length - 1];
  const path = "/" + parts.join("/");
  if (Array.isArray(parent)) {
    const index2 = Number(last);
    if (!Number.isInteger(index2) || index2 < 0 || index2 >= parent.length) return { ok: false, message: `unable to remove nonexistent key: ${last}: missing value` };
    parent.splice(index2, 1);
    return { ok: true, value: root };
  }
  if (!isObject(parent) || !(last in parent)) return { ok: false, message: `doc is missing path: "${path}": missing value` };
  delete parent[last];
  return { ok: true, value: root };
}

// src/core/cluster/kubectl/commands/patch.ts
var patchCommand = {
  name: "patch",
  short: "Update fields of a resource",
  flags: [...FILE_FLAGS, { name: "patch", short: "p", type: "string" }, { name: "patch-file", type: "string" }, { name: "type", type: "string" }, OUTPUT_FLAG, DRY_RUN_FLAG, { name: "local", type: "bool" }, { name: "subresource", type: "string" }],
  run: (context) => {
    const out = new Output();
    const { flags } = context;
    const type = flags.string("type", "strategic") || "strategic";
    if (!["strategic", "merge", "json"].includes(type)) return out.err(`error: --type must be one of [json merge strategic], not "${type}"
`).done(1);
    let text = flags.string("patch");
    if (!text && flags.string("patch-file")) {
      const file = context.env.readFile(flags.string("patch-file"));
      if (file === void 0) return out.err(`error: unable to read patch file: open ${flags.string("patch-file")}: no such file or directory
`).done(1);
      text = file;
    }
    if (!text) return out.err("error: must specify --patch or --patch-file containing the contents of the patch\n").done(1);
    let patch;
    try {
      patch = parseYaml(text);
    } catch {
      return out.err(`error: unable to parse "${text}": yaml: did not find expected node content
`).done(1);
    }
    if (type !== "json" && (typeof patch !== "object" || patch === null || Array.isArray(patch))) {
      return out.err(`error: unable to parse "${text}": json: cannot unmarshal ${Array.isArray(patch) ? "array" : typeof patch} into Go value of type map[string]interface {}
`).done(1);
    }
    const resolved = resolveTargets(context, flags.args, false);
    if (!resolved.ok) return out.err(resolved.message).done(1);
    for (const error of resolved.errors) out.err(error);
    let failed = resolved.errors.length > 0;
    for (const target of resolved.targets) {
      const label = `${qualifiedSingular(target.type)}/${target.object.metadata.name}`;
      let patched;
      if (type === "json") {
        const result2 = jsonPatch(target.object, patch);
        if (!result2.ok) {
          out.err(`The request is invalid: ${result2.message}
`);
          failed = true;
          continue;
        }
        patched = result2.value;
      } else patched = type === "merge" ? mergePatch(target.object, patch) : strategicMergePatch(target.object, patch);
      if (goJson2(patched) === goJson2(target.object)) {
        out.out(`${label} patched (no change)
`);
        continue;
      }
      const dryRun = flags.has("dry-run") && flags.string("dry-run") !== "none";
      const result = updateObject(context.env.cluster, patched, { dryRun });
      for (const warning of result.warnings) out.err(`Warning: ${warning}
`);
      if (!result.ok) {
        out.err(renderApiError(result.error));
        failed = true;
        continue;
      }
      out.out(`${label} patched${dryRun ? " (dry run)" : ""}
`);
    }
    return out.done(failed ? 1 : 0);
  }
};

// src/core/cluster/kubectl/commands/run.ts
var PROMPT_HINT = "If you don't see a command prompt, try pressing enter.\n";
var runCommand = {
  name: "run",
  short: "Run a particular image on the cluster",
  flags: [
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    ...longFlags("string", "image", "port", "restart", "image-pull-policy", "overrides", "pod-running-timeout"),
    ...longFlags("bool", "rm", "attach", "command", "expose"),
    { name: "labels", short: "l", type: "string" },
    { name: "env", type: "array" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "quiet", short: "q", type: "bool" }
  ],
  run: runRun
};
function runRun(context) {
  const out = new Output();
  const { flags } = context;
  const dryRun = parseDryRun(flags.has("dry-run") ? flags.string("dry-run") : void 0);
  if (!dryRun.ok) return out.err(`error: ${dryRun.message}
`).done(1);
  const format = flags.string("output");
  if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
  const names2 = flags.dashAt === -1 ? flags.args : flags.args.slice(0, flags.dashAt);
  const command = flags.dashAt === -1 ? flags.args.slice(1) : flags.args.slice(flags.dashAt);
  if (names2.length === 0) return out.err("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n").done(1);
  const name = names2[0];
  const image = flags.string("image");
  if (!image) return out.err('error: required flag(s) "image" not set\n').done(1);
  const attach = flags.bool("stdin") || flags.bool("attach");
  if (flags.bool("rm") && !attach) return out.err("error: --rm should only be used for attached containers\n").done(1);
  const restart = flags.string("restart") || "Always";
  if (!["Always", "OnFailure", "Never"].includes(restart)) return out.err(`error: invalid restart policy: ${restart}
`).done(1);
  const portText = flags.string("port");
  if (portText && !/^\d+$/.test(portText)) return out.err(`error: strconv.Atoi: parsing "${portText}": invalid syntax
`).done(1);
  if (flags.bool("expose") && !portText) return out.err("error: --port must be set when exposing a service\n").done(1);
  const labels2 = flags.string("labels") ? parseLabels(flags.string("labels")) : { run: name };
  if (!labels2) return out.err(`error: invalid label spec: ${flags.string("labels")}
`).done(1);
  const env = flags.array("env").map((pair) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1) }));
  const generated = buildPod({
    name,
    namespace: dryRun.mode === "client" && !context.namespaceGiven ? void 0 : context.namespace,
    image,
    labels: labels2,
    port: portText ? Number(portText) : void 0,
    command: flags.bool("command") ? command : void 0,
    args: flags.bool("command") ? void 0 : command,
    env,
    restartPolicy: restart,
    stdin: attach,
    tty: flags.bool("tty")
  });
  const pod3 = withOverrides(generated, flags.string("overrides"));
  if ("error" in pod3) return out.err(`error: ${pod3.error}
`).done(1);
  if (dryRun.mode === "client") {
    printMutation(out, pod3, "created", format, "client");
    return out.done(0);
  }
  if (flags.bool("expose")) {
    const service3 = buildService({ name, namespace: context.namespace, ports: [{ protocol: "TCP", port: Number(portText), targetPort: Number(portText) }], selector: labels2 });
    const created2 = createObject(context.env.cluster, service3, { dryRun: dryRun.mode === "server" });
    if (!created2.ok) return out.err(renderApiError(created2.error)).done(1);
    printMutation(out, created2.value, "created", format, dryRun.mode);
  }
  const created = createObject(context.env.cluster, pod3, { dryRun: dryRun.mode === "server" });
  for (const warning of created.warnings) out.err(`Warning: ${warning}
`);
  if (!created.ok) return out.err(renderApiError(created.error)).done(1);
  if (!attach || dryRun.mode === "server") {
    printMutation(out, created.value, "created", format, dryRun.mode);
    return out.done(0);
  }
  return attachTo(context, out, name, command);
}
function attachTo(context, out, name, command) {
  const { cluster } = context.env;
  const namespace3 = context.namespace;
  const running2 = waitForRunning(cluster, namespace3, name);
  if (!running2) return out.err("error: timed out waiting for the condition\n").done(1);
  const vantage = { kind: "pod", namespace: namespace3, pod: name };
  const interactive = context.flags.bool("tty") && (command.length === 0 || command.length === 1 && SHELLS.has(command[0]));
  if (interactive) {
    out.err(PROMPT_HINT);
    out.enter = { vantage, removeOnExit: context.flags.bool("rm") };
    return out.done(0);
  }
  const result = context.env.runInPod(vantage, command.length > 0 ? command : ["true"], context.env.stdin);
  out.append(result);
  if (result.trace) out.trace = result.trace;
  if (context.flags.bool("rm")) {
    const removed = deleteObject(cluster, "Pod", namespace3, name);
    if (removed.ok) out.out(deletedLine(typeForKind("Pod"), removed.value, false));
  }
  if (result.exitCode !== 0) {
    out.err(`pod ${namespace3}/${name} terminated (Error)
`);
    return out.done(1);
  }
  return out.done(0);
}
function withOverrides(object, overrides) {
  if (!overrides) return object;
  let patch;
  try {
    patch = JSON.parse(overrides);
  } catch (error) {
    return { error: `invalid JSON in --overrides: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return { error: "json: cannot unmarshal --overrides into Go value of type map[string]interface {}" };
  return mergePatch(object, patch);
}
function parseLabels(text) {
  const labels2 = {};
  for (const pair of text.split(",")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return void 0;
    labels2[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return labels2;
}

// src/core/cluster/kubectl/commands/scale.ts
var SCALABLE = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]);
var scaleCommand = {
  name: "scale",
  short: "Set a new size for a deployment, replica set, or replication controller",
  flags: [...FILE_FLAGS, { name: "replicas", type: "int" }, { name: "current-replicas", type: "int" }, SELECTOR_FLAG, { name: "all", type: "bool" }, { name: "timeout", type: "string" }],
  run: (context) => {
    const out = new Output();
    if (!context.flags.has("replicas")) return out.err('error: required flag(s) "replicas" not set\n').done(1);
    const replicas = context.flags.int("replicas", -1);
    if (replicas < 0) return out.err("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n").done(1);
    const resolved = resolveTargets(context, context.flags.args, true);
    if (!resolved.ok) return out.err(resolved.message).done(1);
    let failed = resolved.errors.length > 0;
    for (const { type, object } of resolved.targets) {
      if (!SCALABLE.has(type.kind)) {
        out.err("Error from server (NotFound): the server could not find the requested resource\n");
        failed = true;
        continue;
      }
      const spec = object.spec ?? {};
      const current = typeof spec.replicas === "number" ? spec.replicas : 1;
      if (context.flags.has("current-replicas") && context.flags.int("current-replicas", -1) !== current) {
        out.err(`error: Expected replicas to be ${context.flags.int("current-replicas", -1)}, was ${current}
`);
        failed = true;
        continue;
      }
      const result = updateObject(context.env.cluster, { ...object, spec: { ...spec, replicas } });
      if (!result.ok) {
        out.err(renderApiError(result.error));
        failed = true;
        continue;
      }
      out.out(`${qualifiedSingular(type)}/${object.metadata.name} scaled
`);
    }
    for (const error of resolved.errors) out.err(error);
    return out.done(failed ? 1 : 0);
  }
};

// src/core/cluster/kubectl/commands/wait.ts
var MAX_WAIT_SECONDS = 3600;
function parseTimeout(text, fallback) {
  if (!text) return fallback;
  let total = 0;
  if (/^\d+$/.test(text)) total = Number(text);
  else for (const [, value, unit] of text.matchAll(/(\d+)(h|m|s)/g)) total += Number(value) * (unit === "h" ? 3600 : unit === "m" ? 60 : 1);
  return Math.min(total || fallback, MAX_WAIT_SECONDS);
}
function conditionTrue(object, condition4) {
  const conditions = object?.status?.conditions ?? [];
  const [type, wanted = "true"] = condition4.split("=");
  return conditions.some((entry) => entry.type.toLowerCase() === type.toLowerCase() && entry.status.toLowerCase() === wanted.toLowerCase());
}
var waitCommand = {
  name: "wait",
  short: "Wait for a specific condition on one or many resources",
  flags: [...FILE_FLAGS, { name: "for", type: "string" }, { name: "timeout", type: "string" }, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, { name: "all", type: "bool" }],
  run: (context) => {
    const out = new Output();
    const forText = context.flags.string("for");
    if (!forText) return out.err("error: --for must be specified\n").done(1);
    const deletion = forText === "delete";
    const condition4 = /^condition=(.+)$/.exec(forText)?.[1];
    if (!deletion && !condition4) return out.err(`error: unrecognized condition: "${forText}"
`).done(1);
    const resolved = resolveTargets(context, context.flags.args, true);
    if (!resolved.ok) return out.err(resolved.message).done(1);
    if (resolved.errors.length > 0) return out.err(resolved.errors.join("")).done(1);
    if (resolved.targets.length === 0) return out.err("error: no matching resources found\n").done(1);
    const timeout = parseTimeout(context.flags.string("timeout"), 30);
    const { cluster } = context.env;
    const met = (target) => {
      const live = findObject(cluster, target.type, target.object.metadata.namespace ?? "", target.object.metadata.name);
      return deletion ? !live : conditionTrue(live, condition4);
    };
    let failed = false;
    for (const target of resolved.targets) {
      const label = `${qualifiedSingular(target.type)}/${target.object.metadata.name}`;
      if (waitUntil(cluster, timeout, () => met(target))) out.out(`${label} condition met
`);
      else {
        out.err(`error: timed out waiting for the condition on ${qualifiedResource(target.type)}/${target.object.metadata.name}
`);
        failed = true;
      }
    }
    return out.done(failed ? 1 : 0);
  }
};
function waitUntil(cluster, seconds, done) {
  for (let second = 0; second <= seconds; second++) {
    if (done()) return true;
    if (second < seconds) advanceTime(cluster, 1e3);
  }
  return false;
}
var rolloutStatus = {
  name: "status",
  short: "Show the status of the rollout",
  flags: [{ name: "timeout", type: "string" }, { name: "watch", short: "w", type: "bool" }],
  run: rolloutStatusRun
};
function rolloutStatusRun(context) {
  const out = new Output();
  const args = context.flags.args;
  const word = args.length === 1 && args[0].includes("/") ? args[0] : args.join("/");
  const [typeWord, name] = word.split("/");
  const type = typeForName(typeWord ?? "");
  if (!type || !name) return out.err("error: required resource not specified\n").done(1);
  if (!["Deployment", "StatefulSet", "DaemonSet"].includes(type.kind)) return out.err(`error: no status viewer has been implemented for ${type.kind}
`).done(1);
  const { cluster } = context.env;
  const timeout = parseTimeout(context.flags.string("timeout"), 60);
  let lastMessage = "";
  for (let second = 0; second <= timeout; second++) {
    const object = findObject(cluster, type, context.namespace, name);
    if (!object) return out.err(notFoundMessage(type, name)).done(1);
    const spec = object.spec ?? {};
    const status = object.status ?? {};
    const wanted = spec.replicas ?? 1;
    const available = status.availableReplicas ?? status.readyReplicas ?? 0;
    const updated = status.updatedReplicas ?? available;
    if (available >= wanted && updated >= wanted) {
      out.out(type.kind === "Deployment" ? `deployment "${name}" successfully rolled out
` : `partitioned roll out complete: ${wanted} new pods have been updated...
`);
      return out.done(0);
    }
    const message = `Waiting for deployment "${name}" rollout to finish: ${available} of ${wanted} updated replicas are available...
`;
    if (message !== lastMessage) out.out(message);
    lastMessage = message;
    if (second < timeout) advanceTime(cluster, 1e3);
  }
  return out.err("error: timed out waiting for the condition\n").done(1);
}
var rolloutRestart = {
  name: "restart",
  short: "Restart a resource",
  flags: [SELECTOR_FLAG],
  run: rolloutRestartRun
};
function rolloutRestartRun(context) {
  const out = new Output();
  const resolved = resolveTargets(context, context.flags.args, false);
  if (!resolved.ok) return out.err(resolved.message).done(1);
  for (const error of resolved.errors) out.err(error);
  let failed = resolved.errors.length > 0;
  const at = context.env.cluster.clock.timestamp();
  for (const target of resolved.targets) {
    if (!["Deployment", "StatefulSet", "DaemonSet"].includes(target.type.kind)) {
      out.err("error: restarting is not supported\n");
      failed = true;
      continue;
    }
    const spec = target.object.spec ?? {};
    const template = spec.template ?? {};
    const restarted = {
      ...target.object,
      spec: { ...spec, template: { ...template, metadata: { ...template.metadata, annotations: { ...template.metadata?.annotations, "kubectl.kubernetes.io/restartedAt": at } } } }
    };
    const result = updateObject(context.env.cluster, restarted);
    if (!result.ok) {
      out.err(renderApiError(result.error));
      failed = true;
      continue;
    }
    out.out(`${qualifiedSingular(target.type)}/${target.object.metadata.name} restarted
`);
  }
  return out.done(failed ? 1 : 0);
}
var rolloutCommand = {
  name: "rollout",
  short: "Manage the rollout of a resource",
  flags: [],
  run: (context) => new Output().err(`error: unknown command "${context.flags.args[0] ?? ""}" for "kubectl rollout"
`).done(1),
  subcommands: [rolloutStatus, rolloutRestart]
};

// src/core/cluster/kubectl/commands/index.ts
var COMMANDS = [
  createCommand,
  exposeCommand,
  runCommand,
  getCommand,
  describeCommand,
  deleteCommand,
  applyCommand,
  patchCommand,
  labelCommand,
  annotateCommand,
  scaleCommand,
  rolloutCommand,
  waitCommand,
  execCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  configCommand,
  versionCommand
];
var KUBECTL_VERBS = [
  "api-versions",
  "attach",
  "auth",
  "autoscale",
  "certificate",
  "completion",
  "cordon",
  "cp",
  "debug",
  "diff",
  "drain",
  "edit",
  "events",
  "explain",
  "kustomize",
  "logs",
  "options",
  "plugin",
  "port-forward",
  "proxy",
  "replace",
  "set",
  "taint",
  "top",
  "uncordon",
  "alpha",
  "help"
];

// src/core/cluster/kubectl/flags.ts
var BOOL_WORDS = { "true": true, "false": false, "1": true, "0": false, "t": true, "f": false, "TRUE": true, "FALSE": false, "True": true, "False": false, "T": true, "F": false };
function parseFlags(argv, specs) {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(specs.filter((spec) => spec.short).map((spec) => [spec.short, spec]));
  const values = /* @__PURE__ */ new Map();
  const args = [];
  let dashAt = -1;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      dashAt = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith("--") && word.length > 2) {
      const eq = word.indexOf("=");
      const name = eq === -1 ? word.slice(2) : word.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) return { ok: false, message: `unknown flag: --${name}` };
      if (spec.type === "bool") {
        const text = eq === -1 ? "true" : word.slice(eq + 1);
        if (!(text in BOOL_WORDS)) return { ok: false, message: `invalid argument "${text}" for "--${name}" flag: strconv.ParseBool: parsing "${text}": invalid syntax` };
        values.set(name, BOOL_WORDS[text]);
        continue;
      }
      let value;
      if (eq !== -1) value = word.slice(eq + 1);
      else if (spec.bare !== void 0) value = spec.bare;
      else if (i + 1 < argv.length) value = argv[++i];
      else return { ok: false, message: `flag needs an argument: --${name}` };
      const stored = store2(values, spec, value, `--${name}`);
      if (stored) return { ok: false, message: stored };
      continue;
    }
    if (word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const letter = word[j];
        const spec = byShort.get(letter);
        if (!spec) return { ok: false, message: `unknown shorthand flag: '${letter}' in ${word}` };
        if (spec.type === "bool") {
          if (word[j + 1] === "=") {
            const text = word.slice(j + 2);
            if (!(text in BOOL_WORDS)) return { ok: false, message: `invalid argument "${text}" for "-${letter}, --${spec.name}" flag: strconv.ParseBool: parsing "${text}": invalid syntax` };
            values.set(spec.name, BOOL_WORDS[text]);
            break;
          }
          values.set(spec.name, true);
          continue;
        }
        let value;
        if (j + 1 < word.length) value = word[j + 1] === "=" ? word.slice(j + 2) : word.slice(j + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        else return { ok: false, message: `flag needs an argument: '${letter}' in -${letter}` };
        const stored = store2(values, spec, value, `-${letter}, --${spec.name}`);
        if (stored) return { ok: false, message: stored };
        break;
      }
      continue;
    }
    args.push(word);
  }
  return { ok: true, parsed: { values, args, dashAt } };
}
function store2(values, spec, value, label) {
  if (spec.type === "int" && !/^[-+]?\d+$/.test(value)) {
    return `invalid argument "${value}" for "${label}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
  }
  if (spec.type === "array") {
    const previous = values.get(spec.name);
    const list2 = Array.isArray(previous) ? previous : [];
    values.set(spec.name, [...list2, ...value.split(",")]);
    return void 0;
  }
  values.set(spec.name, value);
  return void 0;
}
var Flags = class {
  constructor(parsed2) {
    this.parsed = parsed2;
  }
  parsed;
  get args() {
    return this.parsed.args;
  }
  get dashAt() {
    return this.parsed.dashAt;
  }
  has(name) {
    return this.parsed.values.has(name);
  }
  string(name, fallback = "") {
    const value = this.parsed.values.get(name);
    return typeof value === "string" ? value : fallback;
  }
  bool(name) {
    return this.parsed.values.get(name) === true;
  }
  int(name, fallback) {
    const value = this.parsed.values.get(name);
    return typeof value === "string" ? Number.parseInt(value, 10) : fallback;
  }
  array(name) {
    const value = this.parsed.values.get(name);
    return Array.isArray(value) ? value : [];
  }
};

// src/core/cluster/kubectl/help.ts
function rootHelp(commands) {
  const visible = commands.filter((command) => !command.hidden);
  const width2 = Math.max(...visible.map((command) => command.name.length)) + 3;
  const lines2 = visible.map((command) => `  ${command.name.padEnd(width2)}${command.short}`);
  return [
    "kubectl controls the Kubernetes cluster manager.",
    "",
    " This is the kubetutor sandbox: a simulated kind cluster. These commands work here:",
    "",
    ...lines2,
    "",
    "Usage:",
    "  kubectl [flags] [options]",
    "",
    'Use "kubectl <command> --help" for more information about a given command.',
    ""
  ].join("\n");
}
function commandHelp(path, command) {
  const lines2 = [command.short + ".", ""];
  if (command.subcommands?.length) {
    lines2.push("Available Commands:");
    const width2 = Math.max(...command.subcommands.map((sub) => sub.name.length)) + 3;
    for (const sub of command.subcommands) lines2.push(`  ${sub.name.padEnd(width2)}${sub.short}`);
    lines2.push("");
  }
  const flags = [...command.flags].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((flag) => `    ${flag.short ? `-${flag.short}, ` : ""}--${flag.name}${flag.type === "bool" ? "" : "=..."}`);
  if (flags.length > 0) lines2.push("Options:", ...flags, "");
  lines2.push("Usage:", `  ${path} [options]`, "");
  return lines2.join("\n");
}

// src/core/edit-distance.ts
function editDistance(a, b, options = {}) {
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (options.swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

// src/core/cluster/kubectl/suggest.ts
function suggestionsFor(typed, names2) {
  const lower = typed.toLowerCase();
  return names2.filter((name) => {
    const candidate = name.toLowerCase();
    return editDistance(lower, candidate) <= 2 || lower.length > 0 && candidate.startsWith(lower);
  });
}

// src/core/cluster/kubectl/kubectl.ts
var GLOBAL_FLAGS = [
  { name: "namespace", short: "n", type: "string" },
  { name: "context", type: "string" },
  { name: "kubeconfig", type: "string" },
  { name: "cluster", type: "string" },
  { name: "user", type: "string" },
  { name: "server", short: "s", type: "string" },
  { name: "v", short: "v", type: "string" },
  { name: "request-timeout", type: "string" },
  { name: "insecure-skip-tls-verify", type: "bool" },
  { name: "help", short: "h", type: "bool" }
];
function runKubectl(env, argv) {
  const out = new Output();
  const verbAt = firstWord(argv, GLOBAL_FLAGS);
  if (verbAt === -1) {
    const parsed2 = parseFlags(argv, GLOBAL_FLAGS);
    if (!parsed2.ok) return out.err(`error: ${parsed2.message}
See 'kubectl --help' for usage.
`).done(1);
    return out.out(rootHelp(COMMANDS)).done(0);
  }
  const verb = argv[verbAt];
  const command = COMMANDS.find((candidate) => candidate.name === verb || candidate.aliases?.includes(verb));
  if (!command) {
    if (KUBECTL_VERBS.includes(verb)) return out.err(`error: "kubectl ${verb}" is not available in the kubetutor sandbox
`).done(1);
    return out.err(unknownCommand(verb)).done(1);
  }
  const rest = [...argv.slice(0, verbAt), ...argv.slice(verbAt + 1)];
  return runCommand2(env, command, `kubectl ${command.name}`, rest);
}
function runCommand2(env, command, path, argv) {
  const specs = [...GLOBAL_FLAGS, ...command.flags];
  if (command.subcommands) {
    const at = firstWord(argv, specs);
    const word = at === -1 ? void 0 : argv[at];
    const sub = command.subcommands.find((candidate) => candidate.name === word || candidate.aliases?.includes(word ?? ""));
    if (sub) return runCommand2(env, sub, `${path} ${sub.name}`, [...argv.slice(0, at), ...argv.slice(at + 1)]);
  }
  const parsed2 = parseFlags(argv, specs);
  if (!parsed2.ok) return new Output().err(`error: ${parsed2.message}
See '${path} --help' for usage.
`).done(1);
  const flags = new Flags(parsed2.parsed);
  if (flags.bool("help")) return new Output().out(commandHelp(path, command)).done(0);
  const namespaceGiven = flags.has("namespace");
  const namespace3 = flags.string("namespace") || env.kubeconfig?.namespace || "default";
  try {
    return command.run({ env, flags, namespace: namespace3, namespaceGiven, path });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Output().err(`kubetutor: internal error in ${path}: ${message.split("\n")[0]}
`).done(1);
  }
}
function firstWord(argv, specs) {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return -1;
    if (word.startsWith("--")) {
      const name = word.slice(2).split("=")[0];
      const spec = specs.find((candidate) => candidate.name === name);
      if (spec && spec.type !== "bool" && spec.bare === void 0 && !word.includes("=")) i++;
      continue;
    }
    if (word.startsWith("-") && word.length > 1) {
      const letters = word.slice(1);
      const last = specs.find((candidate) => candidate.short === letters[letters.length - 1]);
      const first = specs.find((candidate) => candidate.short === letters[0]);
      if (first && first.type !== "bool") {
        if (letters.length === 1) i++;
        continue;
      }
      if (last && last.type !== "bool" && [...letters].every((letter) => specs.some((spec) => spec.short === letter))) i++;
      continue;
    }
    return i;
  }
  return -1;
}
function unknownCommand(verb) {
  const suggestions = suggestionsFor(verb, COMMANDS.filter((command) => !command.hidden).map((command) => command.name)).sort();
  const block = suggestions.length > 0 ? `

Did you mean this?
${suggestions.map((name) => `	${name}
`).join("")}` : "";
  return `error: unknown command "${verb}" for "kubectl"${block}
Run 'kubectl --help' for usage.
`;
}

// src/core/cluster/vantage.ts
var LAPTOP = { kind: "laptop" };

// src/core/cluster/network/trace.ts
var LABELS = {
  start: "SEND",
  resolve: "DNS",
  route: "ROUTE",
  dnat: "DNAT",
  snat: "SNAT",
  deliver: "DELIVER",
  respond: "REPLY",
  drop: "DROP",
  reject: "REJECT",
  refused: "RST",
  proxy: "PROXY"
};
var WIDTH = 76;
var INDENT = "            ";
function renderTrace(hops) {
  if (hops.length === 0) return "No request to trace yet: run curl, wget, nslookup, dig or ping first.\n";
  const lines2 = [];
  hops.forEach((hop, index2) => {
    const head2 = `${String(index2 + 1).padStart(2)}. ${LABELS[hop.kind].padEnd(8)}`;
    const rule = hop.rule ? ` [${hop.rule}]` : "";
    const words = `${hop.where}: ${hop.text}${rule}`.split(" ");
    lines2.push(...wrap(head2, words));
  });
  return lines2.join("\n") + "\n";
}
function wrap(head2, words) {
  const out = [];
  let line = head2;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      out.push(line);
      line = INDENT + word;
      continue;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  out.push(line);
  return out;
}

// src/core/cluster/shell/help-text.ts
var WHERE = {
  laptop: "You are on your laptop (172.18.0.1), outside the cluster: it reaches node IPs and LoadBalancer IPs only, and does not use cluster DNS.",
  node: "You are on a kind node (host network): ClusterIPs, pod IPs and NodePorts work; cluster DNS names do not resolve here.",
  pod: "You are inside a pod: cluster DNS (with the namespace search path), ClusterIPs, pod IPs and NodePorts all work from here."
};
function helpText(vantage, commands) {
  const lines2 = [WHERE[vantage.kind], "", `Commands here: ${[...new Set(commands)].sort().join(", ")}`, ""];
  if (vantage.kind === "laptop") {
    lines2.push(
      "Move around:  ssh kind-worker \xB7 kubectl exec -it POD -- sh \xB7 kubectl run tmp --rm -it --image=busybox -- sh",
      "Time:         sleep N lets N simulated seconds pass (controllers and AGE follow it)",
      "Explain:      trace shows, hop by hop, how the last request travelled"
    );
  } else lines2.push("Type exit to go back to your laptop. trace explains the last request.");
  return lines2.join("\n") + "\n";
}

// src/core/cluster/shell/text-tools.ts
var ok = (text) => ({ output: text ? [{ stream: "stdout", text }] : [], exitCode: 0 });
var fail = (text, exitCode = 1) => ({ output: [{ stream: "stderr", text }], exitCode });
function echo(args) {
  let newline = true;
  let escapes = false;
  let i = 0;
  while (i < args.length && /^-[neE]+$/.test(args[i])) {
    if (args[i].includes("n")) newline = false;
    if (args[i].includes("e")) escapes = true;
    i++;
  }
  let text = args.slice(i).join(" ");
  if (escapes) text = text.replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\\\/g, "\\");
  return ok(text + (newline ? "\n" : ""));
}
function cat(args, stdin, read, name = "cat") {
  const files2 = args.filter((arg) => arg !== "-" && !/^-[A-Za-z]+$/.test(arg));
  if (files2.length === 0) return ok(stdin ?? "");
  let text = "";
  const errors = [];
  for (const file of files2) {
    const content = read(file);
    if (content === void 0) errors.push(`${name}: ${file}: No such file or directory
`);
    else text += content;
  }
  const result = ok(text);
  for (const error of errors) result.output.push({ stream: "stderr", text: error });
  if (errors.length > 0) result.exitCode = 1;
  return result;
}
function inputOf(files2, stdin, read, name) {
  if (files2.length === 0) return { text: stdin ?? "" };
  let text = "";
  for (const file of files2) {
    const content = read(file);
    if (content === void 0) return fail(`${name}: ${file}: No such file or directory
`, 2);
    text += content;
  }
  return { text };
}
function lines(text) {
  if (text === "") return [];
  const parts = text.split("\n");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
function withContext(all, hits, before, after) {
  const keep = /* @__PURE__ */ new Set();
  hits.forEach((hit, index2) => {
    if (!hit) return;
    for (let i = Math.max(0, index2 - before); i <= Math.min(all.length - 1, index2 + after); i++) keep.add(i);
  });
  const out = [];
  let last = -1;
  for (const index2 of [...keep].sort((a, b) => a - b)) {
    if (last >= 0 && index2 > last + 1) out.push("--");
    out.push(all[index2]);
    last = index2;
  }
  return out;
}
function grep(args, stdin, read) {
  let invert = false;
  let ignoreCase = false;
  let count = false;
  let word = false;
  let after = 0;
  let before = 0;
  let only = false;
  const rest = [];
  let pattern;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-e" && i + 1 < args.length) {
      pattern = args[++i];
      continue;
    }
    const context = /^(?:-([ABC])(\d*)|--(after|before)?-?context=(\d+))$/.exec(arg);
    if (context) {
      const value = context[2] || context[4] || args[++i];
      if (value === void 0 || !/^\d+$/.test(value)) return fail(`grep: ${value ?? ""}: invalid context length argument
`, 2);
      const which = context[1] ?? (context[3] === "after" ? "A" : context[3] === "before" ? "B" : "C");
      if (which !== "B") after = Number(value);
      if (which !== "A") before = Number(value);
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) {
        if (letter === "v") invert = true;
        else if (letter === "i") ignoreCase = true;
        else if (letter === "c") count = true;
        else if (letter === "w") word = true;
        else if (letter === "o") only = true;
        else if (!"EFqs".includes(letter)) return fail(`grep: invalid option -- '${letter}'
Usage: grep [OPTION]... PATTERNS [FILE]...
Try 'grep --help' for more information.
`, 2);
      }
      continue;
    }
    if (pattern === void 0) pattern = arg;
    else rest.push(arg);
  }
  if (pattern === void 0) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2);
  const input = inputOf(rest, stdin, read, "grep");
  if ("exitCode" in input) return input;
  let regex;
  const source = word ? `\\b(?:${pattern})\\b` : pattern;
  try {
    regex = new RegExp(source, ignoreCase ? "i" : "");
  } catch {
    regex = new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), ignoreCase ? "i" : "");
  }
  const all = lines(input.text);
  const hits = all.map((line) => regex.test(line) !== invert);
  const matched = all.filter((_line, index2) => hits[index2]);
  if (count) return { output: [{ stream: "stdout", text: `${matched.length}
` }], exitCode: matched.length > 0 ? 0 : 1 };
  if (only && !invert) {
    const global = new RegExp(regex.source, `${regex.flags}g`);
    const parts = matched.flatMap((line) => [...line.matchAll(global)].map((match) => match[0]).filter((part) => part !== ""));
    return { output: parts.length > 0 ? [{ stream: "stdout", text: parts.join("\n") + "\n" }] : [], exitCode: matched.length > 0 ? 0 : 1 };
  }
  const shown = after > 0 || before > 0 ? withContext(all, hits, before, after) : matched;
  return { output: matched.length > 0 ? [{ stream: "stdout", text: shown.join("\n") + "\n" }] : [], exitCode: matched.length > 0 ? 0 : 1 };
}
function countArg(args, name) {
  let n = 10;
  const files2 = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const attached = /^-n?(\d+)$/.exec(arg);
    if (attached) n = Number(attached[1]);
    else if (arg === "-n" && i + 1 < args.length) {
      if (!/^\d+$/.test(args[i + 1])) return fail(`${name}: invalid number of lines: '${args[i + 1]}'
`);
      n = Number(args[++i]);
    } else files2.push(arg);
  }
  return { n, files: files2 };
}
function head(args, stdin, read) {
  const parsed2 = countArg(args, "head");
  if ("exitCode" in parsed2) return parsed2;
  const input = inputOf(parsed2.files, stdin, read, "head");
  if ("exitCode" in input) return input;
  const kept = lines(input.text).slice(0, parsed2.n);
  return ok(kept.length > 0 ? kept.join("\n") + "\n" : "");
}
function tail(args, stdin, read) {
  const parsed2 = countArg(args, "tail");
  if ("exitCode" in parsed2) return parsed2;
  const input = inputOf(parsed2.files, stdin, read, "tail");
  if ("exitCode" in input) return input;
  const all = lines(input.text);
  const kept = parsed2.n === 0 ? [] : all.slice(-parsed2.n);
  return ok(kept.length > 0 ? kept.join("\n") + "\n" : "");
}
function wc(args, stdin, read) {
  const flags = args.filter((arg) => /^-[lwc]+$/.test(arg)).join("");
  const files2 = args.filter((arg) => !/^-[lwc]+$/.test(arg));
  const input = inputOf(files2, stdin, read, "wc");
  if ("exitCode" in input) return input;
  const counts = { l: (input.text.match(/\n/g) ?? []).length, w: input.text.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(input.text).length };
  const chosen = flags ? ["l", "w", "c"].filter((letter) => flags.includes(letter)) : ["l", "w", "c"];
  if (chosen.length === 1) return ok(`${counts[chosen[0]]}
`);
  return ok(chosen.map((letter) => String(counts[letter]).padStart(7)).join(" ") + "\n");
}
function sort(args, stdin, read) {
  const reverse = args.some((arg) => /^-[a-z]*r/.test(arg));
  const numeric = args.some((arg) => /^-[a-z]*n/.test(arg));
  const files2 = args.filter((arg) => !arg.startsWith("-"));
  const input = inputOf(files2, stdin, read, "sort");
  if ("exitCode" in input) return input;
  const sorted = lines(input.text).sort((a, b) => numeric ? Number.parseFloat(a) - Number.parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0);
  if (reverse) sorted.reverse();
  return ok(sorted.length > 0 ? sorted.join("\n") + "\n" : "");
}

// src/core/cluster/shell/builtins.ts
var MAX_SLEEP_SECONDS = 3600;
var ok2 = (text = "") => ({ output: text ? [{ stream: "stdout", text }] : [], exitCode: 0 });
var fail2 = (text, exitCode = 1) => ({ output: [{ stream: "stderr", text }], exitCode });
function runBuiltin(session, vantage, name, args, commands) {
  switch (name) {
    case "exit":
    case "logout":
      return exit(session);
    case "clear":
      return { output: [], exitCode: 0, clear: true };
    case "history":
      return ok2(session.history.map((line, index2) => `${String(index2 + 1).padStart(5)}  ${line}
`).join(""));
    case "help":
      return ok2(helpText(vantage, commands));
    case "trace":
      if (args.length > 0) return { output: [{ stream: "stderr", text: `trace: takes no arguments: run the request first (${args.join(" ")}), then type trace
` }], exitCode: 2 };
      return ok2(renderTrace(session.lastTrace ?? []));
    case "echo":
      return echo(args);
    case "true":
    case ":":
      return ok2();
    case "false":
      return { output: [], exitCode: 1 };
    case "pwd":
      return ok2(vantage.kind === "laptop" ? "/home/you\n" : "/\n");
    case "export":
      for (const word of args) {
        const eq = word.indexOf("=");
        if (eq > 0) session.variables.set(word.slice(0, eq), word.slice(eq + 1));
      }
      return ok2();
    case "unset":
      for (const name2 of args) session.variables.delete(name2);
      return ok2();
    case "cd":
    case "alias":
      return ok2();
    case "sleep":
      return sleep(session, args);
    default:
      return void 0;
  }
}
function sleep(session, args) {
  if (args.length === 0) return fail2("sleep: missing operand\nTry 'sleep --help' for more information.\n");
  let total = 0;
  for (const arg of args) {
    const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
    if (!match) return fail2(`sleep: invalid time interval '${arg}'
Try 'sleep --help' for more information.
`);
    const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]];
    total += Number(match[1]) * unit;
  }
  if (total > MAX_SLEEP_SECONDS) {
    advanceTime(session.cluster, MAX_SLEEP_SECONDS * 1e3);
    return fail2(`kubetutor: sleep lets at most ${MAX_SLEEP_SECONDS} simulated seconds pass at a time; ${MAX_SLEEP_SECONDS} seconds passed
`, 0);
  }
  advanceTime(session.cluster, Math.round(total * 1e3));
  return ok2();
}
function exit(session) {
  const vantage = session.vantage;
  const entered = session.entered;
  if (vantage.kind === "laptop") {
    return { output: [{ stream: "stdout", text: "You are on your laptop, the outermost shell. To leave the sandbox press Ctrl+D (or Esc).\n" }], exitCode: 0, leave: true };
  }
  session.vantage = LAPTOP;
  session.entered = void 0;
  if (vantage.kind === "node") return ok2(entered?.via === "docker" ? "exit\n" : `logout
Connection to ${vantage.node} closed.
`);
  if (entered?.via === "run") {
    if (entered.remove) {
      const removed = deleteObject(session.cluster, "Pod", vantage.namespace, vantage.pod);
      return removed.ok ? ok2(deletedLine(typeForKind("Pod"), removed.value, false)) : ok2();
    }
    return ok2(`Session ended, resume using 'kubectl attach ${vantage.pod} -c ${vantage.pod} -i -t' command when the pod is running
`);
  }
  return ok2();
}

// src/core/cluster/network/network-index.ts
var SERVICE_NAME_LABEL2 = "kubernetes.io/service-name";
var cache = /* @__PURE__ */ new WeakMap();
function networkIndex(cluster) {
  const changeCount = cluster.store.changeCount();
  const cached = cache.get(cluster);
  if (cached && cached.changeCount === changeCount) return cached.index;
  const services2 = cluster.store.view("Service");
  const slices = cluster.store.view("EndpointSlice");
  const pods = cluster.store.view("Pod");
  const same = (source, previous) => source === previous;
  const index2 = {
    ...cached && same(services2, cached.sources.services) ? pickServices(cached.index) : serviceTables(services2),
    slicesByService: cached && same(slices, cached.sources.slices) ? cached.index.slicesByService : sliceTable(slices),
    podsByIP: cached && same(pods, cached.sources.pods) ? cached.index.podsByIP : podTable(pods)
  };
  cache.set(cluster, { changeCount, index: index2, sources: { services: services2, slices, pods } });
  return index2;
}
function push(map2, key, value) {
  const list2 = map2.get(key);
  if (list2) {
    if (!list2.includes(value)) list2.push(value);
  } else map2.set(key, [value]);
}
function pickServices(index2) {
  return { servicesByIP: index2.servicesByIP, servicesByNodePort: index2.servicesByNodePort };
}
function serviceTables(services2) {
  const tables = { servicesByIP: /* @__PURE__ */ new Map(), servicesByNodePort: /* @__PURE__ */ new Map() };
  for (const service3 of services2) {
    const spec = service3.spec;
    if (!spec || spec.type === "ExternalName") continue;
    const addresses = [spec.clusterIP, ...spec.clusterIPs ?? [], ...spec.externalIPs ?? [], ...(service3.status?.loadBalancer?.ingress ?? []).map((i) => i.ip)];
    for (const ip of addresses) if (ip && ip !== "None") push(tables.servicesByIP, ip, service3);
    for (const port of spec.ports ?? []) if (port.nodePort) push(tables.servicesByNodePort, port.nodePort, service3);
  }
  return tables;
}
function sliceTable(slices) {
  const table = /* @__PURE__ */ new Map();
  for (const slice2 of slices) {
    const owner = slice2.metadata.labels?.[SERVICE_NAME_LABEL2];
    if (owner) push(table, `${slice2.metadata.namespace ?? ""}/${owner}`, slice2);
  }
  return table;
}
function podTable(pods) {
  const table = /* @__PURE__ */ new Map();
  for (const pod3 of pods) {
    const ip = pod3.status?.podIP;
    const phase = pod3.status?.phase;
    if (!ip || pod3.spec?.hostNetwork || phase === "Succeeded" || phase === "Failed") continue;
    if (!table.has(ip)) table.set(ip, pod3);
  }
  return table;
}

// src/core/cluster/network/addresses.ts
function clusterNodes(cluster) {
  const nodes = cluster.store.view("Node");
  if (nodes.length === 0) return NODES.map((node) => ({ name: node.name, ip: node.internalIP }));
  return nodes.map((node) => ({ name: node.metadata.name, ip: nodeInternalIP(node) ?? "" })).filter((node) => node.ip);
}
function nodeInternalIP(node) {
  return node.status?.addresses?.find((address) => address.type === "InternalIP")?.address;
}
function nodeByIP(cluster, ip) {
  return clusterNodes(cluster).find((node) => node.ip === ip);
}
function nodeByName2(cluster, name) {
  return clusterNodes(cluster).find((node) => node.name === name);
}
function podByName(cluster, namespace3, name) {
  return cluster.store.peek("Pod", namespace3, name);
}
function podByIP(cluster, ip) {
  return networkIndex(cluster).podsByIP.get(ip);
}
function podForEndpoint(cluster, endpoint) {
  if (endpoint.pod) {
    const pod3 = podByName(cluster, endpoint.namespace, endpoint.pod);
    if (pod3?.status?.podIP === endpoint.ip) return pod3;
  }
  return podByIP(cluster, endpoint.ip);
}
function podIsRunning(pod3) {
  return pod3.status?.phase === "Running";
}
function services(cluster, namespace3) {
  return cluster.store.view("Service", namespace3);
}
function serviceByName(cluster, namespace3, name) {
  return cluster.store.peek("Service", namespace3, name);
}
function isHeadless2(service3) {
  return service3.spec?.clusterIP === "None";
}
function serviceType(service3) {
  return service3.spec?.type ?? "ClusterIP";
}
function serviceByClusterIP(cluster, ip) {
  return (networkIndex(cluster).servicesByIP.get(ip) ?? []).find((service3) => service3.spec?.clusterIP === ip || (service3.spec?.clusterIPs ?? []).includes(ip));
}
function loadBalancerIPs(service3) {
  if (serviceType(service3) !== "LoadBalancer") return [];
  return (service3.status?.loadBalancer?.ingress ?? []).map((ingress3) => ingress3.ip ?? "").filter(Boolean);
}
function clientFor(cluster, vantage) {
  if (vantage.kind === "laptop") return { kind: "laptop", ip: LAPTOP_IP, label: "laptop" };
  if (vantage.kind === "node") {
    const node2 = nodeByName2(cluster, vantage.node);
    return { kind: "node", ip: node2?.ip ?? "0.0.0.0", node: vantage.node, label: `node ${vantage.node}` };
  }
  const pod3 = podByName(cluster, vantage.namespace, vantage.pod);
  const node = pod3?.spec?.nodeName;
  const ip = pod3?.spec?.hostNetwork ? node ? nodeByName2(cluster, node)?.ip : void 0 : pod3?.status?.podIP;
  return { kind: "pod", ip: ip ?? "0.0.0.0", node, label: `pod ${vantage.namespace}/${vantage.pod}`, pod: pod3 };
}
function isIPv4(text) {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}
function ipToNumber(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function inCIDR(ip, cidr) {
  const [base, bits] = cidr.split("/");
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToNumber(base) / size) * size;
  const n = ipToNumber(ip);
  return n >= start && n < start + size;
}

// src/core/cluster/network/endpoints.ts
function serviceSlices(cluster, namespace3, service3) {
  return networkIndex(cluster).slicesByService.get(`${namespace3}/${service3}`) ?? [];
}
function backendsForPort(cluster, service3, servicePort2) {
  const namespace3 = service3.metadata.namespace ?? "default";
  const name = servicePort2.name ?? "";
  const protocol = servicePort2.protocol ?? "TCP";
  const slices = serviceSlices(cluster, namespace3, service3.metadata.name);
  if (slices.length === 0) return backendsFromEndpoints(cluster, namespace3, service3.metadata.name, name);
  const out = [];
  for (const slice2 of slices) {
    if (slice2.addressType && slice2.addressType !== "IPv4") continue;
    const port = (slice2.ports ?? []).find((p) => (p.name ?? "") === name && (p.protocol ?? "TCP") === protocol);
    if (!port || port.port === void 0) continue;
    for (const endpoint of slice2.endpoints ?? []) {
      const ready = endpoint.conditions?.ready ?? true;
      const terminating = endpoint.conditions?.terminating ?? false;
      for (const ip of endpoint.addresses ?? []) {
        out.push({
          ip,
          port: port.port,
          namespace: namespace3,
          pod: endpoint.targetRef?.kind === "Pod" ? endpoint.targetRef.name : void 0,
          nodeName: endpoint.nodeName,
          hostname: endpoint.hostname,
          ready,
          serving: endpoint.conditions?.serving ?? ready,
          terminating
        });
      }
    }
  }
  return out;
}
function backendsFromEndpoints(cluster, namespace3, service3, portName2) {
  const endpoints2 = cluster.store.peek("Endpoints", namespace3, service3);
  const out = [];
  for (const subset of endpoints2?.subsets ?? []) {
    const port = (subset.ports ?? []).find((p) => (p.name ?? "") === portName2) ?? (subset.ports?.length === 1 && !portName2 ? subset.ports[0] : void 0);
    if (!port) continue;
    const add = (ready) => (address) => out.push({
      ip: address.ip,
      port: port.port,
      namespace: namespace3,
      pod: address.targetRef?.kind === "Pod" ? address.targetRef.name : void 0,
      nodeName: address.nodeName,
      hostname: address.hostname,
      ready,
      serving: ready,
      terminating: false
    });
    (subset.addresses ?? []).forEach(add(true));
    (subset.notReadyAddresses ?? []).forEach(add(false));
  }
  return out;
}
function usableBackends(backends) {
  const ready = backends.filter((b) => b.ready && !b.terminating);
  if (ready.length > 0) return { backends: ready, terminatingFallback: false };
  const serving = backends.filter((b) => b.serving && b.terminating);
  return { backends: serving, terminatingFallback: serving.length > 0 };
}
function serviceBackendIPs(cluster, service3) {
  const namespace3 = service3.metadata.namespace ?? "default";
  const slices = serviceSlices(cluster, namespace3, service3.metadata.name);
  const seen = /* @__PURE__ */ new Map();
  for (const slice2 of slices) {
    if (slice2.addressType && slice2.addressType !== "IPv4") continue;
    for (const endpoint of slice2.endpoints ?? []) {
      const ready = endpoint.conditions?.ready ?? true;
      for (const ip of endpoint.addresses ?? []) {
        if (seen.has(ip)) continue;
        const podName = endpoint.targetRef?.kind === "Pod" ? endpoint.targetRef.name : void 0;
        seen.set(ip, {
          ip,
          port: slice2.ports?.[0]?.port ?? 0,
          namespace: namespace3,
          pod: podName,
          nodeName: endpoint.nodeName,
          hostname: endpoint.hostname ?? podHostname(cluster, namespace3, podName, service3.metadata.name),
          ready,
          serving: endpoint.conditions?.serving ?? ready,
          terminating: endpoint.conditions?.terminating ?? false
        });
      }
    }
  }
  if (slices.length === 0) {
    for (const backend2 of backendsFromEndpoints(cluster, namespace3, service3.metadata.name, "")) seen.set(backend2.ip, backend2);
    const endpoints2 = cluster.store.peek("Endpoints", namespace3, service3.metadata.name);
    for (const subset of endpoints2?.subsets ?? []) {
      for (const address of subset.addresses ?? []) {
        if (!seen.has(address.ip)) seen.set(address.ip, { ip: address.ip, port: 0, namespace: namespace3, hostname: address.hostname, ready: true, serving: true, terminating: false });
      }
    }
  }
  return [...seen.values()];
}
function podHostname(cluster, namespace3, pod3, service3) {
  if (!pod3) return void 0;
  const spec = cluster.store.peek("Pod", namespace3, pod3)?.spec;
  return spec?.hostname && spec.subdomain === service3 ? spec.hostname : void 0;
}

// src/core/cluster/network/kube-proxy.ts
function matchServiceRule(cluster, dstIP, dstPort, nodeLocal) {
  const index2 = networkIndex(cluster);
  for (const service3 of index2.servicesByIP.get(dstIP) ?? []) {
    if (isHeadless2(service3)) continue;
    for (const port of service3.spec?.ports ?? []) {
      if ((port.protocol ?? "TCP") !== "TCP" || port.port !== dstPort) continue;
      if (service3.spec?.clusterIP === dstIP || (service3.spec?.clusterIPs ?? []).includes(dstIP)) return { service: service3, port, entry: "ClusterIP", address: dstIP };
      if ((service3.spec?.externalIPs ?? []).includes(dstIP)) return { service: service3, port, entry: "ExternalIP", address: dstIP };
      if (loadBalancerIPs(service3).includes(dstIP)) return { service: service3, port, entry: "LoadBalancer", address: dstIP };
    }
  }
  if (!nodeLocal) return void 0;
  for (const service3 of index2.servicesByNodePort.get(dstPort) ?? []) {
    const type = serviceType(service3);
    if (type !== "NodePort" && type !== "LoadBalancer") continue;
    const port = (service3.spec?.ports ?? []).find((p) => p.nodePort === dstPort && (p.protocol ?? "TCP") === "TCP");
    if (port) return { service: service3, port, entry: "NodePort", address: dstIP };
  }
  return void 0;
}
function isServiceVIP(cluster, ip) {
  const service3 = serviceByClusterIP(cluster, ip);
  return service3 && !isHeadless2(service3) ? service3 : void 0;
}
function chainName(prefix, key) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let h1 = 2166136261;
  let h2 = 16777619;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ key.charCodeAt(i), 2246822507) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 16; i++) {
    const source = i < 8 ? h1 : h2;
    out += alphabet[source >>> i % 8 * 4 & 31];
  }
  return `${prefix}-${out}`;
}
function servicePortName(match) {
  const ns = match.service.metadata.namespace ?? "default";
  return `${ns}/${match.service.metadata.name}${match.port.name ? `:${match.port.name}` : ""}`;
}
function applyServiceRules(cluster, client, match, node) {
  const where = `kube-proxy on ${node.name}`;
  const name = servicePortName(match);
  const key = `${name}/${match.port.protocol ?? "TCP"}`;
  const svcChain = chainName("KUBE-SVC", key);
  const hops = [];
  const external = match.entry !== "ClusterIP";
  const fromOutside = external && !isInsideCluster(cluster, client);
  const entryText = describeEntry(match);
  hops.push({ kind: "route", where, text: `${entryText} matches Service ${name}`, rule: match.entry === "NodePort" ? "KUBE-NODEPORTS" : "KUBE-SERVICES" });
  const ranges = match.service.spec?.loadBalancerSourceRanges ?? [];
  if (match.entry === "LoadBalancer" && ranges.length > 0 && !ranges.some((range) => inCIDR(client.ip, range.includes("/") ? range : `${range}/32`))) {
    hops.push({ kind: "drop", where, text: `loadBalancerSourceRanges (${ranges.join(", ")}) does not include the client ${client.ip}: dropped`, rule: chainName("KUBE-FW", key) });
    return { kind: "drop", hops };
  }
  const all = backendsForPort(cluster, match.service, match.port);
  const { backends: usable, terminatingFallback } = usableBackends(all);
  if (usable.length === 0) {
    hops.push({ kind: "reject", where, text: `${name} has no endpoints: ${whyNoEndpoints(all)}, so the packet is rejected (ICMP port unreachable) and the client sees "connection refused" at once`, rule: external ? "KUBE-EXTERNAL-SERVICES" : "KUBE-SERVICES" });
    return { kind: "reject", hops };
  }
  if (terminatingFallback) hops.push({ kind: "route", where, text: "no endpoint is ready; falling back to endpoints that are terminating but still serving" });
  let candidates = usable;
  const etpLocal = match.service.spec?.externalTrafficPolicy === "Local";
  const itpLocal = match.service.spec?.internalTrafficPolicy === "Local";
  if (external && etpLocal) {
    if (fromOutside) {
      candidates = usable.filter((b) => b.nodeName === node.name);
      if (candidates.length === 0) {
        hops.push({ kind: "drop", where, text: `externalTrafficPolicy: Local and ${node.name} runs no ready endpoint of ${name}: the packet from outside the cluster is dropped (the client waits for a timeout)`, rule: "KUBE-EXTERNAL-SERVICES" });
        return { kind: "drop", hops };
      }
      hops.push({ kind: "route", where, text: `externalTrafficPolicy: Local: only the ${candidates.length} endpoint(s) on ${node.name} are used`, rule: chainName("KUBE-SVL", key) });
    } else {
      hops.push({ kind: "route", where, text: `externalTrafficPolicy: Local does not apply to traffic from inside the cluster (${client.label}); it is short-circuited to all endpoints`, rule: chainName("KUBE-EXT", key) });
    }
  } else if (!external && itpLocal) {
    candidates = usable.filter((b) => b.nodeName === node.name);
    if (candidates.length === 0) {
      hops.push({ kind: "drop", where, text: `internalTrafficPolicy: Local and ${node.name} (the client's node) runs no endpoint of ${name}: the packet is dropped`, rule: chainName("KUBE-SVL", key) });
      return { kind: "drop", hops };
    }
  }
  const backend2 = pickBackend(cluster, match, client, candidates, hops, where);
  const target = `${backend2.ip}:${backend2.port}`;
  const owner = backend2.pod ? ` (pod ${backend2.namespace}/${backend2.pod}${backend2.nodeName ? ` on ${backend2.nodeName}` : ""})` : "";
  hops.push({ kind: "dnat", where, text: `${entryText} \u2192 ${target}${owner}, chosen at random from ${candidates.length} endpoint(s)`, rule: `${svcChain} \u2192 ${chainName("KUBE-SEP", `${key}/${target}`)}` });
  const sourceIP = sourceAfterNat(cluster, client, match, node, backend2, etpLocal, hops, where);
  return { kind: "dnat", backend: backend2, sourceIP, hops };
}
function describeEntry(match) {
  switch (match.entry) {
    case "ClusterIP":
      return `ClusterIP ${match.address}:${match.port.port}`;
    case "NodePort":
      return `NodePort ${match.address}:${match.port.nodePort}`;
    case "LoadBalancer":
      return `LoadBalancer IP ${match.address}:${match.port.port}`;
    case "ExternalIP":
      return `externalIP ${match.address}:${match.port.port}`;
  }
}
var ENTRY_ARTICLE = { ClusterIP: "the ClusterIP", NodePort: "a NodePort", LoadBalancer: "the LoadBalancer IP", ExternalIP: "an externalIP" };
function whyNoEndpoints(all) {
  if (all.length === 0) return "no pod matches its selector with a resolvable target port";
  return `${all.length} endpoint(s) listed but none is ready`;
}
function isInsideCluster(cluster, client) {
  if (client.kind !== "laptop") return true;
  return inCIDR(client.ip, POD_CIDR) || clusterNodes(cluster).some((n) => n.ip === client.ip);
}
function pickBackend(cluster, match, client, candidates, hops, where) {
  const spec = match.service.spec;
  if (spec?.sessionAffinity !== "ClientIP") return cluster.random.pick(candidates);
  const timeoutMs = (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) * 1e3;
  const key = `${servicePortName(match)}:${match.port.port}|${client.ip}`;
  const now = cluster.clock.now();
  const remembered = cluster.affinity.get(key);
  const still = remembered && now - remembered.lastUsedMs <= timeoutMs ? candidates.find((b) => `${b.ip}:${b.port}` === remembered.endpoint) : void 0;
  const backend2 = still ?? cluster.random.pick(candidates);
  cluster.affinity.set(key, { endpoint: `${backend2.ip}:${backend2.port}`, lastUsedMs: now });
  hops.push({
    kind: "route",
    where,
    text: still ? `sessionAffinity: ClientIP: ${client.ip} used ${still.ip} ${Math.round((now - remembered.lastUsedMs) / 1e3)}s ago (timeout ${timeoutMs / 1e3}s), so it goes there again` : `sessionAffinity: ClientIP: no recent choice for ${client.ip}; a new endpoint is picked and remembered for ${timeoutMs / 1e3}s`,
    rule: "recent module"
  });
  return backend2;
}
function sourceAfterNat(cluster, client, match, node, backend2, etpLocal, hops, where) {
  const external = match.entry !== "ClusterIP";
  const hairpin = client.kind === "pod" && backend2.ip === client.ip;
  let masquerade = false;
  let reason = "";
  if (external && !etpLocal) {
    masquerade = true;
    reason = `externalTrafficPolicy: Cluster masquerades traffic that arrives through ${ENTRY_ARTICLE[match.entry]}`;
  } else if (hairpin) {
    masquerade = true;
    reason = "hairpin: the pod reached itself through its Service";
  } else if (!inCIDR(client.ip, POD_CIDR) && !(external && etpLocal && !isInsideCluster(cluster, client))) {
    masquerade = true;
    reason = "the source is not a pod address";
  }
  if (masquerade) {
    if (client.ip !== node.ip) hops.push({ kind: "snat", where, text: `source ${client.ip} rewritten to the node's address ${node.ip} (${reason}); the pod sees ${node.ip}`, rule: "KUBE-POSTROUTING MASQUERADE" });
    return node.ip;
  }
  const why = external && etpLocal ? "externalTrafficPolicy: Local keeps the client address" : "pod-to-Service traffic is not masqueraded";
  hops.push({ kind: "snat", where, text: `no SNAT: ${why}; the pod sees ${client.ip}` });
  return client.ip;
}

// src/core/cluster/shell/iptables-save.ts
function iptablesSave(cluster) {
  const chains = /* @__PURE__ */ new Set(["KUBE-SERVICES", "KUBE-NODEPORTS"]);
  const rules = [];
  const filter = [];
  for (const service3 of services(cluster)) {
    const type = serviceType(service3);
    if (type === "ExternalName" || isHeadless2(service3)) continue;
    for (const port of service3.spec?.ports ?? []) {
      const name = servicePortName({ service: service3, port });
      const protocol = (port.protocol ?? "TCP").toLowerCase();
      const key = `${name}/${port.protocol ?? "TCP"}`;
      const svc = chainName("KUBE-SVC", key);
      const ip = service3.spec?.clusterIP;
      const { backends } = usableBackends(backendsForPort(cluster, service3, port));
      const match = `-p ${protocol} -m comment --comment "${name}`;
      const entries = [`-d ${ip}/32 ${match} cluster IP" -m ${protocol} --dport ${port.port}`];
      for (const lb of loadBalancerIPs(service3)) entries.push(`-d ${lb}/32 ${match} loadbalancer IP" -m ${protocol} --dport ${port.port}`);
      for (const external of service3.spec?.externalIPs ?? []) entries.push(`-d ${external}/32 ${match} external IP" -m ${protocol} --dport ${port.port}`);
      if (backends.length === 0) {
        for (const entry of entries) filter.push(`-A KUBE-SERVICES ${entry.replace(/" -m/, ' has no endpoints" -m')} -j REJECT --reject-with icmp-port-unreachable`);
        if (port.nodePort) filter.push(`-A KUBE-EXTERNAL-SERVICES ${match} has no endpoints" -m addrtype --dst-type LOCAL -m ${protocol} --dport ${port.nodePort} -j REJECT --reject-with icmp-port-unreachable`);
        continue;
      }
      chains.add(svc);
      for (const entry of entries) rules.push(`-A KUBE-SERVICES ${entry} -j ${svc}`);
      if (port.nodePort && (type === "NodePort" || type === "LoadBalancer")) rules.push(`-A KUBE-NODEPORTS ${match}" -m ${protocol} --dport ${port.nodePort} -j ${svc}`);
      backends.forEach((backend2, index2) => {
        const sep = chainName("KUBE-SEP", `${key}/${backend2.ip}:${backend2.port}`);
        chains.add(sep);
        const remaining = backends.length - index2;
        const probability = remaining > 1 ? ` -m statistic --mode random --probability ${(1 / remaining).toFixed(11)}` : "";
        rules.push(`-A ${svc} -m comment --comment "${name} -> ${backend2.ip}:${backend2.port}"${probability} -j ${sep}`);
        rules.push(`-A ${sep} ${match}" -m ${protocol} -j DNAT --to-destination ${backend2.ip}:${backend2.port}`);
      });
    }
  }
  rules.push('-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');
  return [
    "# Generated by iptables-save v1.8.9 (nf_tables)",
    "*filter",
    ":KUBE-EXTERNAL-SERVICES - [0:0]",
    ":KUBE-SERVICES - [0:0]",
    ...filter,
    "COMMIT",
    "*nat",
    ...[...chains].map((chain) => `:${chain} - [0:0]`),
    ...rules,
    "COMMIT",
    ""
  ].join("\n");
}

// src/core/cluster/shell/node-access.ts
var ok3 = (text = "") => ({ output: text ? [{ stream: "stdout", text }] : [], exitCode: 0 });
var fail3 = (text, exitCode = 1) => ({ output: [{ stream: "stderr", text }], exitCode });
function nodeFor(target) {
  const host = target.includes("@") ? target.slice(target.indexOf("@") + 1) : target;
  return NODES.find((node) => node.name === host || node.internalIP === host)?.name;
}
function ssh(session, args) {
  const target = args.find((arg) => !arg.startsWith("-"));
  if (!target) return fail3("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command [argument ...]]\n", 255);
  const node = nodeFor(target);
  if (!node) return fail3(`ssh: Could not resolve hostname ${target.replace(/^.*@/, "")}: Name or service not known
`, 255);
  session.vantage = { kind: "node", node };
  session.entered = { via: "ssh" };
  return ok3();
}
function docker(session, args, runOnNode) {
  if (args[0] === "ps") {
    const rows = NODES.map((node2) => `${node2.name.padEnd(20)}kindest/node:v1.34.0   Up`);
    return ok3(`NAMES               IMAGE                  STATUS
${rows.join("\n")}
`);
  }
  if (args[0] !== "exec") return fail3("kubetutor: only `docker exec -it <node> bash` and `docker ps` are simulated here\n");
  const rest = args.slice(1).filter((arg) => !arg.startsWith("-"));
  const node = rest[0] ? nodeFor(rest[0]) : void 0;
  if (!node) return fail3(`Error response from daemon: No such container: ${rest[0] ?? ""}
`);
  const command = rest.slice(1);
  if (command.length === 0) return fail3('"docker exec" requires at least 2 arguments.\n');
  if (command.length === 1 && ["bash", "sh", "/bin/bash", "/bin/sh"].includes(command[0])) {
    session.vantage = { kind: "node", node };
    session.entered = { via: "docker" };
    return ok3();
  }
  return runOnNode({ kind: "node", node }, command);
}
function kind(args) {
  if (args[0] === "get" && args[1] === "clusters") return ok3("kind\n");
  if (args[0] === "get" && args[1] === "nodes") return ok3(NODES.map((node) => node.name).join("\n") + "\n");
  return fail3('kubetutor: the sandbox is one kind cluster named "kind"; only `kind get clusters` and `kind get nodes` are simulated\n');
}

// src/core/cluster/shell/parse-line.ts
var OPERATORS = ["2>&1", "&>>", "<<-", "2>>", "&&", "||", ">>", "<<", "&>", "2>", "|", ";", ">", "<", "&"];
function closingParen(line, open) {
  let depth = 0;
  for (let j = open; j < line.length; j++) {
    const ch = line[j];
    if (ch === "'") {
      const end = line.indexOf("'", j + 1);
      if (end === -1) return -1;
      j = end;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return j;
  }
  return -1;
}
function dollar(line, i, expansion) {
  const after = line[i + 1];
  if (after === "(") {
    const close = closingParen(line, i + 1);
    if (close === -1) return void 0;
    const raw = line.slice(i, close + 1);
    return { text: expansion ? expansion.command(line.slice(i + 2, close)).replace(/\n+$/, "") : raw, next: close + 1 };
  }
  if (after === "{") {
    const close = line.indexOf("}", i);
    if (close === -1) return void 0;
    return { text: expansion ? expansion.variable(line.slice(i + 2, close)) : line.slice(i, close + 1), next: close + 1 };
  }
  const name = /^([A-Za-z_][A-Za-z0-9_]*|\?)/.exec(line.slice(i + 1))?.[0];
  if (!name) return void 0;
  return { text: expansion ? expansion.variable(name) : `$${name}`, next: i + 1 + name.length };
}
function tokenize(line, expansion) {
  const tokens = [];
  let i = 0;
  let word = "";
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push({ type: "word", value: word });
    word = "";
    inWord = false;
  };
  while (i < line.length) {
    const ch = line[i];
    if (ch === " " || ch === "	" || ch === "\n") {
      flush();
      i++;
      continue;
    }
    if (ch === "#" && !inWord) break;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return { ok: false, message: "bash: unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      while (j < line.length && line[j] !== '"') {
        const expanded2 = line[j] === "$" ? dollar(line, j, expansion) : void 0;
        if (expanded2) {
          text += expanded2.text;
          j = expanded2.next;
          continue;
        }
        if (line[j] === "\\" && j + 1 < line.length && '"\\$`\n'.includes(line[j + 1])) {
          if (line[j + 1] !== "\n") text += line[j + 1];
          j += 2;
          continue;
        }
        text += line[j];
        j++;
      }
      if (j >= line.length) return { ok: false, message: "bash: unexpected EOF while looking for matching `\"'" };
      word += text;
      inWord = true;
      i = j + 1;
      continue;
    }
    const expanded = ch === "$" ? dollar(line, i, expansion) : void 0;
    if (expanded) {
      word += expanded.text;
      inWord = inWord || expanded.text !== "";
      i = expanded.next;
      continue;
    }
    if (ch === "\\") {
      if (i + 1 < line.length && line[i + 1] !== "\n") word += line[i + 1];
      inWord = inWord || i + 1 < line.length;
      i += 2;
      continue;
    }
    const op = OPERATORS.find((candidate) => (!inWord || candidate[0] !== "2") && line.startsWith(candidate, i));
    if (op) {
      flush();
      tokens.push({ type: "op", value: op });
      i += op.length;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  flush();
  return { ok: true, tokens };
}
function parseLine(line, expansion) {
  const lexed = tokenize(line, expansion);
  if (!lexed.ok) return lexed;
  const pipelines = [];
  let heredoc;
  let stage = { argv: [], redirects: [] };
  let pipeline = { stages: [], after: ";" };
  const tokens = lexed.tokens;
  const syntax = (near) => ({ ok: false, message: `bash: syntax error near unexpected token \`${near}'` });
  const endStage = (op) => {
    if (stage.argv.length === 0 && !stage.heredoc) return syntax(op);
    pipeline.stages.push(stage);
    stage = { argv: [], redirects: [] };
    return void 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "word") {
      stage.argv.push(token.value);
      continue;
    }
    const op = token.value;
    if (op === "|") {
      const failed = endStage(op);
      if (failed) return failed;
      continue;
    }
    if (op === "&&" || op === "||" || op === ";" || op === "&") {
      const failed = endStage(op);
      if (failed) return failed;
      pipelines.push(pipeline);
      pipeline = { stages: [], after: op === "&" ? ";" : op };
      continue;
    }
    if (op === "2>&1") {
      stage.redirects.push({ fd: 2, target: "&1", append: false });
      continue;
    }
    const next = tokens[i + 1];
    if (!next || next.type !== "word") return syntax(next ? next.value : "newline");
    i++;
    if (op === "<<" || op === "<<-") {
      heredoc = { delimiter: next.value, stripTabs: op === "<<-" };
      stage.heredoc = true;
    } else if (op === "<") stage.input = next.value;
    else if (op === ">" || op === ">>") stage.redirects.push({ fd: 1, target: next.value, append: op === ">>" });
    else if (op === "2>" || op === "2>>") stage.redirects.push({ fd: 2, target: next.value, append: op === "2>>" });
    else if (op === "&>" || op === "&>>") {
      stage.redirects.push({ fd: 1, target: next.value, append: op === "&>>" });
      stage.redirects.push({ fd: 2, target: "&1", append: false });
    }
  }
  if (stage.argv.length > 0 || stage.heredoc || stage.redirects.length > 0) {
    if (stage.argv.length === 0 && !stage.heredoc) return syntax("newline");
    pipeline.stages.push(stage);
  } else if (pipeline.stages.length > 0 || pipelines.length > 0 && pipeline.after !== ";") {
    return syntax("newline");
  }
  if (pipeline.stages.length > 0) pipelines.push(pipeline);
  return { ok: true, pipelines, heredoc };
}

// src/core/cluster/shell/pod-image.ts
var BUSYBOX = ["wget", "nslookup", "ping", "hostname", "cat", "env", "echo", "sleep", "ls", "grep", "head", "tail", "wc", "sort", "true", "false", "pwd", "whoami", "date", "ip", "ifconfig", "nc", "sh", "ash"];
var DEBIAN = ["hostname", "cat", "env", "echo", "sleep", "ls", "grep", "head", "tail", "wc", "sort", "true", "false", "pwd", "whoami", "date", "sh", "bash"];
var PROFILES = [
  [/netshoot/, { shell: "bash", tools: /* @__PURE__ */ new Set([...DEBIAN, "curl", "wget", "nslookup", "dig", "ping", "ip", "nc", "iptables-save"]) }],
  [/dnsutils|jessie-dnsutils/, { shell: "bash", tools: /* @__PURE__ */ new Set([...DEBIAN, "nslookup", "dig", "ping", "wget"]) }],
  [/curlimages\/curl|(^|\/)curl(:|$)/, { shell: "sh", tools: /* @__PURE__ */ new Set([...BUSYBOX, "curl"]) }],
  [/(^|\/)(busybox)(:|$)/, { shell: "sh", tools: new Set(BUSYBOX) }],
  [/(^|\/)(alpine)(:|$)/, { shell: "sh", tools: new Set(BUSYBOX) }],
  [/agnhost/, { shell: "sh", tools: /* @__PURE__ */ new Set([...BUSYBOX, "curl", "dig"]) }],
  [/(^|\/)(nginx|httpd|debian|ubuntu|node|python)(:|$|-)/, { shell: "bash", tools: /* @__PURE__ */ new Set([...DEBIAN, "curl"]) }]
];
var DEFAULT_TOOLS = { shell: "sh", tools: /* @__PURE__ */ new Set([...BUSYBOX, "curl"]) };
function imageTools(image) {
  const name = image ?? "";
  for (const [pattern, tools] of PROFILES) if (pattern.test(name)) return tools;
  return DEFAULT_TOOLS;
}

// src/core/cluster/shell/split-script.ts
function splitScript(text) {
  const lines2 = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines2.length > 0 && lines2[lines2.length - 1] === "") lines2.pop();
  const commands = [];
  let i = 0;
  while (i < lines2.length) {
    const first = lines2[i];
    const trimmed = first.trim();
    if (trimmed === "" || trimmed.startsWith("#")) {
      i++;
      continue;
    }
    const lineNumber = i + 1;
    let logical = first;
    while (endsWithContinuation(logical) && i + 1 < lines2.length) {
      logical = logical.slice(0, -1) + lines2[++i];
    }
    if (endsWithContinuation(logical)) logical = logical.slice(0, -1);
    i++;
    const command = { firstLine: first, line: logical, lineNumber };
    const parsed2 = parseLine(logical);
    if (parsed2.ok && parsed2.heredoc) {
      const { delimiter, stripTabs } = parsed2.heredoc;
      const body = [];
      let closed = false;
      while (i < lines2.length) {
        const raw = lines2[i++];
        const candidate = stripTabs ? raw.replace(/^\t+/, "") : raw;
        if (candidate === delimiter) {
          closed = true;
          break;
        }
        body.push(candidate);
      }
      command.stdin = body.length > 0 ? body.join("\n") + "\n" : "";
      if (!closed) command.warning = `bash: warning: here-document at line ${lineNumber} delimited by end-of-file (wanted \`${delimiter}')
`;
    }
    commands.push(command);
  }
  return commands;
}
function endsWithContinuation(line) {
  const match = /\\+$/.exec(line);
  return Boolean(match && match[0].length % 2 === 1);
}

// src/core/cluster/network/internet.ts
var INTERNET = [
  { names: ["example.com", "www.example.com"], ip: "192.0.2.10", server: "ECAcc (sim/0000)", title: "Example Domain" },
  { names: ["example.org", "www.example.org"], ip: "192.0.2.11", server: "ECAcc (sim/0000)", title: "Example Domain" },
  { names: ["example.net"], ip: "192.0.2.12", server: "ECAcc (sim/0000)", title: "Example Domain" },
  { names: ["api.example.com"], ip: "203.0.113.30", server: "nginx", title: "Example API" },
  { names: ["db.example.com", "my.database.example.com"], ip: "203.0.113.40", server: "nginx", title: "Example database console" },
  { names: ["kubernetes.io", "www.kubernetes.io"], ip: "198.51.100.20", server: "Netlify", title: "Kubernetes" },
  { names: ["google.com", "www.google.com"], ip: "198.51.100.30", server: "gws", title: "Google" },
  { names: ["github.com"], ip: "198.51.100.40", server: "github.com", title: "GitHub" }
];
function internetHostByName(name) {
  const bare = name.toLowerCase().replace(/\.$/, "");
  return INTERNET.find((host) => host.names.includes(bare));
}
function internetHostByIP(ip) {
  return INTERNET.find((host) => host.ip === ip);
}

// src/core/cluster/network/dns.ts
var RR_TYPES = ["A", "AAAA", "CNAME", "SRV", "PTR", "SOA", "TXT", "NS", "MX", "ANY"];
var CLUSTER_TTL = 30;
var UPSTREAM_TTL = 300;
var DOCKER_TTL = 600;
var SOA_SERIAL = 1767225600;
var CLUSTER_SOA = (zone) => ({
  name: `${zone}.`,
  ttl: CLUSTER_TTL,
  type: "SOA",
  data: `ns.dns.${CLUSTER_DOMAIN}. hostmaster.${CLUSTER_DOMAIN}. ${SOA_SERIAL} 7200 1800 86400 30`
});
var ROOT_SOA = { name: ".", ttl: 86400, type: "SOA", data: "a.root-servers.net. nstld.verisign-grs.com. 2026010100 1800 900 604800 86400" };
var DOCKER_DNS_IP = LAPTOP_IP;
var LAPTOP_RESOLVER_IP = "127.0.0.53";
var PUBLIC_RESOLVERS = ["8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9"];
function dnsServerAt(cluster, client, ip) {
  const inCluster = client.kind !== "laptop";
  if (ip === DNS_SERVICE_IP) return inCluster ? coreDnsBehindService(cluster) : "unreachable";
  if (isCoreDnsPodIP(cluster, ip)) return inCluster ? "coredns" : "unreachable";
  if (ip === LAPTOP_RESOLVER_IP) return client.kind === "laptop" ? "laptop" : "refused";
  if (ip === DOCKER_DNS_IP) return inCluster ? "docker" : "refused";
  if (PUBLIC_RESOLVERS.includes(ip)) return "public";
  if (clusterNodes(cluster).some((node) => node.ip === ip) || ip.startsWith("127.")) return "refused";
  return "unreachable";
}
function coreDnsBehindService(cluster) {
  const service3 = serviceByName(cluster, "kube-system", "kube-dns");
  if (!service3 || service3.spec?.clusterIP !== DNS_SERVICE_IP) return "unreachable";
  const port = (service3.spec?.ports ?? []).find((p) => p.port === 53 && (p.protocol ?? "TCP") === "UDP") ?? service3.spec?.ports?.[0];
  if (!port) return "unreachable";
  return usableBackends(backendsForPort(cluster, service3, port)).backends.length > 0 ? "coredns" : "refused";
}
function isCoreDnsPodIP(cluster, ip) {
  const dns = serviceByName(cluster, "kube-system", "kube-dns");
  return dns ? serviceBackendIPs(cluster, dns).some((backend2) => backend2.ip === ip) : false;
}
function queryServer(cluster, server, qname, qtype) {
  const name = absolute(qname);
  switch (server) {
    case "coredns":
      return coreDns(cluster, name, qtype);
    case "docker":
      return upstream(cluster, name, qtype, true, "docker DNS knows node names and public names");
    case "laptop":
      return upstream(cluster, name, qtype, false, "the laptop's resolver knows only public names");
    case "public":
      return upstream(cluster, name, qtype, false, "a public resolver");
  }
}
function absolute(name) {
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}
function coreDns(cluster, name, qtype) {
  const zone = `${CLUSTER_DOMAIN}.`;
  if (name === zone || name.endsWith(`.${zone}`)) return clusterZone(cluster, name, qtype);
  if (name.endsWith(".in-addr.arpa.")) {
    const reverse = reverseLookup(cluster, name);
    if (reverse.length > 0) return authoritative(qtype === "PTR" || qtype === "ANY" ? reverse : [], "in-addr.arpa", "reverse zone");
  }
  const forwarded = upstream(cluster, name, qtype, true, "not a cluster name: forwarded to 172.18.0.1");
  return { ...forwarded, recursionAvailable: true };
}
function authoritative(answer, zone, source) {
  return { rcode: "NOERROR", authoritative: true, recursionAvailable: false, answer, authority: answer.length ? [] : [CLUSTER_SOA(zone)], source };
}
function nxdomain(zone, source) {
  return { rcode: "NXDOMAIN", authoritative: true, recursionAvailable: false, answer: [], authority: [CLUSTER_SOA(zone)], source };
}
function clusterZone(cluster, name, qtype) {
  const source = "zone cluster.local";
  const labels2 = name.slice(0, -(CLUSTER_DOMAIN.length + 2)).split(".").filter(Boolean);
  const last = labels2[labels2.length - 1];
  if (labels2.length === 0) return authoritative(qtype === "SOA" ? [CLUSTER_SOA(CLUSTER_DOMAIN)] : [], CLUSTER_DOMAIN, source);
  if (last === "svc") return serviceNames(cluster, name, labels2.slice(0, -1), qtype, source);
  if (last === "pod") return podNames(cluster, name, labels2.slice(0, -1), qtype, source);
  return nxdomain(CLUSTER_DOMAIN, source);
}
function namespaceExists(cluster, namespace3) {
  return cluster.store.has("Namespace", void 0, namespace3) || services(cluster, namespace3).length > 0;
}
function podNames(cluster, name, labels2, qtype, source) {
  if (labels2.length === 0) return authoritative([], CLUSTER_DOMAIN, source);
  if (labels2.length === 1) return namespaceExists(cluster, labels2[0]) ? authoritative([], CLUSTER_DOMAIN, source) : nxdomain(CLUSTER_DOMAIN, source);
  if (labels2.length !== 2) return nxdomain(CLUSTER_DOMAIN, source);
  const ip = labels2[0].replace(/-/g, ".");
  if (!isIPv4(ip) || labels2[0].split("-").length !== 4) return nxdomain(CLUSTER_DOMAIN, source);
  return authoritative(wants(qtype, "A") ? [{ name, ttl: CLUSTER_TTL, type: "A", data: ip }] : [], CLUSTER_DOMAIN, source);
}
function wants(qtype, type) {
  return qtype === type || qtype === "ANY";
}
function serviceNames(cluster, name, labels2, qtype, source) {
  if (labels2.length === 0) return authoritative([], CLUSTER_DOMAIN, source);
  const namespace3 = labels2[labels2.length - 1];
  if (labels2.length === 1) return namespaceExists(cluster, namespace3) ? authoritative([], CLUSTER_DOMAIN, source) : nxdomain(CLUSTER_DOMAIN, source);
  const service3 = serviceByName(cluster, namespace3, labels2[labels2.length - 2]);
  if (!service3) return nxdomain(CLUSTER_DOMAIN, source);
  const svcName = `${service3.metadata.name}.${namespace3}.svc.${CLUSTER_DOMAIN}.`;
  const rest = labels2.slice(0, -2);
  if (rest.length === 0) return serviceRecords(cluster, service3, svcName, qtype, source);
  if (rest.length === 2 && rest[0].startsWith("_") && rest[1].startsWith("_")) return srvRecords(cluster, service3, name, svcName, rest[0].slice(1), rest[1].slice(1), qtype, source);
  if (rest.length === 1 && isHeadless2(service3)) {
    const backend2 = dnsBackends(cluster, service3).find((b) => endpointLabel(b) === rest[0]);
    if (!backend2) return nxdomain(CLUSTER_DOMAIN, source);
    return authoritative(wants(qtype, "A") ? [{ name, ttl: CLUSTER_TTL, type: "A", data: backend2.ip }] : [], CLUSTER_DOMAIN, source);
  }
  return nxdomain(CLUSTER_DOMAIN, source);
}
function dnsBackends(cluster, service3) {
  const all = serviceBackendIPs(cluster, service3);
  return service3.spec?.publishNotReadyAddresses ? all : all.filter((b) => b.ready);
}
function endpointLabel(backend2) {
  return backend2.hostname ?? backend2.ip.replace(/\./g, "-");
}
function serviceRecords(cluster, service3, svcName, qtype, source) {
  if (serviceType(service3) === "ExternalName") return externalName(cluster, service3, svcName, qtype, source);
  if (isHeadless2(service3)) {
    const backends = shuffle(cluster, dnsBackends(cluster, service3));
    if (backends.length === 0) return nxdomain(CLUSTER_DOMAIN, `headless Service ${service3.metadata.namespace}/${service3.metadata.name} has no ready endpoints`);
    const answer2 = [];
    if (wants(qtype, "A")) for (const b of backends) answer2.push({ name: svcName, ttl: CLUSTER_TTL, type: "A", data: b.ip });
    if (wants(qtype, "SRV")) answer2.push(...headlessSrv(service3, svcName, backends, void 0));
    return authoritative(answer2, CLUSTER_DOMAIN, source);
  }
  const ip = service3.spec?.clusterIP;
  const answer = [];
  if (ip && wants(qtype, "A")) answer.push({ name: svcName, ttl: CLUSTER_TTL, type: "A", data: ip });
  if (wants(qtype, "SRV")) {
    for (const port of service3.spec?.ports ?? []) answer.push({ name: svcName, ttl: CLUSTER_TTL, type: "SRV", data: `0 100 ${port.port} ${svcName}` });
  }
  return authoritative(answer, CLUSTER_DOMAIN, source);
}
function externalName(cluster, service3, svcName, qtype, source) {
  const target = absolute(service3.spec?.externalName ?? "");
  const cname = { name: svcName, ttl: CLUSTER_TTL, type: "CNAME", data: target };
  if (qtype === "CNAME" || target === ".") return authoritative([cname], CLUSTER_DOMAIN, source);
  const chased = target.endsWith(`.${CLUSTER_DOMAIN}.`) ? coreDns(cluster, target, qtype) : upstream(cluster, target, qtype, true, "");
  return authoritative([cname, ...chased.answer], CLUSTER_DOMAIN, `ExternalName Service: CNAME to ${target}`);
}
function srvRecords(cluster, service3, name, svcName, portName2, protocol, qtype, source) {
  const port = (service3.spec?.ports ?? []).find((p) => p.name === portName2 && (p.protocol ?? "TCP").toLowerCase() === protocol);
  if (!port) return nxdomain(CLUSTER_DOMAIN, source);
  if (!wants(qtype, "SRV")) return authoritative([], CLUSTER_DOMAIN, source);
  if (isHeadless2(service3)) {
    const backends = shuffle(cluster, dnsBackends(cluster, service3));
    if (backends.length === 0) return nxdomain(CLUSTER_DOMAIN, source);
    return authoritative(headlessSrv(service3, name, backends, port.name), CLUSTER_DOMAIN, source);
  }
  return authoritative([{ name, ttl: CLUSTER_TTL, type: "SRV", data: `0 100 ${port.port} ${svcName}` }], CLUSTER_DOMAIN, source);
}
function headlessSrv(service3, owner, backends, portName2) {
  const namespace3 = service3.metadata.namespace ?? "default";
  const weight = Math.floor(100 / backends.length);
  const ports = (service3.spec?.ports ?? []).filter((p) => portName2 === void 0 || p.name === portName2);
  const out = [];
  for (const port of ports) {
    const number = typeof port.targetPort === "number" ? port.targetPort : port.port;
    for (const b of backends) {
      out.push({ name: owner, ttl: CLUSTER_TTL, type: "SRV", data: `0 ${weight} ${number} ${endpointLabel(b)}.${service3.metadata.name}.${namespace3}.svc.${CLUSTER_DOMAIN}.` });
    }
  }
  return out;
}
function shuffle(cluster, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = cluster.random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function reverseLookup(cluster, name) {
  const ip = ptrToIP(name);
  if (!ip) return [];
  const byClusterIP = serviceByClusterIP(cluster, ip);
  if (byClusterIP) return [{ name, ttl: CLUSTER_TTL, type: "PTR", data: `${byClusterIP.metadata.name}.${byClusterIP.metadata.namespace ?? "default"}.svc.${CLUSTER_DOMAIN}.` }];
  const out = [];
  for (const service3 of services(cluster)) {
    if (serviceType(service3) === "ExternalName") continue;
    const backend2 = serviceBackendIPs(cluster, service3).find((b) => b.ip === ip);
    if (backend2) out.push({ name, ttl: CLUSTER_TTL, type: "PTR", data: `${endpointLabel(backend2)}.${service3.metadata.name}.${service3.metadata.namespace ?? "default"}.svc.${CLUSTER_DOMAIN}.` });
  }
  return out;
}
function ptrToIP(name) {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.?$/.exec(name);
  if (!match) return void 0;
  const ip = [match[4], match[3], match[2], match[1]].join(".");
  return isIPv4(ip) ? ip : void 0;
}
function ipToPtr(ip) {
  return `${ip.split(".").reverse().join(".")}.in-addr.arpa.`;
}
function upstream(cluster, name, qtype, dockerNames, source) {
  const ok5 = (answer) => ({ rcode: "NOERROR", authoritative: false, recursionAvailable: true, answer, authority: answer.length ? [] : [ROOT_SOA], source });
  const bare = name.slice(0, -1);
  if (dockerNames) {
    const node = clusterNodes(cluster).find((n) => n.name === bare || `${n.name}.kind` === bare);
    if (node) return ok5(wants(qtype, "A") ? [{ name, ttl: DOCKER_TTL, type: "A", data: node.ip }] : []);
    const ip = ptrToIP(name);
    const byIP = ip ? clusterNodes(cluster).find((n) => n.ip === ip) : void 0;
    if (byIP) return ok5(wants(qtype, "PTR") ? [{ name, ttl: DOCKER_TTL, type: "PTR", data: `${byIP.name}.kind.` }] : []);
  }
  if (name === "localhost.") return ok5(wants(qtype, "A") ? [{ name, ttl: 0, type: "A", data: "127.0.0.1" }] : []);
  const host = internetHostByName(name);
  if (host) return ok5(wants(qtype, "A") ? [{ name, ttl: UPSTREAM_TTL, type: "A", data: host.ip }] : []);
  return { rcode: "NXDOMAIN", authoritative: false, recursionAvailable: true, answer: [], authority: [ROOT_SOA], source };
}

// src/core/cluster/network/name-resolution.ts
var SERVER_NAMES = { coredns: "CoreDNS", docker: "docker DNS", laptop: "resolver", public: "resolver" };
function resolvConfFor(client) {
  if (client.kind === "laptop") return { nameservers: [LAPTOP_RESOLVER_IP], search: [], ndots: 1 };
  const nodeConf = { nameservers: [DOCKER_DNS_IP], search: [], ndots: 1 };
  if (client.kind === "node" || !client.pod) return nodeConf;
  const spec = client.pod.spec;
  const policy = spec?.dnsPolicy ?? "ClusterFirst";
  if (policy === "Default" || spec?.hostNetwork && policy === "ClusterFirst") return nodeConf;
  if (policy === "None") {
    const config = spec?.dnsConfig;
    const ndots = Number(config?.options?.find((o) => o.name === "ndots")?.value ?? 1);
    return { nameservers: config?.nameservers ?? [], search: config?.searches ?? [], ndots };
  }
  const namespace3 = client.pod.metadata.namespace ?? "default";
  const search = [`${namespace3}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN, ...spec?.dnsConfig?.searches ?? []];
  const ndotsOption = spec?.dnsConfig?.options?.find((o) => o.name === "ndots")?.value;
  return { nameservers: [DNS_SERVICE_IP, ...spec?.dnsConfig?.nameservers ?? []], search, ndots: ndotsOption ? Number(ndotsOption) : 5 };
}
function hostsFileLookup(cluster, client, name) {
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (lower === "localhost" || lower === "ip6-localhost") return "127.0.0.1";
  if (client.kind === "node") {
    const node = clusterNodes(cluster).find((n) => n.name === client.node);
    return node && lower === node.name ? node.ip : void 0;
  }
  if (client.kind === "pod" && client.pod) {
    const spec = client.pod.spec;
    const hostname = spec?.hostname ?? client.pod.metadata.name;
    const names2 = [hostname];
    if (spec?.subdomain) names2.push(`${hostname}.${spec.subdomain}.${client.pod.metadata.namespace ?? "default"}.svc.${CLUSTER_DOMAIN}`);
    if (names2.includes(lower)) return client.ip;
  }
  return void 0;
}
function candidateNames(name, conf, useSearch) {
  if (name.endsWith(".")) return [absolute(name)];
  const asIs = absolute(name);
  if (!useSearch || conf.search.length === 0) return [asIs];
  const searched = conf.search.map((domain) => absolute(`${name}.${domain}`));
  const dots = name.split(".").length - 1;
  return dots >= conf.ndots ? [asIs, ...searched] : [...searched, asIs];
}
function searchLookup(cluster, client, name, qtype, options = {}) {
  const conf = resolvConfFor(client);
  const server = options.server ?? conf.nameservers[0] ?? DOCKER_DNS_IP;
  const kind2 = dnsServerAt(cluster, client, server);
  if (kind2 === "unreachable") return { server, attempts: [], failure: "timeout" };
  if (kind2 === "refused") return { server, attempts: [], failure: "refused" };
  const attempts = [];
  const serverName = SERVER_NAMES[kind2];
  for (const fqdn of candidateNames(name, conf, options.search ?? true)) {
    const response = queryServer(cluster, kind2, fqdn, qtype);
    const attempt = { fqdn, response };
    attempts.push(attempt);
    if (response.rcode === "NOERROR" && response.answer.length > 0) return { server, serverName, attempts, found: attempt };
    if (response.rcode !== "NOERROR" && response.rcode !== "NXDOMAIN") break;
  }
  return { server, serverName, attempts };
}
var RESOLVER_TRY_MS = 5e3;
var RESOLVER_ATTEMPTS = 2;
function resolveHost(cluster, client, host) {
  if (isIPv4(host)) return { addresses: [host], hops: [] };
  const fromHosts = hostsFileLookup(cluster, client, host);
  if (fromHosts) {
    return { addresses: [fromHosts], canonical: host, hops: [{ kind: "resolve", where: client.label, text: `${host} found in /etc/hosts: ${fromHosts}` }] };
  }
  const lookup = searchLookup(cluster, client, host, "A");
  const hops = lookupHops(lookup);
  if (lookup.failure === "timeout") {
    const waitedMs = candidateNames(host, resolvConfFor(client), true).length * RESOLVER_TRY_MS * RESOLVER_ATTEMPTS;
    return { addresses: [], hops, failure: "timeout", waitedMs };
  }
  if (lookup.failure) return { addresses: [], hops, failure: "timeout" };
  if (!lookup.found) {
    hops.push({ kind: "resolve", where: client.label, text: lookupGaveUp(client, host) });
    return { addresses: [], hops, failure: "nxdomain" };
  }
  const addresses = lookup.found.response.answer.filter((r) => r.type === "A").map((r) => r.data);
  if (addresses.length === 0) {
    hops.push({ kind: "resolve", where: client.label, text: `${host}: a CNAME but no address at the end of it` });
    return { addresses, hops, failure: "nxdomain" };
  }
  const cname = lookup.found.response.answer.find((r) => r.type === "CNAME");
  return { addresses, canonical: lookup.found.fqdn.slice(0, -1), cname: cname ? { from: cname.name, to: cname.data } : void 0, hops };
}
function lookupGaveUp(client, host) {
  if (client.kind === "pod") return `no search domain produced an address for "${host}"`;
  return `"${host}" is unknown outside the cluster: the ${client.kind} does not use cluster DNS (CoreDNS at ${DNS_SERVICE_IP})`;
}
function lookupHops(lookup) {
  const where = `${lookup.serverName ?? "resolver"} ${lookup.server}`;
  if (lookup.failure === "timeout") return [{ kind: "drop", where, text: `no reply from ${lookup.server}:53 (no route from here)` }];
  if (lookup.failure === "refused") {
    const why = lookup.server === DNS_SERVICE_IP ? "Service kube-system/kube-dns has no ready CoreDNS endpoint, so kube-proxy rejects the query" : `nothing listens on ${lookup.server}:53`;
    return [{ kind: "reject", where, text: why }];
  }
  return lookup.attempts.map(({ fqdn, response }) => ({
    kind: "resolve",
    where,
    text: `${fqdn} ${describeResponse(response)} (${response.source})`
  }));
}
function describeResponse(response) {
  if (response.rcode !== "NOERROR") return `\u2192 ${response.rcode}`;
  if (response.answer.length === 0) return "\u2192 no records of that type";
  return `\u2192 ${response.answer.map((r) => `${r.type} ${r.data}`).join(", ")}`;
}

// src/core/cluster/shell/system-files.ts
function podOf(cluster, vantage) {
  return vantage.kind === "pod" ? cluster.store.peek("Pod", vantage.namespace, vantage.pod) : void 0;
}
function hostnameOf(cluster, vantage) {
  if (vantage.kind === "laptop") return "laptop";
  if (vantage.kind === "node") return vantage.node;
  return podOf(cluster, vantage)?.spec?.hostname ?? vantage.pod;
}
function resolvConf(cluster, vantage) {
  const conf = resolvConfFor(clientFor(cluster, vantage));
  const lines2 = [];
  if (conf.search.length > 0) lines2.push(`search ${conf.search.join(" ")}`);
  for (const server of conf.nameservers) lines2.push(`nameserver ${server}`);
  if (vantage.kind === "pod") lines2.push(`options ndots:${conf.ndots}`);
  if (vantage.kind === "laptop") lines2.push("options edns0 trust-ad");
  return lines2.join("\n") + "\n";
}
function hostsFile(cluster, vantage) {
  if (vantage.kind !== "pod") {
    const name = hostnameOf(cluster, vantage);
    const ip2 = clientFor(cluster, vantage).ip;
    return `127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
${vantage.kind === "node" ? `${ip2}	${name}
` : `127.0.1.1	${name}
`}`;
  }
  const pod3 = podOf(cluster, vantage);
  const ip = pod3?.status?.podIP ?? "";
  return [
    "# Kubernetes-managed hosts file.",
    "127.0.0.1	localhost",
    "::1	localhost ip6-localhost ip6-loopback",
    "fe00::0	ip6-localnet",
    "fe00::0	ip6-mcastprefix",
    "fe00::1	ip6-allnodes",
    "fe00::2	ip6-allrouters",
    `${ip}	${hostnameOf(cluster, vantage)}`,
    ""
  ].join("\n");
}
function podEnvironment(cluster, vantage) {
  const pod3 = podOf(cluster, vantage);
  const lines2 = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `HOSTNAME=${hostnameOf(cluster, vantage)}`];
  const namespace3 = vantage.kind === "pod" ? vantage.namespace : "default";
  const started = pod3?.metadata.creationTimestamp ? SimClock.toSimMs(pod3.metadata.creationTimestamp) : Infinity;
  const services2 = cluster.store.view("Service", namespace3);
  const seen = servicesAtStart(cluster, pod3?.metadata.uid);
  for (const container2 of pod3?.spec?.containers?.slice(0, 1) ?? []) for (const entry of container2.env ?? []) if (entry.value !== void 0) lines2.push(`${entry.name}=${entry.value}`);
  for (const service3 of services2) {
    const created = service3.metadata.creationTimestamp ? SimClock.toSimMs(service3.metadata.creationTimestamp) : 0;
    const ip = service3.spec?.clusterIP;
    if ((seen ? !seen.has(service3.metadata.name) : created > started) || !ip || ip === "None" || service3.spec?.type === "ExternalName") continue;
    const prefix = service3.metadata.name.toUpperCase().replace(/-/g, "_");
    const ports = service3.spec?.ports ?? [];
    if (ports.length === 0) continue;
    lines2.push(`${prefix}_SERVICE_HOST=${ip}`, `${prefix}_SERVICE_PORT=${ports[0].port}`);
    for (const port of ports) {
      const protocol = (port.protocol ?? "TCP").toLowerCase();
      if (port.name) lines2.push(`${prefix}_SERVICE_PORT_${port.name.toUpperCase().replace(/-/g, "_")}=${port.port}`);
      const base = `${prefix}_PORT_${port.port}_${protocol.toUpperCase()}`;
      lines2.push(`${base}=${protocol}://${ip}:${port.port}`, `${base}_PROTO=${protocol}`, `${base}_PORT=${port.port}`, `${base}_ADDR=${ip}`);
    }
    lines2.push(`${prefix}_PORT=${(ports[0].protocol ?? "TCP").toLowerCase()}://${ip}:${ports[0].port}`);
  }
  lines2.push("HOME=/root");
  return lines2.join("\n") + "\n";
}

// src/core/cluster/shell/vantage-commands.ts
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function assign(session, words) {
  for (const word of words) {
    const eq = word.indexOf("=");
    if (ASSIGNMENT.test(word)) session.variables.set(word.slice(0, eq), word.slice(eq + 1));
  }
}
var ok4 = (text = "") => ({ output: text ? [{ stream: "stdout", text }] : [], exitCode: 0 });
var fail4 = (text, exitCode = 1) => ({ output: [{ stream: "stderr", text }], exitCode });
var NETWORK = ["curl", "wget", "nslookup", "dig", "ping"];
var SHELL_BUILTINS = ["exit", "clear", "history", "help", "trace", "echo", "sleep", "true", "false", "pwd", "cd", "export"];
var TEXT = ["cat", "grep", "head", "tail", "wc", "sort", "hostname", "env", "whoami"];
function commandsAt(session, vantage) {
  if (vantage.kind === "laptop") return [...SHELL_BUILTINS, ...TEXT, "kubectl", "k", "ssh", "docker", "kind", ...NETWORK];
  if (vantage.kind === "node") return [...SHELL_BUILTINS, ...TEXT, "kubectl", "iptables-save", "curl", "ping", "nslookup", "dig"];
  const image = podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image;
  const tools = imageTools(image).tools;
  return [...SHELL_BUILTINS, ...[...tools].filter((tool) => TEXT.includes(tool) || NETWORK.includes(tool) || ["iptables-save", "sh", "bash", "ash"].includes(tool))];
}
function runAtVantage(session, vantage, argv, stdin) {
  const words = [...argv];
  const assignments = [];
  while (words.length > 0 && ASSIGNMENT.test(words[0])) assignments.push(words.shift());
  if (words.length === 0) {
    assign(session, assignments);
    return ok4();
  }
  const name = words[0];
  const args = words.slice(1);
  const shell = shellName(session, vantage);
  const base = name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
  const builtin = runBuiltin(session, vantage, base, args, commandsAt(session, vantage));
  if (builtin) return builtin;
  if (vantage.kind === "pod" && !podOf(session.cluster, vantage)) {
    return fail4(`kubetutor: the pod ${vantage.pod} no longer exists; type exit to go back to your laptop
`);
  }
  if (!commandsAt(session, vantage).includes(base)) return notFound2(shell, name);
  switch (base) {
    case "kubectl":
    case "k":
      if (vantage.kind !== "laptop") return fail4("The connection to the server localhost:8080 was refused - did you specify the right host or port?\n");
      return session.kubectl(kubectlEnv(session, stdin), args);
    case "ssh":
      return ssh(session, args);
    case "docker":
      return docker(session, args, (node, command) => runAtVantage(session, node, command, void 0));
    case "kind":
      return kind(args);
    case "iptables-save":
      return ok4(iptablesSave(session.cluster));
    case "cat":
      return cat(args, stdin, (path) => systemFile(session, vantage, path) ?? (vantage.kind === "laptop" ? session.readFile(path) : session.files.get(path)));
    case "grep":
      return grep(args, stdin, session.readFile);
    case "head":
      return head(args, stdin, session.readFile);
    case "tail":
      return tail(args, stdin, session.readFile);
    case "wc":
      return wc(args, stdin, session.readFile);
    case "sort":
      return sort(args, stdin, session.readFile);
    case "hostname":
      return ok4(`${hostnameOf(session.cluster, vantage)}
`);
    case "whoami":
      return ok4(vantage.kind === "laptop" ? "you\n" : "root\n");
    case "env":
      return ok4(vantage.kind === "pod" ? podEnvironment(session.cluster, vantage) : `HOME=${vantage.kind === "laptop" ? "/home/you" : "/root"}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
`);
    case "sh":
    case "bash":
    case "ash":
      return subshell(session, vantage, args, stdin);
    default: {
      const tool = session.tools[base];
      if (!tool) return fail4(`kubetutor: ${base} is not simulated yet
`);
      return tool(session.cluster, vantage, args);
    }
  }
}
function shellName(session, vantage) {
  if (vantage.kind !== "pod") return "bash";
  return imageTools(podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image).shell;
}
function notFound2(shell, name) {
  return fail4(shell === "sh" ? `sh: ${name}: not found
` : `bash: ${name}: command not found
`, 127);
}
function kubectlEnv(session, stdin) {
  return {
    cluster: session.cluster,
    readFile: session.readFile,
    listDir: session.listDir,
    stdin,
    kubeconfig: session.kubeconfig,
    runInPod: (vantage, argv, input) => runInPod(session, vantage, argv, input)
  };
}
function runInPod(session, vantage, argv, stdin) {
  const name = argv[0] ?? "";
  const base = name.slice(name.lastIndexOf("/") + 1);
  const tools = imageTools(podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image).tools;
  const has = (command) => {
    const bare = command.slice(command.lastIndexOf("/") + 1);
    return tools.has(bare) || commandsAt(session, vantage).includes(bare);
  };
  if (base === "command" && argv[1] === "-v") return has(argv[2] ?? "") ? ok4() : ociNotFound(vantage, argv[2] ?? "");
  if (!has(name)) return ociNotFound(vantage, name);
  return runAtVantage(session, vantage, argv, stdin);
}
function ociNotFound(vantage, name) {
  const id = [...`${vantage.namespace}/${vantage.pod}/${name}`].reduce((hash, ch) => Math.imul(hash, 31) + ch.charCodeAt(0) >>> 0, 7).toString(16).padStart(8, "0").repeat(8);
  return {
    output: [{ stream: "stderr", text: `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown
` }],
    exitCode: 1,
    execFailed: true
  };
}
function subshell(session, vantage, args, stdin) {
  if (args[0] !== "-c" && stdin === void 0) return ok4();
  const script = args[0] === "-c" ? args[1] ?? "" : stdin ?? "";
  if (args[0] !== "-c") stdin = void 0;
  let result = { output: [], exitCode: 0 };
  const chunks2 = [];
  let trace;
  for (const command of splitScript(script)) {
    const parsed2 = parseLine(command.line);
    if (!parsed2.ok) return { output: [...chunks2, { stream: "stderr", text: `${shellName(session, vantage)}: ${parsed2.message.replace(/^bash: /, "")}
` }], exitCode: 2 };
    for (const pipeline of parsed2.pipelines) {
      if (pipeline.after === "&&" && result.exitCode !== 0) continue;
      if (pipeline.after === "||" && result.exitCode === 0) continue;
      let piped = pipeline.stages[0]?.heredoc ? command.stdin : stdin;
      pipeline.stages.forEach((stage, index2) => {
        result = runAtVantage(session, vantage, stage.argv, piped);
        if (result.trace) trace = result.trace;
        piped = result.output.filter((chunk) => chunk.stream === "stdout").map((chunk) => chunk.text).join("");
        chunks2.push(...index2 < pipeline.stages.length - 1 ? result.output.filter((chunk) => chunk.stream === "stderr") : result.output);
      });
    }
  }
  return { ...result, output: chunks2, ...trace ? { trace } : {} };
}
function systemFile(session, vantage, path) {
  if (path === "/etc/resolv.conf") return resolvConf(session.cluster, vantage);
  if (path === "/etc/hosts") return hostsFile(session.cluster, vantage);
  if (path === "/etc/hostname") return `${hostnameOf(session.cluster, vantage)}
`;
  return void 0;
}

// src/core/cluster/shell/complete.ts
var OUTPUT_FORMATS = ["json", "jsonpath=", "name", "wide", "yaml"];
var TYPE_WORDS = [...new Set(RESOURCE_TYPES.flatMap((type) => [type.resource, ...type.shortNames]))].concat("all").sort();
var NAME_VERBS = /* @__PURE__ */ new Set(["get", "describe", "delete", "label", "patch", "scale", "expose", "wait"]);
function completeLine(session, line) {
  const words = line.split(/\s+/);
  const current = words[words.length - 1] ?? "";
  const before = words.slice(0, -1).filter(Boolean);
  const candidates = candidatesFor(session, before, current).filter((candidate) => candidate.startsWith(current));
  const unique = [...new Set(candidates)].sort();
  const head2 = line.slice(0, line.length - current.length);
  if (unique.length === 0) return { replacement: line, candidates: [] };
  if (unique.length === 1) {
    const word = unique[0];
    const open = word.endsWith("/") || word.endsWith("=");
    return { replacement: head2 + word + (open ? "" : " "), candidates: unique };
  }
  return { replacement: head2 + commonPrefix(unique), candidates: unique };
}
function candidatesFor(session, before, current) {
  if (before.length === 0) return commandsAt(session, session.vantage);
  const command = before[0];
  if (command === "ssh") return NODES.map((node) => node.name);
  if (command === "kubectl" || command === "k") return kubectlCandidates(session, before.slice(1), current);
  return [];
}
function kubectlCandidates(session, words, current) {
  const previous = words[words.length - 1];
  if (previous === "-n" || previous === "--namespace") return names(session, "Namespace", void 0);
  if (previous === "-o" || previous === "--output") return OUTPUT_FORMATS;
  if (previous === "-f" || previous === "--filename") return fileNames(session, current);
  const positional = words.filter((word, index2) => !word.startsWith("-") && !["-n", "--namespace", "-o", "--output", "-l", "--selector", "-f", "--filename", "-c", "--container"].includes(words[index2 - 1] ?? ""));
  const namespace3 = namespaceOf2(words) ?? session.kubeconfig.namespace;
  if (positional.length === 0) return current.startsWith("-") ? GLOBAL_FLAGS.map((flag) => `--${flag.name}`) : COMMANDS.filter((verb) => !verb.hidden).map((verb) => verb.name);
  let command = COMMANDS.find((verb) => verb.name === positional[0] || verb.aliases?.includes(positional[0]));
  if (!command) return [];
  let rest = positional.slice(1);
  while (command.subcommands && rest.length > 0) {
    const sub = command.subcommands.find((candidate) => candidate.name === rest[0] || candidate.aliases?.includes(rest[0]));
    if (!sub) break;
    command = sub;
    rest = rest.slice(1);
  }
  if (current.startsWith("-")) return [...command.flags, ...GLOBAL_FLAGS].map((flag) => `--${flag.name}`);
  if (command.subcommands && rest.length === 0) return command.subcommands.map((sub) => sub.name);
  if (command.name === "exec") return rest.length === 0 ? names(session, "Pod", namespace3) : [];
  if (!NAME_VERBS.has(command.name) && command.name !== "status") return [];
  if (rest.length === 0) {
    if (current.includes("/")) {
      const [word] = current.split("/");
      const type2 = typeForName(word);
      return type2 ? names(session, type2.kind, type2.namespaced ? namespace3 : void 0).map((name) => `${word}/${name}`) : [];
    }
    return TYPE_WORDS;
  }
  const type = typeForName(rest[0].split(",")[0]);
  return type && !rest[0].includes("/") ? names(session, type.kind, type.namespaced ? namespace3 : void 0) : [];
}
function fileNames(session, current) {
  const slash = current.lastIndexOf("/");
  const dir = slash === -1 ? "" : current.slice(0, slash + 1);
  const entries = session.listDir?.(dir || ".") ?? [];
  return entries.map((entry) => dir + entry + (session.listDir?.(dir + entry) ? "/" : ""));
}
function namespaceOf2(words) {
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === "-n" || words[i] === "--namespace") && words[i + 1]) return words[i + 1];
    const attached = /^(?:--namespace=|-n)(.+)$/.exec(words[i]);
    if (attached) return attached[1].replace(/^=/, "");
  }
  return void 0;
}
function names(session, kind2, namespace3) {
  return session.cluster.store.view(kind2, namespace3).map((object) => object.metadata.name);
}
function commonPrefix(words) {
  let prefix = words[0];
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

// src/core/cluster/network/client-software.ts
var LAPTOP_CURL = "8.5.0";
var DEBIAN_CURL = "7.88.1";
function clientSoftware(cluster, vantage) {
  if (vantage.kind === "laptop") return { curlVersion: LAPTOP_CURL, busybox: false, legacyNslookup: false };
  if (vantage.kind === "node") return { curlVersion: DEBIAN_CURL, busybox: false, legacyNslookup: false };
  const pod3 = podByName(cluster, vantage.namespace, vantage.pod);
  const image = pod3?.spec?.containers?.[0]?.image ?? "";
  const curlTag = /curlimages\/curl:(\d+\.\d+\.\d+)/.exec(image)?.[1];
  const busybox = /(^|\/)(busybox|alpine)(:|@|$)|curlimages\/curl/.test(image);
  const legacyNslookup2 = /(^|\/)busybox:1\.(1\d|2[0-8])(\.|$)/.test(image);
  return { curlVersion: curlTag ?? (busybox ? LAPTOP_CURL : image.includes("nginx") ? DEBIAN_CURL : LAPTOP_CURL), busybox, legacyNslookup: legacyNslookup2 };
}
function isCurl8(version2) {
  return Number(version2.split(".")[0]) >= 8;
}

// src/core/cluster/network/ingress-routing.ts
var NGINX_CONTROLLER = "k8s.io/ingress-nginx";
function nginxClasses2(cluster) {
  const names2 = /* @__PURE__ */ new Set();
  let isDefault = false;
  for (const cls of cluster.store.view("IngressClass")) {
    if (cls.spec?.controller !== NGINX_CONTROLLER) continue;
    names2.add(cls.metadata.name);
    if (cls.metadata.annotations?.["ingressclass.kubernetes.io/is-default-class"] === "true") isDefault = true;
  }
  return { names: names2, isDefault };
}
function servedIngresses(cluster) {
  const classes = nginxClasses2(cluster);
  return cluster.store.view("Ingress").filter((ingress3) => {
    const className = ingress3.spec?.ingressClassName ?? ingress3.metadata.annotations?.["kubernetes.io/ingress.class"];
    return className ? classes.names.has(className) : classes.isDefault;
  });
}
function hostRank(ruleHost, requestHost) {
  if (!ruleHost) return 0;
  const host = requestHost.toLowerCase();
  if (ruleHost.toLowerCase() === host) return 2;
  if (ruleHost.startsWith("*.")) {
    const suffix = ruleHost.slice(1).toLowerCase();
    const head2 = host.slice(0, host.length - suffix.length);
    return host.endsWith(suffix) && head2.length > 0 && !head2.includes(".") ? 1 : -1;
  }
  return -1;
}
function pathMatch(rule, path) {
  const rulePath = rule.path ?? "/";
  switch (rule.pathType) {
    case "Exact":
      return rulePath === path ? rulePath.length + 0.5 : -1;
    case "Prefix": {
      const elements = rulePath.split("/").filter(Boolean);
      const request = path.split("/").filter(Boolean);
      if (elements.length > request.length) return -1;
      return elements.every((element, i) => element === request[i]) ? rulePath.replace(/\/+$/, "").length : -1;
    }
    default:
      return path.startsWith(rulePath) ? rulePath.length : -1;
  }
}
function routeIngress(cluster, host, path) {
  const ingresses = servedIngresses(cluster);
  const bareHost = host.replace(/:\d+$/, "");
  let bestRank = -1;
  for (const ingress3 of ingresses) for (const rule of ingress3.spec?.rules ?? []) bestRank = Math.max(bestRank, hostRank(rule.host, bareHost));
  let best;
  const contributing = [];
  if (bestRank >= 0) {
    for (const ingress3 of ingresses) {
      for (const rule of ingress3.spec?.rules ?? []) {
        if (hostRank(rule.host, bareHost) !== bestRank) continue;
        if (!contributing.includes(ingress3)) contributing.push(ingress3);
        for (const candidate of rule.http?.paths ?? []) {
          const score = pathMatch(candidate, path);
          if (score < 0 || best && best.score >= score) continue;
          const hostText = rule.host ? `host ${rule.host}` : "any host";
          best = {
            score,
            ref: { ingress: ingress3, service: candidate.backend.service, matched: `${hostText} path ${candidate.path ?? "/"} (${candidate.pathType})` }
          };
        }
      }
    }
  }
  if (best) return best.ref;
  const withDefault = (bestRank > 0 ? contributing : ingresses).find((ingress3) => ingress3.spec?.defaultBackend);
  if (withDefault) return { ingress: withDefault, service: withDefault.spec?.defaultBackend?.service, matched: "defaultBackend" };
  return void 0;
}

// src/core/cluster/network/http-server.ts
var NGINX_VERSION = "1.29.3";
var NGINX_MTIME = Date.UTC(2025, 9, 28, 12, 5, 10);
var NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
`;
function nginxErrorPage(status, reason, version2 = "") {
  return `<html>\r
<head><title>${status} ${reason}</title></head>\r
<body>\r
<center><h1>${status} ${reason}</h1></center>\r
<hr><center>nginx${version2 ? `/${version2}` : ""}</center>\r
</body>\r
</html>\r
`;
}
var NGINX_404 = nginxErrorPage(404, "Not Found");
var NGINX_503 = nginxErrorPage(503, "Service Temporarily Unavailable");
function httpDate(cluster) {
  return new Date(SIM_EPOCH_MS + cluster.clock.now()).toUTCString();
}
var REASONS = { 200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 503: "Service Temporarily Unavailable" };
function byteLength(text) {
  return new TextEncoder().encode(text).length;
}
function goResponse(cluster, body, status = 200, contentType = "text/plain; charset=utf-8") {
  return {
    status,
    reason: REASONS[status] ?? "OK",
    headers: [
      ["Content-Length", String(byteLength(body))],
      ["Content-Type", contentType],
      ["Date", httpDate(cluster)]
    ],
    body
  };
}
function nginxStatic(cluster, body, version2) {
  const length = byteLength(body);
  return {
    status: 200,
    reason: "OK",
    headers: [
      ["Server", `nginx/${version2}`],
      ["Date", httpDate(cluster)],
      ["Content-Type", "text/html"],
      ["Content-Length", String(length)],
      ["Last-Modified", new Date(NGINX_MTIME).toUTCString()],
      ["Connection", "keep-alive"],
      ["ETag", `"${Math.floor(NGINX_MTIME / 1e3).toString(16)}-${length.toString(16)}"`],
      ["Accept-Ranges", "bytes"]
    ],
    body
  };
}
function ingressPage(cluster, status, reason, body) {
  return {
    status,
    reason,
    headers: [
      ["Date", httpDate(cluster)],
      ["Content-Type", "text/html"],
      ["Content-Length", String(byteLength(body))],
      ["Connection", "keep-alive"]
    ],
    body
  };
}
function containerOnPort(pod3, port) {
  const listening = listeningPorts(pod3).find((p) => p.port === port);
  return pod3.spec?.containers?.find((c) => c.name === listening?.container) ?? pod3.spec?.containers?.[0];
}
function imageTag(image) {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? noDigest.slice(colon + 1) : "latest";
}
function shortImage(image) {
  return image.split("@")[0].split("/").pop() ?? image;
}
function argsOf(container2) {
  return [...container2.command ?? [], ...container2.args ?? []].join(" ");
}
function podIP(pod3) {
  return pod3.status?.podIP ?? "";
}
function isIngressController(pod3) {
  return (pod3.spec?.containers ?? []).some((c) => /ingress-nginx\/controller/.test(c.image ?? ""));
}
function podServes(cluster, pod3, port, request, options) {
  const namespace3 = pod3.metadata.namespace ?? "default";
  const name = pod3.metadata.name;
  const servedBy = { namespace: namespace3, pod: name, ip: podIP(pod3), port };
  const where = `pod ${namespace3}/${name}`;
  const container2 = containerOnPort(pod3, port);
  const image = container2?.image ?? "";
  if (isIngressController(pod3)) return ingressController(cluster, pod3, port, request, options);
  if (request.tls) {
    return { kind: "tls-error", code: 35, message: "OpenSSL/3.0.15: error:0A00010B:SSL routines::wrong version number", hops: [{ kind: "refused", where, text: `${image || "the server"} speaks plain HTTP on port ${port}, not TLS` }] };
  }
  const hops = [];
  const reply = (response) => {
    hops.push({ kind: "respond", where, text: `${shortImage(image) || "the container"} answered ${response.status} ${response.reason} to ${request.method} ${request.path} (it sees the client as ${request.clientIP})` });
    return { kind: "response", response, servedBy, hops };
  };
  if (/(^|\/)redis(:|$)|redis-|gb-redis/.test(image)) {
    hops.push({ kind: "respond", where, text: "redis does not speak HTTP: it closes the connection without an answer" });
    return { kind: "empty-reply", hops };
  }
  if (/hello-app/.test(image)) {
    const tag = imageTag(image);
    const version2 = /^\d+\.\d+$/.test(tag) ? `${tag}.0` : tag;
    return reply(goResponse(cluster, `Hello, world!
Version: ${version2}
Hostname: ${name}
`));
  }
  if (/agnhost/.test(image)) {
    const args = container2 ? argsOf(container2) : "";
    if (/netexec/.test(args)) {
      const path = request.path.split("?")[0];
      if (path === "/hostname") return reply(goResponse(cluster, name));
      if (path === "/clientip") return reply(goResponse(cluster, `${request.clientIP}:${request.clientPort}`));
      return reply(goResponse(cluster, `NOW: ${new Date(SIM_EPOCH_MS + cluster.clock.now()).toISOString().replace("T", " ").replace(/\.\d+Z$/, "")} +0000 UTC`));
    }
    return reply(goResponse(cluster, name));
  }
  if (/serve_hostname/.test(image)) return reply(goResponse(cluster, name));
  if (/hello-go-gke/.test(image)) return reply(goResponse(cluster, '{"message":"Hello"}', 200, "application/json"));
  if (/hello-frontend/.test(image)) {
    const proxied = proxyToService(cluster, pod3, where, namespace3, "hello", { number: 80 }, request, options, NGINX_VERSION);
    return { ...proxied, hops: [{ kind: "proxy", where, text: "nginx proxies / to Service hello" }, ...proxied.hops] };
  }
  if (/http-echo/.test(image)) {
    const text = /-text[= ](?:"([^"]*)"|(\S+))/.exec(container2 ? argsOf(container2) : "");
    return reply(goResponse(cluster, `${text?.[1] ?? text?.[2] ?? "hello-world"}
`));
  }
  if (/whoami/.test(image)) {
    const about = [`Hostname: ${name}`, "IP: 127.0.0.1", `IP: ${podIP(pod3)}`, `RemoteAddr: ${request.clientIP}:${request.clientPort}`].join("\n") + "\n";
    const wire = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${request.host}`, ...request.headers.filter(([k]) => k.toLowerCase() !== "host").map(([k, v]) => `${k}: ${v}`)];
    return reply(goResponse(cluster, `${about}${wire.join("\r\n")}\r
\r
`));
  }
  if (/(^|\/)nginx(:|@|$)|nginx-unprivileged/.test(image)) {
    const tag = imageTag(image);
    const version2 = /^\d+\.\d+\.\d+/.exec(tag)?.[0] ?? NGINX_VERSION;
    return reply(nginxStatic(cluster, `${NGINX_WELCOME}<p>Served by pod ${name} (${podIP(pod3)}).</p>
</body>
</html>
`, version2));
  }
  if (/(^|\/)httpd(:|$)/.test(image)) {
    return reply(nginxStatic(cluster, `<html><body><h1>It works!</h1><p>Served by pod ${name} (${podIP(pod3)}).</p></body></html>
`, NGINX_VERSION));
  }
  return reply(goResponse(cluster, `Hello from ${name} (${podIP(pod3)})
`));
}
function ingressController(cluster, pod3, port, request, options) {
  const where = `ingress controller ${pod3.metadata.name}`;
  const hops = [];
  const httpsPort = port === 443;
  if (httpsPort && !request.tls) {
    const reason = "The plain HTTP request was sent to HTTPS port";
    const body = `<html>\r
<head><title>400 ${reason}</title></head>\r
<body>\r
<center><h1>400 Bad Request</h1></center>\r
<center>${reason}</center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
    hops.push({ kind: "respond", where, text: "plain HTTP sent to the HTTPS port 443: 400" });
    return { kind: "response", response: ingressPage(cluster, 400, "Bad Request", body), hops };
  }
  if (request.tls && !httpsPort) {
    return { kind: "tls-error", code: 35, message: "OpenSSL/3.0.15: error:0A00010B:SSL routines::wrong version number", hops: [{ kind: "refused", where, text: "port 80 speaks plain HTTP, not TLS" }] };
  }
  if (request.tls && !options.insecure) {
    return { kind: "tls-error", code: 60, message: "SSL certificate problem: self-signed certificate", hops: [{ kind: "refused", where, text: 'ingress-nginx presents its "Kubernetes Ingress Controller Fake Certificate" (self-signed); use -k to accept it' }] };
  }
  const path = request.path.split("?")[0] || "/";
  const route3 = routeIngress(cluster, request.host, path);
  if (!route3) {
    hops.push({ kind: "respond", where, text: `no Ingress rule matches host "${request.host.replace(/:\d+$/, "")}" path ${path}: nginx's default 404` });
    return { kind: "response", response: ingressPage(cluster, 404, "Not Found", NGINX_404), hops };
  }
  const ingressNs = route3.ingress.metadata.namespace ?? "default";
  const ingressHop = { namespace: ingressNs, ingress: route3.ingress.metadata.name, matched: route3.matched, service: route3.service?.name };
  const bareHost = request.host.replace(/:\d+$/, "").toLowerCase();
  if (!request.tls && (route3.ingress.spec?.tls ?? []).some((tls) => (tls.hosts ?? []).includes(bareHost))) {
    hops.push({ kind: "respond", where, text: `${bareHost} has TLS in Ingress ${ingressNs}/${route3.ingress.metadata.name}: plain HTTP is redirected to https (308)` });
    const response = ingressPage(cluster, 308, "Permanent Redirect", nginxErrorPage(308, "Permanent Redirect"));
    response.headers.push(["Location", `https://${bareHost}${request.path}`]);
    return { kind: "response", response, ingress: ingressHop, hops };
  }
  if (!route3.service) {
    hops.push({ kind: "respond", where, text: `Ingress ${ingressNs}/${route3.ingress.metadata.name} (${route3.matched}) names a resource backend, which ingress-nginx cannot serve: 404` });
    return { kind: "response", response: ingressPage(cluster, 404, "Not Found", NGINX_404), ingress: ingressHop, hops };
  }
  const proxied = proxyToService(cluster, pod3, where, ingressNs, route3.service.name, route3.service.port ?? {}, request, options, "");
  hops.push({ kind: "proxy", where, text: `Ingress ${ingressNs}/${route3.ingress.metadata.name} matched ${route3.matched} \u2192 Service ${route3.service.name}:${route3.service.port?.number ?? route3.service.port?.name}` });
  hops.push(...proxied.hops);
  return { ...proxied, ingress: ingressHop, hops };
}
function proxyToService(cluster, pod3, where, namespace3, serviceName, port, request, options, version2) {
  const hops = [];
  const page = (status, reason, why) => {
    hops.push({ kind: "respond", where, text: `${why}: ${status}` });
    const response2 = ingressPage(cluster, status, reason, nginxErrorPage(status, reason, version2));
    if (version2) response2.headers.unshift(["Server", `nginx/${version2}`]);
    return { kind: "response", response: response2, hops };
  };
  const service3 = serviceByName(cluster, namespace3, serviceName);
  const portText = port.number ?? port.name;
  if (!service3) return page(503, "Service Temporarily Unavailable", `Service ${namespace3}/${serviceName} does not exist`);
  const servicePort2 = (service3.spec?.ports ?? []).find((p) => port.number !== void 0 ? p.port === port.number : p.name === port.name);
  if (!servicePort2) return page(503, "Service Temporarily Unavailable", `Service ${namespace3}/${serviceName} has no port ${portText}`);
  const { backends } = usableBackends(backendsForPort(cluster, service3, servicePort2));
  if (backends.length === 0) return page(503, "Service Temporarily Unavailable", `Service ${namespace3}/${serviceName} has no ready endpoints`);
  const backend2 = cluster.random.pick(backends);
  const target = podForEndpoint(cluster, backend2);
  hops.push({ kind: "proxy", where, text: `proxied straight to endpoint ${backend2.ip}:${backend2.port}${target ? ` (pod ${target.metadata.namespace}/${target.metadata.name})` : ""}, bypassing the ClusterIP` });
  if (!target || !listeningPorts(target).some((p) => p.port === backend2.port)) {
    hops.push({ kind: "refused", where: `${backend2.ip}:${backend2.port}`, text: "nothing listens there" });
    return page(502, "Bad Gateway", "the upstream refused the connection");
  }
  const upstream2 = podServes(cluster, target, backend2.port, { ...request, tls: false, clientIP: podIP(pod3), clientPort: 4e4 + cluster.random.int(2e4) }, options);
  hops.push(...upstream2.hops);
  if (upstream2.kind !== "response") return page(502, "Bad Gateway", "the upstream gave no HTTP answer");
  const headers = upstream2.response.headers.filter(([key]) => !["date", "server", "connection"].includes(key.toLowerCase()));
  const own = version2 ? [["Server", `nginx/${version2}`], ["Date", httpDate(cluster)]] : [["Date", httpDate(cluster)]];
  const response = { ...upstream2.response, headers: [...own, ...headers, ["Connection", "keep-alive"]] };
  return { kind: "response", response, servedBy: upstream2.servedBy, hops };
}
function apiServerServes(cluster, request, options) {
  const where = "kube-apiserver on kind-control-plane";
  if (!request.tls) {
    const body2 = "Client sent an HTTP request to an HTTPS server.\n";
    return { kind: "response", response: { status: 400, reason: "Bad Request", version: "HTTP/1.0", headers: [], body: body2 }, hops: [{ kind: "respond", where, text: "plain HTTP sent to the TLS port 6443: 400" }] };
  }
  if (!options.insecure) {
    return { kind: "tls-error", code: 60, message: "SSL certificate problem: unable to get local issuer certificate", hops: [{ kind: "refused", where, text: "the API server's certificate is signed by the cluster CA, which the client does not trust (use -k or --cacert)" }] };
  }
  const path = request.path.split("?")[0];
  const body = `{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"${path}\\"",
  "reason": "Forbidden",
  "details": {},
  "code": 403
}`;
  const response = {
    status: 403,
    reason: "Forbidden",
    headers: [
      ["Audit-Id", cluster.random.uid()],
      ["Cache-Control", "no-cache, private"],
      ["Content-Type", "application/json"],
      ["X-Content-Type-Options", "nosniff"],
      ["Date", httpDate(cluster)],
      ["Content-Length", String(byteLength(body))]
    ],
    body
  };
  return { kind: "response", response, hops: [{ kind: "respond", where, text: "anonymous request: 403 Forbidden" }] };
}
function internetServes(cluster, ip, request) {
  const host = internetHostByIP(ip);
  const where = `web server ${ip}`;
  if (!host) return { kind: "empty-reply", hops: [{ kind: "respond", where, text: "no server" }] };
  const asked = request.host.replace(/:\d+$/, "").toLowerCase();
  if (!host.names.includes(asked)) {
    const body2 = nginxErrorPage(404, "Not Found");
    return {
      kind: "response",
      response: { status: 404, reason: "Not Found", headers: [["Server", host.server], ["Date", httpDate(cluster)], ["Content-Type", "text/html"], ["Content-Length", String(byteLength(body2))]], body: body2 },
      hops: [{ kind: "respond", where, text: `the server does not host "${asked}" (the Host header), so it answers 404 \u2014 an ExternalName Service sends its own name as Host` }]
    };
  }
  const body = `<!doctype html>
<html>
<head>
<title>${host.title}</title>
</head>
<body>
<h1>${host.title}</h1>
<p>A page on the simulated internet (${host.names[0]}, ${ip}).</p>
</body>
</html>
`;
  return {
    kind: "response",
    response: { status: 200, reason: "OK", headers: [["Server", host.server], ["Date", httpDate(cluster)], ["Content-Type", "text/html; charset=UTF-8"], ["Content-Length", String(byteLength(body))]], body },
    hops: [{ kind: "respond", where, text: `${host.names[0]} answered 200 OK` }]
  };
}

// src/core/cluster/network/request.ts
function parseUrl(text) {
  const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)(.*)$/.exec(text.trim());
  if (!match) return { code: 3, message: "URL rejected: Malformed input to a URL function" };
  const scheme = (match[1] ?? "http").toLowerCase();
  if (scheme !== "http" && scheme !== "https") return { code: 1, message: `Protocol "${scheme}" not supported` };
  const authority = match[2].replace(/^[^@]*@/, "");
  const colon = authority.lastIndexOf(":");
  if (colon >= 0 && !/^\d*$/.test(authority.slice(colon + 1))) return { code: 3, message: "URL rejected: Port number was not a decimal number between 0 and 65535" };
  const portMatch = /^(.*?)(?::(\d*))?$/.exec(authority);
  const host = (portMatch?.[1] ?? "").toLowerCase();
  if (!host) return { code: 3, message: "URL rejected: No host part in the URL" };
  const portText = portMatch?.[2];
  let port = scheme === "https" ? 443 : 80;
  if (portText !== void 0 && portText !== "") {
    port = Number(portText);
    if (!Number.isInteger(port) || port > 65535) return { code: 3, message: "URL rejected: Port number was not a decimal number between 0 and 65535" };
  }
  if (/[^a-z0-9.\-_]/.test(host)) return { code: 3, message: "URL rejected: Bad hostname" };
  let path = match[3].replace(/#.*$/, "") || "/";
  if (path.startsWith("?")) path = `/${path}`;
  return { scheme, host, port, path, explicitPort: portText !== void 0 && portText !== "" };
}
function isUrlError(value) {
  return "code" in value;
}
var SYN_GIVE_UP_MS = 133e3;
function httpRequest(cluster, vantage, options) {
  const url = parseUrl(options.url);
  if (isUrlError(url)) return { kind: "bad-url", code: url.code, message: url.message, trace: [] };
  const client = clientFor(cluster, vantage);
  const method = options.method ?? "GET";
  const trace = [{ kind: "start", where: client.label, text: `${method} ${url.scheme}://${url.host}${url.explicitPort ? `:${url.port}` : ""}${url.path} from ${client.ip}` }];
  const pinned = options.resolve?.find((r) => r.host.toLowerCase() === url.host && r.port === url.port);
  let addresses;
  let dnsVia;
  if (pinned) {
    addresses = [pinned.address];
    trace.push({ kind: "resolve", where: client.label, text: `${url.host}:${url.port} pinned to ${pinned.address} by --resolve (no DNS query)` });
  } else {
    const resolution = resolveHost(cluster, client, url.host);
    trace.push(...resolution.hops);
    if (resolution.addresses.length === 0) return { kind: "unresolved", host: url.host, afterMs: resolution.waitedMs, trace };
    addresses = resolution.addresses;
    dnsVia = viaFromName(cluster, resolution.canonical, url.port, resolution.cname);
  }
  const headers = requestHeaders(url, options);
  const requestLine = { method, path: url.path, headers };
  let last;
  for (const ip of addresses) {
    const connection = connect(cluster, client, ip, url.port);
    trace.push(...connection.hops);
    const via = connection.via ?? dnsVia;
    if (connection.kind === "refused" && options.timeoutMs !== void 0 && connection.afterMs > options.timeoutMs) {
      const afterMs = options.timeoutMs + 1 + cluster.random.int(3);
      trace.push({ kind: "drop", where: client.label, text: `gave up after ${afterMs} ms, before the connection failed` });
      return { kind: "timeout", host: url.host, port: url.port, ip, afterMs, via, trace };
    }
    if (connection.kind === "refused") {
      last = { kind: "refused", host: url.host, port: url.port, ip, afterMs: connection.afterMs, via, trace };
      continue;
    }
    if (connection.kind === "drop") {
      const afterMs = options.timeoutMs !== void 0 ? options.timeoutMs + 1 + cluster.random.int(3) : SYN_GIVE_UP_MS + cluster.random.int(1e3);
      trace.push({ kind: "drop", where: client.label, text: `no answer to the SYN: gave up after ${afterMs} ms` });
      return { kind: "timeout", host: url.host, port: url.port, ip, afterMs, via, trace };
    }
    const message = {
      method,
      path: url.path,
      host: headers.find(([k]) => k.toLowerCase() === "host")?.[1] ?? url.host,
      headers,
      clientIP: connection.sourceIP,
      clientPort: 32768 + cluster.random.int(28232),
      tls: url.scheme === "https"
    };
    const reply = serve(cluster, connection, message, options.insecure ?? false);
    trace.push(...reply.hops);
    const withIngress = reply.kind === "response" && reply.ingress && via ? { ...via, ingress: reply.ingress } : via;
    if (reply.kind === "empty-reply") return { kind: "empty-reply", host: url.host, port: url.port, ip, via, request: requestLine, trace };
    if (reply.kind === "tls-error") return { kind: "tls-error", host: url.host, port: url.port, ip, code: reply.code, message: reply.message, via, trace };
    const response = reply.response;
    return {
      kind: "response",
      host: url.host,
      port: url.port,
      ip,
      status: response.status,
      reason: response.reason,
      httpVersion: response.version ?? "HTTP/1.1",
      headers: response.headers,
      body: method === "HEAD" ? "" : response.body,
      servedBy: reply.servedBy,
      via: withIngress,
      remote: { ip, port: url.port },
      request: requestLine,
      trace
    };
  }
  return last ?? { kind: "unresolved", host: url.host, trace };
}
function requestHeaders(url, options) {
  const defaultPort = url.scheme === "https" ? 443 : 80;
  const base = [
    ["Host", url.port === defaultPort ? url.host : `${url.host}:${url.port}`],
    ["User-Agent", options.userAgent ?? "curl/8.5.0"],
    ["Accept", "*/*"]
  ];
  for (const [key, value] of options.headers ?? []) {
    const index2 = base.findIndex(([k]) => k.toLowerCase() === key.toLowerCase());
    if (index2 >= 0) base[index2] = [base[index2][0], value];
    else base.push([key, value]);
  }
  return base;
}
function viaFromName(cluster, canonical, port, cname) {
  const owner = cname?.from ?? canonical;
  const match = owner ? new RegExp(`^([^.]+)\\.([^.]+)\\.svc\\.${CLUSTER_DOMAIN.replace(".", "\\.")}\\.?$`).exec(owner) : null;
  if (!match) return void 0;
  const service3 = serviceByName(cluster, match[2], match[1]);
  if (!service3) return void 0;
  const ref = { namespace: match[2], name: match[1] };
  if (serviceType(service3) === "ExternalName") return { service: ref, portType: "ExternalName", port, externalName: service3.spec?.externalName };
  if (isHeadless2(service3)) return { service: ref, portType: "Headless", port };
  return void 0;
}
var CONTROL_PLANE_API_PORT = 6443;
function connect(cluster, client, ip, port) {
  if (ip.startsWith("127.")) return connectLoopback(cluster, client, port);
  const inside = client.kind !== "laptop";
  const node = nodeByIP(cluster, ip);
  if (inside && !node) {
    const match = matchServiceRule(cluster, ip, port, false);
    const here = client.node ? clusterNodes(cluster).find((n) => n.name === client.node) : void 0;
    if (match && here) {
      const hop = { kind: "route", where: client.label, text: `packet to ${ip}:${port} meets the iptables rules of ${here.name}${client.kind === "pod" ? " (the pod's node)" : ""}` };
      return throughService(cluster, client, match, here, [hop], port);
    }
  }
  if (node) return connectToNode(cluster, client, node, port);
  if (!inside) return connectFromOutside(cluster, client, ip, port);
  const vip = isServiceVIP(cluster, ip);
  if (vip) {
    const ports = (vip.spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? "TCP"}`).join(", ");
    return { kind: "drop", hops: [{ kind: "drop", where: `kube-proxy on ${client.node}`, text: `${ip} is the ClusterIP of Service ${vip.metadata.namespace}/${vip.metadata.name}, which only defines ${ports}; nothing matches port ${port}, so the packet is blackholed (a ClusterIP is not a machine)`, rule: "KUBE-SERVICES (no match)" }] };
  }
  if (inCIDR(ip, SERVICE_CIDR)) {
    return { kind: "drop", hops: [{ kind: "drop", where: client.label, text: `no Service has ClusterIP ${ip}: no rule rewrites it and nothing owns it` }] };
  }
  if (inCIDR(ip, POD_CIDR)) return connectToPodIP(cluster, client, ip, port);
  if (internetHostByIP(ip)) return openInternet(client, ip, port);
  return nobodyThere(cluster, client, ip);
}
function nobodyThere(cluster, client, ip) {
  if (inCIDR(ip, NODE_NETWORK)) {
    return { kind: "refused", afterMs: 3e3 + cluster.random.int(100), hops: [{ kind: "refused", where: client.label, text: `no machine on the node network ${NODE_NETWORK} has the address ${ip}: ARP gets no answer and the host is unreachable` }] };
  }
  return { kind: "drop", hops: [{ kind: "drop", where: client.label, text: `nothing answers at ${ip}` }] };
}
function connectLoopback(cluster, client, port) {
  const where = client.label;
  if (client.kind === "pod" && client.pod) {
    if (podIsRunning(client.pod) && listensOn(client.pod, port)) {
      return { kind: "open", server: "pod", pod: client.pod, port, sourceIP: "127.0.0.1", hops: [{ kind: "deliver", where, text: `localhost:${port} is the pod itself, and a container listens there` }] };
    }
    return { kind: "refused", afterMs: 0, hops: [{ kind: "refused", where, text: `localhost is the pod itself, and nothing in it listens on port ${port} (a Service port is not a port of the pod)` }] };
  }
  if (client.kind === "node" && client.node) {
    const node = clusterNodes(cluster).find((n) => n.name === client.node);
    const match = matchServiceRule(cluster, "127.0.0.1", port, true);
    if (node && match) return throughService(cluster, client, match, node, [{ kind: "route", where, text: `127.0.0.1:${port} is a NodePort on this node (iptables mode accepts NodePorts on localhost)` }], port);
    if (node && isApiServerAt(cluster, node.ip, port)) return { kind: "open", server: "apiserver", sourceIP: "127.0.0.1", hops: [{ kind: "deliver", where, text: "kube-apiserver listens on 6443" }] };
  }
  return { kind: "refused", afterMs: 0, hops: [{ kind: "refused", where, text: `nothing listens on 127.0.0.1:${port} here` }] };
}
function isApiServerAt(cluster, ip, port) {
  return port === CONTROL_PLANE_API_PORT && clusterNodes(cluster)[0]?.ip === ip;
}
function connectToNode(cluster, client, node, port) {
  const match = matchServiceRule(cluster, node.ip, port, true);
  const hops = [{ kind: "route", where: client.label, text: `packet to node ${node.name} (${node.ip}) port ${port}` }];
  if (match) return throughService(cluster, client, match, node, hops, port);
  if (isApiServerAt(cluster, node.ip, port)) {
    hops.push({ kind: "deliver", where: `node ${node.name}`, text: "kube-apiserver accepts the connection on 6443" });
    return { kind: "open", server: "apiserver", sourceIP: client.ip, hops };
  }
  hops.push({ kind: "refused", where: `node ${node.name}`, text: `no Service uses nodePort ${port} and nothing on the node listens there: the kernel answers RST` });
  return { kind: "refused", afterMs: 0, hops };
}
function connectFromOutside(cluster, client, ip, port) {
  const where = client.label;
  const lbService = services(cluster).find((s) => loadBalancerIPs(s).includes(ip));
  if (lbService) {
    const match = matchServiceRule(cluster, ip, port, false);
    if (!match) {
      return { kind: "drop", hops: [{ kind: "drop", where: `load balancer ${ip}`, text: `the load balancer of ${lbService.metadata.namespace}/${lbService.metadata.name} forwards only its Service ports, not ${port}` }] };
    }
    const { node, why } = loadBalancerNode(cluster, match);
    const hop = { kind: "route", where: `load balancer ${ip}`, text: `the cloud load balancer forwards the connection to node ${node.name} (${node.ip}), ${why}` };
    return throughService(cluster, client, match, node, [hop], port);
  }
  if (services(cluster).some((s) => (s.spec?.externalIPs ?? []).includes(ip))) {
    return { kind: "drop", hops: [{ kind: "drop", where, text: `${ip} is an externalIP of a Service, but nothing routes it to a node from the laptop (the cluster does not announce externalIPs)` }] };
  }
  if (inCIDR(ip, SERVICE_CIDR)) {
    return { kind: "drop", hops: [{ kind: "drop", where, text: `${ip} is in the service network ${SERVICE_CIDR}, which exists only in the nodes' iptables rules: the laptop has no route there, so the packet is lost (use a NodePort or LoadBalancer from outside)` }] };
  }
  if (inCIDR(ip, POD_CIDR)) {
    return { kind: "drop", hops: [{ kind: "drop", where, text: `${ip} is in the pod network ${POD_CIDR}, which is not routed outside the cluster: the packet is lost` }] };
  }
  if (internetHostByIP(ip)) return openInternet(client, ip, port);
  return nobodyThere(cluster, client, ip);
}
function loadBalancerNode(cluster, match) {
  const nodes = loadBalancerPool(cluster);
  if (match.service.spec?.externalTrafficPolicy === "Local") {
    const { backends } = usableBackends(backendsForPort(cluster, match.service, match.port));
    const healthy = nodes.filter((n) => backends.some((b) => b.nodeName === n.name));
    const port = match.service.spec.healthCheckNodePort;
    const check = `the health check${port ? ` on healthCheckNodePort ${port}` : ""}`;
    if (healthy.length > 0) return { node: cluster.random.pick(healthy), why: `one of ${healthy.length} node(s) passing ${check} (externalTrafficPolicy: Local)` };
    return { node: cluster.random.pick(nodes), why: `although no node passes ${check}: no node runs a ready endpoint` };
  }
  return { node: cluster.random.pick(nodes), why: `picked among the ${nodes.length} nodes in the load balancer's pool (externalTrafficPolicy: Cluster)` };
}
function loadBalancerPool(cluster) {
  const nodes = clusterNodes(cluster);
  const pool = nodes.filter((node) => {
    const labels2 = cluster.store.peek("Node", void 0, node.name)?.metadata.labels ?? {};
    return !("node.kubernetes.io/exclude-from-external-load-balancers" in labels2);
  });
  return pool.length > 0 ? pool : nodes;
}
function throughService(cluster, client, match, node, hops, port) {
  const verdict = applyServiceRules(cluster, client, match, node);
  hops.push(...verdict.hops);
  const via = {
    service: { namespace: match.service.metadata.namespace ?? "default", name: match.service.metadata.name },
    portType: match.entry,
    port: match.entry === "NodePort" ? match.port.nodePort ?? port : match.port.port,
    nodePort: match.port.nodePort,
    node: node.name
  };
  if (verdict.kind === "reject") return { kind: "refused", afterMs: 0, via, hops };
  if (verdict.kind === "drop") return { kind: "drop", via, hops };
  via.targetPort = verdict.backend.port;
  const backendNode = verdict.backend.nodeName;
  if (backendNode && backendNode !== node.name) hops.push({ kind: "route", where: `node ${node.name}`, text: `forwarded over the pod network to ${backendNode}` });
  const delivered = deliverToBackend(cluster, verdict.backend, verdict.sourceIP);
  return { ...delivered, hops: [...hops, ...delivered.hops], via };
}
function deliverToBackend(cluster, backend2, sourceIP) {
  const { ip, port } = backend2;
  const pod3 = podForEndpoint(cluster, backend2);
  if (pod3) return deliverToPod(pod3, port, sourceIP);
  if (isApiServerAt(cluster, ip, port)) return { kind: "open", server: "apiserver", sourceIP, hops: [{ kind: "deliver", where: `${ip}:${port}`, text: "kube-apiserver on the control-plane node accepts the connection" }] };
  if (internetHostByIP(ip)) return { kind: "open", server: "internet", ip, sourceIP, hops: [] };
  return { kind: "drop", hops: [{ kind: "drop", where: `${ip}:${port}`, text: "the endpoint address belongs to no pod or host: nobody answers" }] };
}
function deliverToPod(pod3, port, sourceIP) {
  const where = `pod ${pod3.metadata.namespace}/${pod3.metadata.name}`;
  const ip = pod3.status?.podIP ?? "";
  if (!podIsRunning(pod3)) return { kind: "refused", afterMs: 0, hops: [{ kind: "refused", where, text: `the pod is ${pod3.status?.phase ?? "not running"}: no process answers on ${ip}:${port}` }] };
  if (!listensOn(pod3, port)) {
    return { kind: "refused", afterMs: 0, hops: [{ kind: "refused", where, text: `nothing listens on ${ip}:${port} in the pod: its kernel answers RST (check the Service's targetPort against the container's port)` }] };
  }
  return { kind: "open", server: "pod", pod: pod3, port, sourceIP, hops: [{ kind: "deliver", where, text: `${ip}:${port} accepts the connection` }] };
}
function connectToPodIP(cluster, client, ip, port) {
  const pod3 = podByIP(cluster, ip);
  if (!pod3) {
    return { kind: "refused", afterMs: 3e3 + cluster.random.int(100), hops: [{ kind: "refused", where: client.label, text: `no pod has the address ${ip} (any more?): the node's ARP query goes unanswered and the host is unreachable` }] };
  }
  const hop = { kind: "route", where: client.label, text: `direct to pod ${pod3.metadata.namespace}/${pod3.metadata.name} on ${pod3.spec?.nodeName ?? "?"} (pod IPs are routable everywhere inside the cluster; no Service involved)` };
  const delivered = deliverToPod(pod3, port, client.ip);
  return { ...delivered, hops: [hop, ...delivered.hops] };
}
function openInternet(client, ip, port) {
  if (port !== 80 && port !== 443) return { kind: "drop", hops: [{ kind: "drop", where: `internet host ${ip}`, text: `port ${port} is filtered` }] };
  const nat = client.kind === "laptop" ? "" : " (masqueraded to the node address, then through docker's NAT)";
  return { kind: "open", server: "internet", ip, sourceIP: client.ip, hops: [{ kind: "route", where: client.label, text: `out to the internet host ${ip}${nat}` }] };
}
function serve(cluster, connection, message, insecure) {
  switch (connection.server) {
    case "pod":
      return podServes(cluster, connection.pod, connection.port, message, { insecure });
    case "apiserver":
      return apiServerServes(cluster, message, { insecure });
    case "internet":
      return internetServes(cluster, connection.ip, message);
  }
}

// src/core/cluster/network/curl.ts
var TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";
var SHORT_WITH_VALUE = { m: "--max-time", o: "--output", H: "--header", X: "--request", w: "--write-out", d: "--data", A: "--user-agent" };
var SHORT_FLAGS = { s: "--silent", S: "--show-error", v: "--verbose", i: "--include", I: "--head", L: "--location", k: "--insecure", f: "--fail", "4": "--ipv4", N: "--no-buffer" };
var LONG_WITH_VALUE = /* @__PURE__ */ new Set(["--max-time", "--connect-timeout", "--output", "--header", "--request", "--write-out", "--data", "--data-raw", "--data-binary", "--resolve", "--user-agent", "--url"]);
var LONG_FLAGS = /* @__PURE__ */ new Set(["--silent", "--show-error", "--verbose", "--include", "--head", "--location", "--insecure", "--fail", "--ipv4", "--no-buffer", "--http1.1", "--compressed", "--no-progress-meter"]);
function usageError(text) {
  return { ok: false, result: { output: [{ stream: "stderr", text: `curl: ${text}
${TRY_HELP}` }], exitCode: 2 } };
}
var HELP = `Usage: curl [options...] <url>
 -d, --data <data>           HTTP POST data
 -f, --fail                  Fail fast with no output on HTTP errors
 -h, --help <category>       Get help for commands
 -i, --include               Include response headers in output
 -o, --output <file>         Write to file instead of stdout
 -O, --remote-name           Write output to file named as remote file
 -s, --silent                Silent mode
 -T, --upload-file <file>    Transfer local FILE to destination
 -u, --user <user:password>  Server user and password
 -A, --user-agent <name>     Send User-Agent <name> to server
 -v, --verbose               Make the operation more talkative
 -V, --version               Show version number and quit

This is not the full help; this menu is split into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;
function version(curlVersion) {
  return `curl ${curlVersion} (x86_64-pc-linux-gnu) libcurl/${curlVersion} OpenSSL/3.0.15 zlib/1.3
Release-Date: [unreleased]
Protocols: http https
Features: alt-svc AsynchDNS HSTS HTTPS-proxy IPv6 Largefile libz SSL threadsafe UnixSockets
`;
}
function parseCurlArgs(argv) {
  if (argv.some((arg) => arg === "-h" || arg === "--help")) return { ok: false, result: { output: [{ stream: "stdout", text: HELP }], exitCode: 0 } };
  const options = { urls: [], silent: false, showError: false, verbose: false, include: false, head: false, fail: false, insecure: false, location: false, headers: [], resolve: [] };
  const words = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("--")) {
      if (!LONG_WITH_VALUE.has(arg) && !LONG_FLAGS.has(arg)) return usageError(`option ${arg}: is unknown`);
      if (LONG_WITH_VALUE.has(arg)) {
        if (i + 1 >= argv.length) return usageError(`option ${arg}: requires parameter`);
        words.push([arg, argv[++i]]);
      } else words.push([arg, void 0]);
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (SHORT_WITH_VALUE[letter]) {
          const attached = arg.slice(j + 1);
          if (attached) words.push([SHORT_WITH_VALUE[letter], attached]);
          else if (i + 1 < argv.length) words.push([SHORT_WITH_VALUE[letter], argv[++i]]);
          else return usageError(`option -${letter}: requires parameter`);
          break;
        }
        if (!SHORT_FLAGS[letter]) return usageError(`option -${arg.slice(j)}: is unknown`);
        words.push([SHORT_FLAGS[letter], void 0]);
      }
    } else options.urls.push(arg);
  }
  for (const [name, value = ""] of words) {
    switch (name) {
      case "--silent":
      case "--no-progress-meter":
        options.silent = name === "--silent" ? true : options.silent;
        break;
      case "--show-error":
        options.showError = true;
        break;
      case "--verbose":
        options.verbose = true;
        break;
      case "--include":
        options.include = true;
        break;
      case "--head":
        options.head = true;
        break;
      case "--fail":
        options.fail = true;
        break;
      case "--insecure":
        options.insecure = true;
        break;
      case "--location":
        options.location = true;
        break;
      case "--max-time":
      case "--connect-timeout": {
        const seconds = Number(value);
        if (value === "" || !Number.isFinite(seconds) || seconds < 0) return usageError(`option ${name === "--max-time" ? "-m" : name}: expected a proper numerical parameter`);
        const ms = Math.round(seconds * 1e3);
        options.timeoutMs = options.timeoutMs === void 0 ? ms : Math.min(options.timeoutMs, ms);
        break;
      }
      case "--output":
        options.output = value;
        break;
      case "--header": {
        const colon = value.indexOf(":");
        if (colon > 0) options.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
        break;
      }
      case "--request":
        options.method = value;
        break;
      case "--write-out":
        options.writeOut = value;
        break;
      case "--data":
      case "--data-raw":
      case "--data-binary":
        options.data = value;
        break;
      case "--user-agent":
        options.userAgent = value;
        break;
      case "--url":
        options.urls.push(value);
        break;
      case "--resolve": {
        const match = /^\+?([^:]+):(\d+):(.+)$/.exec(value);
        if (match) options.resolve.push({ host: match[1].toLowerCase(), port: Number(match[2]), address: match[3].replace(/^\[|\]$/g, "") });
        break;
      }
      default:
        break;
    }
  }
  if (options.urls.length === 0) return usageError("no URL specified");
  return { ok: true, options };
}
function curl(cluster, vantage, argv) {
  const software = clientSoftware(cluster, vantage);
  if (argv.some((arg) => arg === "-V" || arg === "--version")) return { output: [{ stream: "stdout", text: version(software.curlVersion) }], exitCode: 0 };
  const parsed2 = parseCurlArgs(argv);
  if (!parsed2.ok) return parsed2.result;
  const options = parsed2.options;
  const output = [];
  const trace = [];
  let exitCode = 0;
  for (const url of options.urls) {
    const method = options.method ?? (options.head ? "HEAD" : options.data !== void 0 ? "POST" : "GET");
    const headers = [...options.headers];
    if (options.data !== void 0) {
      headers.push(["Content-Length", String(options.data.length)], ["Content-Type", "application/x-www-form-urlencoded"]);
    }
    let request = {
      url,
      method,
      headers,
      timeoutMs: options.timeoutMs,
      resolve: options.resolve,
      insecure: options.insecure,
      userAgent: options.userAgent ?? `curl/${software.curlVersion}`
    };
    let outcome = httpRequest(cluster, vantage, request);
    trace.push(...outcome.trace);
    for (let redirects = 0; options.location && redirects < 50; redirects++) {
      const location = outcome.kind === "response" && REDIRECTS.includes(outcome.status) ? outcome.headers.find(([k]) => k.toLowerCase() === "location")?.[1] : void 0;
      if (!location || outcome.kind !== "response") break;
      render(outcome, { ...options, writeOut: void 0 }, software.curlVersion, output, true);
      const next = absoluteUrl(location, request.url);
      if (!next) break;
      if (options.verbose) output.push({ stream: "stderr", text: `* Issue another request to this URL: '${next}'
` });
      request = { ...request, url: next, method: outcome.status === 303 ? "GET" : request.method };
      outcome = httpRequest(cluster, vantage, request);
      trace.push(...outcome.trace);
    }
    const waited = outcome.kind === "timeout" ? outcome.afterMs : outcome.kind === "unresolved" && outcome.afterMs !== void 0 ? Math.min(outcome.afterMs, options.timeoutMs ?? Infinity) : 0;
    if (waited > 0) advanceTime(cluster, waited);
    exitCode = render(outcome, options, software.curlVersion, output);
  }
  return { output: merge(output), exitCode, trace };
}
function merge(chunks2) {
  const out = [];
  for (const chunk of chunks2) {
    const last = out[out.length - 1];
    if (!chunk.text) continue;
    if (last && last.stream === chunk.stream) last.text += chunk.text;
    else out.push({ ...chunk });
  }
  return out;
}
var REDIRECTS = [301, 302, 303, 307, 308];
function absoluteUrl(location, base) {
  try {
    return new URL(location, base.includes("://") ? base : `http://${base}`).toString();
  } catch {
    return void 0;
  }
}
function render(outcome, options, version2, out, intermediate = false) {
  const err = (text) => out.push({ stream: "stderr", text });
  const stdout = (text) => out.push({ stream: "stdout", text });
  const v8 = isCurl8(version2);
  const showErrors = !options.silent || options.showError;
  const fail5 = (code, message, verboseLines = []) => {
    if (options.verbose) for (const line of [...verboseLines, v8 ? "Closing connection" : "Closing connection 0"]) err(`* ${line}
`);
    if (showErrors) err(`curl: (${code}) ${message}
`);
    if (options.writeOut) stdout(writeOut(options.writeOut, outcome));
    return code;
  };
  if (outcome.kind === "bad-url") return fail5(outcome.code, outcome.message);
  if (outcome.kind === "unresolved") {
    if (outcome.afterMs !== void 0 && options.timeoutMs !== void 0 && options.timeoutMs < outcome.afterMs) {
      const message = `Resolving timed out after ${options.timeoutMs} milliseconds`;
      return fail5(28, message, [message]);
    }
    return fail5(6, `Could not resolve host: ${outcome.host}`, [`Could not resolve host: ${outcome.host}`]);
  }
  const ip = "ip" in outcome && outcome.ip ? outcome.ip : "";
  if (options.verbose && ip) {
    if (v8 && ip !== outcome.host) err(`* Host ${outcome.host}:${outcome.port} was resolved.
* IPv6: (none)
* IPv4: ${ip}
`);
    err(`*   Trying ${ip}:${outcome.port}...
`);
  }
  if (outcome.kind === "refused") {
    const message = `Failed to connect to ${outcome.host} port ${outcome.port} after ${outcome.afterMs} ms: Couldn't connect to server`;
    const reason = outcome.afterMs > 0 ? "No route to host" : "Connection refused";
    return fail5(7, message, [`connect to ${ip} port ${outcome.port} failed: ${reason}`, message]);
  }
  if (outcome.kind === "timeout") {
    const chosen = options.timeoutMs !== void 0;
    const message = `Failed to connect to ${outcome.host} port ${outcome.port} after ${outcome.afterMs} ms: ${chosen ? "Timeout was reached" : "Couldn't connect to server"}`;
    const lines2 = chosen ? [message] : [`connect to ${outcome.ip} port ${outcome.port} failed: Connection timed out`, message];
    return fail5(28, message, lines2);
  }
  if (outcome.kind === "tls-error") {
    if (options.verbose) err(connectedLine(outcome.host, ip, outcome.port, v8));
    const message = outcome.code === 60 ? `${outcome.message}
More details here: https://curl.se/docs/sslcerts.html

curl failed to verify the legitimacy of the server and therefore could not
establish a secure connection to it. To learn more about this situation and
how to fix it, please visit the webpage mentioned above.` : outcome.message;
    return fail5(outcome.code, message);
  }
  if (options.verbose) {
    err(connectedLine(outcome.host, ip, outcome.port, v8));
    const request = outcome.request;
    err(`> ${request.method} ${request.path} HTTP/1.1
`);
    for (const [key, value] of request.headers) err(`> ${key}: ${value}
`);
    err("> \n");
  }
  if (outcome.kind === "empty-reply") return fail5(52, "Empty reply from server", ["Empty reply from server"]);
  const statusLine = `${outcome.httpVersion} ${outcome.status} ${outcome.reason}`;
  const headerBlock = [statusLine, ...outcome.headers.map(([k, value]) => `${k}: ${value}`)];
  if (options.verbose) {
    for (const line of headerBlock) err(`< ${line}
`);
    err("< \n");
  }
  if (options.fail && outcome.status >= 400) {
    return fail5(22, `The requested URL returned error: ${outcome.status}`);
  }
  const toStdout = !options.output || options.output === "-";
  if (options.include || options.head) {
    if (toStdout) stdout(headerBlock.join("\n") + "\n\n");
  }
  if (intermediate) {
    if (options.verbose) err(`* Connection #0 to host ${outcome.host} left intact
`);
    return 0;
  }
  if (toStdout && !options.head) stdout(outcome.body);
  if (!toStdout && !options.silent && !options.verbose) err(progressMeter(new TextEncoder().encode(outcome.body).length));
  if (options.verbose) err(`* Connection #0 to host ${outcome.host} left intact
`);
  if (options.writeOut) stdout(writeOut(options.writeOut, outcome));
  return 0;
}
function progressMeter(size) {
  const five = (n) => (n < 1e5 ? String(n) : `${Math.round(n / 1024)}k`).padStart(5);
  const speed = five(size * 500);
  const header = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";
  return `${header}100 ${five(size)}  100 ${five(size)}    0     0  ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}
`;
}
function connectedLine(host, ip, port, v8) {
  return v8 ? `* Connected to ${host} (${ip}) port ${port}
` : `* Connected to ${host} (${ip}) port ${port} (#0)
`;
}
function writeOut(format, outcome) {
  const response = outcome.kind === "response" ? outcome : void 0;
  const values = {
    http_code: response ? String(response.status).padStart(3, "0") : "000",
    response_code: response ? String(response.status) : "0",
    remote_ip: response?.remote.ip ?? ("ip" in outcome && outcome.ip ? outcome.ip : ""),
    remote_port: response ? String(response.remote.port) : "",
    size_download: response ? String(new TextEncoder().encode(response.body).length) : "0",
    content_type: response?.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "",
    time_total: "0.001234",
    exitcode: "0"
  };
  return format.replace(/%\{([a-z_]+)\}/g, (whole, name) => values[name] ?? whole).replace(/%%/g, "%").replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\r/g, "\r");
}

// src/core/cluster/network/dig.ts
var DIG_VERSION = "9.18.33";
function parse(argv) {
  const all = { comments: true, question: true, answer: true, authority: true, stats: true, cmd: true };
  const options = { type: "A", short: false, search: false, sections: { ...all } };
  let typeGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("@")) options.server = arg.slice(1);
    else if (arg.startsWith("+")) {
      const flag = arg.slice(1).toLowerCase();
      const on = !flag.startsWith("no");
      const word = on ? flag : flag.slice(2);
      if (word === "short") options.short = on;
      else if (word === "search") options.search = on;
      else if (word === "all") for (const key of Object.keys(all)) options.sections[key] = on;
      else if (word in options.sections) options.sections[word] = on;
    } else if (arg === "-t" || arg === "-x") {
      const value = argv[++i];
      if (value === void 0) return `dig: option requires an argument -- '${arg.slice(1)}'`;
      if (arg === "-t") {
        const type = value.toUpperCase();
        if (!RR_TYPES.includes(type)) return `dig: '${value}' is not a valid type`;
        options.type = type;
        typeGiven = true;
      } else {
        if (!isIPv4(value)) return `dig: '${value}' is not a legal IPv4 address`;
        options.name = ipToPtr(value);
        options.type = "PTR";
        typeGiven = true;
      }
    } else if (arg.startsWith("-")) return `Invalid option: ${arg}`;
    else if (!typeGiven && RR_TYPES.includes(arg.toUpperCase())) {
      options.type = arg.toUpperCase();
      typeGiven = true;
    } else if (arg.toUpperCase() === "IN") continue;
    else options.name = arg;
  }
  return options;
}
var USAGE2 = 'Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n            {global-d-opt} host [@local-server] {local-d-opt}\n            [ host [@local-server] {local-d-opt} [...]]\n\nUse "dig -h" (or "dig -h | more") for complete list of options\n';
function dig(cluster, vantage, argv) {
  const options = parse(argv);
  if (typeof options === "string") return { output: [{ stream: "stderr", text: `${options}
${USAGE2}` }], exitCode: 1 };
  const client = clientFor(cluster, vantage);
  const name = options.name ?? ".";
  const type = options.name === void 0 ? "NS" : options.type;
  const lookup = searchLookup(cluster, client, name, type, { server: options.server, search: options.search });
  const trace = [{ kind: "start", where: client.label, text: `dig ${type} ${name} via ${lookup.server}${options.search ? " (+search)" : " (no search list)"}` }, ...lookupHops(lookup)];
  const command = `; <<>> DiG ${DIG_VERSION} <<>> ${argv.join(" ")}`.trimEnd() + "\n";
  if (lookup.failure) {
    if (lookup.failure === "timeout") advanceTime(cluster, 15e3);
    const why = lookup.failure === "timeout" ? "timed out" : "connection refused";
    const header = `
${command}${options.server ? "; (1 server found)\n" : ""};; global options: +cmd
`;
    const errors = `;; communications error to ${lookup.server}#53: ${why}
`.repeat(lookup.failure === "timeout" ? 3 : 1);
    return { output: [{ stream: "stdout", text: options.short ? errors + ";; no servers could be reached\n" : `${header}${errors}${header};; no servers could be reached
` }], exitCode: 9, trace };
  }
  const last = lookup.found ?? lookup.attempts[lookup.attempts.length - 1];
  const response = last.response;
  if (options.short) {
    return { output: response.answer.length ? [{ stream: "stdout", text: response.answer.map((r) => `${r.data}
`).join("") }] : [], exitCode: 0, trace };
  }
  const out = [];
  const s = options.sections;
  if (s.cmd) out.push("", command.trimEnd());
  if (s.cmd && options.server) out.push("; (1 server found)");
  if (s.cmd) out.push(";; global options: +cmd");
  if (s.comments) {
    out.push(";; Got answer:");
    out.push(`;; ->>HEADER<<- opcode: QUERY, status: ${response.rcode}, id: ${cluster.random.int(65536)}`);
    const flags = ["qr", response.authoritative ? "aa" : "", "rd", response.recursionAvailable ? "ra" : ""].filter(Boolean).join(" ");
    out.push(`;; flags: ${flags}; QUERY: 1, ANSWER: ${response.answer.length}, AUTHORITY: ${response.authority.length}, ADDITIONAL: 1`);
    if (!response.recursionAvailable) out.push(";; WARNING: recursion requested but not available");
    out.push("", ";; OPT PSEUDOSECTION:", "; EDNS: version: 0, flags:; udp: 1232");
  }
  if (s.question) {
    if (s.comments) out.push(";; QUESTION SECTION:");
    out.push(columns([`;${last.fqdn}`], ["IN", type], 32, true));
    out.push("");
  }
  if (s.answer && response.answer.length) {
    if (s.comments) out.push(";; ANSWER SECTION:");
    for (const record of response.answer) out.push(recordLine(record));
    out.push("");
  }
  if (s.authority && response.authority.length) {
    if (s.comments) out.push(";; AUTHORITY SECTION:");
    for (const record of response.authority) out.push(recordLine(record));
    out.push("");
  }
  if (s.stats) {
    out.push(";; Query time: 0 msec");
    out.push(`;; SERVER: ${lookup.server}#53(${lookup.server}) (UDP)`);
    out.push(`;; WHEN: ${digDate(cluster.clock.now())}`);
    out.push(`;; MSG SIZE  rcvd: ${messageSize(last.fqdn, response)}`);
    out.push("");
  }
  return { output: [{ stream: "stdout", text: out.join("\n") + "\n" }], exitCode: 0, trace };
}
function indent(from, to) {
  const target = to < from + 1 ? from + 1 : to;
  const tabs = Math.floor(target / 8) - Math.floor(from / 8);
  if (tabs > 0) return { text: "	".repeat(tabs) + " ".repeat(target % 8), column: target };
  return { text: " ".repeat(target - from), column: target };
}
function columns(first, rest, firstColumn, question = false) {
  let line = first[0];
  let column = line.length;
  const stops = question ? [32, 40] : [24, 32, 40, 48];
  const fields = question ? rest : [...first.slice(1), ...rest];
  fields.forEach((field2, index2) => {
    const step = indent(column, stops[index2] ?? firstColumn);
    line += step.text + field2;
    column = step.column + field2.length;
  });
  return line;
}
function recordLine(record) {
  return columns([record.name, String(record.ttl)], ["IN", record.type, record.data], 48);
}
function digDate(ms) {
  const date = new Date(SIM_EPOCH_MS + ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}
function messageSize(qname, response) {
  const wire = (name) => name === "." ? 1 : absolute(name).split(".").filter(Boolean).reduce((n, label) => n + label.length + 1, 1);
  let size = 12 + wire(qname) + 4;
  for (const record of [...response.answer, ...response.authority]) {
    const owner = record.name === absolute(qname) ? 2 : wire(record.name);
    size += owner + 10 + rdataSize(record, wire);
  }
  return size + 11;
}
function rdataSize(record, wire) {
  switch (record.type) {
    case "A":
      return 4;
    case "CNAME":
    case "PTR":
    case "NS":
      return wire(record.data);
    case "SRV":
      return 6 + wire(record.data.split(" ")[3] ?? ".");
    case "SOA": {
      const [mname, rname] = record.data.split(" ");
      return wire(mname) + wire(rname) + 20;
    }
    default:
      return record.data.length + 1;
  }
}

// src/core/cluster/network/nslookup.ts
var RETRY_TIMEOUT_MS = 5e3;
function nslookup(cluster, vantage, argv) {
  let type = "A";
  const words = [];
  for (const arg of argv) {
    const option = /^-(?:type|query|q|t)=(.+)$/i.exec(arg);
    if (option) {
      const wanted = option[1].toUpperCase();
      if (!RR_TYPES.includes(wanted)) return { output: [{ stream: "stdout", text: `unknown query type: ${option[1]}
` }], exitCode: 1 };
      type = wanted;
    } else if (arg.startsWith("-")) {
      continue;
    } else words.push(arg);
  }
  if (words.length === 0) return { output: [{ stream: "stderr", text: "nslookup: interactive mode is not available in the sandbox; use nslookup NAME [SERVER]\n" }], exitCode: 1 };
  const [name, server] = words;
  const client = clientFor(cluster, vantage);
  const software = clientSoftware(cluster, vantage);
  if (software.legacyNslookup) return legacyNslookup(cluster, client, name, server);
  const busybox = software.busybox;
  const reverse = isIPv4(name);
  const qname = reverse ? ipToPtr(name) : name;
  const qtype = reverse ? "PTR" : type;
  const search = !reverse && !(busybox && name.includes("."));
  const lookup = searchLookup(cluster, client, qname, qtype, { server, search });
  const trace = [{ kind: "start", where: client.label, text: `nslookup ${qtype} ${name} via ${lookup.server}` }, ...lookupHops(lookup)];
  const out = [];
  const print = (text) => out.push({ stream: "stdout", text });
  if (lookup.failure) {
    const why = lookup.failure === "timeout" ? "timed out" : "connection refused";
    if (lookup.failure === "timeout") advanceTime(cluster, RETRY_TIMEOUT_MS * 3);
    if (busybox) print(`;; connection timed out; no servers could be reached

`);
    else print(`;; communications error to ${lookup.server}#53: ${why}
`.repeat(lookup.failure === "timeout" ? 3 : 1) + ";; no servers could be reached\n\n");
    return { output: out, exitCode: 1, trace };
  }
  print(busybox ? `Server:		${lookup.server}
Address:	${lookup.server}:53

` : `Server:		${lookup.server}
Address:	${lookup.server}#53

`);
  const found = lookup.found;
  if (!found) {
    const rcode = lastRcode(lookup);
    const shown = reverse ? qname.replace(/\.$/, "") : name;
    if (rcode === "NOERROR") print(`*** Can't find ${shown}: No answer

`);
    else print(`** server can't find ${shown}: ${rcode}

`);
    return { output: out, exitCode: 1, trace };
  }
  if (!found.response.authoritative && !busybox) print("Non-authoritative answer:\n");
  for (const record of found.response.answer) print(formatRecord(record, busybox));
  print("\n");
  return { output: out, exitCode: 0, trace };
}
function lastRcode(lookup) {
  const rcodes = lookup.attempts.map((a) => a.response.rcode);
  if (rcodes.includes("NOERROR")) return "NOERROR";
  return rcodes[rcodes.length - 1] ?? "NXDOMAIN";
}
function formatRecord(record, busybox) {
  const owner = record.name.replace(/\.$/, "");
  switch (record.type) {
    case "A":
      return `Name:	${owner}
Address: ${record.data}
`;
    case "CNAME":
      return `${owner}	canonical name = ${record.data}
`;
    case "PTR":
      return `${owner}	name = ${record.data}
`;
    case "SRV":
      return `${owner}	service = ${record.data}
`;
    case "SOA":
      return busybox ? `${owner}
` : `${owner}
	origin = ${record.data.split(" ")[0]}
`;
    default:
      return `${owner}	${record.type.toLowerCase()} = ${record.data}
`;
  }
}
function legacyNslookup(cluster, client, name, server) {
  const lookup = searchLookup(cluster, client, name, "A", { server });
  const trace = [{ kind: "start", where: client.label, text: `nslookup ${name} via ${lookup.server}` }, ...lookupHops(lookup)];
  const reverse = (ip) => {
    const ptr = searchLookup(cluster, client, ipToPtr(ip), "PTR", { server, search: false });
    const target = ptr.found?.response.answer.find((r) => r.type === "PTR")?.data.replace(/\.$/, "");
    return target ? `${ip} ${target}` : ip;
  };
  if (lookup.failure) {
    if (lookup.failure === "timeout") advanceTime(cluster, RETRY_TIMEOUT_MS * 2);
    return { output: [{ stream: "stderr", text: `nslookup: can't resolve '${lookup.server}'
` }], exitCode: 1, trace };
  }
  const header = `Server:    ${lookup.server}
Address 1: ${reverse(lookup.server)}

`;
  const addresses = lookup.found?.response.answer.filter((r) => r.type === "A").map((r) => r.data) ?? [];
  if (addresses.length === 0) return { output: [{ stream: "stdout", text: header }, { stream: "stderr", text: `nslookup: can't resolve '${name}'
` }], exitCode: 1, trace };
  const lines2 = addresses.map((ip, i) => `Address ${i + 1}: ${reverse(ip)}
`).join("");
  return { output: [{ stream: "stdout", text: `${header}Name:      ${name}
${lines2}` }], exitCode: 0, trace };
}

// src/core/cluster/network/ping.ts
var DEFAULT_PING_COUNT = 3;
function ping(cluster, vantage, argv) {
  const busybox = clientSoftware(cluster, vantage).busybox;
  let count = DEFAULT_PING_COUNT;
  let host;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const attached = /^-([cwWiqs])(.*)$/.exec(arg);
    if (attached) {
      const value = attached[2] || argv[++i];
      if (value === void 0) return usage(busybox, `option requires an argument -- '${attached[1]}'`);
      if (attached[1] === "c") {
        const n = Number(value);
        if (!Number.isInteger(n) || n <= 0) return { output: [{ stream: "stderr", text: busybox ? `ping: invalid number '${value}'
` : `ping: invalid argument: '${value}': out of range: 1 <= value <= 9223372036854775807
` }], exitCode: busybox ? 1 : 2 };
        count = n;
      }
    } else if (arg === "-4" || arg === "-n") continue;
    else if (arg.startsWith("-")) return usage(busybox, `invalid option -- '${arg.slice(1, 2)}'`);
    else host = arg;
  }
  if (!host) return usage(busybox, "");
  const client = clientFor(cluster, vantage);
  const resolution = resolveHost(cluster, client, host);
  const trace = [{ kind: "start", where: client.label, text: `ping ${host} (ICMP echo, ${count} packets)` }, ...resolution.hops];
  if (resolution.addresses.length === 0) {
    const text = busybox ? `ping: bad address '${host}'
` : `ping: ${host}: Name or service not known
`;
    return { output: [{ stream: "stderr", text }], exitCode: busybox ? 1 : 2, trace };
  }
  const ip = resolution.addresses[0];
  const target = reach(cluster, client, ip);
  trace.push(target.hop);
  const times = Array.from({ length: count }, () => Math.round(target.rtt * (0.8 + 0.4 * cluster.random.next()) * 1e3) / 1e3);
  advanceTime(cluster, count * 1e3);
  const shown = busybox ? host : resolution.canonical ?? host;
  const lines2 = [];
  if (busybox) {
    lines2.push(`PING ${host} (${ip}): 56 data bytes`);
    if (target.replies) times.forEach((t2, seq) => lines2.push(`64 bytes from ${ip}: seq=${seq} ttl=${target.ttl} time=${t2.toFixed(3)} ms`));
    lines2.push("", `--- ${host} ping statistics ---`);
    const received = target.replies ? count : 0;
    lines2.push(`${count} packets transmitted, ${received} packets received, ${target.replies ? 0 : 100}% packet loss`);
    if (target.replies) lines2.push(`round-trip min/avg/max = ${stats(times).min}/${stats(times).avg}/${stats(times).max} ms`);
  } else {
    lines2.push(`PING ${shown} (${ip}) 56(84) bytes of data.`);
    const from = shown === ip ? ip : `${shown} (${ip})`;
    if (target.replies) times.forEach((t2, seq) => lines2.push(`64 bytes from ${from}: icmp_seq=${seq + 1} ttl=${target.ttl} time=${formatIputils(t2)} ms`));
    lines2.push("", `--- ${shown} ping statistics ---`);
    const elapsed = (count - 1) * 1e3 + 2 + cluster.random.int(60);
    lines2.push(`${count} packets transmitted, ${target.replies ? count : 0} received, ${target.replies ? 0 : 100}% packet loss, time ${elapsed}ms`);
    if (target.replies) {
      const s = stats(times);
      lines2.push(`rtt min/avg/max/mdev = ${s.min}/${s.avg}/${s.max}/${s.mdev} ms`);
    } else lines2.push("");
  }
  return { output: [{ stream: "stdout", text: lines2.join("\n") + "\n" }], exitCode: target.replies ? 0 : 1, trace };
}
function usage(busybox, problem) {
  const text = busybox ? `${problem ? `ping: ${problem}
` : ""}BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.

Usage: ping [OPTIONS] HOST
` : `${problem ? `ping: ${problem}
` : "ping: usage error: Destination address required\n"}`;
  return { output: [{ stream: "stderr", text }], exitCode: busybox ? 1 : 2 };
}
function formatIputils(ms) {
  return ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}
function stats(times) {
  const avg = times.reduce((a, b) => a + b, 0) / times.length;
  const mdev = Math.sqrt(times.reduce((a, t2) => a + (t2 - avg) ** 2, 0) / times.length);
  return { min: Math.min(...times).toFixed(3), avg: avg.toFixed(3), max: Math.max(...times).toFixed(3), mdev: mdev.toFixed(3) };
}
function reach(cluster, client, ip) {
  const where = client.label;
  const inside = client.kind !== "laptop";
  const replyHop = (text) => ({ kind: "deliver", where, text });
  if (ip.startsWith("127.") || ip === client.ip) return { replies: true, ttl: 64, rtt: 0.04, hop: replyHop(`${ip} is this machine: it answers itself`) };
  const node = nodeByIP(cluster, ip);
  if (node) return { replies: true, ttl: inside && client.node !== node.name && client.kind === "pod" ? 63 : 64, rtt: 0.1, hop: replyHop(`node ${node.name} answers ICMP echo`) };
  const vip = isServiceVIP(cluster, ip);
  if (vip) {
    return {
      replies: false,
      ttl: 0,
      rtt: 0,
      hop: { kind: "drop", where: inside ? `kube-proxy on ${client.node}` : where, text: `${ip} is the ClusterIP of Service ${vip.metadata.namespace}/${vip.metadata.name}: a virtual IP with rules only for its TCP/UDP ports, so no one answers ICMP` }
    };
  }
  if (services(cluster).some((s) => loadBalancerIPs(s).includes(ip))) return { replies: true, ttl: 64, rtt: 0.2, hop: replyHop(`the cloud load balancer at ${ip} answers ICMP echo`) };
  if (inCIDR(ip, SERVICE_CIDR)) return { replies: false, ttl: 0, rtt: 0, hop: { kind: "drop", where, text: `no Service owns ${ip}; nothing answers` } };
  if (inCIDR(ip, POD_CIDR)) {
    if (!inside) return { replies: false, ttl: 0, rtt: 0, hop: { kind: "drop", where, text: `the pod network ${POD_CIDR} is not routed outside the cluster` } };
    const pod3 = podByIP(cluster, ip);
    if (!pod3 || !podIsRunning(pod3)) return { replies: false, ttl: 0, rtt: 0, hop: { kind: "drop", where, text: `no running pod has the address ${ip}` } };
    const sameNode = pod3.spec?.nodeName === client.node;
    return { replies: true, ttl: sameNode ? 64 : client.kind === "pod" ? 62 : 63, rtt: sameNode ? 0.06 : 0.15, hop: replyHop(`pod ${pod3.metadata.namespace}/${pod3.metadata.name} on ${pod3.spec?.nodeName} answers ICMP echo`) };
  }
  if (internetHostByIP(ip)) return { replies: true, ttl: 56, rtt: 12, hop: replyHop(`internet host ${ip} answers ICMP echo`) };
  return { replies: false, ttl: 0, rtt: 0, hop: { kind: "drop", where, text: `nothing answers at ${ip}` } };
}

// src/core/cluster/network/wget.ts
var USAGE3 = `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP
`;
function parse2(argv) {
  const options = { quiet: false, headers: [], spider: false, serverResponse: false, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = (attached) => attached ? attached : argv[++i];
    if (arg === "--spider") options.spider = true;
    else if (arg === "--header" || arg === "--post-data" || arg === "--user-agent" || arg === "--timeout" || arg === "--output-document") {
      const value = argv[++i];
      if (value === void 0) return `wget: option '${arg}' requires an argument`;
      if (arg === "--header") {
        const colon = value.indexOf(":");
        if (colon > 0) options.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
      } else if (arg === "--post-data") options.postData = value;
      else if (arg === "--user-agent") options.userAgent = value;
      else if (arg === "--timeout") options.timeoutMs = Number(value) * 1e3;
      else options.output = value;
    } else if (arg.startsWith("--")) return `wget: unrecognized option '${arg}'`;
    else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (letter === "q") options.quiet = true;
        else if (letter === "S") options.serverResponse = true;
        else if (letter === "c") continue;
        else if ("OTUP".includes(letter)) {
          const value = takeValue(arg.slice(j + 1));
          if (value === void 0) return `wget: option requires an argument -- '${letter}'`;
          if (letter === "O") options.output = value;
          else if (letter === "T") {
            const seconds = Number(value);
            if (!Number.isFinite(seconds)) return `wget: invalid number '${value}'`;
            options.timeoutMs = seconds * 1e3;
          } else if (letter === "U") options.userAgent = value;
          break;
        } else return `wget: invalid option -- '${letter}'`;
      }
    } else options.urls.push(arg);
  }
  return options;
}
function wget(cluster, vantage, argv) {
  const options = parse2(argv);
  if (typeof options === "string") return { output: [{ stream: "stderr", text: `${options}
${USAGE3}` }], exitCode: 1 };
  if (options.urls.length === 0) return { output: [{ stream: "stderr", text: USAGE3 }], exitCode: 1 };
  const out = [];
  const trace = [];
  let exitCode = 0;
  for (const url of options.urls) {
    const outcome = httpRequest(cluster, vantage, {
      url,
      method: options.spider ? "HEAD" : options.postData !== void 0 ? "POST" : "GET",
      headers: [["User-Agent", options.userAgent ?? "Wget"], ["Connection", "close"], ...options.headers],
      timeoutMs: options.timeoutMs
    });
    trace.push(...outcome.trace);
    if (outcome.kind === "timeout") advanceTime(cluster, outcome.afterMs);
    if (outcome.kind === "unresolved" && outcome.afterMs !== void 0) advanceTime(cluster, outcome.afterMs);
    exitCode = render2(outcome, url, options, out);
  }
  return { output: out, exitCode, trace };
}
function render2(outcome, url, options, out) {
  const info = (text) => {
    if (!options.quiet) out.push({ stream: "stderr", text });
  };
  const error = (text) => {
    out.push({ stream: "stderr", text: `wget: ${text}
` });
    return 1;
  };
  if (outcome.kind === "bad-url") return error(outcome.code === 1 ? `unsupported URL: ${url}` : `bad address '${url}'`);
  if (outcome.kind === "unresolved") return error(`bad address '${outcome.host}'`);
  info(`Connecting to ${outcome.host} (${outcome.ip ?? outcome.host}:${outcome.port})
`);
  switch (outcome.kind) {
    case "refused":
      return error(`can't connect to remote host (${outcome.ip}): ${outcome.afterMs > 0 ? "Host is unreachable" : "Connection refused"}`);
    case "timeout":
      return error(options.timeoutMs !== void 0 ? "download timed out" : `can't connect to remote host (${outcome.ip}): Connection timed out`);
    case "empty-reply":
      return error("error getting response: Connection reset by peer");
    case "tls-error":
      return error("error getting response: Connection reset by peer");
    case "response":
      break;
  }
  if (options.serverResponse) {
    info(`  ${outcome.httpVersion} ${outcome.status} ${outcome.reason}
${outcome.headers.map(([k, v]) => `  ${k}: ${v}
`).join("")}`);
  }
  if (outcome.status >= 400) return error(`server returned error: ${outcome.httpVersion} ${outcome.status} ${outcome.reason}`);
  if (options.spider) {
    info("remote file exists\n");
    return 0;
  }
  const size = new TextEncoder().encode(outcome.body).length;
  const toStdout = options.output === "-";
  const file = options.output ?? (outcome.request.path.split("?")[0].split("/").pop() || "index.html");
  info(toStdout ? "writing to stdout\n" : `saving to '${file}'
`);
  if (toStdout) out.push({ stream: "stdout", text: outcome.body });
  info(`${(toStdout ? "-" : file).padEnd(20)} 100% |${"*".repeat(32)}| ${String(size).padStart(5)}  0:00:00 ETA
`);
  info(toStdout ? "written to stdout\n" : `'${file}' saved
`);
  return 0;
}

// src/core/cluster/network/tools.ts
var NETWORK_TOOLS = { curl, wget, nslookup, dig, ping };

// src/core/cluster/shell/prompt.ts
function promptFor(vantage) {
  if (vantage.kind === "laptop") return "you@laptop:~$ ";
  if (vantage.kind === "node") return `root@${vantage.node}:/# `;
  return `root@${vantage.pod}:/# `;
}

// src/core/cluster/shell/session.ts
function enterIfAsked(session, result) {
  if (!result.enter) return;
  session.vantage = result.enter.vantage;
  session.entered = result.enter.removeOnExit !== void 0 ? { via: "run", remove: result.enter.removeOnExit } : { via: "exec" };
}

// src/core/cluster/shell/shell.ts
function createShell(options) {
  return new SandboxShell(options);
}
var SandboxShell = class {
  cluster;
  history = [];
  session;
  /** `$?` */
  lastExitCode = 0;
  constructor(options) {
    this.cluster = options.cluster;
    const files2 = /* @__PURE__ */ new Map();
    this.session = {
      cluster: options.cluster,
      vantage: LAPTOP,
      entered: void 0,
      files: files2,
      readFile: (path) => files2.get(path) ?? options.readFile(path),
      listDir: options.listDir,
      tools: options.tools ?? NETWORK_TOOLS,
      history: this.history,
      lastTrace: void 0,
      kubeconfig: { namespace: "default" },
      variables: /* @__PURE__ */ new Map(),
      kubectl: (env, argv) => runKubectl(env, argv)
    };
  }
  get vantage() {
    return this.session.vantage;
  }
  prompt() {
    return promptFor(this.session.vantage);
  }
  complete(line) {
    try {
      return completeLine(this.session, line);
    } catch {
      return { replacement: line, candidates: [] };
    }
  }
  run(line, stdin) {
    try {
      if (stdin === void 0 && line.includes("\n")) return this.runScriptText(line);
      if (line.trim()) this.history.push(line.trim());
      const result = this.execute(line, stdin);
      this.lastExitCode = result.exitCode;
      return result;
    } catch (error) {
      return internalError2(commandName(line), error);
    }
  }
  runScriptText(text) {
    const chunks2 = [];
    let last = { output: [], exitCode: 0 };
    for (const command of splitScript(text)) {
      this.history.push(command.line.trim());
      if (command.warning) chunks2.push({ stream: "stderr", text: command.warning });
      try {
        last = this.execute(command.line, command.stdin);
      } catch (error) {
        last = internalError2(commandName(command.line), error);
      }
      this.lastExitCode = last.exitCode;
      chunks2.push(...last.output);
    }
    return { ...last, output: chunks2 };
  }
  execute(line, heredoc) {
    const substituted = [];
    const expansion = {
      variable: (name) => name === "?" ? String(this.lastExitCode) : this.session.variables.get(name) ?? "",
      command: (text) => {
        const inner = this.execute(text, void 0);
        substituted.push(...inner.output.filter((chunk) => chunk.stream === "stderr"));
        return inner.output.filter((chunk) => chunk.stream === "stdout").map((chunk) => chunk.text).join("");
      }
    };
    const parsed2 = parseLine(line, expansion);
    const shellName2 = this.session.vantage.kind === "pod" ? "sh" : "bash";
    if (!parsed2.ok) return { output: [{ stream: "stderr", text: `${parsed2.message.replace(/^bash:/, `${shellName2}:`)}
` }], exitCode: 2 };
    let result = { output: [], exitCode: 0 };
    const chunks2 = [...substituted];
    const first = parsed2.pipelines[0]?.stages[0];
    if (first && !parsed2.heredoc && heredoc !== void 0 && first.input === void 0) first.heredoc = true;
    for (const pipeline of parsed2.pipelines) {
      if (pipeline.after === "&&" && result.exitCode !== 0) continue;
      if (pipeline.after === "||" && result.exitCode === 0) continue;
      result = this.runPipeline(pipeline, heredoc);
      chunks2.push(...result.output);
      if (result.trace) this.session.lastTrace = result.trace;
      enterIfAsked(this.session, result);
      if (result.enter || result.leave) break;
    }
    return { ...result, output: chunks2 };
  }
  runPipeline(pipeline, heredoc) {
    const terminal = [];
    let piped;
    let last = { output: [], exitCode: 0 };
    pipeline.stages.forEach((stage, index2) => {
      const stdin = stage.heredoc ? heredoc ?? "" : stage.input !== void 0 ? this.session.readFile(stage.input) : piped;
      if (stage.input !== void 0 && stdin === void 0) {
        last = { output: [{ stream: "stderr", text: `bash: ${stage.input}: No such file or directory
` }], exitCode: 1 };
        terminal.push(...last.output);
        piped = "";
        return;
      }
      last = runAtVantage(this.session, this.session.vantage, stage.argv, stdin);
      const routed = route2(stage, last.output, index2 < pipeline.stages.length - 1, this.session);
      terminal.push(...routed.terminal);
      piped = routed.piped;
    });
    return { ...last, output: terminal };
  }
};
function route2(stage, output, toPipe, session) {
  const stdoutTarget = [...stage.redirects].reverse().find((redirect) => redirect.fd === 1);
  const stderrTarget = [...stage.redirects].reverse().find((redirect) => redirect.fd === 2);
  const terminal = [];
  let piped = "";
  const files2 = /* @__PURE__ */ new Map();
  const send2 = (chunk, target, append) => {
    if (target === void 0) {
      if (toPipe && chunk.stream === "stdout") piped += chunk.text;
      else terminal.push(chunk);
      return;
    }
    if (target === "/dev/null") return;
    const previous = files2.get(target) ?? (append ? session.readFile(target) ?? "" : "");
    files2.set(target, previous + chunk.text);
  };
  for (const chunk of output) {
    if (chunk.stream === "stdout") send2(chunk, stdoutTarget?.target, stdoutTarget?.append ?? false);
    else if (stderrTarget?.target === "&1") send2({ stream: "stdout", text: chunk.text }, stdoutTarget?.target, stdoutTarget?.append ?? false);
    else send2(chunk, stderrTarget?.target, stderrTarget?.append ?? false);
  }
  for (const redirect of stage.redirects) {
    if (redirect.target !== "&1" && redirect.target !== "/dev/null" && !files2.has(redirect.target)) {
      files2.set(redirect.target, redirect.append ? session.readFile(redirect.target) ?? "" : "");
    }
  }
  for (const [path, text] of files2) session.files.set(path, text);
  return { terminal, piped };
}
function commandName(line) {
  return line.trim().split(/\s+/)[0] || "shell";
}
function internalError2(name, error) {
  const message = error instanceof Error ? error.message : String(error);
  return { output: [{ stream: "stderr", text: `kubetutor: internal error in ${name}: ${message.split("\n")[0]}
` }], exitCode: 1 };
}

// test/core/cluster/kubectl/helpers.ts
function sandbox(files2 = {}, options = {}) {
  const shell = createShell({ cluster: createCluster({ seed: options.seed ?? 1, cloud: options.cloud }), readFile: (path) => files2[path], listDir: (path) => listDir(files2, path) });
  return {
    shell,
    run(line, stdin) {
      const result = shell.run(line, stdin);
      const pick = (stream) => result.output.filter((chunk) => chunk.stream === stream).map((chunk) => chunk.text).join("");
      return { text: outputText(result), stdout: pick("stdout"), stderr: pick("stderr"), exitCode: result.exitCode };
    }
  };
}
function listDir(files2, path) {
  const prefix = path === "." || path === "" ? "" : `${path.replace(/\/+$/, "")}/`;
  const below = Object.keys(files2).filter((file) => file.startsWith(prefix));
  if (below.length === 0) return void 0;
  return [...new Set(below.map((file) => file.slice(prefix.length).split("/")[0]).filter(Boolean))].sort();
}

// try-onepath.tmp.ts
var files = { "notyaml.txt": "hello\n", "widget.yaml": "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n", "nokind.yaml": "apiVersion: v1\nmetadata:\n  name: x\n", "bad.yaml": "a: b: c\n" };
var { run: run2 } = sandbox(files);
for (const line of process.argv.slice(2)) {
  const r = run2(line);
  console.log(`== ${line}
${r.text}rc=${r.exitCode}`);
}
