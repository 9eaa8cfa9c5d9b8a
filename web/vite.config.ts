import { defineConfig } from 'vite';

declare const process: { env: Record<string, string | undefined> };

// The server embeds exactly index.html, assets/app.js and assets/app.css (server/CMakeLists.txt lists
// them), so names carry no hash and everything is one chunk; the server's ETags do the cache busting.
export default defineConfig({
  base: '/app/',
  build: {
    outDir: process.env.SUARA_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/app.js',
        chunkFileNames: 'assets/app-[name].js',
        assetFileNames: (info) => (info.names?.some((n) => n.endsWith('.css')) ? 'assets/app.css' : 'assets/[name][extname]'),
        inlineDynamicImports: true,
      },
    },
  },
});
