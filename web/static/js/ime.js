/* Hocviet input method: Telex and VNI typing for fields marked data-vi.
 *
 * The decoders are a line-by-line port of internal/viet/ime.go and pass the
 * same vectors (internal/viet/testdata/ime_vectors.json): change both
 * together. HocvietIME.telex and HocvietIME.vni are pure functions over a
 * whole string of keys, decoded word by word exactly as in Go.
 *
 * ES2017, no modules, no build step.
 */
(function () {
  'use strict';

  // ---- Letters (letters.go) ------------------------------------------

  var NGANG = 0, HUYEN = 1, SAC = 2, HOI = 3, NGA = 4, NANG = 5;
  var M_NONE = 0, M_BREVE = 1, M_CIRC = 2, M_HORN = 3, M_BAR = 4;

  var ROWS = [
    ['a', M_NONE, 'aàáảãạ'], ['a', M_BREVE, 'ăằắẳẵặ'], ['a', M_CIRC, 'âầấẩẫậ'],
    ['e', M_NONE, 'eèéẻẽẹ'], ['e', M_CIRC, 'êềếểễệ'],
    ['i', M_NONE, 'iìíỉĩị'],
    ['o', M_NONE, 'oòóỏõọ'], ['o', M_CIRC, 'ôồốổỗộ'], ['o', M_HORN, 'ơờớởỡợ'],
    ['u', M_NONE, 'uùúủũụ'], ['u', M_HORN, 'ưừứửữự'],
    ['y', M_NONE, 'yỳýỷỹỵ']
  ];

  var INFO = Object.create(null); // precomposed vowel -> parts
  var FORMS = Object.create(null); // base + mark -> forms by tone
  ROWS.forEach(function (row) {
    var forms = Array.from(row[2]);
    FORMS[row[0] + row[1]] = forms;
    forms.forEach(function (ch, tone) {
      INFO[ch] = { base: row[0], mark: row[1], tone: tone, upper: false };
      INFO[ch.toUpperCase()] = { base: row[0], mark: row[1], tone: tone, upper: true };
    });
  });

  function isASCIILetter(ch) { return /^[A-Za-z]$/.test(ch); }
  function isForeignASCII(r) { return r === 'f' || r === 'j' || r === 'w' || r === 'z'; }
  function isVowelBase(r) { return 'aeiouy'.indexOf(r) >= 0 && r.length === 1; }
  function isIMELetter(ch) {
    return isASCIILetter(ch) || ch === 'đ' || ch === 'Đ' || INFO[ch] !== undefined;
  }

  // Only IME letters reach decodeRune.
  function decodeRune(ch) {
    var v = INFO[ch];
    if (v) return { r: v.base, mark: v.mark, tone: v.tone, upper: v.upper, viet: true, fromW: false };
    if (ch === 'đ') return { r: 'd', mark: M_BAR, tone: NGANG, upper: false, viet: true, fromW: false };
    if (ch === 'Đ') return { r: 'd', mark: M_BAR, tone: NGANG, upper: true, viet: true, fromW: false };
    var lower = ch.toLowerCase();
    return { r: lower, mark: M_NONE, tone: NGANG, upper: lower !== ch, viet: !isForeignASCII(lower), fromW: false };
  }

  function isVowel(l) { return l.viet && isVowelBase(l.r); }

  function letterRune(l) {
    var ch = l.r;
    if (l.viet) {
      var forms = FORMS[l.r + l.mark];
      if (forms) ch = forms[l.tone];
      else if (l.r === 'd' && l.mark === M_BAR) ch = 'đ';
    }
    return l.upper ? ch.toUpperCase() : ch;
  }

  function lettersString(ls) { return ls.map(letterRune).join(''); }

  function plainString(ls) {
    return ls.map(function (l) {
      return letterRune({ r: l.r, mark: l.mark, tone: NGANG, upper: false, viet: l.viet });
    }).join('');
  }

  // ---- Tone placement (placement.go) -----------------------------------

  function vowelGroup(ls) {
    var n = ls.length, start = 0;
    while (start < n && !isVowel(ls[start])) start++;
    if (start === n) return [n, n];
    if (start === 1 && start + 1 < n && isVowel(ls[start + 1]) && ls[start].mark === M_NONE) {
      if ((ls[0].r === 'q' && ls[start].r === 'u') || (ls[0].r === 'g' && ls[start].r === 'i')) start++;
    }
    var end = start;
    while (end < n && isVowel(ls[end])) end++;
    return [start, end];
  }

  // New style only: the input methods always write hoà, khoẻ, thuỷ.
  function tonePosition(ls, start, end) {
    if (start >= end) return -1;
    for (var i = end - 1; i >= start; i--) {
      var m = ls[i].mark;
      if (m === M_BREVE || m === M_CIRC || m === M_HORN) return i;
    }
    var n = end - start;
    if (n === 1) return start;
    if (n >= 3) return start + 1;
    if (end < ls.length) return start + 1;
    var pair = ls[start].r + ls[start + 1].r;
    if (pair === 'oa' || pair === 'oe' || pair === 'uy' || pair === 'ue') return start + 1;
    return start;
  }

  function placeTone(ls, tone) {
    var out = ls.map(function (l) { return Object.assign({}, l, { tone: NGANG }); });
    var g = vowelGroup(out);
    var p = tonePosition(out, g[0], g[1]);
    if (p >= 0) out[p].tone = tone;
    return out;
  }

  // ---- Decoders (ime.go) ----------------------------------------------

  var NONE = 0, APPLIED = 1, UNDONE = 2, UNDONE_W = 3;
  var TELEX_TONES = { s: SAC, f: HUYEN, r: HOI, x: NGA, j: NANG };
  var VNI_TONES = { '1': SAC, '2': HUYEN, '3': HOI, '4': NGA, '5': NANG };

  function Word() { this.ls = []; this.tone = NGANG; this.spent = ''; }

  Word.prototype.push = function (ch) {
    var l = decodeRune(ch);
    if (l.tone !== NGANG) { this.tone = l.tone; l.tone = NGANG; }
    this.ls.push(l);
  };

  Word.prototype.telexKey = function (k) {
    var kl = k.toLowerCase();
    if (this.spent.indexOf(kl) >= 0) { this.push(k); return; }
    var res = NONE;
    switch (kl) {
      case 's': case 'f': case 'r': case 'x': case 'j':
        res = this.setTone(TELEX_TONES[kl]);
        break;
      case 'z':
        if (this.tone !== NGANG) { this.tone = NGANG; res = APPLIED; }
        break;
      case 'a': case 'e': case 'o':
        res = this.circumflex(kl);
        break;
      case 'w':
        res = this.hook(true, true);
        if (res === NONE) {
          this.ls.push({ r: 'u', mark: M_HORN, tone: NGANG, upper: k !== kl, viet: true, fromW: true });
          res = APPLIED;
        }
        break;
      case 'd':
        res = this.bar();
        break;
    }
    if (res === NONE) this.push(k);
    else if (res === UNDONE) { this.spent += kl; this.push(k); }
    else if (res === UNDONE_W) this.spent += kl;
  };

  Word.prototype.vniKey = function (k) {
    switch (k) {
      case '1': case '2': case '3': case '4': case '5':
        return this.setTone(VNI_TONES[k]);
      case '0':
        if (this.tone !== NGANG) { this.tone = NGANG; return APPLIED; }
        return NONE;
      case '6': return this.circumflex('');
      case '7': return this.hook(false, true);
      case '8': return this.hook(true, false);
      case '9': return this.bar();
    }
    return NONE;
  };

  Word.prototype.setTone = function (t) {
    var g = vowelGroup(this.ls);
    if (g[0] === g[1]) return NONE;
    if (this.tone === t) { this.tone = NGANG; return UNDONE; }
    this.tone = t;
    return APPLIED;
  };

  // base '' means any of a, e, o (VNI's 6).
  Word.prototype.circumflex = function (base) {
    var g = vowelGroup(this.ls), s = g[0], e = g[1], ls = this.ls;
    for (var i = e - 1; i >= s; i--) {
      var l = ls[i];
      if (base !== '' && l.r === base && e === ls.length && i !== e - 1) return NONE;
      if ((base === '' && (l.r === 'a' || l.r === 'e' || l.r === 'o')) || l.r === base) {
        if (l.mark === M_CIRC) { l.mark = M_NONE; return UNDONE; }
        l.mark = M_CIRC;
        if (l.r === 'o' && i > s && ls[i - 1].r === 'u') ls[i - 1].mark = M_NONE;
        return APPLIED;
      }
    }
    return NONE;
  };

  Word.prototype.hook = function (breve, horn) {
    var g = vowelGroup(this.ls), s = g[0], e = g[1], ls = this.ls, i;
    if (horn) {
      for (i = s; i + 1 < e; i++) {
        if (ls[i].r === 'u' && ls[i + 1].r === 'o') {
          if (ls[i].mark === M_HORN && ls[i + 1].mark === M_HORN) {
            ls[i].mark = M_NONE; ls[i + 1].mark = M_NONE;
            return UNDONE;
          }
          ls[i].mark = M_HORN; ls[i + 1].mark = M_HORN;
          return APPLIED;
        }
      }
    }
    if (breve && horn) {
      for (i = s; i + 1 < e; i++) {
        if (ls[i].r === 'o' && ls[i + 1].r === 'a') return this.toggle(i + 1, M_BREVE);
      }
    }
    if (horn) {
      for (i = s; i + 1 < e; i++) {
        if (ls[i].r === 'u' && ls[i + 1].r === 'a' && ls[i + 1].mark === M_NONE) return this.toggle(i, M_HORN);
      }
    }
    for (i = s; i < e; i++) {
      if (breve && ls[i].r === 'a') return this.toggle(i, M_BREVE);
      if (horn && (ls[i].r === 'o' || ls[i].r === 'u')) return this.toggle(i, M_HORN);
    }
    return NONE;
  };

  Word.prototype.toggle = function (i, m) {
    var l = this.ls[i];
    if (l.mark !== m) { l.mark = m; return APPLIED; }
    if (l.fromW) {
      this.ls[i] = { r: 'w', mark: M_NONE, tone: NGANG, upper: l.upper, viet: false, fromW: false };
      return UNDONE_W;
    }
    l.mark = M_NONE;
    return UNDONE;
  };

  Word.prototype.bar = function () {
    var l = this.ls[0];
    if (!l || l.r !== 'd' || !l.viet) return NONE;
    if (l.mark === M_BAR) { l.mark = M_NONE; return UNDONE; }
    l.mark = M_BAR;
    return APPLIED;
  };

  Word.prototype.toString = function () {
    var ls = this.ls, g = vowelGroup(ls), s = g[0], e = g[1];
    for (var i = s; i + 1 < e; i++) {
      if (ls[i].r !== 'u' || ls[i + 1].r !== 'o') continue;
      var more = i + 2 < ls.length;
      if (more && ls[i].mark === M_NONE && ls[i + 1].mark === M_HORN) {
        ls[i].mark = M_HORN;
      } else if (more && ls[i].mark === M_HORN && ls[i + 1].mark === M_NONE) {
        ls[i + 1].mark = M_HORN;
      } else if (!more && ls[i].mark === M_HORN && ls[i + 1].mark === M_HORN) {
        var on = plainString(ls.slice(0, s));
        if (on === 'th' || on === 'h' || on === 'kh') ls[i].mark = M_NONE;
      }
    }
    return lettersString(placeTone(ls, this.tone));
  };

  function decodeKeys(keys, vni) {
    var out = '', w = null;
    var flush = function () { if (w) { out += w.toString(); w = null; } };
    var chars = Array.from(String(keys).normalize('NFC'));
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (isIMELetter(ch)) {
        if (!w) w = new Word();
        if (vni || !isASCIILetter(ch)) w.push(ch);
        else w.telexKey(ch);
        continue;
      }
      if (vni && w && ch >= '0' && ch <= '9' && ch.length === 1 && w.vniKey(ch) === APPLIED) continue;
      flush();
      out += ch;
    }
    flush();
    return out;
  }

  function telex(keys) { return decodeKeys(keys, false); }
  function vni(keys) { return decodeKeys(keys, true); }

  // ---- Editing ----------------------------------------------------------

  var MODES = ['off', 'telex', 'vni'];
  var STORAGE_KEY = 'hocviet.ime';
  var mode = 'telex';
  // Per field: the keys typed for the word we last wrote, so that "booo"
  // keeps giving "boo" (the undone o is a plain letter) instead of being
  // decoded again from its letters.
  var typing = typeof WeakMap === 'function' ? new WeakMap() : null;

  function validMode(m) { return MODES.indexOf(m) >= 0; }

  function decoder() { return mode === 'vni' ? vni : mode === 'telex' ? telex : null; }

  // handleKey decodes the word before the caret with key added and writes it
  // back. It returns false when the browser should insert the key itself.
  function handleKey(el, key) {
    var decode = decoder();
    if (!decode || typeof el.selectionStart !== 'number') return false;
    var caret = el.selectionStart;
    if (caret !== el.selectionEnd) { forget(el); return false; }
    var value = el.value;
    var start = caret;
    while (start > 0 && isIMELetter(value.charAt(start - 1))) start--;
    var word = value.slice(start, caret);
    var isDigit = key >= '0' && key <= '9' && key.length === 1;
    if (!isIMELetter(key) && !(mode === 'vni' && isDigit && word !== '')) { forget(el); return false; }

    var st = typing && typing.get(el);
    var raw = st && st.value === value && st.start === start && st.caret === caret ? st.keys : word;
    var keys = raw + key;
    var text = decode(keys);
    var after = value.slice(0, start) + text + value.slice(caret);
    var newCaret = start + text.length;
    if (typing) typing.set(el, { keys: keys, value: after, start: start, caret: newCaret });
    if (text === word + key) return false;

    if (typeof el.setRangeText === 'function') {
      el.setRangeText(text, start, caret, 'end');
    } else {
      el.value = after;
    }
    el.setSelectionRange(newCaret, newCaret);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }

  function forget(el) { if (typing) typing.delete(el); }

  function printableKey(data) {
    return typeof data === 'string' && Array.from(data).length === 1 ? data : null;
  }

  function onBeforeInput(ev) {
    if (mode === 'off' || ev.isComposing) return;
    var key = ev.inputType === 'insertText' ? printableKey(ev.data) : null;
    if (key === null) { forget(ev.target); return; }
    if (handleKey(ev.target, key)) ev.preventDefault();
  }

  // Browsers without beforeinput get the same behaviour from keydown.
  function onKeyDown(ev) {
    if (mode === 'off' || ev.isComposing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var key = printableKey(ev.key);
    if (key === null) { forget(ev.target); return; }
    if (handleKey(ev.target, key)) ev.preventDefault();
  }

  var hasBeforeInput = typeof InputEvent !== 'undefined' &&
    typeof InputEvent.prototype.getTargetRanges === 'function';

  function attach(el) {
    if (!el || el.__hocvietIME) return;
    el.__hocvietIME = true;
    if (hasBeforeInput) el.addEventListener('beforeinput', onBeforeInput);
    else el.addEventListener('keydown', onKeyDown);
  }

  function applyMode(m) {
    mode = m;
    // Keys typed under the other mode mean something else now.
    if (typing) typing = new WeakMap();
    if (typeof document === 'undefined') return;
    document.documentElement.dataset.ime = m;
    Array.prototype.forEach.call(document.querySelectorAll('select.ime-mode'), function (sel) {
      if (sel.value !== m) sel.value = m;
    });
  }

  function save(m) {
    try { window.localStorage.setItem(STORAGE_KEY, m); } catch (e) { /* private mode */ }
  }

  function post(m) {
    if (typeof fetch !== 'function' || typeof document === 'undefined') return;
    var meta = document.querySelector('meta[name="csrf-token"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (meta) headers['X-CSRF-Token'] = meta.getAttribute('content') || '';
    fetch('/prefs/ime', {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: 'mode=' + encodeURIComponent(m)
    }).catch(function () { /* the local choice still holds */ });
  }

  // setMode switches every field and toggle, and remembers the choice in
  // this browser and on the server.
  function setMode(m) {
    if (!validMode(m)) return;
    applyMode(m);
    save(m);
    post(m);
  }

  function initialMode() {
    var m = typeof document !== 'undefined' ? document.documentElement.dataset.ime : '';
    if (validMode(m)) return m;
    try { m = window.localStorage.getItem(STORAGE_KEY); } catch (e) { m = null; }
    return validMode(m) ? m : 'telex';
  }

  function init() {
    applyMode(initialMode());
    Array.prototype.forEach.call(document.querySelectorAll('input[data-vi], textarea[data-vi]'), attach);
    Array.prototype.forEach.call(document.querySelectorAll('select.ime-mode'), function (sel) {
      if (sel.__hocvietIME) return;
      sel.__hocvietIME = true;
      sel.addEventListener('change', function () { setMode(sel.value); });
    });
  }

  var api = {
    telex: telex,
    vni: vni,
    attach: attach,
    setMode: setMode,
    mode: function () { return mode; }
  };
  if (typeof window !== 'undefined') window.HocvietIME = api;
  if (typeof module === 'object' && module.exports) module.exports = api;

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})();
