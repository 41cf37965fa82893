import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // elkjs is imported only by the layout worker, which Vite's dev server discovers late and
  // answers with a full page reload on the first visit; pre-bundling it avoids that reload.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
