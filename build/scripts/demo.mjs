// `npm run demo -- [--workspace FILE] [--port N]`: the workbench in any browser.
// Builds the renderer when needed, then starts the browser host on 127.0.0.1. Open the URL
// it prints: it carries a key made for this launch, without which the API answers 401.
import { runBrowserHost } from './lib/browser-host.mjs';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';

if (!ensureRendererBuilt()) process.exit(1);
runBrowserHost(process.argv.slice(2));
