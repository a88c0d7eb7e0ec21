/** A working application a drill starts from, built with random names from the drill's seed. */
import type {SeededRandom} from '../cluster/seeded-random.js';
import type {AppModel} from './drill-app.js';

/** An app with nothing besides its own objects: no Ingress, no other team's objects, no policies. */
export function appModel(fields: Omit<AppModel, 'ingresses' | 'before' | 'after' | 'ingressController'> & Partial<AppModel>): AppModel {
	return {ingresses: [], before: [], after: [], ingressController: false, ...fields};
}

export interface DrillTemplate {
	id: string;
	title: string;
	/** Fewest worker nodes the template needs. */
	minWorkers: number;
	build(random: SeededRandom, nodes: readonly string[]): AppModel;
}

const NAMESPACES = ['shop', 'payments', 'blog', 'media', 'orders', 'billing', 'inventory', 'search', 'reviews', 'checkout', 'booking', 'news'] as const;

/** A namespace such as `shop-k7x`: readable, and different from drill to drill. */
export function drillNamespace(random: SeededRandom): string {
	return `${random.pick(NAMESPACES)}-${random.suffix(3)}`;
}

export function pickName(random: SeededRandom, names: readonly string[]): string {
	return random.pick(names);
}
