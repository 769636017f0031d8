// Bundles the dashboard (src/web) into dist/web: app.js (our TypeScript and uPlot), app.css (our styles and
// uPlot's) and index.html. Run by `npm run build`, so `npm install` produces it; nothing is fetched at run time.
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src', 'web');
const out = path.join(root, 'dist', 'web');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: path.join(src, 'main.ts') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  banner: { js: '/*! dyad dashboard. Bundles uPlot (MIT, (c) Leon Sorokin): see uPlot.LICENSE.txt */' },
  outdir: out,
  logLevel: 'warning',
});
await build({
  entryPoints: { app: path.join(src, 'style.css') },
  bundle: true,
  minify: true,
  outdir: out,
  logLevel: 'warning',
});
copyFileSync(path.join(src, 'index.html'), path.join(out, 'index.html'));
copyFileSync(path.join(root, 'node_modules', 'uplot', 'LICENSE'), path.join(out, 'uPlot.LICENSE.txt'));
const kb = (f: string) => (statSync(path.join(out, f)).size / 1024).toFixed(1);
process.stderr.write(`build-web: dist/web/app.js ${kb('app.js')} KB, app.css ${kb('app.css')} KB, index.html\n`);
