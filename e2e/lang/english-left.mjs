// Finds English left on a screen drawn in Spanish or French (issue 20): every visible text,
// the page title and the words people meet without seeing them (aria-label, placeholder,
// title, alt, the options of a select) are read; the partnership's own data (anything stored
// by the app: names, notes, the sample's texts) is taken out; what remains is English when it
// holds a word only English uses. The words below were chosen so that none of them is also a
// Spanish or French word ("a", "on", "no", "plan", "date", "guide", "pause" are not in it).
const ENGLISH = `the and with your this that these those yet add save edit delete new for of to from
what who when where how will would should could can cannot each is are was were been has have
not by it its show hide open close print choose enter all any none nothing there here about more
less than then into out up down after before their them they we our you or at be if so which one
two three first last next back week weeks month months year years day days today partner
partners partnership partnerships goal goals meeting meetings story stories
measurement measurements people members community metric metrics report charter health check
voting resource resources sustainability overview funding lessons lesson milestones milestone
signed sign agreed owner due done still needs offers offer without yes`
  .split(/\s+/)
  .filter(Boolean);

/** The English strings left on the page: `[{ text, where }]`, empty when there is none. */
export async function englishLeft(page) {
  return page.evaluate((words) => {
    const english = new Set(words);
    // The partnership's data, as stored: every string value of every stored JSON.
    const data = [];
    const walk = (v) => {
      if (typeof v === 'string') {
        if (v.trim().length >= 2) data.push(v.trim());
      } else if (v && typeof v === 'object') {
        for (const x of Object.values(v)) walk(x);
      }
    };
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      try {
        walk(JSON.parse(localStorage.getItem(key)));
      } catch {
        // not JSON: a preference
      }
    }
    data.sort((a, b) => b.length - a.length);
    const strip = (text) => {
      let t = text;
      for (const d of data) if (t.includes(d)) t = t.split(d).join(' ');
      return t;
    };
    const isEnglish = (text) =>
      strip(text)
        .toLowerCase()
        .split(/[^a-z\u00c0-\u024f']+/)
        .some((w) => english.has(w));
    const where = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : e.classList[0] ? '.' + e.classList[0] : ''));
      }
      return parts.join(' > ');
    };
    const visible = (el) => el && (el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null);
    const found = [];
    const seen = new Set();
    const note = (text, el, kind) => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (!t || seen.has(kind + t) || !isEnglish(t)) return;
      seen.add(kind + t);
      found.push({ text: t, where: `${kind} in ${where(el)}` });
    };
    note(document.title, document.head, 'title');
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || el.closest('[translate="no"]')) continue;
      const inSelect = el.closest('select');
      if (inSelect ? visible(inSelect) : visible(el)) note(n.textContent, el, inSelect ? 'option' : 'text');
    }
    for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      if (el.closest('[translate="no"]')) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) note(v, el, attr);
      }
    }
    return found;
  }, ENGLISH);
}
