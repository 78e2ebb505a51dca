// The board's pages work without this script; it only saves clicks:
// filters apply when changed, print buttons print, and recording a list
// asks first. Loaded with defer, so the page is parsed when it runs.
(function () {
  'use strict';
  document.querySelectorAll('.rd-autosubmit').forEach(function (el) {
    el.addEventListener('change', function () {
      if (el.form) el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    });
  });
  document.querySelectorAll('button.rd-print').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('button[data-confirm]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      if (!window.confirm(b.getAttribute('data-confirm'))) e.preventDefault();
    });
  });
})();
