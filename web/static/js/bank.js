/* Question bank editor: more rows for options, gaps and pairs, and media
 * uploaded as soon as it is chosen, so the instructor hears or sees it
 * before saving. Without this script the form still works: it has spare
 * rows, and files go up with the form.
 *
 * ES2017, no modules, no build step.
 */
(function () {
  'use strict';

  var form = document.getElementById('bank-form');
  if (!form) return;
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.content : '';

  /* ---- rows ---- */
  form.querySelectorAll('.bank-add-row').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var table = document.getElementById(btn.dataset.rows);
      var rows = table.querySelectorAll('tbody .bank-row');
      var last = rows[rows.length - 1];
      var n = rows.length; // the new row's index
      var row = last.cloneNode(true);
      row.querySelectorAll('.bank-field-error, img').forEach(function (x) { x.parentNode.removeChild(x); });
      row.querySelectorAll('input, textarea').forEach(function (x) {
        if (x.type === 'checkbox') {
          x.checked = false;
          x.value = String(n);
        } else {
          x.value = '';
        }
        x.removeAttribute('aria-invalid');
        if (x.id) x.id = x.id.replace(/-\d+$/, '-' + n);
        var label = x.getAttribute('aria-label');
        if (label) x.setAttribute('aria-label', label.replace(/\d+$/, String(n + 1)));
      });
      var num = row.querySelector('td.num');
      if (num && num.firstChild && num.firstChild.nodeType === 3) {
        num.firstChild.nodeValue = table.id === 'gaps' ? '{' + (n + 1) + '}' : String(n + 1);
      }
      last.parentNode.appendChild(row);
      var first = row.querySelector('input[type="text"], textarea');
      if (first) first.focus();
    });
  });

  /* ---- media ---- */
  function bankName() {
    var input = document.getElementById('f-bank');
    return input ? input.value.trim() : form.dataset.bank;
  }

  form.querySelectorAll('.bank-media-field').forEach(function (box) {
    var kind = box.dataset.kind;
    var file = document.getElementById('f-' + kind + '-file');
    var key = document.getElementById('f-' + kind);
    var now = document.getElementById(kind + '-now');
    var keyText = document.getElementById(kind + '-key');
    var error = document.getElementById(kind + '-error');

    function show(url) {
      now.querySelectorAll('audio, img').forEach(function (x) { x.parentNode.removeChild(x); });
      var el;
      if (kind === 'audio') {
        el = document.createElement('audio');
        el.controls = true;
        el.preload = 'metadata';
        el.id = 'audio-player';
      } else {
        el = document.createElement('img');
        el.alt = '';
        el.className = 'bank-thumb';
        el.id = 'image-preview';
      }
      el.src = url;
      now.insertBefore(el, now.firstChild);
    }

    file.addEventListener('change', function () {
      if (!file.files || !file.files.length) return;
      var data = new FormData();
      data.append('bank', bankName());
      data.append('kind', kind);
      data.append('file', file.files[0]);
      error.textContent = form.dataset.uploading;
      box.classList.add('bank-busy');
      fetch(form.dataset.mediaUrl, {
        method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf }, body: data
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (d) { return { ok: r.ok, d: d }; });
      }).then(function (res) {
        box.classList.remove('bank-busy');
        if (!res.ok) {
          error.textContent = (res.d.error && res.d.error.message) || form.dataset.failed;
          file.value = '';
          return;
        }
        error.textContent = '';
        key.value = res.d.key;
        keyText.textContent = res.d.key;
        show(res.d.url);
        // The file is stored: the form carries its key, not the file again.
        file.value = '';
        var remove = document.getElementById('f-' + kind + '-remove');
        if (remove) remove.checked = false;
        box.dataset.uploaded = res.d.key;
      }).catch(function () {
        box.classList.remove('bank-busy');
        error.textContent = form.dataset.failed;
      });
    });
  });
})();
