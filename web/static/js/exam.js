/* The screening exam page: a clock that follows the server's deadline,
   answers saved as they are typed (an outbox in localStorage keeps what the
   server has not acknowledged, across a closed tab or a lost link),
   listening audio with a play count kept by the server, and spoken answers
   recorded with HocvietRecorder and uploaded with retry. */
(function () {
  'use strict';

  // The "submitted" page while the last section's grace runs out: look
  // again in a moment.
  var done = document.getElementById('exam-done');
  if (done) {
    if (done.dataset.submitted !== 'true') setTimeout(function () { location.reload(); }, 2000);
    return;
  }
  var root = document.getElementById('exam');
  if (!root) return;

  var attempt = root.dataset.attempt;
  var section = +root.dataset.section;
  var base = '/api/exam/attempts/' + attempt;
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.content : '';

  function T(key, n, m) {
    var s = root.dataset['t' + key] || '';
    if (n !== undefined) s = s.replace('{n}', n);
    return m === undefined ? s : s.replace('{m}', m);
  }

  function api(method, url, body, type) {
    var opts = { method: method, credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = type || 'application/json';
      opts.body = type ? body : JSON.stringify(body);
    }
    return fetch(url, opts);
  }

  function json(r) {
    if (!r.ok) { var e = new Error('HTTP ' + r.status); e.status = r.status; throw e; }
    return r.json();
  }

  var items = Array.prototype.slice.call(root.querySelectorAll('.exam-item'));
  function itemAt(pos) { return document.getElementById('item-' + pos); }

  // ------------------------------------------------------------ clock
  // The deadline is the server's; the offset between its clock and ours is
  // taken once, then time is measured with performance.now(), which keeps
  // counting in a background tab whose timers the browser slows down.
  var deadline = +root.dataset.deadline;
  var serverNow = +root.dataset.now;
  var perf0 = performance.now();
  var ending = false;
  var clock = document.getElementById('exam-clock');

  function remaining() { return deadline - serverNow - (performance.now() - perf0); }

  function fmt(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    s = s % 60;
    return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function tick() {
    var r = remaining();
    if (!ending) clock.textContent = fmt(r);
    clock.classList.toggle('low', r < 60000);
    if (r <= 0 && !ending) timeUp();
  }

  function setInputs(on) {
    root.querySelectorAll('.exam-items input, .exam-items select, .exam-items textarea, .exam-items button, #finish-ask')
      .forEach(function (el) { el.disabled = !on; });
  }

  var stopRecording = null; // set while a spoken answer is being recorded

  function timeUp() {
    ending = true;
    clock.textContent = T('Timeup');
    if (stopRecording) stopRecording();
    queueAll();
    setInputs(false);
    // Saves sent now still count for the grace period; ask the server
    // once they have had time to land.
    setTimeout(checkState, 1500);
  }

  function checkState() {
    api('GET', base + '/state').then(json).then(function (st) {
      if (st.status !== 'in_progress' || st.section !== section) {
        if (Object.keys(box).length && st.status === 'in_progress' && ending && !leaving) {
          leaving = true;
          setTimeout(go, 1500); // one more chance for the outbox
          return;
        }
        go();
        return;
      }
      if (st.deadline) {
        // An instructor may have given extra time.
        deadline = st.deadline; serverNow = st.now; perf0 = performance.now();
      }
      if (remaining() > 0 && ending) {
        ending = false;
        setInputs(true);
      } else if (ending) {
        setTimeout(checkState, 1500);
      }
    }).catch(function () { setTimeout(checkState, 3000); });
  }

  var leaving = false;
  function go() { location.reload(); }

  setInterval(tick, 250);
  tick();
  setInterval(function () { if (!ending) checkState(); }, 30000);

  // ------------------------------------------------------------ answers
  function collect(el) {
    var r = {};
    switch (el.dataset.type) {
      case 'choice': case 'true_false': case 'tone_pick':
        r.choices = [];
        el.querySelectorAll('.opts input').forEach(function (i) { if (i.checked) r.choices.push(i.value); });
        break;
      case 'dictation': case 'add_marks': case 'essay':
        r.text = el.querySelector('.answer-text').value;
        break;
      case 'cloze': case 'gap_fill':
        r.gaps = [];
        el.querySelectorAll('[data-gap]').forEach(function (g) { r.gaps[+g.dataset.gap - 1] = g.value; });
        for (var i = 0; i < r.gaps.length; i++) if (r.gaps[i] === undefined) r.gaps[i] = '';
        break;
      case 'match':
        r.pairs = {};
        el.querySelectorAll('select[data-left]').forEach(function (s) { if (s.value) r.pairs[s.dataset.left] = s.value; });
        break;
      case 'order_words':
        r.words = [];
        el.querySelectorAll('.tiles-answer .tile').forEach(function (t) { r.words.push(t.dataset.word); });
        break;
    }
    return r;
  }

  // apply puts an unsent answer back into the page after a reload.
  function apply(el, r) {
    switch (el.dataset.type) {
      case 'choice': case 'true_false': case 'tone_pick':
        el.querySelectorAll('.opts input').forEach(function (i) { i.checked = (r.choices || []).indexOf(i.value) >= 0; });
        break;
      case 'dictation': case 'add_marks': case 'essay':
        el.querySelector('.answer-text').value = r.text || '';
        break;
      case 'cloze': case 'gap_fill':
        el.querySelectorAll('[data-gap]').forEach(function (g) { g.value = (r.gaps || [])[+g.dataset.gap - 1] || ''; });
        break;
      case 'match':
        el.querySelectorAll('select[data-left]').forEach(function (s) { s.value = (r.pairs || {})[s.dataset.left] || ''; });
        break;
      case 'order_words':
        var ans = el.querySelector('.tiles-answer'), pool = el.querySelector('.tiles-pool');
        ans.querySelectorAll('.tile').forEach(function (t) { pool.appendChild(t); });
        (r.words || []).forEach(function (w) {
          var t = pool.querySelector('.tile[data-word="' + CSS.escape(w) + '"]');
          if (t) ans.appendChild(t);
        });
        break;
    }
  }

  var KEY = 'hv-exam-' + attempt;
  var box = {};
  try { box = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { box = {}; }
  function keep() { try { localStorage.setItem(KEY, JSON.stringify(box)); } catch (e) { /* private mode: memory only */ } }

  var revs = {};
  items.forEach(function (el) { revs[el.dataset.pos] = +el.dataset.rev || 0; });
  Object.keys(box).forEach(function (pos) {
    var el = itemAt(pos);
    if (!el) return; // another section's: sent below; the server decides if it still counts
    if (box[pos].rev > revs[pos]) {
      apply(el, box[pos].response);
      revs[pos] = box[pos].rev;
    } else {
      delete box[pos]; // the server already has it, or something newer
    }
  });
  keep();

  var stateEl = document.getElementById('save-state');
  function setState(s) {
    stateEl.dataset.state = s;
    stateEl.textContent = T(s.charAt(0).toUpperCase() + s.slice(1));
  }

  var timers = {};
  function queue(el) {
    var pos = el.dataset.pos;
    clearTimeout(timers[pos]);
    delete timers[pos];
    revs[pos] = (revs[pos] || 0) + 1;
    box[pos] = { rev: revs[pos], response: collect(el) };
    keep();
    flush();
  }
  function queueAll() { Object.keys(timers).forEach(function (pos) { queue(itemAt(pos)); }); }

  function changed(ev) {
    var el = ev.target.closest && ev.target.closest('.exam-item');
    if (!el || ending || el.querySelector('.exam-rec') || ev.target.classList.contains('flag-box')) return;
    var pos = el.dataset.pos;
    markNav(el);
    setState('saving');
    clearTimeout(timers[pos]);
    timers[pos] = setTimeout(function () { queue(el); }, 600);
  }
  root.addEventListener('input', changed);
  root.addEventListener('change', changed);

  // A closing tab cannot wait for the network, but localStorage is
  // synchronous: what was typed goes to the outbox and is sent next time.
  window.addEventListener('pagehide', queueAll);
  document.addEventListener('visibilitychange', function () { if (document.hidden) queueAll(); });

  var sending = false, retry = null, backoff = 1000;
  function flush() {
    if (sending) return;
    var keys = Object.keys(box);
    if (!keys.length) {
      if (!Object.keys(timers).length) setState('saved');
      return;
    }
    sending = true;
    setState('saving');
    var pos = keys[0], e = box[pos];
    api('POST', base + '/answers', { pos: +pos, rev: e.rev, response: e.response }).then(function (r) {
      if (r.ok) {
        return r.json().then(function (res) {
          if (box[pos] && box[pos].rev <= res.rev) delete box[pos];
          keep();
          backoff = 1000;
        });
      }
      if (r.status === 409 || r.status === 400 || r.status === 404) {
        // Closed section or an answer the server cannot take: retrying
        // would never succeed.
        if (box[pos] === e) delete box[pos];
        keep();
        if (r.status === 409 && itemAt(pos) && !ending) checkState();
        return;
      }
      throw new Error('HTTP ' + r.status); // signed out, server down: keep it and retry
    }).then(function () {
      sending = false;
      flush();
    }, function () {
      sending = false;
      setState('offline');
      clearTimeout(retry);
      retry = setTimeout(flush, backoff);
      backoff = Math.min(backoff * 2, 15000);
    });
  }
  window.addEventListener('online', function () { backoff = 1000; flush(); });
  flush();

  // ------------------------------------------------------------ navigator
  // Numbered boxes per question of the section (answered, not answered,
  // flagged "review later"); the flags live on the server.
  // The boxes and the flag boxes are built here, not sent with the page:
  // an exam of many questions stays light.
  var nav = document.getElementById('exam-nav');
  if (nav) {
    var legend = nav.querySelector('.nav-legend');
    items.forEach(function (el) {
      var b = document.createElement('button');
      b.type = 'button';
      b.dataset.pos = el.dataset.pos;
      b.textContent = +el.dataset.pos + 1;
      b.setAttribute('aria-label', (nav.dataset.tQuestion || '').replace('{n}', +el.dataset.pos + 1));
      if (el.dataset.flagged === 'true') b.classList.add('flagged');
      nav.insertBefore(b, legend);
      var lab = document.createElement('label'), box = document.createElement('input');
      lab.className = 'flag';
      box.type = 'checkbox';
      box.className = 'flag-box';
      box.checked = el.dataset.flagged === 'true';
      lab.appendChild(box);
      lab.appendChild(document.createTextNode(' ' + T('Flag')));
      el.insertBefore(lab, el.firstChild);
    });
  }
  function navBox(pos) { return nav ? nav.querySelector('button[data-pos="' + pos + '"]') : null; }

  function isAnswered(el) {
    var rec = el.querySelector('.exam-rec');
    if (rec) return rec.dataset.uploaded === 'true';
    var r = collect(el);
    if (el.dataset.type === 'add_marks') return (revs[el.dataset.pos] || 0) > 0;
    var some = function (xs) { return (xs || []).some(function (x) { return x && String(x).trim() !== ''; }); };
    return some(r.choices) || some(r.gaps) || some(r.words) || (r.text || '').trim() !== '' ||
      Object.keys(r.pairs || {}).length > 0;
  }
  function markNav(el) {
    var b = navBox(el.dataset.pos);
    if (b) b.classList.toggle('answered', isAnswered(el));
  }
  items.forEach(markNav);

  if (nav) nav.addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-pos]');
    if (!b) return;
    var el = itemAt(b.dataset.pos);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    // The sticky bar would cover the question's first line.
    window.scrollBy(0, -(document.querySelector('.exam-bar').offsetHeight + 8));
    var f = el.querySelector('.opts input, textarea, select, input.gap, .tile, .rec-start');
    if (f) f.focus({ preventScroll: true });
  });

  root.querySelectorAll('.flag-box').forEach(function (box) {
    box.addEventListener('change', function () {
      var el = box.closest('.exam-item'), on = box.checked;
      el.classList.toggle('is-flagged', on);
      var b = navBox(el.dataset.pos);
      if (b) b.classList.toggle('flagged', on);
      api('POST', base + '/flags/' + el.dataset.pos, { flagged: on }).then(json).catch(function () {
        box.checked = !on;
        el.classList.toggle('is-flagged', !on);
        if (b) b.classList.toggle('flagged', !on);
        setState('offline');
      });
    });
  });

  // ------------------------------------------------------------ item widgets
  root.querySelectorAll('.essay').forEach(function (ta) {
    var out = ta.parentNode.querySelector('.words');
    function count() {
      var n = ta.value.trim() ? ta.value.trim().split(/\s+/).length : 0;
      out.textContent = T('Words', n);
    }
    ta.addEventListener('input', count);
    count();
  });

  root.querySelectorAll('.exam-item[data-type="order_words"]').forEach(function (el) {
    var ans = el.querySelector('.tiles-answer'), pool = el.querySelector('.tiles-pool');
    el.addEventListener('click', function (ev) {
      var t = ev.target.closest('.tile');
      if (!t || ending) return;
      (t.parentNode === ans ? pool : ans).appendChild(t);
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
  });

  // ------------------------------------------------------------ listening
  function fetchBytes(url, tries) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { var e = new Error('HTTP ' + r.status); e.status = r.status; throw e; }
      return r.blob();
    }).catch(function (e) {
      // A dropped download is fetched again: the play is already counted.
      if (tries <= 1 || e.status === 403) throw e;
      return new Promise(function (ok) { setTimeout(ok, 1000); }).then(function () { return fetchBytes(url, tries - 1); });
    });
  }

  root.querySelectorAll('.exam-audio').forEach(function (w) {
    var btn = w.querySelector('.play'), prog = w.querySelector('progress'), label = w.querySelector('.plays-left');
    var left = +w.dataset.left, playing = false;
    function show(text) {
      w.dataset.left = left;
      label.textContent = text || (left > 0 ? T('PlaysLeft', left) : T('NoPlays'));
      btn.disabled = playing || left <= 0 || ending;
    }
    show();
    btn.addEventListener('click', function () {
      if (playing || left <= 0) return;
      playing = true;
      show(T('Loading'));
      api('POST', base + '/audio/' + w.dataset.pos + '/play').then(json).then(function (p) {
        left = p.left;
        return fetchBytes(p.url, 5);
      }).then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = new Audio(url); // no controls: no seeking in exam mode
        a.addEventListener('timeupdate', function () { prog.value = a.duration ? a.currentTime / a.duration : 0; });
        a.addEventListener('ended', function () {
          URL.revokeObjectURL(url);
          prog.value = 1;
          playing = false;
          w.dataset.played = (+w.dataset.played || 0) + 1;
          show();
        });
        show(T('Playing'));
        return a.play();
      }).catch(function (e) {
        playing = false;
        if (e && e.status === 409) left = 0;
        show();
      });
    });
  });

  // ------------------------------------------------------------ speaking
  // A recording waits in IndexedDB until the server has it, so closing the
  // tab or losing the link before the upload loses nothing: the next load
  // sends it (like the answer outbox, which localStorage cannot hold:
  // recordings are binary and large).
  var REC_DB = 'hocviet-exam-recordings';
  function recDB() {
    return new Promise(function (ok, fail) {
      if (!window.indexedDB) { fail(new Error('no IndexedDB')); return; }
      var r = indexedDB.open(REC_DB, 1);
      r.onupgradeneeded = function () { r.result.createObjectStore('takes', { keyPath: 'k' }); };
      r.onsuccess = function () { ok(r.result); };
      r.onerror = function () { fail(r.error); };
    });
  }
  function recTx(mode, fn) {
    return recDB().then(function (db) {
      return new Promise(function (ok, fail) {
        var tx = db.transaction('takes', mode), out;
        fn(tx.objectStore('takes'), function (v) { out = v; });
        tx.oncomplete = function () { db.close(); ok(out); };
        tx.onerror = tx.onabort = function () { db.close(); fail(tx.error); };
      });
    });
  }
  function recKey(pos) { return attempt + '/' + pos; }
  function recKeep(pos, take, blob) {
    return recTx('readwrite', function (st) { st.put({ k: recKey(pos), attempt: attempt, pos: +pos, take: take, blob: blob }); });
  }
  function recDrop(pos, take) {
    return recTx('readwrite', function (st) {
      var g = st.get(recKey(pos));
      g.onsuccess = function () { if (g.result && g.result.take <= take) st.delete(recKey(pos)); };
    }).catch(function () {});
  }
  function recKept() {
    return recTx('readonly', function (st, out) {
      var g = st.getAll();
      g.onsuccess = function () { out((g.result || []).filter(function (v) { return v.attempt === attempt; })); };
    }).catch(function () { return []; });
  }

  var uploading = {}; // pos -> take being sent now
  var recs = {};      // pos -> the widget's own upload, for a kept recording

  // send puts one take to the server until it answers for good.
  function send(pos, take, blob, wait, done) {
    uploading[pos] = take;
    api('PUT', base + '/recordings/' + pos + '/' + take, blob, 'audio/wav').then(function (r) {
      if (r.ok) {
        delete uploading[pos];
        recDrop(pos, take);
        done('ok');
        return;
      }
      if (r.status === 409 || r.status === 400) {
        // Closed section, a later take, or already sent: retrying would
        // never succeed.
        delete uploading[pos];
        recDrop(pos, take);
        return r.json().catch(function () { return {}; }).then(function (e) { done('refused', e); });
      }
      throw new Error('HTTP ' + r.status);
    }).catch(function () {
      done('retry');
      setTimeout(function () { send(pos, take, blob, Math.min(wait * 2, 15000), done); }, wait);
    });
  }

  root.querySelectorAll('.exam-rec').forEach(function (w) {
    var pos = w.dataset.pos, prepare = +w.dataset.prepare || 0, max = +w.dataset.max || 120;
    var left = +w.dataset.takesLeft;
    var startBtn = w.querySelector('.rec-start'), stopBtn = w.querySelector('.rec-stop');
    var status = w.querySelector('.rec-status'), takes = w.querySelector('.rec-takes'), player = w.querySelector('.rec-play');
    var note = w.querySelector('.rec-note');
    var busy = false, resumable = w.dataset.resumable === 'true';

    function show() {
      takes.textContent = T('TakesLeft', left);
      startBtn.disabled = busy || (left <= 0 && !resumable) || ending;
    }
    show();
    function say(text) { note.textContent = text; note.hidden = !text; }

    function countdown(n) {
      return new Promise(function (ok) {
        var t0 = performance.now();
        (function step() {
          var rest = Math.ceil(n - (performance.now() - t0) / 1000);
          if (rest <= 0) return ok();
          status.textContent = T('Prepare', rest);
          setTimeout(step, 200);
        })();
      });
    }

    function upload(take, blob, wait) {
      status.textContent = T('Uploading');
      busy = true;
      show();
      send(pos, take, blob, wait, function (how, e) {
        if (how === 'retry') { status.textContent = T('UploadRetry'); return; }
        if (how === 'ok') {
          status.textContent = T('Uploaded');
          w.dataset.uploaded = 'true';
          resumable = false;
          say('');
          var el = w.closest('.exam-item');
          if (el) markNav(el);
        } else {
          status.textContent = e && e.key === 'exam.err.take_final' ? T('TakeFinal') : T('Closed');
        }
        busy = false;
        show();
      });
    }
    recs[pos] = function (take, blob) {
      say(T('Restored'));
      player.src = URL.createObjectURL(blob);
      player.hidden = false;
      upload(take, blob, 1000);
    };

    function record(take) {
      var stopped = false;
      function finish() {
        if (stopped) return;
        stopped = true;
        stopRecording = null;
        stopBtn.hidden = true;
        window.HocvietRecorder.stop().then(function (blob) {
          player.src = URL.createObjectURL(blob);
          player.hidden = false;
          // Kept before it is sent: a closed tab sends it next time.
          recKeep(pos, take, blob).catch(function () {}).then(function () { upload(take, blob, 1000); });
        });
      }
      return window.HocvietRecorder.start({
        maxSeconds: max,
        onTick: function (s) { status.textContent = T('Recording', Math.max(0, Math.ceil(max - s))); },
        onMax: finish
      }).then(function () {
        stopRecording = finish;
        stopBtn.hidden = false;
        stopBtn.onclick = finish;
      });
    }

    startBtn.addEventListener('click', function () {
      if (busy || left <= 0) return;
      busy = true;
      show();
      // Ask for the microphone before spending a take on it.
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
        s.getTracks().forEach(function (t) { t.stop(); });
        return api('POST', base + '/recordings/' + pos + '/takes').then(json);
      }).then(function (t) {
        left = t.left;
        resumable = false;
        say('');
        show();
        player.hidden = true;
        return countdown(prepare).then(function () { return record(t.take); });
      }).catch(function (e) {
        busy = false;
        status.textContent = e && e.name === 'NotAllowedError' ? T('NoMic') : (e && e.status === 409 ? T('Closed') : T('UploadRetry'));
        show();
      });
    });
  });

  // Recordings kept from an earlier visit are sent now; a take the server
  // gave back (begun, no audio, nothing kept here) is explained.
  recKept().then(function (kept) {
    var found = {};
    kept.forEach(function (v) {
      found[v.pos] = true;
      if (recs[v.pos]) { recs[v.pos](v.take, v.blob); return; }
      send(v.pos, v.take, v.blob, 1000, function () {}); // another section's: the server decides
    });
    root.querySelectorAll('.exam-rec[data-resumable="true"]').forEach(function (w) {
      if (found[w.dataset.pos]) return;
      var n = w.querySelector('.rec-note');
      n.textContent = T('Interrupted');
      n.hidden = false;
    });
  });

  // ------------------------------------------------------------ finishing
  var ask = document.getElementById('finish-ask'), confirmBox = document.getElementById('finish-confirm');
  var yes = document.getElementById('finish-yes'), no = document.getElementById('finish-no');
  ask.addEventListener('click', function () {
    // Say how much is left before the candidate closes the section.
    var open = items.filter(function (el) { return !isAnswered(el); }).length;
    var flagged = root.querySelectorAll('.flag-box:checked').length;
    var msg = open ? T('Unanswered', open, items.length) : '';
    if (flagged) msg += (msg ? ' ' : '') + T('Flagged', flagged);
    var p = document.getElementById('finish-unanswered');
    p.textContent = msg;
    p.hidden = !msg;
    confirmBox.hidden = false;
    ask.hidden = true;
  });
  no.addEventListener('click', function () { confirmBox.hidden = true; ask.hidden = false; });
  yes.addEventListener('click', function () {
    yes.disabled = true;
    queueAll();
    var t0 = performance.now();
    (function wait() {
      // Everything typed on this page reaches the server first.
      var mine = Object.keys(box).filter(function (p) { return itemAt(p); });
      var sending = Object.keys(uploading).filter(function (p) { return itemAt(p); });
      if ((mine.length || sending.length) && performance.now() - t0 < 15000) { flush(); setTimeout(wait, 250); return; }
      // What is still on its way may land during the grace; nothing
      // typed after this moment will.
      var pending = { answers: {}, takes: {} };
      mine.forEach(function (p) { pending.answers[p] = box[p].rev; });
      sending.forEach(function (p) { pending.takes[p] = uploading[p]; });
      api('POST', base + '/sections/' + section + '/finish', pending).then(json).then(function (r) {
        location.href = r.next;
      }).catch(function () {
        yes.disabled = false;
        setState('offline');
      });
    })();
  });
})();
