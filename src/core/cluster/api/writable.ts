import type {KubeObject, ObjectMeta, Service} from '../kube-object.js';

/** kubernetes-types marks server-set fields read-only; the API server is the one that sets them. */
export type Writable<T> = {-readonly [K in keyof T]: T[K]};

export type WritableMeta = Writable<ObjectMeta>;

/** A Service as the API server holds it: always named. */
export type ServiceObject = Writable<Service> & KubeObject;
