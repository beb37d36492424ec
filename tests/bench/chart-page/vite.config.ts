// The chart bench's page: the workbench's own chart module (controller, layout worker,
// stylesheet) on generated graphs, without the rest of the workbench or its budget.
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: { outDir: `${here}/../../../dist/bench-chart`, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
