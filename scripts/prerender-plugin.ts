import { runnerImport, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

/**
 * Writes the start page's shell (src/app/shell.tsx, rendered with react-dom/server) into the built
 * index.html, so the first paint does not wait for the script (docs/performance.md), with the small
 * script that keeps it to the start page's address. The service
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
        const markup = module.renderStartShell();
        if (/<script|\sstyle=/i.test(markup))
          throw new Error('the prerendered shell has a script or an inline style, which the CSP blocks');
        return {
          html: html.replace(ROOT, `<div id="root">${markup}</div>`),
          // public/shell-route.js hides the start page's content on other addresses: a classic
          // script of our own (the CSP allows it) right after the shell, so that it holds back
          // neither the shell nor the page's styles.
          tags: [{ tag: 'script', attrs: { src: './shell-route.js' }, injectTo: 'body' }],
        };
      },
    },
  };
}
