// Started through THORLINE_MATCHING_WORKER (start-worker.ts's development seam) in place of the
// real matching worker: loads stuck-matching-worker.ts through tsx, as start-worker does for sources.
import { register } from 'tsx/esm/api';

register();
await import('./stuck-matching-worker.ts');
