import { runnerImport, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

/**
 * Writes the start page's shell (src/app/shell.tsx, rendered with react-dom/server) into the built
 * index.html, so the first paint does not wait for the script (docs/performance.md), in Swedish
 * and in English, with the small script that picks the language and keeps the shell to the start
 * page's address. The service
 * worker precaches the page with the shell, so a warm load shows it at once too.
 */
export function prerenderShell(): Plugin {
  return {
    name: 'lis-prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to prerender into`);
        const { module } = await runnerImport<typeof import('../src/app/shell')>('/src/app/shell.tsx');
        const sv = module.renderStartShell('sv');
        const en = module.renderStartShell('en');
        if (/<script|\sstyle=/i.test(sv + en))
          throw new Error('the prerendered shell has a script or an inline style, which the CSP blocks');
        return {
          // The English shell waits, inert, in a template; shell-route.js puts it in place for a
          // user who chose English (src/app/shell-language.ts).
          html: html.replace(ROOT, `<div id="root">${sv}</div><template id="shell-en">${en}</template>`),
          // public/shell-route.js picks the shell's language and hides the start page's content on
          // other addresses: a classic script of our own (the CSP allows it) right after the shell,
          // so that it holds back neither the shell nor the page's styles.
          tags: [{ tag: 'script', attrs: { src: './shell-route.js' }, injectTo: 'body' }],
        };
      },
    },
  };
}
