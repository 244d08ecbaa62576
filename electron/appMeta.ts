/** Name and version as package.json gives them (bundled into main by esbuild, read by tsx in the CLI). */
import pkg from '../package.json';

export const APP_NAME: string = pkg.productName;
export const APP_VERSION: string = pkg.version;
export const APP_ID = 'id.newsroomdesk.app';
