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

  function T(key, n) {
    var s = root.dataset['t' + key] || '';
    return n === undefined ? s : s.replace('{n}', n);
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
        el.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (i) { if (i.checked) r.choices.push(i.value); });
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
        el.querySelectorAll('input').forEach(function (i) { i.checked = (r.choices || []).indexOf(i.value) >= 0; });
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
    if (!el || ending || el.querySelector('.exam-rec')) return;
    var pos = el.dataset.pos;
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
  root.querySelectorAll('.exam-rec').forEach(function (w) {
    var pos = w.dataset.pos, prepare = +w.dataset.prepare || 0, max = +w.dataset.max || 120;
    var left = +w.dataset.takesLeft;
    var startBtn = w.querySelector('.rec-start'), stopBtn = w.querySelector('.rec-stop');
    var status = w.querySelector('.rec-status'), takes = w.querySelector('.rec-takes'), player = w.querySelector('.rec-play');
    var busy = false;

    function show() {
      takes.textContent = T('TakesLeft', left);
      startBtn.disabled = busy || left <= 0 || ending;
    }
    show();

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
      api('PUT', base + '/recordings/' + pos + '/' + take, blob, 'audio/wav').then(function (r) {
        if (r.ok) {
          status.textContent = T('Uploaded');
          w.dataset.uploaded = 'true';
          busy = false;
          show();
          return;
        }
        if (r.status === 409 || r.status === 400) {
          status.textContent = T('Closed');
          busy = false;
          show();
          return;
        }
        throw new Error('HTTP ' + r.status);
      }).catch(function () {
        status.textContent = T('UploadRetry');
        setTimeout(function () { upload(take, blob, Math.min(wait * 2, 15000)); }, wait);
      });
    }

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
          upload(take, blob, 1000);
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

  // ------------------------------------------------------------ finishing
  var ask = document.getElementById('finish-ask'), confirmBox = document.getElementById('finish-confirm');
  var yes = document.getElementById('finish-yes'), no = document.getElementById('finish-no');
  ask.addEventListener('click', function () { confirmBox.hidden = false; ask.hidden = true; });
  no.addEventListener('click', function () { confirmBox.hidden = true; ask.hidden = false; });
  yes.addEventListener('click', function () {
    yes.disabled = true;
    queueAll();
    var t0 = performance.now();
    (function wait() {
      // Everything typed on this page reaches the server first.
      var mine = Object.keys(box).filter(function (p) { return itemAt(p); });
      if (mine.length && performance.now() - t0 < 15000) { flush(); setTimeout(wait, 250); return; }
      api('POST', base + '/sections/' + section + '/finish').then(json).then(function (r) {
        location.href = r.next;
      }).catch(function () {
        yes.disabled = false;
        setState('offline');
      });
    })();
  });
})();
