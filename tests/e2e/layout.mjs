// Layout checks run in the page, as a person would see it: controls or headings drawn over
// each other, text cut off by a box that hides its overflow, long text squeezed into a narrow
// column, a page wider than the screen, and words of the code's world in the text.

/** The defects of the page as it is laid out now (run with `page.evaluate(layoutDefects)`). */
export function layoutDefects() {
  const out = [];
  const visible = (el) => {
    // Not rendered: inside a closed <details> (whose content the browser skips whatever
    // its own display says), or hidden by an ancestor.
    if (el.checkVisibility && !el.checkVisibility()) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const name = (el) => {
    const t = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ');
    const id = el.dataset?.testid ? `[${el.dataset.testid}]` : '';
    return `${el.tagName.toLowerCase()}${id}${t ? ` "${t.slice(0, 40)}"` : ''}`;
  };
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    out.push(`wide: page ${document.documentElement.scrollWidth} px on a ${window.innerWidth} px screen`);
  }
  const els = [...document.querySelectorAll('input:not([type=hidden]),select,textarea,button,a[href],label,h1,h2,h3,h4,legend,summary')].filter(visible);
  const boxes = els.map((e) => e.getBoundingClientRect());
  for (let i = 0; i < els.length; i++) {
    for (let j = i + 1; j < els.length; j++) {
      const a = els[i];
      const b = els[j];
      if (a.contains(b) || b.contains(a)) continue;
      if ((a.tagName === 'LABEL' && (a.control === b || a.htmlFor === b.id)) || (b.tagName === 'LABEL' && (b.control === a || b.htmlFor === a.id))) continue;
      const r = boxes[i];
      const s = boxes[j];
      const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
      const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
      if (w > 3 && h > 3) out.push(`overlap: ${name(a)} over ${name(b)}`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const clipped = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue.trim();
    const el = n.parentElement;
    if (!text || !el || !visible(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let tiny = false;
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      const pr = p.getBoundingClientRect();
      if ((pr.width <= 2 || pr.height <= 2) && getComputedStyle(p).overflow !== 'visible') tiny = true;
    }
    if (tiny) continue;
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const scrolls = s.overflowX === 'auto' || s.overflowX === 'scroll';
      if (scrolls && p.scrollWidth <= p.clientWidth + 1) break;
      const c = p.getBoundingClientRect();
      // On a phone a wide table that scrolls sideways in its own box is the usual way.
      if ((r.right > c.right + 2 || r.left < c.left - 2) && !(scrolls && window.innerWidth < 600) && !clipped.has(p)) {
        clipped.add(p);
        out.push(`clipped: "${text.slice(0, 40)}" beyond ${name(p)}`);
      }
      break;
    }
    if (text.length >= 25 && el.getBoundingClientRect().width < 60) out.push(`squeezed: "${text.slice(0, 40)}"`);
  }
  const body = document.body.innerText;
  for (const re of [/\bseed\s*0\d\d\b/i, /\b\d{3}_[0-9a-f]{16}\.txt\b/i, /\bundefined\b/, /\bNaN\b/, /\[object Object\]/]) {
    const m = body.match(re);
    if (m) out.push(`jargon: "${m[0]}"`);
  }
  return out;
}

/** Scrolls through the page once (so parts built on scroll are built), then back to the top. */
export async function scrollThrough(page) {
  const { height, step } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, step: window.innerHeight }));
  for (let y = 0; y < height; y += step) {
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
}

export const SIZES = [
  { width: 1366, height: 768, name: 'laptop' },
  { width: 1280, height: 720, name: 'projector' },
  { width: 390, height: 844, name: 'phone' },
];
