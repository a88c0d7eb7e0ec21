/**
 * kubectl v1.34 output formatting: pure functions from Kubernetes objects and the simulated
 * time to the exact text kubectl prints.
 */
export {printTable, printGetAll, tableRows, GET_ALL_KINDS, type TableOptions} from './print-table.js';
export {printObjects, printableData, objectName, toKubectlJson, type ObjectFormat, type ObjectsOptions} from './print-objects.js';
export {jsonPath, type JsonPathOptions, type JsonPathResult} from './jsonpath.js';
export {describe, describeMany, type DescribeRelated} from './describe/describe.js';
export {humanDuration, since, rfc1123z} from './human-duration.js';
export {tabWriter, formatTabbed} from './tab-writer.js';
export {toYaml} from './yaml-emitter.js';
export {formatLabels, formatLabelSelector} from './format-labels.js';
export {summarizePod} from './pod-status.js';
export {ENDPOINTS_DEPRECATION_WARNING} from './warnings.js';
export {printCustomColumns, type CustomColumnsResult} from './custom-columns.js';
export {sortObjects, type SortResult} from './sort-by.js';
export {findResults, relaxedJsonPath} from './jsonpath.js';
export {renderGet, type GetRequest, type GetResult} from './render-get.js';
