/* HocvietRecorder: records the microphone as 16 kHz mono 16-bit PCM WAV,
   all in the browser through Web Audio, so the server needs no codec and
   tone analysis reads the bytes as they are.

   window.HocvietRecorder = {
     start({maxSeconds, onTick(seconds), onMax()}) -> Promise<void>
     stop() -> Promise<Blob audio/wav>
     toWav(float32Samples, sampleRate) -> Blob
   }

   At maxSeconds the recorder stops by itself and calls onMax; stop() then
   returns that recording. The exam page and practice both use it. */
(function () {
  'use strict';

  var RATE = 16000;
  var state = null;   // the recording under way
  var last = null;    // Promise<Blob> of the latest recording, once stopping

  function toWav(samples, sampleRate) {
    var n = samples.length;
    var buf = new ArrayBuffer(44 + n * 2);
    var v = new DataView(buf);
    function str(o, s) { for (var i = 0; i < s.length; i++) v.setUint8(o + i, s.charCodeAt(i)); }
    str(0, 'RIFF'); v.setUint32(4, 36 + n * 2, true); str(8, 'WAVE');
    str(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
    v.setUint32(24, sampleRate, true); v.setUint32(28, sampleRate * 2, true);
    v.setUint16(32, 2, true); v.setUint16(34, 16, true);
    str(36, 'data'); v.setUint32(40, n * 2, true);
    for (var i = 0; i < n; i++) {
      var s = Math.max(-1, Math.min(1, samples[i]));
      v.setInt16(44 + 2 * i, s < 0 ? s * 0x8000 : s * 0x7fff, true);
    }
    return new Blob([buf], { type: 'audio/wav' });
  }

  // When the browser will not run the audio graph at 16 kHz, record at its
  // own rate and bring it down here: averaging each output sample's span
  // is a crude low-pass, enough for speech below 8 kHz.
  function resample(x, from, to) {
    if (from === to) return x;
    var ratio = from / to;
    var n = Math.floor(x.length / ratio);
    var out = new Float32Array(n);
    for (var i = 0; i < n; i++) {
      var a = i * ratio, b = a + ratio;
      if (ratio >= 1) {
        var sum = 0, cnt = 0;
        for (var j = Math.floor(a); j < Math.min(Math.ceil(b), x.length); j++) { sum += x[j]; cnt++; }
        out[i] = cnt ? sum / cnt : 0;
      } else {
        var k = Math.floor(a), f = a - k;
        out[i] = x[k] * (1 - f) + (k + 1 < x.length ? x[k + 1] : 0) * f;
      }
    }
    return out;
  }

  function start(opts) {
    opts = opts || {};
    if (state) return Promise.reject(new Error('already recording'));
    last = null;
    var constraints = { audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } };
    return navigator.mediaDevices.getUserMedia(constraints).then(function (stream) {
      var ctx, source;
      try {
        ctx = new AudioContext({ sampleRate: RATE });
        source = ctx.createMediaStreamSource(stream);
      } catch (e) {
        // Some browsers refuse a microphone in a context at another rate.
        if (ctx) ctx.close();
        ctx = new AudioContext();
        source = ctx.createMediaStreamSource(stream);
      }
      var node = ctx.createScriptProcessor(4096, 1, 1);
      var mute = ctx.createGain();
      mute.gain.value = 0; // the graph must reach the speakers to run; silence it
      var s = { stream: stream, ctx: ctx, source: source, node: node, mute: mute, chunks: [], on: true,
                t0: performance.now(), max: opts.maxSeconds || 0 };
      node.onaudioprocess = function (e) {
        if (s.on) s.chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)));
      };
      source.connect(node); node.connect(mute); mute.connect(ctx.destination);
      state = s;
      s.tick = setInterval(function () {
        var sec = (performance.now() - s.t0) / 1000;
        if (opts.onTick) opts.onTick(Math.min(sec, s.max || sec));
        if (s.max && sec >= s.max && state === s) {
          stop();
          if (opts.onMax) opts.onMax();
        }
      }, 200);
      return ctx.state === 'suspended' ? ctx.resume() : undefined;
    });
  }

  function stop() {
    if (!state) return last || Promise.reject(new Error('not recording'));
    var s = state;
    state = null;
    s.on = false;
    clearInterval(s.tick);
    last = new Promise(function (resolve) {
      // One more buffer period lets the last samples arrive.
      setTimeout(function () { resolve(); }, 120);
    }).then(function () {
      try { s.source.disconnect(); s.node.disconnect(); s.mute.disconnect(); } catch (e) { /* already gone */ }
      s.stream.getTracks().forEach(function (t) { t.stop(); });
      var rate = s.ctx.sampleRate;
      return s.ctx.close().catch(function () {}).then(function () {
        var n = 0, o = 0;
        s.chunks.forEach(function (c) { n += c.length; });
        var all = new Float32Array(n);
        s.chunks.forEach(function (c) { all.set(c, o); o += c.length; });
        var pcm = resample(all, rate, RATE);
        if (s.max) pcm = pcm.subarray(0, Math.min(pcm.length, Math.round(s.max * RATE)));
        return toWav(pcm, RATE);
      });
    });
    return last;
  }

  window.HocvietRecorder = { start: start, stop: stop, toWav: toWav };
})();
