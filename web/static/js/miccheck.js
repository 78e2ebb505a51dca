/* The microphone check (partials/mic_check.html): records 3 seconds, shows
   the input level while it does, plays the recording back, and says what
   to do when there is no microphone, it is blocked, or it is too quiet.
   It sends nothing to the server. */
(function () {
  'use strict';
  var box = document.getElementById('mic-check');
  if (!box) return;
  var btn = document.getElementById('mic-check-start'), meter = document.getElementById('mic-check-level');
  var out = document.getElementById('mic-check-result'), player = document.getElementById('mic-check-audio');
  function T(k) { return box.dataset['t' + k] || ''; }
  var SECONDS = 3;

  btn.addEventListener('click', function () {
    btn.disabled = true;
    player.hidden = true;
    out.textContent = T('Listening');
    box.dataset.state = 'listening';
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { fail({ name: 'NotFoundError' }); return; }
    navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } })
      .then(record, fail);
  });

  function record(stream) {
    var ctx = new AudioContext(), src = ctx.createMediaStreamSource(stream);
    var node = ctx.createScriptProcessor(4096, 1, 1), mute = ctx.createGain();
    mute.gain.value = 0; // the graph must reach the speakers to run; silence it
    var chunks = [], peak = 0, t0 = performance.now();
    node.onaudioprocess = function (e) {
      var x = e.inputBuffer.getChannelData(0), sum = 0;
      for (var i = 0; i < x.length; i++) sum += x[i] * x[i];
      var rms = Math.sqrt(sum / x.length);
      // Speech peaks around 0.1 RMS; scale so a normal voice fills half.
      var level = Math.min(1, rms * 5);
      meter.value = level;
      peak = Math.max(peak, level);
      chunks.push(new Float32Array(x));
    };
    src.connect(node); node.connect(mute); mute.connect(ctx.destination);
    if (ctx.state === 'suspended') ctx.resume();
    setTimeout(function () {
      try { src.disconnect(); node.disconnect(); mute.disconnect(); } catch (e) { /* gone */ }
      stream.getTracks().forEach(function (t) { t.stop(); });
      var n = 0, o = 0;
      chunks.forEach(function (c) { n += c.length; });
      var all = new Float32Array(n);
      chunks.forEach(function (c) { all.set(c, o); o += c.length; });
      var rate = ctx.sampleRate;
      ctx.close();
      var blob = window.HocvietRecorder ? window.HocvietRecorder.toWav(all, rate) : null;
      if (blob) {
        player.src = URL.createObjectURL(blob);
        player.hidden = false;
      }
      box.dataset.peak = peak.toFixed(3);
      box.dataset.seconds = (n / rate).toFixed(1);
      box.dataset.state = peak < 0.05 ? 'quiet' : 'ok';
      out.textContent = peak < 0.05 ? T('Quiet') : T('Ok');
      meter.value = 0;
      btn.disabled = false;
    }, SECONDS * 1000 - (performance.now() - t0));
  }

  function fail(e) {
    var name = e && e.name;
    box.dataset.state = name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' :
      (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError' ? 'none' : 'failed');
    out.textContent = T(box.dataset.state.charAt(0).toUpperCase() + box.dataset.state.slice(1));
    btn.disabled = false;
  }
})();
