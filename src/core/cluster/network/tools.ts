/** The network tools the sandbox shell offers, by program name. */
import {curl} from './curl.js';
import {dig} from './dig.js';
import {nslookup} from './nslookup.js';
import {ping} from './ping.js';
import type {NetworkTool} from './tool-result.js';
import {wget} from './wget.js';

export const NETWORK_TOOLS: Readonly<Record<'curl' | 'wget' | 'nslookup' | 'dig' | 'ping', NetworkTool>> = {curl, wget, nslookup, dig, ping};

