/* Practice pages: building a sentence from word tiles, the essay's live
   word count and spelling marks (saved as a draft while typing), and
   recording a spoken answer with window.HocvietRecorder (recorder.js).
   The pages work without it where they can: tiles fall back to selects,
   an essay posts as a plain form. */
(function () {
  'use strict';

  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* ---- clip length: the browser's own controls show "0:00 / 0:00" for a
     clip shorter than a second; a label beside each player says how long
     it really is, to a tenth of a second, in the page's number format ---- */
  function clipLength(sec) {
    var comma = document.documentElement.lang !== 'en';
    if (sec < 60) {
      var s = (Math.round(sec * 10) / 10).toFixed(1);
      return (comma ? s.replace('.', ',') : s) + ' s';
    }
    var m = Math.floor(sec / 60), r = Math.round(sec % 60);
    return m + ':' + (r < 10 ? '0' : '') + r;
  }
  function labelClip(a) {
    if (!a || a.tagName !== 'AUDIO' || !a.controls || !isFinite(a.duration)) return;
    var lab = a.nextElementSibling;
    if (!lab || !lab.classList.contains('clip-len')) {
      lab = el('span', 'clip-len muted');
      a.parentNode.insertBefore(lab, a.nextSibling);
    }
    lab.textContent = clipLength(a.duration);
  }
  // loadedmetadata does not bubble: listen in the capture phase, which
  // also covers players added later.
  document.addEventListener('loadedmetadata', function (ev) { labelClip(ev.target); }, true);
  // This script is deferred: a player whose metadata came first (a cached
  // clip, a slow script) fired its event before anyone listened.
  document.querySelectorAll('audio[controls]').forEach(function (a) {
    if (a.readyState >= 1) labelClip(a); // HAVE_METADATA
  });

  /* ---- order words: tap or press a tile to move it; drag works too ---- */
  function initOrder(root) {
    var words = [];
    root.querySelectorAll('.order-words li').forEach(function (li) { words.push(li.textContent); });
    var fallback = document.getElementById('order-fallback');
    if (fallback) fallback.parentNode.removeChild(fallback);
    var answer = document.getElementById('order-answer');
    var tiles = document.getElementById('order-tiles');
    var placed = [];
    var dragged = null;

    function tile(i, isPlaced) {
      var b = el('button', 'tile' + (isPlaced ? ' placed' : ''), words[i]);
      b.type = 'button';
      b.draggable = true;
      b.dataset.index = String(i);
      if (isPlaced) b.setAttribute('aria-label', words[i] + ' (' + root.dataset.remove + ')');
      b.addEventListener('dragstart', function (e) {
        dragged = i;
        if (e.dataTransfer) { e.dataTransfer.setData('text/plain', words[i]); e.dataTransfer.effectAllowed = 'move'; }
      });
      return b;
    }

    function render(focusIn) {
      answer.textContent = '';
      tiles.textContent = '';
      placed.forEach(function (i, k) {
        var b = tile(i, true);
        b.addEventListener('click', function () { placed.splice(k, 1); render(tiles); });
        b.addEventListener('drop', function (e) { e.preventDefault(); e.stopPropagation(); move(dragged, k); });
        b.addEventListener('dragover', function (e) { e.preventDefault(); });
        answer.appendChild(b);
      });
      if (!placed.length) answer.appendChild(el('span', 'placeholder muted', root.dataset.empty));
      words.forEach(function (w, i) {
        if (placed.indexOf(i) >= 0) return;
        var b = tile(i, false);
        b.addEventListener('click', function () { placed.push(i); render(tiles.children.length > 1 ? tiles : answer); });
        tiles.appendChild(b);
      });
      var f = focusIn && focusIn.querySelector('button');
      if (f) f.focus();
    }

    // move puts tile i before position at (the end when at is undefined).
    function move(i, at) {
      if (i === null || i === undefined) return;
      var from = placed.indexOf(i);
      if (from >= 0) placed.splice(from, 1);
      if (at === undefined || at > placed.length) at = placed.length;
      else if (from >= 0 && from < at) at--;
      placed.splice(at, 0, i);
      dragged = null;
      render();
    }

    answer.addEventListener('dragover', function (e) { e.preventDefault(); });
    answer.addEventListener('drop', function (e) { e.preventDefault(); move(dragged); });
    tiles.addEventListener('dragover', function (e) { e.preventDefault(); });
    tiles.addEventListener('drop', function (e) {
      e.preventDefault();
      var k = placed.indexOf(dragged);
      if (k >= 0) { placed.splice(k, 1); render(); }
      dragged = null;
    });

    var form = root.closest('form');
    form.addEventListener('submit', function () {
      form.querySelectorAll('input[name="word"]').forEach(function (x) { x.parentNode.removeChild(x); });
      placed.forEach(function (i) {
        var h = el('input');
        h.type = 'hidden';
        h.name = 'word';
        h.value = words[i];
        form.appendChild(h);
      });
    });
    render();
  }

  /* ---- essay: count, save and check while typing ---- */
  var wordRe;
  try { wordRe = new RegExp('[\\p{L}\\p{M}\\p{N}]+', 'gu'); } catch (e) { wordRe = /[^\s.,;:!?()"'“”‘’…\-–—]+/g; }
  var sylRe;
  try { sylRe = new RegExp('[\\p{L}\\p{M}]+', 'gu'); } catch (e) { sylRe = /[^\s\d.,;:!?()"'“”‘’…\-–—]+/g; }

  function initEssay(box) {
    var count = document.getElementById('essay-count');
    var saved = document.getElementById('essay-saved');
    var marks = document.getElementById('essay-marks');
    var url = box.dataset.draftUrl;
    var timer = null, seq = 0, last = null;

    function localCount() {
      var m = box.value.match(wordRe);
      count.textContent = count.dataset.label + ' ' + (m ? m.length : 0);
    }

    function showMarks(invalid) {
      var bad = {};
      invalid.forEach(function (x) { bad[x.text.normalize ? x.text.normalize('NFC') : x.text] = x.reason; });
      marks.textContent = '';
      if (!invalid.length) { marks.hidden = true; return; }
      var text = box.value, at = 0, m;
      sylRe.lastIndex = 0;
      while ((m = sylRe.exec(text)) !== null) {
        var w = m[0].normalize ? m[0].normalize('NFC') : m[0];
        if (!(w in bad)) continue;
        if (m.index > at) marks.appendChild(document.createTextNode(text.slice(at, m.index)));
        var mk = el('mark', '', m[0]);
        mk.title = bad[w];
        marks.appendChild(mk);
        at = m.index + m[0].length;
      }
      if (at < text.length) marks.appendChild(document.createTextNode(text.slice(at)));
      marks.insertBefore(el('p', 'muted small', marks.dataset.bad), marks.firstChild);
      marks.hidden = false;
    }

    function send() {
      var text = box.value;
      if (text === last) return;
      var mine = ++seq;
      fetch(url, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'text=' + encodeURIComponent(text)
      }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      }).then(function (d) {
        if (mine !== seq) return; // a later request is on its way
        last = text;
        count.textContent = count.dataset.label + ' ' + d.words;
        saved.textContent = saved.dataset.saved;
        showMarks(d.invalid || []);
      }).catch(function () {
        if (mine === seq) saved.textContent = saved.dataset.offline;
      });
    }

    function changed() {
      localCount();
      clearTimeout(timer);
      timer = setTimeout(send, 700);
    }
    // The input method rewrites the value itself; keyup catches what it
    // does not announce with an input event.
    box.addEventListener('input', changed);
    box.addEventListener('keyup', changed);
    if (box.value) send();
  }

  /* ---- speaking: record, upload, reload with the recording beside the model ---- */
  function initRecorder(root) {
    var start = document.getElementById('rec-start');
    var stop = document.getElementById('rec-stop');
    var time = document.getElementById('rec-time');
    var status = document.getElementById('rec-status');
    var max = parseInt(root.dataset.max, 10) || 30;
    var sending = false;

    function fail(msg) {
      status.textContent = msg;
      start.hidden = false;
      stop.hidden = true;
      sending = false;
    }

    function finish() {
      if (sending) return;
      sending = true;
      stop.hidden = true;
      status.textContent = root.dataset.saving;
      window.HocvietRecorder.stop().then(function (blob) {
        return fetch(root.dataset.url, {
          method: 'POST', credentials: 'same-origin',
          headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'audio/wav' },
          body: blob
        });
      }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      }).then(function (d) {
        // Same page: a hash change alone would not reload it.
        if (window.location.pathname === d.next) {
          window.location.hash = 'result';
          window.location.reload();
        } else {
          window.location.href = d.next + '#result';
        }
      }).catch(function () { fail(root.dataset.failed); });
    }

    start.addEventListener('click', function () {
      if (!window.HocvietRecorder) { fail(root.dataset.nomic); return; }
      start.hidden = true;
      time.textContent = '0 s';
      window.HocvietRecorder.start({
        maxSeconds: max,
        onTick: function (s) { time.textContent = Math.floor(s) + ' / ' + max + ' s'; },
        onMax: finish
      }).then(function () {
        stop.hidden = false;
        stop.focus();
        status.textContent = root.dataset.recording;
      }).catch(function () { fail(root.dataset.nomic); });
    });
    stop.addEventListener('click', finish);
  }

  var order = document.getElementById('order');
  if (order) initOrder(order);
  var essay = document.getElementById('essay-text');
  if (essay) initEssay(essay);
  var rec = document.getElementById('recorder');
  if (rec) initRecorder(rec);
})();
