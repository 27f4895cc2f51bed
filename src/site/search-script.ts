/**
 * The search box's script (assets/search.js), run by every page: plain ES2017, no library, no
 * request. It reads the index that assets/search-index.js set, matches every word typed
 * against names, titles and texts without case or accents (so `contrasena` finds
 * `Contraseña`, `διαδρομη` finds `Διαδρομή`), and lists the results as links, usable with the
 * keyboard: `/` to focus, arrows to choose, Enter to go, Escape to close. Results are built
 * with textContent, never as HTML.
 */
export const SEARCH_SCRIPT_SOURCE = String.raw`(function () {
  'use strict';
  var box = document.querySelector('.search');
  var entries = window.journeySearchIndex;
  if (!box || !Array.isArray(entries)) return;
  var input = box.querySelector('input');
  var list = box.querySelector('ul');
  var status = box.querySelector('.search-status');
  var root = box.getAttribute('data-root') || '';
  var LIMIT = 50;
  var selected = -1;
  var links = [];

  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\u03c2/g, '\u03c3');
  }
  function words(name) {
    return String(name).replace(/([a-z\u00df-\u024f\u03ac-\u03ce0-9])([A-Z\u00c0-\u00de\u0386-\u03ab])/g, '$1 $2');
  }
  var prepared = entries.map(function (entry) {
    var name = fold(entry[1]);
    var title = fold(entry[2]);
    return { entry: entry, name: name, label: name + ' ' + fold(words(entry[1])) + ' ' + title, all: name + ' ' + fold(words(entry[1])) + ' ' + title + ' ' + fold(entry[3]) + ' ' + fold(entry[4]) };
  });
  var KIND_ORDER = { journey: 0, touchpoint: 1, stage: 2, persona: 3, channel: 4, stakeholder: 5 };

  function find(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    var found = [];
    prepared.forEach(function (item, order) {
      for (var i = 0; i < terms.length; i++) if (item.all.indexOf(terms[i]) < 0) return;
      var whole = terms.join(' ');
      var rank = item.name === whole ? 0 : item.name.indexOf(terms[0]) === 0 ? 1 : terms.every(function (t) { return item.label.indexOf(t) >= 0; }) ? 2 : 3;
      found.push({ item: item, rank: rank, order: order });
    });
    found.sort(function (a, b) { return a.rank - b.rank || KIND_ORDER[a.item.entry[0]] - KIND_ORDER[b.item.entry[0]] || a.order - b.order; });
    return found.map(function (f) { return f.item.entry; });
  }

  function say(name, values) {
    return (box.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? String(values[key]) : whole; });
  }

  function select(index) {
    if (links.length === 0) { selected = -1; input.removeAttribute('aria-activedescendant'); return; }
    selected = (index + links.length) % links.length;
    links.forEach(function (link, i) { link.setAttribute('aria-selected', i === selected ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', links[selected].id);
    links[selected].scrollIntoView({ block: 'nearest' });
  }

  function close() {
    list.hidden = true;
    status.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show() {
    var query = input.value.trim();
    list.textContent = '';
    links = [];
    selected = -1;
    if (!query) { close(); return; }
    var results = find(query);
    results.slice(0, LIMIT).forEach(function (entry, i) {
      var item = document.createElement('li');
      item.setAttribute('role', 'none');
      var link = document.createElement('a');
      link.href = root + entry[5];
      link.id = 'site-search-result-' + i;
      link.setAttribute('role', 'option');
      link.setAttribute('aria-selected', 'false');
      link.tabIndex = -1;
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = box.getAttribute('data-kind-' + entry[0]) || entry[0];
      var name = document.createElement('span');
      name.className = 'result-name';
      name.textContent = entry[2] ? entry[2] + ' (' + entry[1] + ')' : entry[1];
      link.appendChild(kind);
      link.appendChild(name);
      if (entry[4]) {
        var context = document.createElement('span');
        context.className = 'result-context';
        context.textContent = entry[4];
        link.appendChild(context);
      }
      item.appendChild(link);
      list.appendChild(item);
      links.push(link);
    });
    if (results.length > LIMIT) {
      var more = document.createElement('li');
      more.className = 'search-note';
      more.setAttribute('role', 'none');
      more.textContent = say('more', { count: results.length - LIMIT });
      list.appendChild(more);
    }
    if (results.length === 0) {
      var none = document.createElement('li');
      none.className = 'search-note';
      none.setAttribute('role', 'none');
      none.textContent = say('none', { query: query });
      list.appendChild(none);
    }
    status.textContent = say(results.length === 1 ? 'one' : 'other', { count: results.length });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  input.addEventListener('input', show);
  input.addEventListener('focus', function () { if (input.value.trim()) show(); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); if (list.hidden) show(); select(selected + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); select(selected - 1); }
    else if (event.key === 'Enter') {
      var target = links[selected >= 0 ? selected : 0];
      if (target) { event.preventDefault(); close(); window.location.href = target.href; }
    } else if (event.key === 'Escape') {
      if (!list.hidden) { event.preventDefault(); close(); } else { input.value = ''; }
    }
  });
  document.addEventListener('click', function (event) { if (!box.contains(event.target)) close(); });
  document.addEventListener('keydown', function (event) {
    var typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) { event.preventDefault(); input.focus(); input.select(); }
  });
  box.hidden = false;
})();
`;
