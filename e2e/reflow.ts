import type { Page } from '@playwright/test';

/**
 * Elements that stick out past the right edge of the window, outside any frame that scrolls on its
 * own: what makes a page scroll sideways. Empty when the page reflows. Used by
 * layout.spec.ts for every page and by the specs of single parts of the app.
 */
export function sticking(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (['auto', 'scroll'].includes(s.overflowX) && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5 || scrollsItself(el.parentElement)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (el.closest('.visually-hidden')) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className || ''} right=${Math.round(box.right)}`);
    }
    return out.slice(0, 8);
  });
}
