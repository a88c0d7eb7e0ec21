/** The network tools the shell offers (NET's curl, wget, nslookup, dig, ping), by command name. */
export {NETWORK_TOOLS} from '../network/tools.js';
export type {NetworkTool} from '../network/tool-result.js';
